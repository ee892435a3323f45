import * as vscode from 'vscode';
import type { ClosingKeyResultStatus } from '../core/edits/closeObjective.js';
import type { Clock } from '../core/ports.js';
import type { ClosingObjectiveStatus, NextQuarterPlan, RolloverGoal } from '../core/rollover/nextQuarterPlan.js';
import { isQuarter, nextQuarter } from '../core/quarter.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { goalEntries } from './goalPickers.js';
import { answersOf } from './goalTarget.js';
import { closingQuarterChoices } from './quarterRollover.js';
import { whyEditWouldChangeOtherBytes } from '../writes/unchangedBytesCheck.js';
import { reviewBeforeRollover } from '../review/reviewBeforeRollover.js';

/** Where the cursor goes in a new review: after the first prompt (see core/review.ts). */
const firstReviewPrompt = 'Achieved:';

/** What the command did, for tests and other extensions (uris as strings). */
export interface StartNextQuarterResult {
  readonly closing: string;
  readonly next: string;
  readonly closed: readonly string[];
  readonly reviewed: readonly string[];
  readonly carried: readonly { readonly from: string; readonly to: string }[];
}

type Keep = 'keep';

/**
 * A step's answer: given up front in `answers` (tests, other extensions) or asked. `undefined`
 * means cancelled, and then nothing is written.
 */
async function answer<T>(given: unknown, valid: (value: unknown) => value is T, ask: () => Thenable<T | undefined>): Promise<T | undefined> {
  return given !== undefined && valid(given) ? given : ask();
}

const isStatusChoice = <T extends string>(allowed: readonly T[]) => (value: unknown): value is T | Keep => value === 'keep' || (allowed as readonly unknown[]).includes(value);

async function pickClosing(entries: readonly { uri: string; objective: RolloverGoal['objective'] }[], today: string): Promise<string | undefined> {
  const choices = closingQuarterChoices(entries, today);
  if (choices.length === 1) return choices[0]?.quarter;
  const picked = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Start Next Quarter (1/4): which quarter ends?'), placeHolder: vscode.l10n.t('Pick the quarter to close'), ignoreFocusOut: true });
  return picked?.quarter;
}

async function pickCarry(candidates: readonly RolloverGoal[], uriOf: (path: string) => vscode.Uri, closing: string, next: string): Promise<string[] | undefined> {
  if (candidates.length === 0) return [];
  const items = candidates.map((goal) => ({
    label: goal.objective.title || vscode.l10n.t('(untitled objective)'),
    description: vscode.l10n.t('{0} open key results', goal.objective.keyResults.filter((keyResult) => keyResult.status === 'todo' || keyResult.status === 'doing').length),
    detail: vscode.workspace.asRelativePath(uriOf(goal.path)),
    path: goal.path,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Start Next Quarter (2/4): carry over to {0}', next),
    placeHolder: vscode.l10n.t('Check the objectives that go on in {0} (each gets a new goal file; {1} keeps its record), or press Enter for none', next, closing),
    canPickMany: true,
    ignoreFocusOut: true,
  });
  return chosen?.map((item) => item.path);
}

async function pickStatus<T extends string>(title: string, placeHolder: string, options: readonly { status: T | Keep; label: string; detail: string }[]): Promise<T | Keep | undefined> {
  const picked = await vscode.window.showQuickPick(
    options.map((option) => ({ label: option.label, detail: option.detail, status: option.status })),
    { title, placeHolder, ignoreFocusOut: true },
  );
  return picked?.status;
}

async function confirm(plan: NextQuarterPlan, lines: readonly string[]): Promise<boolean> {
  const apply = vscode.l10n.t('Start {0}', plan.next);
  const picked = await vscode.window.showInformationMessage(
    vscode.l10n.t('Close {0} and start {1}? Nothing is written until you confirm, and one Undo takes it all back.', plan.closing, plan.next),
    { modal: true, detail: lines.map((line) => `• ${line}`).join('\n') },
    apply,
  );
  return picked === apply;
}

/** Opens a goal file with the cursor after the first review prompt (or at the review heading). */
async function openAtReview(goals: GoalWorkspace, uri: vscode.Uri): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const text = document.getText();
  const heading = goals.markdown.bodyEdits().reviewSectionOffset(text);
  let position = heading === undefined ? new vscode.Position(0, 0) : document.positionAt(heading);
  const prompt = heading === undefined ? -1 : text.indexOf(firstReviewPrompt, heading);
  if (prompt !== -1 && document.positionAt(prompt).line <= position.line + 2) position = document.lineAt(document.positionAt(prompt).line).range.end;
  await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(position, position) });
}

