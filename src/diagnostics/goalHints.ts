// Coaching hints about how goals are written and followed up, shown as Information
// diagnostics next to the format errors. They are advice, never errors: a goal file with
// hints is valid. Computed without the editor so they can be unit-tested.

import type { KeyResult, Objective, SourceRange } from '../core/model.js';
import { daysBetween, quarterOfDate } from '../core/quarter.js';

export const hintCodes = ['no-measurable-target', 'check-in-overdue', 'too-many-objectives', 'open-key-results'] as const;
export type HintCode = (typeof hintCodes)[number];

export interface GoalHint {
  readonly code: HintCode;
  readonly message: string;
  /** Hints mark the first line of this range only: they point at a line, not at a span. */
  readonly range: SourceRange;
}

export interface HintSettings {
  readonly checkInReminderDays: number;
  readonly maxObjectivesPerQuarter: number;
}

export interface GoalEntry {
  readonly uri: string;
  readonly objective: Objective;
}

const isOpen = (objective: Objective): boolean => objective.status !== 'done' && objective.status !== 'dropped';

/**
 * A key result is measurable when it has a `target:` or says a number in its title
 * ("3 talks", "by week 6"). Finished and dropped key results are past advice.
 */
export function isMeasurable(keyResult: KeyResult): boolean {
  return keyResult.target !== undefined || /\d/.test(keyResult.title);
}

export function keyResultHints(objective: Objective): GoalHint[] {
  if (!isOpen(objective)) return [];
  return objective.keyResults
    .filter((keyResult) => (keyResult.status === 'todo' || keyResult.status === 'doing') && !isMeasurable(keyResult))
    .map((keyResult) => ({
      code: 'no-measurable-target',
      message: `Key result "${keyResult.id}" has no measurable target: add \`target:\` (and \`current:\`) or put a number or date in its title, so it can be graded at the end of the quarter.`,
      range: keyResult.range,
    }));
}

/** First day of a `YYYY-Qn` quarter. */
function quarterStart(quarter: string): string {
  const month = (Number(quarter.slice(6)) - 1) * 3 + 1;
  return `${quarter.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

/**
 * An active objective of the current quarter whose last check-in (or, with none yet, the
 * start of the quarter) is more than `checkInReminderDays` days ago.
 */
export function checkInHint(objective: Objective, lastCheckIn: string | undefined, today: string, settings: HintSettings): GoalHint | undefined {
  if (objective.status !== 'active' || objective.quarter === undefined || objective.quarter !== quarterOfDate(today)) return undefined;
  const since = lastCheckIn ?? quarterStart(objective.quarter);
  const days = daysBetween(since, today);
  if (days <= settings.checkInReminderDays) return undefined;
  const message =
    lastCheckIn === undefined
      ? `No check-in yet, ${days} days into the quarter: add one at your next 1:1 (Growth Backlog: Add Check-in…).`
      : `No check-in for ${days} days (reminder after ${settings.checkInReminderDays}): add one at your next 1:1 (Growth Backlog: Add Check-in…).`;
  return { code: 'check-in-overdue', message, range: objective.range };
}

/**
 * One hint per objective of a current or future quarter that holds more than
 * `maxObjectivesPerQuarter` objectives (dropped ones do not count). Past quarters are history.
 */
export function quarterLoadHints(goals: readonly GoalEntry[], today: string, settings: HintSettings): Map<string, GoalHint> {
  const current = quarterOfDate(today);
  const byQuarter = new Map<string, GoalEntry[]>();
  for (const goal of goals) {
    const quarter = goal.objective.quarter;
    if (quarter === undefined || quarter < current || goal.objective.status === 'dropped') continue;
    byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), goal]);
  }
  const hints = new Map<string, GoalHint>();
  for (const [quarter, entries] of byQuarter) {
    if (entries.length <= settings.maxObjectivesPerQuarter) continue;
    for (const entry of entries) {
      hints.set(entry.uri, {
        code: 'too-many-objectives',
        message: `${quarter} has ${entries.length} objectives, more than ${settings.maxObjectivesPerQuarter}: a few goals get done, many get diluted. Consider moving some to the backlog.`,
        range: entry.objective.range,
      });
    }
  }
  return hints;
}

/**
 * A done or dropped objective whose key results are still in To do or Doing: finishing the
 * objective should finish them too (a quick fix sets them done or dropped). Past quarters
 * are history and get no hint.
 */
export function openKeyResultsHint(objective: Objective, today: string): GoalHint | undefined {
  if (objective.status !== 'done' && objective.status !== 'dropped') return undefined;
  if (objective.quarter !== undefined && objective.quarter < quarterOfDate(today)) return undefined;
  const open = objective.keyResults.filter((keyResult) => keyResult.status === 'todo' || keyResult.status === 'doing');
  if (open.length === 0) return undefined;
  const which = open.map((keyResult) => `"${keyResult.id}"`).join(', ');
  return {
    code: 'open-key-results',
    message: `This objective is ${objective.status}, but ${open.length === 1 ? `key result ${which} is` : `key results ${which} are`} still in To do or Doing: set ${open.length === 1 ? 'it' : 'them'} done or dropped too.`,
    range: objective.range,
  };
}
