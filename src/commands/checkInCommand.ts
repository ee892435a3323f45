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
import { QuestionSequence } from './questionSequence.js';

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
async function askCheckIn(questions: QuestionSequence, objectiveTitle: string, resources: string | undefined, draft?: CheckInDraft, step?: string): Promise<CheckInAnswers | undefined> {
  // Notes are typed during a conversation: the sequence's questions survive switching windows.
  const title = (n: number) => `Check-in: ${objectiveTitle}${step ? ` ${step}` : ''} (${n}/3)`;
  const progress = await questions.text(
    title(1),
    `Progress since the last check-in${resources ? ` (${resources}: was it enough?)` : ''}${step ? ' (Escape skips this objective)' : ''}`,
    draft?.progress ?? '',
    (value) => validateProgress(value) ?? undefined,
    'e.g. Gave the first demo; feedback was good',
  );
  if (progress === undefined) return undefined;
  const next = await questions.text(title(2), 'Next steps (optional)', draft?.next ?? '', undefined, 'e.g. Pick the second topic');
  if (next === undefined) return undefined;
  const confidence = await questions.text(
    title(3),
    'Confidence of reaching the objective, 0 to 1 (optional)',
    draft?.confidence !== undefined ? decimalSource(draft.confidence) : '',
    (value) => {
      const input = parseConfidence(value);
      return 'error' in input ? input.error : undefined;
    },
    'e.g. 0.7',
  );
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
async function pickCheckInTarget(questions: QuestionSequence, goals: GoalWorkspace, clock: Clock): Promise<ObjectiveChoice | undefined> {
  const quarter = quarterOfDate(clock.today());
  const entries = byQuarter(await goalEntries(goals), quarter);
  if (entries.length === 0) {
    void vscode.window.showInformationMessage('Growth Backlog: no objectives found. Create one first (Growth Backlog: New Objective…).');
    return undefined;
  }
  const active = entries.filter((entry) => entry.objective.quarter === quarter && entry.objective.status === 'active').length;
  const separator = { label: '', kind: vscode.QuickPickItemKind.Separator, value: undefined };
  const items: (vscode.QuickPickItem & { readonly value: ObjectiveChoice | undefined })[] = [
    ...(active > 1 ? [{ label: `$(checklist) Each active objective of ${quarter}, in turn`, description: 'prefilled from the 1:1 notes', value: { kind: 'each' } as const }, separator] : []),
    ...entries.map((entry) => ({ label: entry.objective.title || '(untitled objective)', description: objectiveDescription(entry.objective), value: { kind: 'one', entry } as const })),
  ];
  return questions.choose('Add Check-in', 'Pick an objective', items, { matchOnDescription: true });
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
async function checkInRound(questions: QuestionSequence, goals: GoalWorkspace, commits: WorkspaceCommits, clock: Clock, given?: readonly unknown[]): Promise<RoundCheckIn[]> {
  const prep = await workspacePrep(goals, commits, clock);
  const results: RoundCheckIn[] = [];
  for (const [index, objective] of prep.objectives.entries()) {
    const draft = checkInDraft(objective);
    const answers = given ? (given[index] === null || given[index] === undefined ? undefined : givenAnswers(answersOf(given[index]))) : await askCheckIn(questions, objective.title, resourcesOf(goals, objective.uri), draft, `(${index + 1} of ${prep.objectives.length})`);
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
  // One quick input for every question: the keyboard never leaves it between two of them.
  const questions = new QuestionSequence();
  let objectiveUri = target?.uri;
  let checkIn: CheckInAnswers | undefined;
  try {
    if (!objectiveUri) {
      const choice = given.each === true ? ({ kind: 'each' } as const) : await pickCheckInTarget(questions, goals, clock);
      if (!choice) return false;
      if (choice.kind === 'each') return await checkInRound(questions, goals, commits, clock, Array.isArray(given.checkIns) ? given.checkIns : undefined);
      objectiveUri = choice.entry.uri;
    }
    const objective = goals.index.get(objectiveUri)?.objective;
    checkIn = givenAnswers(given) ?? (await askCheckIn(questions, objective?.title || 'objective', objective ? resourcesSummary(objective) : undefined));
  } finally {
    questions.dispose();
  }
  if (!checkIn) return false;
  const title = goals.index.get(objectiveUri)?.objective?.title || 'objective';
  const applied = await applyGoalEditOrExplain(objectiveUri, (text) => goals.markdown.bodyEdits().addCheckIn(text, { date: clock.today(), ...checkIn }), { label: 'Add check-in' });
  if (applied) vscode.window.setStatusBarMessage(`$(check) Check-in added to "${title}"`, 4000);
  return applied;
}
