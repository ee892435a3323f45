// Start Next Quarter as a plan: everything the rollover will write, computed before anything
// is written, so the person confirms the whole of it (or nothing happens) and the editor
// applies it as one undoable edit, the CLI as atomic writes.
//
// The closing quarter is a record. Its objectives keep their files, grades and check-ins;
// the unfinished ones may get a closing status (and their open KRs one too), and each gets a
// `## Review` stub if it has none. A carried objective continues as a new goal file in the
// next quarter that links back with `carried_from:`. Nothing already closed is changed, so a
// second run finds nothing to do.

import * as l10n from '@vscode/l10n';
import { parseGoalBody } from '../body.js';
import { addReviewSection } from '../edits/addReviewSection.js';
import { closeObjective, type ClosingKeyResultStatus } from '../edits/closeObjective.js';
import { isRefusal } from '../edits/editableGoal.js';
import { editInSequence, type EditStep } from '../edits/editSequence.js';
import type { Objective, ObjectiveStatus } from '../model.js';
import { isQuarter, nextQuarter } from '../quarter.js';
import type { TextEdit } from '../textEdit.js';
import { continuationReadsBack, continuationText, unfinishedKeyResults } from './continuationGoal.js';
import { basename, dirname, joinPath, relativePath, resolvePath } from './goalPaths.js';

/** A goal file the rollover may look at: its absolute `/`-separated path and what the index read. */
export interface RolloverGoal {
  readonly path: string;
  readonly objective: Objective;
}

/** What the plan reads: the current text of a goal file, and whether a path is taken. */
export interface RolloverFiles {
  readText(path: string): Promise<string>;
  exists(path: string): Promise<boolean>;
}

export type ClosingObjectiveStatus = Extract<ObjectiveStatus, 'done' | 'dropped'>;

export interface NextQuarterOptions {
  /** The quarter being closed, `YYYY-Qn`. */
  readonly from: string;
  /** Paths of the closing quarter's unfinished objectives that continue in the next quarter. */
  readonly carry: readonly string[];
  /** The status the closing quarter's unfinished objectives get (carried ones too); absent leaves them. */
  readonly close?: ClosingObjectiveStatus;
  /** The status the open KRs of the objectives closed now get; absent leaves them. */
  readonly closeKeyResults?: ClosingKeyResultStatus;
}

/** Edits of one existing file, on the text the plan read. */
export interface PlannedEdit {
  readonly path: string;
  readonly text: string;
  readonly edits: readonly TextEdit[];
}

export interface PlannedCreation {
  readonly path: string;
  readonly text: string;
}

export interface NextQuarterPlan {
  readonly closing: string;
  readonly next: string;
  /** Objectives whose status changes now, and how many of their open KRs are closed with them. */
  readonly closed: readonly { readonly path: string; readonly title: string; readonly status: ClosingObjectiveStatus; readonly keyResultsClosed: number }[];
  /** Objectives that get a `## Review` stub. */
  readonly reviews: readonly { readonly path: string; readonly title: string }[];
  /** Carried objectives and the new file each continues in. */
  readonly carried: readonly { readonly path: string; readonly title: string; readonly to: string; readonly keyResults: number }[];
  /** Asked to carry, but a file with `carried_from:` already continues it: nothing to do. */
  readonly alreadyCarried: readonly { readonly path: string; readonly title: string; readonly to: string }[];
  readonly edits: readonly PlannedEdit[];
  readonly creations: readonly PlannedCreation[];
}

export type NextQuarterPlanResult = { readonly ok: true; readonly plan: NextQuarterPlan } | { readonly ok: false; readonly message: string };

const isUnfinished = (objective: Objective): boolean => objective.status === 'active' || objective.status === 'backlog';

/** Objectives of a quarter that can still be carried: unfinished, and not continued by another file yet. */
export function carryCandidates(goals: readonly RolloverGoal[], quarter: string): RolloverGoal[] {
  const continued = continuedPaths(goals);
  return goals.filter((goal) => goal.objective.quarter === quarter && isUnfinished(goal.objective) && !continued.has(goal.path));
}

/** Old path → the file that says it continues it (`carried_from:`). */
function continuedPaths(goals: readonly RolloverGoal[]): Map<string, string> {
  const continued = new Map<string, string>();
  for (const goal of goals) {
    if (goal.objective.carriedFrom) continued.set(resolvePath(dirname(goal.path), goal.objective.carriedFrom), goal.path);
  }
  return continued;
}

/**
 * Where the continuation of `path` goes: the next quarter's folder when the file sits in a
 * folder named after the closing quarter (goals/2026-Q4/ → goals/2027-Q1/), else beside it
 * with the next quarter in its name.
 */
