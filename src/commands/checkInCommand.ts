import * as vscode from 'vscode';
import { checkInDraft, type CheckInDraft } from '../core/oneOnOnePrep.js';
import type { Clock } from '../core/ports.js';
import { quarterOfDate } from '../core/quarter.js';
import { decimalSource } from '../core/edits/yamlSource.js';
import type { WorkspaceCommits } from '../git/workspaceCommits.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { workspacePrep } from '../prep/workspacePrep.js';
import { applyGoalEditOrExplain } from '../writes/applyGoalEdit.js';
import { parseConfidence } from '../core/confidence.js';
import { resourcesSummary } from '../core/goalResources.js';
import { validateProgress } from './checkInInput.js';
import { byQuarter, objectiveDescription, type GoalEntry } from './goalChoices.js';
import { goalEntries } from './goalPickers.js';
import { answersOf, asGoalTarget } from './goalTarget.js';

interface CheckInAnswers {
  readonly progress: string;
  readonly next?: string;
  readonly confidence?: number;
}

/**
 * The three prompts of a 1:1 check-in, prefilled from the 1:1 notes when there are some;
 * undefined when the user cancels one. `resources` (time set aside, budget) is shown to talk
 * about; `step` names the place in a round of objectives.
 */
async function askCheckIn(objectiveTitle: string, resources: string | undefined, draft?: CheckInDraft, step?: string): Promise<CheckInAnswers | undefined> {
  // Notes are typed during a conversation: switching windows must not throw them away.
  const common = { ignoreFocusOut: true };
  const title = (n: number) => `Check-in: ${objectiveTitle}${step ? ` ${step}` : ''} (${n}/3)`;
  const progress = await vscode.window.showInputBox({
    ...common,
    title: title(1),
    prompt: `Progress since the last check-in${resources ? ` (${resources}: was it enough?)` : ''}${step ? ' (Escape skips this objective)' : ''}`,
    placeHolder: 'e.g. Gave the first demo; feedback was good',
    ...(draft?.progress ? { value: draft.progress } : {}),
    validateInput: validateProgress,
  });
  if (progress === undefined) return undefined;
  const next = await vscode.window.showInputBox({
    ...common,
    title: title(2),
    prompt: 'Next steps (optional)',
    placeHolder: 'e.g. Pick the second topic',
    ...(draft?.next ? { value: draft.next } : {}),
  });
  if (next === undefined) return undefined;
  const confidence = await vscode.window.showInputBox({
    ...common,
    title: title(3),
    prompt: 'Confidence of reaching the objective, 0 to 1 (optional)',
    placeHolder: 'e.g. 0.7',
    ...(draft?.confidence !== undefined ? { value: decimalSource(draft.confidence) } : {}),
    validateInput: (value) => {
      const input = parseConfidence(value);
      return 'error' in input ? input.error : undefined;
    },
  });
  if (confidence === undefined) return undefined;
  const parsed = parseConfidence(confidence);
  return { progress, ...(next.trim() ? { next } : {}), ...('confidence' in parsed && parsed.confidence !== undefined ? { confidence: parsed.confidence } : {}) };
}

function givenAnswers(answers: Readonly<Record<string, unknown>>): CheckInAnswers | undefined {
  const { progress, next, confidence } = answers;
  if (typeof progress !== 'string') return undefined;
  return { progress, ...(typeof next === 'string' ? { next } : {}), ...(typeof confidence === 'number' ? { confidence } : {}) };
}

function resourcesOf(goals: GoalWorkspace, uri: string): string | undefined {
  const objective = goals.index.get(uri)?.objective;
  return objective ? resourcesSummary(objective) : undefined;
}

type ObjectiveChoice = { readonly kind: 'one'; readonly entry: GoalEntry } | { readonly kind: 'each' };

