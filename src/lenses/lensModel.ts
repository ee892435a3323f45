// What the code lenses of a goal file say and do, computed without the editor so it can be
// unit-tested: one summary line above the objective, one above each key result, each with
// the one-click actions that make sense there.

import * as l10n from '@vscode/l10n';
import { commandIds, type CommandId } from '../commandIds.js';
import type { GoalFile, KeyResult, KeyResultStatus, Objective } from '../core/model.js';
import { commitCountText } from '../core/commitEvidence.js';
import { daysBetween, quarterOfDate } from '../core/quarter.js';
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
  /** Linked commits per key result id, counted in the objective's quarter (all of them for the backlog). */
  readonly commitCounts?: ReadonlyMap<string, number>;
}

/** `last check-in 12 days ago`, `last check-in today`, `no check-ins yet`. */
export function checkInAge(lastCheckIn: string | undefined, today: string): string {
  if (lastCheckIn === undefined) return l10n.t('no check-ins yet');
  const days = daysBetween(lastCheckIn, today);
  if (days <= 0) return l10n.t('last check-in today');
  if (days === 1) return l10n.t('last check-in yesterday');
  return l10n.t('last check-in {0} days ago', days);
}

/** `Score 0.6 · 3 KRs · last check-in 12 days ago`; a partial score says `Score 1.0 (1 of 3 graded)`. */
export function objectiveSummary(objective: Objective, facts: LensFacts): string {
  const note = gradedNote(gradedCount(objective));
  const score = note ? l10n.t('Score {0} ({1})', formatScore(objectiveScore(objective)), note) : l10n.t('Score {0}', formatScore(objectiveScore(objective)));
  const count = objective.keyResults.length;
  return [score, count === 1 ? l10n.t('1 KR') : l10n.t('{0} KRs', count), checkInAge(facts.lastCheckIn, facts.today)].join(' · ');
}

/** `doing · grade – · 1 of 2` (the last part only for a measurable key result). */
export function keyResultSummary(keyResult: KeyResult): string {
  const parts = [keyResult.status, l10n.t('grade {0}', formatScore(keyResult.grade))];
  const progress = progressText(keyResult, l10n.t({ message: ' of ', comment: ['Between the current value and the target of a key result: 1 of 2'] }));
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
  return suggestion === undefined ? l10n.t('Grade…') : l10n.t('Grade… (suggested {0})', formatScore(suggestion));
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
    { ...at, title: l10n.t('Open Board'), command: commandIds.openBoard, args: [{ uri: file.uri }] },
    { ...at, title: l10n.t('Add Key Result…'), command: commandIds.addKeyResult, args: [{ uri: file.uri }] },
  ];
  const resources = resourcesSummary(objective);
  if (resources) lenses.push({ ...at, title: resources });
  for (const keyResult of objective.keyResults) {
    const here = { offset: keyResult.range.start, line: keyResult.range.line };
    const target = { uri: file.uri, keyResultId: keyResult.id };
    lenses.push({ ...here, title: keyResultSummary(keyResult) }, { ...here, title: gradeLensTitle(keyResult), command: commandIds.gradeKeyResult, args: [target] });
    const next = nextKeyResultStatus(keyResult.status);
    // A plain move needs no further input, so its title has no ellipsis.
    if (next) lenses.push({ ...here, title: l10n.t('Move to {0}', next), command: commandIds.moveKeyResult, args: [{ ...target, status: next }] });
    const commits = commitCountText(facts.commitCounts?.get(keyResult.id) ?? 0, objective.quarter, quarterOfDate(facts.today));
    if (commits) lenses.push({ ...here, title: commits, command: commandIds.openCommit, args: [target] });
  }
  return lenses;
}
