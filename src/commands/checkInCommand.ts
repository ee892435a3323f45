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

/** The first prompt: the resources set aside are worth a word, and a round can skip an objective. */
function progressPrompt(resources: string | undefined, inRound: boolean): string {
  if (resources) return inRound ? vscode.l10n.t('Progress since the last check-in ({0}: was it enough?) (Escape skips this objective)', resources) : vscode.l10n.t('Progress since the last check-in ({0}: was it enough?)', resources);
  return inRound ? vscode.l10n.t('Progress since the last check-in (Escape skips this objective)') : vscode.l10n.t('Progress since the last check-in');
}

/**
 * The three prompts of a 1:1 check-in, prefilled from the 1:1 notes when there are some;
 * undefined when the user cancels one. `resources` (time set aside, budget) is shown to talk
 * about; `step` names the place in a round of objectives.
 */
async function askCheckIn(questions: QuestionSequence, objectiveTitle: string, resources: string | undefined, draft?: CheckInDraft, step?: string): Promise<CheckInAnswers | undefined> {
  // Notes are typed during a conversation: the sequence's questions survive switching windows.
  const title = (n: number) => (step ? vscode.l10n.t('Check-in: {0} {1} ({2}/3)', objectiveTitle, step, n) : vscode.l10n.t('Check-in: {0} ({1}/3)', objectiveTitle, n));
  const progress = await questions.text(
    title(1),
    progressPrompt(resources, step !== undefined),
    draft?.progress ?? '',
    (value) => validateProgress(value) ?? undefined,
    vscode.l10n.t('e.g. Gave the first demo; feedback was good'),
  );
  if (progress === undefined) return undefined;
  const next = await questions.text(title(2), vscode.l10n.t('Next steps (optional)'), draft?.next ?? '', undefined, vscode.l10n.t('e.g. Pick the second topic'));
  if (next === undefined) return undefined;
  const confidence = await questions.text(
    title(3),
    vscode.l10n.t('Confidence of reaching the objective, 0 to 1 (optional)'),
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
    void vscode.window.showInformationMessage(vscode.l10n.t('Growth Backlog: no objectives found. Create one first (Growth Backlog: New Objective…).'));
    return undefined;
  }
  const active = entries.filter((entry) => entry.objective.quarter === quarter && entry.objective.status === 'active').length;
  const separator = { label: '', kind: vscode.QuickPickItemKind.Separator, value: undefined };
  const items: (vscode.QuickPickItem & { readonly value: ObjectiveChoice | undefined })[] = [
    ...(active > 1 ? [{ label: `$(checklist) ${vscode.l10n.t('Each active objective of {0}, in turn', quarter)}`, description: vscode.l10n.t('prefilled from the 1:1 notes'), value: { kind: 'each' } as const }, separator] : []),
    ...entries.map((entry) => ({ label: entry.objective.title || vscode.l10n.t('(untitled objective)'), description: objectiveDescription(entry.objective), value: { kind: 'one', entry } as const })),
  ];
  return questions.choose(vscode.l10n.t('Add Check-in'), vscode.l10n.t('Pick an objective'), items, { matchOnDescription: true });
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
    const answers = given ? (given[index] === null || given[index] === undefined ? undefined : givenAnswers(answersOf(given[index]))) : await askCheckIn(questions, objective.title, resourcesOf(goals, objective.uri), draft, vscode.l10n.t('({0} of {1})', index + 1, prep.objectives.length));
    let written = false;
    if (answers) {
      written = await applyGoalEditOrExplain(objective.uri, (text) => goals.markdown.bodyEdits().addCheckIn(text, { date: clock.today(), ...answers }), { label: vscode.l10n.t('Add check-in') });
    }
    results.push({ uri: objective.uri, draft, written });
  }
  const count = results.filter((result) => result.written).length;
  vscode.window.setStatusBarMessage(`$(check) ${count === 1 ? vscode.l10n.t('1 check-in added') : vscode.l10n.t('{0} check-ins added', count)}`, 4000);
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
    checkIn = givenAnswers(given) ?? (await askCheckIn(questions, objective?.title || vscode.l10n.t('objective'), objective ? resourcesSummary(objective) : undefined));
  } finally {
    questions.dispose();
  }
  if (!checkIn) return false;
  const title = goals.index.get(objectiveUri)?.objective?.title || vscode.l10n.t('objective');
  const applied = await applyGoalEditOrExplain(objectiveUri, (text) => goals.markdown.bodyEdits().addCheckIn(text, { date: clock.today(), ...checkIn }), { label: vscode.l10n.t('Add check-in') });
  if (applied) vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Check-in added to "{0}"', title)}`, 4000);
  return applied;
}