/** Asks for an objective, or for all of the quarter's active ones in turn (after a 1:1). */
async function pickCheckInTarget(goals: GoalWorkspace, clock: Clock): Promise<ObjectiveChoice | undefined> {
  const quarter = quarterOfDate(clock.today());
  const entries = byQuarter(await goalEntries(goals), quarter);
  if (entries.length === 0) {
    void vscode.window.showInformationMessage('Growth Backlog: no objectives found. Create one first (Growth Backlog: New Objective…).');
    return undefined;
  }
  type Item = vscode.QuickPickItem & { readonly choice?: ObjectiveChoice };
  const active = entries.filter((entry) => entry.objective.quarter === quarter && entry.objective.status === 'active').length;
  const items: Item[] = [
    ...(active > 1
      ? [
          { label: `$(checklist) Each active objective of ${quarter}, in turn`, description: 'prefilled from the 1:1 notes', choice: { kind: 'each' } as const },
          { label: '', kind: vscode.QuickPickItemKind.Separator },
        ]
      : []),
    ...entries.map((entry) => ({ label: entry.objective.title || '(untitled objective)', description: objectiveDescription(entry.objective), choice: { kind: 'one', entry } as const })),
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Add Check-in', placeHolder: 'Pick an objective', matchOnDescription: true, ignoreFocusOut: true }))?.choice;
}

/** One objective of a round of check-ins: what was prefilled, and whether a check-in was written. */
export interface RoundCheckIn {
  readonly uri: string;
  readonly draft: CheckInDraft;
  readonly written: boolean;
}

/**
 * Check-ins for every active objective of the quarter, one after the other, each prefilled
 * from the 1:1 notes (what changed, the commits, the open next steps, the last confidence).
 * `given` (answers.checkIns) replaces the prompts, one entry per objective, null to skip.
 */
async function checkInRound(goals: GoalWorkspace, commits: WorkspaceCommits, clock: Clock, given?: readonly unknown[]): Promise<RoundCheckIn[]> {
  const prep = await workspacePrep(goals, commits, clock);
  const results: RoundCheckIn[] = [];
  for (const [index, objective] of prep.objectives.entries()) {
    const draft = checkInDraft(objective);
    const answers = given ? (given[index] === null || given[index] === undefined ? undefined : givenAnswers(answersOf(given[index]))) : await askCheckIn(objective.title, resourcesOf(goals, objective.uri), draft, `(${index + 1} of ${prep.objectives.length})`);
    let written = false;
    if (answers) {
      written = await applyGoalEditOrExplain(objective.uri, (text) => goals.markdown.bodyEdits().addCheckIn(text, { date: clock.today(), ...answers }), { label: 'Add check-in' });
    }
    results.push({ uri: objective.uri, draft, written });
  }
  const count = results.filter((result) => result.written).length;
  vscode.window.setStatusBarMessage(`$(check) ${count} check-in${count === 1 ? '' : 's'} added`, 4000);
  return results;
}

/**
 * Add Check-in…: the objective from the target or a picker, then progress, next steps and
 * confidence (or `answers`), dated today, under `## Check-ins`. The picker also offers a
 * round over every active objective of the quarter, prefilled from the 1:1 notes
 * (`answers.each: true`, with `answers.checkIns` for the prompts). Resolves to whether a
 * check-in was written, or to the round's results.
 */
export async function addCheckInCommand(goals: GoalWorkspace, commits: WorkspaceCommits, clock: Clock, argument?: unknown, answers?: unknown): Promise<boolean | RoundCheckIn[]> {
  const target = asGoalTarget(argument);
  const given = answersOf(answers);
  let uri = target?.uri;
  if (!uri) {
    const choice = given.each === true ? ({ kind: 'each' } as const) : await pickCheckInTarget(goals, clock);
    if (!choice) return false;
    if (choice.kind === 'each') return checkInRound(goals, commits, clock, Array.isArray(given.checkIns) ? given.checkIns : undefined);
    uri = choice.entry.uri;
  }
  const objectiveUri = uri;
  const objective = goals.index.get(objectiveUri)?.objective;
  const title = objective?.title || 'objective';
  const checkIn = givenAnswers(given) ?? (await askCheckIn(title, objective ? resourcesSummary(objective) : undefined));
  if (!checkIn) return false;
  const applied = await applyGoalEditOrExplain(objectiveUri, (text) => goals.markdown.bodyEdits().addCheckIn(text, { date: clock.today(), ...checkIn }), { label: 'Add check-in' });
  if (applied) vscode.window.setStatusBarMessage(`$(check) Check-in added to "${title}"`, 4000);
  return applied;
}
