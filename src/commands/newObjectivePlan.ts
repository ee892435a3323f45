// Where New Objective… puts a file and what it offers, editor-free for unit tests.

import * as l10n from '@vscode/l10n';
import { nextQuarter, quarterOfDate } from '../core/quarter.js';
import { slugOf } from '../core/slug.js';

export interface QuarterChoice {
  readonly label: string;
  readonly description: string;
  /** Undefined for the backlog. */
  readonly quarter: string | undefined;
}

export function quarterChoices(today: string): QuarterChoice[] {
  const current = quarterOfDate(today);
  const next = nextQuarter(current);
  return [
    { label: l10n.t('This quarter'), description: current, quarter: current },
    { label: l10n.t('Next quarter'), description: next, quarter: next },
    { label: l10n.t('Backlog'), description: l10n.t('no quarter yet'), quarter: undefined },
  ];
}

/**
 * Folder segments below the workspace folder: the goals folder setting (any slashes
 * allowed, `..` and empty parts dropped so the file stays inside the workspace) and the
 * quarter, or `backlog`.
 */
export function goalFolderSegments(goalsFolder: string, quarter: string | undefined): string[] {
  const parts = goalsFolder.split(/[\\/]+/).filter((part) => part !== '' && part !== '.' && part !== '..');
  return [...parts, quarter ?? 'backlog'];
}

/** Longer objectives are cut at a word boundary: file names stay readable in tabs and the tree. */
export const maxGoalFileBaseName = 80;

/** File name without extension, from the objective text, every word of it: `explain-my-ideas-so-that-others-can-act-on-them`. */
export function goalFileBaseName(objective: string): string {
  return slugOf(objective, maxGoalFileBaseName) || 'objective';
}