/**
 * Applies the plan as one WorkspaceEdit (one undo): the new goal files with their text and
 * the edits of the closing quarter's files. Refused, with nothing written, when a file
 * changed after the plan was made.
 */
async function applyPlan(plan: NextQuarterPlan, uriOf: (path: string) => vscode.Uri, textOf: (uri: string) => Promise<string>): Promise<string | undefined> {
  const edit = new vscode.WorkspaceEdit();
  const metadata = { label: vscode.l10n.t('Start {0}', plan.next), needsConfirmation: false };
  const documents: { document: vscode.TextDocument; wasDirty: boolean }[] = [];
  for (const planned of plan.edits) {
    const uri = uriOf(planned.path);
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.getText() !== planned.text || (await textOf(uri.toString())) !== planned.text) {
      return vscode.l10n.t('{0} changed while you were deciding; nothing was written. Run Start Next Quarter… again.', vscode.workspace.asRelativePath(uri));
    }
    const wouldChangeOtherBytes = await whyEditWouldChangeOtherBytes(document);
    if (wouldChangeOtherBytes) return vscode.l10n.t('{0}: {1} Nothing was written.', vscode.workspace.asRelativePath(uri), wouldChangeOtherBytes);
    documents.push({ document, wasDirty: document.isDirty });
    for (const change of planned.edits) edit.replace(uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText, metadata);
  }
  const encoder = new TextEncoder();
  for (const creation of plan.creations) edit.createFile(uriOf(creation.path), { contents: encoder.encode(creation.text), overwrite: false, ignoreIfExists: false }, metadata);
  if (!(await vscode.workspace.applyEdit(edit))) return vscode.l10n.t('VS Code did not apply the changes (a file may be read-only or exist already); nothing was written.');
  // As for every edit: clean files are saved so git and the CLI see the change; files with
  // unsaved work of the user's stay unsaved.
  for (const { document, wasDirty } of documents) if (!wasDirty) await document.save();
  return undefined;
}

/**
 * Start Next Quarter…: which quarter ends, which unfinished objectives go on, what status the
 * others (and their open key results) get; then the whole plan to confirm, applied as one
 * WorkspaceEdit. Cancel at any step writes nothing. `answers` ({from, carryOver: uris,
 * close: done|dropped|keep, closeKeyResults: done|dropped|keep, confirm}) skip the prompts.
 */
