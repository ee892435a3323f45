// The objective and key result titles the New Objective templates write, for
// `template-text-unchanged`: compared case- and space-insensitively.

import { objectiveTemplates } from '../templates.js';

let titles: { readonly objectives: ReadonlySet<string>; readonly keyResults: ReadonlySet<string> } | undefined;

const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function templateTitles(): { readonly objectives: ReadonlySet<string>; readonly keyResults: ReadonlySet<string> } {
  titles ??= {
    objectives: new Set(objectiveTemplates.map((template) => normalise(template.objective))),
    keyResults: new Set(objectiveTemplates.flatMap((template) => template.keyResults.map((keyResult) => normalise(keyResult.title)))),
  };
  return titles;
}