function continuationCandidates(path: string, closing: string, next: string): (n: number) => string {
  const folder = dirname(path);
  const name = basename(path);
  const folderName = basename(folder);
  const suffix = (n: number) => (n === 1 ? '' : `-${n}`);
  const stem = name.replace(/\.md$/i, '');
  if (folderName.toLowerCase() === closing.toLowerCase()) {
    const nextName = folderName === closing.toLowerCase() ? next.toLowerCase() : next;
    const nextFolder = joinPath(dirname(folder), nextName);
    return (n) => joinPath(nextFolder, `${stem}${suffix(n)}.md`);
  }
  const base = stem.toLowerCase().endsWith(`-${closing.toLowerCase()}`) ? stem.slice(0, -closing.length - 1) : stem;
  return (n) => joinPath(folder, `${base}-${next.toLowerCase()}${suffix(n)}.md`);
}

/** Computes the whole rollover without writing anything. */
export async function planNextQuarter(goals: readonly RolloverGoal[], files: RolloverFiles, options: NextQuarterOptions): Promise<NextQuarterPlanResult> {
  const refuse = (message: string): NextQuarterPlanResult => ({ ok: false, message });
  const { from: closing, close, closeKeyResults } = options;
  if (!isQuarter(closing)) return refuse(l10n.t('A quarter is written YYYY-Qn, for example 2026-Q4, not "{0}".', closing));
  const next = nextQuarter(closing);
  const closingGoals = goals.filter((goal) => goal.objective.quarter === closing && goal.objective.status !== 'dropped').sort((a, b) => a.path.localeCompare(b.path));
  const continued = continuedPaths(goals);

  const carry = new Set<string>();
  const alreadyCarried: NextQuarterPlan['alreadyCarried'][number][] = [];
  for (const path of new Set(options.carry)) {
    const goal = closingGoals.find((candidate) => candidate.path === path);
    if (!goal) return refuse(l10n.t('{0} is not an objective of {1} (dropped ones are not carried).', path, closing));
    const to = continued.get(path);
    if (to) alreadyCarried.push({ path, title: goal.objective.title, to });
    else if (!isUnfinished(goal.objective)) return refuse(l10n.t('{0} is {1}: only unfinished objectives carry over to {2}.', path, goal.objective.status, next));
    else carry.add(path);
  }

  const closed: NextQuarterPlan['closed'][number][] = [];
  const reviews: NextQuarterPlan['reviews'][number][] = [];
  const carried: NextQuarterPlan['carried'][number][] = [];
  const edits: PlannedEdit[] = [];
  const creations: PlannedCreation[] = [];
  const taken = new Set(goals.map((goal) => goal.path));

  for (const goal of closingGoals) {
    const text = await files.readText(goal.path);
    const title = goal.objective.title;
    const steps: EditStep[] = [];
    const closesNow = close !== undefined && isUnfinished(goal.objective);
    const openBefore = goal.objective.keyResults.filter((keyResult) => keyResult.status === 'todo' || keyResult.status === 'doing').length;
    if (closesNow) steps.push((current) => closeObjective(current, { status: close, ...(closeKeyResults ? { openKeyResults: closeKeyResults } : {}) }));
    let addsReview = false;
    steps.push((current) => {
      const result = addReviewSection(current);
      addsReview = !isRefusal(result) && result.edits.length > 0;
      return result;
    });
    const result = editInSequence(text, steps);
    if (isRefusal(result)) return refuse(l10n.t('{0}: {1}', goal.path, result.message));
    if (result.edits.length > 0) edits.push({ path: goal.path, text, edits: result.edits });
    if (closesNow) closed.push({ path: goal.path, title, status: close, keyResultsClosed: closeKeyResults ? openBefore : 0 });
    if (addsReview) reviews.push({ path: goal.path, title });

    if (!carry.has(goal.path)) continue;
    const candidate = continuationCandidates(goal.path, closing, next);
    let n = 1;
    while (taken.has(candidate(n)) || (await files.exists(candidate(n)))) n += 1;
    const to = candidate(n);
    taken.add(to);
    const body = parseGoalBody(text).body;
    const args = {
      objective: goal.objective,
      quarter: next,
      from: closing,
      carriedFrom: relativePath(dirname(to), goal.path),
      openTasks: body.tasks.filter((task) => !task.done),
      eol: /\r\n/.test(text) ? '\r\n' : '\n',
    };
    const created = continuationText(args);
    if (!continuationReadsBack(created, args)) return refuse(l10n.t('{0}: its continuation in {1} would not read back as the same objective; carry it over by hand.', goal.path, next));
    creations.push({ path: to, text: created });
    carried.push({ path: goal.path, title, to, keyResults: unfinishedKeyResults(goal.objective).length });
  }
  return { ok: true, plan: { closing, next, closed, reviews, carried, alreadyCarried, edits, creations } };
}

/** True when the plan writes nothing. */
export function isEmptyPlan(plan: NextQuarterPlan): boolean {
  return plan.edits.length === 0 && plan.creations.length === 0;
}