export async function startNextQuarter(goals: GoalWorkspace, clock: Clock, answers?: unknown): Promise<StartNextQuarterResult | undefined> {
  const given = answersOf(answers);
  const entries = await goalEntries(goals);
  const uris = new Map<string, vscode.Uri>();
  const rolloverGoals: RolloverGoal[] = entries.map((entry) => {
    const uri = vscode.Uri.parse(entry.uri);
    uris.set(uri.path, uri);
    return { path: uri.path, objective: entry.objective };
  });
  // A path the index does not know (a new file) gets the scheme and authority of the goal files.
  const uriOf = (path: string): vscode.Uri => uris.get(path) ?? ([...uris.values()][0]?.with({ path }) ?? vscode.Uri.file(path));

  const closing = await answer(given.from, (value): value is string => typeof value === 'string' && isQuarter(value), async () => pickClosing(entries, clock.today()));
  if (!closing) return undefined;
  const closingGoals = rolloverGoals.filter((goal) => goal.objective.quarter === closing && goal.objective.status !== 'dropped');
  if (closingGoals.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Growth Backlog: no objectives in {0}, so there is nothing to close or carry over.', closing));
    return undefined;
  }
  if (!(await reviewBeforeRollover(closing, given))) return undefined;
  const edits = goals.markdown.bodyEdits();
  const next = nextQuarter(closing);
  const candidates = edits.carryCandidates(rolloverGoals, closing);
  const carry = Array.isArray(given.carryOver)
    ? candidates.filter((goal) => (given.carryOver as unknown[]).includes(uriOf(goal.path).toString())).map((goal) => goal.path)
    : await pickCarry(candidates, uriOf, closing, next);
  if (!carry) return undefined;

  const unfinished = closingGoals.filter((goal) => goal.objective.status === 'active' || goal.objective.status === 'backlog');
  let close: ClosingObjectiveStatus | Keep = 'keep';
  if (unfinished.length > 0) {
    const picked = await answer(given.close, isStatusChoice<ClosingObjectiveStatus>(['done', 'dropped']), () =>
      pickStatus<ClosingObjectiveStatus>(vscode.l10n.t('Start Next Quarter (3/4): close {0}', closing), vscode.l10n.t('{0} unfinished objective(s) in {1}, carried ones included: what status do they get?', unfinished.length, closing), [
        { status: 'done', label: vscode.l10n.t('Set them done'), detail: vscode.l10n.t("The quarter is over: graded and closed (grades stay; dropped ones would leave {0}'s score).", closing) },
        { status: 'dropped', label: vscode.l10n.t('Set them dropped'), detail: vscode.l10n.t("Abandoned: they no longer count in {0}'s score.", closing) },
        { status: 'keep', label: vscode.l10n.t('Leave their status'), detail: vscode.l10n.t('Only add the review sections (and carry over what you picked).') },
      ]),
    );
    if (!picked) return undefined;
    close = picked;
  }

  let closeKeyResults: ClosingKeyResultStatus | Keep = 'keep';
  const openKeyResults = close === 'keep' ? 0 : unfinished.reduce((sum, goal) => sum + goal.objective.keyResults.filter((keyResult) => keyResult.status === 'todo' || keyResult.status === 'doing').length, 0);
  if (openKeyResults > 0) {
    const picked = await answer(given.closeKeyResults, isStatusChoice<ClosingKeyResultStatus>(['done', 'dropped']), () =>
      pickStatus<ClosingKeyResultStatus>(vscode.l10n.t('Start Next Quarter (4/4): open key results'), vscode.l10n.t('{0} key result(s) of those objectives are still in To do or Doing', openKeyResults), [
        { status: 'done', label: vscode.l10n.t('Set them done'), detail: vscode.l10n.t('They are over for this quarter; their grades stay as they are.') },
        { status: 'dropped', label: vscode.l10n.t('Set them dropped'), detail: vscode.l10n.t('They no longer count in the objective scores of {0}.', closing) },
        { status: 'keep', label: vscode.l10n.t('Leave them in To do and Doing'), detail: vscode.l10n.t('Carried objectives continue them in the new file either way.') },
      ]),
    );
    if (!picked) return undefined;
    closeKeyResults = picked;
  }

  const result = await edits.planNextQuarter(
    rolloverGoals,
    {
      readText: (path) => goals.textOf(uriOf(path).toString()),
      exists: (path) => Promise.resolve(vscode.workspace.fs.stat(uriOf(path))).then(
        () => true,
        () => false,
      ),
    },
    { from: closing, carry, ...(close === 'keep' ? {} : { close }), ...(closeKeyResults === 'keep' ? {} : { closeKeyResults }) },
  );
  if (!result.ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Growth Backlog: {0}', result.message.replace(/\/[^\s]*?\.md/g, (path) => vscode.workspace.asRelativePath(uriOf(path)))));
    return undefined;
  }
  const { plan } = result;
  // A new file lives where the file it continues does: same scheme and authority.
  for (const item of plan.carried) uris.set(item.to, uriOf(item.path).with({ path: item.to }));
  const lines = edits.describePlan(plan, (path) => vscode.workspace.asRelativePath(uriOf(path)));
  if (plan.edits.length === 0 && plan.creations.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Growth Backlog: {0}', lines.join(' ')));
    return { closing, next: plan.next, closed: [], reviewed: [], carried: [] };
  }
  const confirmed = typeof given.confirm === 'boolean' ? given.confirm : await confirm(plan, lines);
  if (!confirmed) return undefined;
  const refused = await applyPlan(plan, uriOf, (uri) => goals.textOf(uri));
  if (refused) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Growth Backlog: {0}', refused));
    return undefined;
  }
  for (const review of plan.reviews) await openAtReview(goals, uriOf(review.path));
  const carried = plan.carried.length > 0 ? vscode.l10n.t('carried {0} over to {1}', plan.carried.length, plan.next) : vscode.l10n.t('nothing carried over to {0}', plan.next);
  const message =
    plan.reviews.length === 0
      ? vscode.l10n.t('Growth Backlog: {0}. Undo (Ctrl+Z) takes it all back.', carried)
      : plan.reviews.length === 1
        ? vscode.l10n.t('Growth Backlog: {0}; 1 review of {1} to write. Undo (Ctrl+Z) takes it all back.', carried, plan.closing)
        : vscode.l10n.t('Growth Backlog: {0}; {1} reviews of {2} to write. Undo (Ctrl+Z) takes it all back.', carried, plan.reviews.length, plan.closing);
  void vscode.window.showInformationMessage(message);
  return {
    closing,
    next: plan.next,
    closed: plan.closed.map((item) => uriOf(item.path).toString()),
    reviewed: plan.reviews.map((item) => uriOf(item.path).toString()),
    carried: plan.carried.map((item) => ({ from: uriOf(item.path).toString(), to: uriOf(item.to).toString() })),
  };
}
