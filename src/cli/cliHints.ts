import { pointAtCareerIds } from '../core/careerIdLocations.js';
import { defaultHintSettings, workspaceHints, type GoalHint, type HintSettings } from '../core/hints/goalHints.js';
import { hintCodes, isHintCode } from '../core/hints/hintCodes.js';
import type { CareerFramework } from '../core/careerFramework.js';
import { UsageError } from './cliContext.js';
import type { IndexedGoal } from './indexFiles.js';

/** `--hint routine-work=off --hint no-time-planned=on`: the CLI's version of the `growthBacklog.hints` setting. */
export function hintSettingsFromOptions(options: readonly string[] | undefined): HintSettings {
  const enabled: Record<string, boolean> = {};
  for (const option of options ?? []) {
    const match = /^([a-z-]+)=(on|off)$/.exec(option.trim());
    if (!match || !isHintCode(match[1] as string)) throw new UsageError(`--hint takes CODE=on or CODE=off with a hint code (${hintCodes.join(', ')}), not "${option}".`);
    enabled[match[1] as string] = match[2] === 'on';
  }
  return { ...defaultHintSettings, enabled };
}

/** The hints of every indexed goal, by uri, pointing at exact places (unknown career ids at the id). */
export function cliHints(goals: readonly IndexedGoal[], today: string, settings: HintSettings, framework: CareerFramework | undefined): Map<string, GoalHint[]> {
  const entries = goals.flatMap(({ file, body }) => (file.objective ? [{ uri: file.uri, objective: file.objective, body: body.body }] : []));
  const hints = workspaceHints(entries, { today, settings, ...(framework ? { careerIds: framework.competencies.map((competency) => competency.id) } : {}) });
  for (const goal of goals) {
    const found = hints.get(goal.file.uri);
    if (found && found.some((hint) => hint.careerId !== undefined)) hints.set(goal.file.uri, pointAtCareerIds(found, goal.text));
  }
  return hints;
}
