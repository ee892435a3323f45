// What the code lenses of a goal file say and do, computed without the editor so it can be
// unit-tested: one summary line above the objective, one above each key result, each with
// the one-click actions that make sense there.

import { commandIds, type CommandId } from '../commandIds.js';
import type { GoalFile, KeyResult, KeyResultStatus, Objective } from '../core/model.js';
import { daysBetween } from '../core/quarter.js';
import { formatScore, gradedCount, gradedNote, objectiveScore, progressText } from '../core/scoring.js';
import { suggestedGrade } from '../core/suggestedGrade.js';
import { resourcesSummary } from '../core/goalResources.js';

export interface LensSpec {
  /** Where the lens goes: the start offset of the objective or key result in the file, and its 1-based line. */
  readonly offset: number;
  readonly line: number;
  readonly title: string;
  /** Absent for a lens that only informs. */
  readonly command?: CommandId;
  readonly args?: readonly unknown[];
}

export interface LensFacts {
  /** Date of the latest check-in, YYYY-MM-DD; undefined when there is none (or the body is not known yet). */
  readonly lastCheckIn: string | undefined;
  /** Today, YYYY-MM-DD. */
  readonly today: string;
}

const plural = (count: number, one: string, many: string = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** `last check-in 12 days ago`, `last check-in today`, `no check-ins yet`. */
export function checkInAge(lastCheckIn: string | undefined, today: string): string {
  if (lastCheckIn === undefined) return 'no check-ins yet';
  const days = daysBetween(lastCheckIn, today);
  if (days <= 0) return 'last check-in today';
  if (days === 1) return 'last check-in yesterday';
  return `last check-in ${days} days ago`;
}

/** `Score 0.6 · 3 KRs · last check-in 12 days ago`; a partial score says `Score 1.0 (1 of 3 graded)`. */
export function objectiveSummary(objective: Objective, facts: LensFacts): string {
  const note = gradedNote(gradedCount(objective));
  const score = `Score ${formatScore(objectiveScore(objective))}${note ? ` (${note})` : ''}`;
  return [score, plural(objective.keyResults.length, 'KR'), checkInAge(facts.lastCheckIn, facts.today)].join(' · ');
}

/** `doing · grade – · 1 of 2` (the last part only for a measurable key result). */
export function keyResultSummary(keyResult: KeyResult): string {
  const parts = [keyResult.status, `grade ${formatScore(keyResult.grade)}`];
  const progress = progressText(keyResult, ' of ');
  if (progress) parts.push(progress);
  return parts.join(' · ');
}

/**
 * `Grade…`, or `Grade… (suggested 0.7)` while an ungraded metric key result's progress points
 * to a grade: once work has moved it, or it is done (a KR not started suggests nothing yet).
 */
export function gradeLensTitle(keyResult: KeyResult): string {
  const measured = keyResult.grade === undefined ? suggestedGrade(keyResult) : undefined;
  const suggestion = measured !== undefined && (measured > 0 || keyResult.status === 'done') ? measured : undefined;
  return suggestion === undefined ? 'Grade…' : `Grade… (suggested ${formatScore(suggestion)})`;
}

/** The status a one-click move takes a key result to: work starts, then finishes. Done and dropped stay put. */
export function nextKeyResultStatus(status: KeyResultStatus): KeyResultStatus | undefined {
  if (status === 'todo') return 'doing';
  if (status === 'doing') return 'done';
  return undefined;
}

/** Every lens of a goal file, objective first, then key results in file order. */
export function goalLenses(file: GoalFile, facts: LensFacts): LensSpec[] {
  const objective = file.objective;
  if (!objective) return [];
  const at = { offset: objective.range.start, line: objective.range.line };
  const lenses: LensSpec[] = [
    { ...at, title: objectiveSummary(objective, facts) },
    { ...at, title: 'Open Board', command: commandIds.openBoard, args: [{ uri: file.uri }] },
  ];
  const resources = resourcesSummary(objective);
  if (resources) lenses.push({ ...at, title: resources });
  for (const keyResult of objective.keyResults) {
    const here = { offset: keyResult.range.start, line: keyResult.range.line };
    const target = { uri: file.uri, keyResultId: keyResult.id };
    lenses.push({ ...here, title: keyResultSummary(keyResult) }, { ...here, title: gradeLensTitle(keyResult), command: commandIds.gradeKeyResult, args: [target] });
    const next = nextKeyResultStatus(keyResult.status);
    // A plain move needs no further input, so its title has no ellipsis.
    if (next) lenses.push({ ...here, title: `Move to ${next}`, command: commandIds.moveKeyResult, args: [{ ...target, status: next }] });
  }
  return lenses;
}
