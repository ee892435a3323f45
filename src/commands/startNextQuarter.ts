import * as vscode from 'vscode';
import { addReviewSection, reviewSectionOffset } from '../core/edits/addReviewSection.js';
import { moveObjectiveToQuarter } from '../core/edits/moveObjectiveToQuarter.js';
import { setObjectiveStatus } from '../core/edits/setObjectiveStatus.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { applyGoalEditOrExplain } from '../writes/applyGoalEdit.js';
import type { GoalEntry } from './goalChoices.js';
import { goalEntries } from './goalPickers.js';
import { answersOf } from './goalTarget.js';
import { objectivesToReview, rolloverPlan, type RolloverPlan } from './quarterRollover.js';

/** Where the cursor goes in a new review: after the first prompt (see core/edits/addReviewSection.ts). */
const firstReviewPrompt = 'Achieved:';

export interface StartNextQuarterResult {
  readonly carried: readonly string[];
  readonly reviewed: readonly string[];
}

async function askCarryOver(plan: RolloverPlan): Promise<GoalEntry[] | undefined> {
  if (plan.unfinished.length === 0) return [];
  const items = plan.unfinished.map((entry) => ({
    label: entry.objective.title || '(untitled objective)',
    description: entry.objective.status,
    detail: vscode.workspace.asRelativePath(vscode.Uri.parse(entry.uri)),
    entry,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: `Start ${plan.next}: carry over from ${plan.closing}`,
    placeHolder: `Check the unfinished objectives to carry over to ${plan.next}; the others stay in ${plan.closing} for their review`,
    canPickMany: true,
    ignoreFocusOut: true,
  });
  return chosen?.map((item) => item.entry);
}

/** Undefined: cancelled. */
async function askMarkDone(plan: RolloverPlan, open: readonly GoalEntry[]): Promise<boolean | undefined> {
  if (open.length === 0) return false;
  const markDone = 'Set Done and Open Reviews';
  const reviewOnly = 'Only Open Reviews';
  const answer = await vscode.window.showInformationMessage(
    `${open.length === 1 ? '1 objective stays' : `${open.length} objectives stay`} in ${plan.closing} without being done. Set ${open.length === 1 ? 'its' : 'their'} status to done?`,
    { modal: true, detail: 'Each file then opens at its ## Review section: write what was achieved, and whether the goal was well formulated.' },
    markDone,
    reviewOnly,
  );
  return answer === undefined ? undefined : answer === markDone;
}

/** Opens a goal file with the cursor after the first review prompt (or at the review heading). */
async function openAtReview(uri: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const text = document.getText();
  const heading = reviewSectionOffset(text);
  let position = heading === undefined ? new vscode.Position(0, 0) : document.positionAt(heading);
  const prompt = heading === undefined ? -1 : text.indexOf(firstReviewPrompt, heading);
  if (prompt !== -1 && document.positionAt(prompt).line <= position.line + 2) position = document.lineAt(document.positionAt(prompt).line).range.end;
  await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(position, position) });
}

/**
 * Start Next Quarter…: the closing quarter's unfinished objectives that the engineer picks
 * move to the next quarter; the rest stay, optionally get status done, get a `## Review`
 * section if they lack one, and open there. `answers` ({carryOver: uris, markDone}) skip
 * the prompts.
 */
export async function startNextQuarter(goals: GoalWorkspace, clock: Clock, answers?: unknown): Promise<StartNextQuarterResult | undefined> {
  const given = answersOf(answers);
  const plan = rolloverPlan(await goalEntries(goals), clock.today());
  if (plan.closingGoals.length === 0) {
    void vscode.window.showInformationMessage(`Growth Backlog: no objectives in ${plan.closing}, so there is nothing to carry over or review.`);
    return undefined;
  }
  const carryOver = Array.isArray(given.carryOver)
    ? plan.unfinished.filter((entry) => (given.carryOver as unknown[]).includes(entry.uri))
    : await askCarryOver(plan);
  if (!carryOver) return undefined;

  const carried: string[] = [];
  for (const entry of carryOver) {
    if (await applyGoalEditOrExplain(entry.uri, (text) => moveObjectiveToQuarter(text, { quarter: plan.next }), { label: `Carry over to ${plan.next}` })) carried.push(entry.uri);
  }

  const toReview = objectivesToReview(plan, new Set(carried));
  const notDone = toReview.filter((entry) => entry.objective.status !== 'done');
  const markDone = typeof given.markDone === 'boolean' ? (notDone.length > 0 && given.markDone) : await askMarkDone(plan, notDone);
  const reviewed: string[] = [];
  if (markDone !== undefined) {
    for (const entry of toReview) {
      if (markDone && entry.objective.status !== 'done') {
        await applyGoalEditOrExplain(entry.uri, (text) => setObjectiveStatus(text, { status: 'done' }), { label: 'Set objective done' });
      }
      if (!(await applyGoalEditOrExplain(entry.uri, (text) => addReviewSection(text), { label: 'Add review section' }))) continue;
      await openAtReview(entry.uri);
      reviewed.push(entry.uri);
    }
  }
  const summary = [
    carried.length > 0 ? `carried ${carried.length} over to ${plan.next}` : `nothing carried over to ${plan.next}`,
    reviewed.length > 0 ? `${reviewed.length} ${reviewed.length === 1 ? 'review' : 'reviews'} of ${plan.closing} to write` : undefined,
  ].filter(Boolean);
  void vscode.window.showInformationMessage(`Growth Backlog: ${summary.join('; ')}.`);
  return { carried, reviewed };
}
