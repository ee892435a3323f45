// The 1:1 prep: for each active objective of the current quarter, what to talk about —
// score and key-result progress, what changed since the last check-in (the check-ins and,
// where git has the goal file's history, its grades, statuses and `current` values), the
// confidence trend, the commits linked to each key result since then, the open next steps,
// and room for blockers and the support asked for. Pure: the hosts read files and git.

import { latestCheckIn } from './checkIns.js';
import { commitsOf, type CommitEvidence, type LinkedCommit } from './commitEvidence.js';
import type { GitHistory } from './gitHistory.js';
import { markdownText } from './markdownText.js';
import type { CheckIn, GoalBody, KeyResult, KeyResultStatus, Objective, ObjectiveStatus } from './model.js';
import { parseGoalFile } from './parse.js';
import { daysBetween, isIsoDate, quarterOfDate } from './quarter.js';
import { formatScore, keyResultProgress, objectiveScore, progressText as keyResultProgressText, scoreBand } from './scoring.js';
import { storyKeyResultId, storyTitle } from './stories.js';

export interface PrepGoal {
  readonly uri: string;
  /** How the file is named in the notes (workspace-relative path). */
  readonly file: string;
  readonly objective: Objective;
  readonly body: GoalBody;
}

export interface PrepKeyResult {
  readonly id: string;
  readonly title: string;
  readonly status: KeyResultStatus;
  readonly current?: number;
  readonly target?: number;
  readonly baseline?: number;
  readonly unit?: string;
  readonly grade?: number;
  /** Linked commits dated on or after the objective's `since`, newest first. */
  readonly commits: readonly LinkedCommit[];
  /** What the goal file's history says changed since then: `current 1 → 3`, `status todo → doing`. */
  readonly changes: readonly string[];
}

export interface PrepObjective {
  readonly uri: string;
  readonly file: string;
  readonly title: string;
  readonly quarter: string;
  readonly score?: number;
  readonly lastCheckIn?: CheckIn;
  /** The day the notes look back to: `--since`, else the last check-in, else the quarter's first day. */
  readonly since: string;
  readonly sinceFrom: 'given' | 'check-in' | 'quarter';
  /** Check-ins dated after `since` (when `--since` reaches further back than the last one). */
  readonly checkInsSince: readonly CheckIn[];
  /** Confidence of each check-in of the quarter, oldest first. */
  readonly confidence: readonly { readonly date: string; readonly value: number }[];
  readonly keyResults: readonly PrepKeyResult[];
  /** Objective-level changes from the history: its status, key results added or removed. */
  readonly changes: readonly string[];
  /** Whether git had a version of the file from `since` to compare with. */
  readonly historyKnown: boolean;
  /** Open next-step stories, as written (a KR tag shown as `(kr-id)`). */
  readonly nextSteps: readonly string[];
}

export interface OneOnOnePrep {
  readonly today: string;
  readonly quarter: string;
  readonly objectives: readonly PrepObjective[];
}

function quarterStart(quarter: string): string {
  const year = quarter.slice(0, 4);
  const month = (Number(quarter.slice(6)) - 1) * 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

const number = (value: number | undefined): string => (value === undefined ? '–' : String(value));

function keyResultChanges(now: KeyResult, before: KeyResult | undefined): string[] {
  if (!before) return ['new key result'];
  const changes: string[] = [];
  if (before.status !== now.status) changes.push(`status ${before.status} → ${now.status}`);
  if (before.current !== now.current) changes.push(`current ${number(before.current)} → ${number(now.current)}${now.target === undefined ? '' : ` of ${now.target}`}`);
  if (before.target !== now.target) changes.push(`target ${number(before.target)} → ${number(now.target)}`);
  if (before.grade !== now.grade) changes.push(`grade ${formatScore(before.grade)} → ${formatScore(now.grade)}`);
  return changes;
}

function objectiveChanges(now: Objective, before: Objective): string[] {
  const changes: string[] = [];
  if (before.status !== now.status) changes.push(`status ${before.status} → ${now.status}`);
  const ids = new Set(now.keyResults.map((keyResult) => keyResult.id));
  for (const old of before.keyResults) if (!ids.has(old.id)) changes.push(`key result ${old.id} removed`);
  return changes;
}

/** Open stories as one line each; a story's KR tag is shown as `(kr-id)` so the link stays visible. */
function nextSteps(objective: Objective, body: GoalBody): string[] {
  const ids = new Set(objective.keyResults.map((keyResult) => keyResult.id));
  return body.tasks
    .filter((task) => !task.done)
    .map((task) => {
      const keyResultId = storyKeyResultId(task.text, ids);
      return keyResultId === undefined ? task.text : `${storyTitle(task.text, keyResultId)} (${keyResultId})`;
    });
}

export interface PrepInput {
  readonly goals: readonly PrepGoal[];
  readonly evidence: CommitEvidence;
  readonly history: Pick<GitHistory, 'textAsOf'>;
  readonly today: string;
  /** YYYY-MM-DD; defaults to each objective's last check-in. */
  readonly since?: string;
}

/** The notes for the 1:1 of `today`: the quarter's active objectives, by title. */
export async function oneOnOnePrep(input: PrepInput): Promise<OneOnOnePrep> {
  const quarter = quarterOfDate(input.today);
  const active = input.goals
    .filter((goal) => goal.objective.quarter === quarter && goal.objective.status === 'active')
    .sort((a, b) => a.objective.title.localeCompare(b.objective.title) || a.file.localeCompare(b.file));
  const objectives: PrepObjective[] = [];
  for (const goal of active) {
    const checkIns = goal.body.checkIns.filter((checkIn) => checkIn.date <= input.today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const lastDate = latestCheckIn(checkIns);
    const lastCheckIn = [...checkIns].reverse().find((checkIn) => checkIn.date === lastDate);
    const given = input.since !== undefined && isIsoDate(input.since) ? input.since : undefined;
    const since = given ?? lastDate ?? quarterStart(quarter);
    const previousText = await input.history.textAsOf(goal.uri, since);
    const previous = previousText === undefined ? undefined : parseGoalFile(goal.uri, 'history', previousText).objective;
    const score = objectiveScore(goal.objective);
    objectives.push({
      uri: goal.uri,
      file: goal.file,
      title: goal.objective.title,
      quarter,
      ...(score === undefined ? {} : { score }),
      ...(lastCheckIn ? { lastCheckIn } : {}),
      since,
      sinceFrom: given ? 'given' : lastDate ? 'check-in' : 'quarter',
      checkInsSince: checkIns.filter((checkIn) => checkIn.date > since),
      confidence: checkIns.filter((checkIn) => checkIn.confidence !== undefined && quarterOfDate(checkIn.date) === quarter).map((checkIn) => ({ date: checkIn.date, value: checkIn.confidence as number })),
      keyResults: goal.objective.keyResults.map((keyResult) => ({
        id: keyResult.id,
        title: keyResult.title,
        status: keyResult.status,
        ...(keyResult.current === undefined ? {} : { current: keyResult.current }),
        ...(keyResult.target === undefined ? {} : { target: keyResult.target }),
        ...(keyResult.baseline === undefined ? {} : { baseline: keyResult.baseline }),
        ...(keyResult.unit === undefined ? {} : { unit: keyResult.unit }),
        ...(keyResult.grade === undefined ? {} : { grade: keyResult.grade }),
        commits: commitsOf(input.evidence, goal.uri, keyResult.id, { since }),
        changes: previous ? keyResultChanges(keyResult, previous.keyResults.find((old) => old.id === keyResult.id)) : [],
      })),
      changes: previous ? objectiveChanges(goal.objective, previous) : [],
      historyKnown: previous !== undefined,
      nextSteps: nextSteps(goal.objective, goal.body),
    });
  }
  return { today: input.today, quarter, objectives };
}

/** The shape `growth-backlog prep --json` prints; every key is always there (null when unknown). */
export interface PrepJson {
  readonly objectives: readonly {
    readonly file: string;
    readonly title: string;
    readonly quarter: string;
    readonly lastCheckIn: string | null;
    readonly confidence: readonly number[];
    readonly keyResults: readonly {
      readonly id: string;
      readonly title: string;
      readonly status: KeyResultStatus;
      readonly current: number | null;
      readonly target: number | null;
      readonly commits: readonly { readonly hash: string; readonly subject: string; readonly date: string }[];
    }[];
    readonly nextSteps: readonly string[];
  }[];
}

export function prepJson(prep: OneOnOnePrep): PrepJson {
  return {
    objectives: prep.objectives.map((objective) => ({
      file: objective.file,
      title: objective.title,
      quarter: objective.quarter,
      lastCheckIn: objective.lastCheckIn?.date ?? null,
      confidence: objective.confidence.map((entry) => entry.value),
      keyResults: objective.keyResults.map((keyResult) => ({
        id: keyResult.id,
        title: keyResult.title,
        status: keyResult.status,
        current: keyResult.current ?? null,
        target: keyResult.target ?? null,
        commits: keyResult.commits.map(({ hash, subject, date }) => ({ hash, subject, date })),
      })),
      nextSteps: [...objective.nextSteps],
    })),
  };
}

function ago(date: string, today: string): string {
  const days = daysBetween(date, today);
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

function progressText(keyResult: PrepKeyResult): string {
  const text = keyResultProgressText(keyResult, ' of ');
  if (text === undefined) return '';
  const progress = keyResultProgress(keyResult);
  return ` · ${text}${progress === undefined ? '' : ` (${Math.round(progress * 100)}%)`}`;
}

const statusWords: Record<ObjectiveStatus | KeyResultStatus, string> = { backlog: 'backlog', active: 'active', done: 'done', dropped: 'dropped', todo: 'to do', doing: 'doing' };

/** The notes as a Markdown document, ready to paste into a 1:1 doc or share. */
export function renderPrepMarkdown(prep: OneOnOnePrep): string {
  const lines: string[] = [`# 1:1 notes, ${prep.today}`, ''];
  if (prep.objectives.length === 0) {
    lines.push(`_No active objectives in ${prep.quarter}._`, '');
    return lines.join('\n');
  }
  lines.push(`${prep.objectives.length} active objective${prep.objectives.length === 1 ? '' : 's'} in ${prep.quarter}.`, '');
  for (const objective of prep.objectives) {
    lines.push(`## ${markdownText(objective.title)}`, '');
    const score = objective.score === undefined ? 'not scored yet' : `score ${formatScore(objective.score)} (${scoreBand(objective.score)})`;
    const last = objective.lastCheckIn ? `last check-in ${objective.lastCheckIn.date} (${ago(objective.lastCheckIn.date, prep.today)})` : 'no check-in yet';
    lines.push(`${markdownText(objective.file)} · ${score} · ${last}`);
    if (objective.confidence.length > 0) lines.push(`Confidence over the quarter: ${objective.confidence.map((entry) => formatScore(entry.value)).join(' → ')}`);
    lines.push('');

    const sinceWhat = objective.sinceFrom === 'check-in' ? 'the last check-in' : objective.sinceFrom === 'given' ? 'the date asked for' : 'the start of the quarter';
    lines.push(`### Since ${objective.since} (${sinceWhat})`, '');
    if (objective.lastCheckIn) {
      const said = [objective.lastCheckIn.progress && `progress: ${markdownText(objective.lastCheckIn.progress)}`, objective.lastCheckIn.next && `next: ${markdownText(objective.lastCheckIn.next)}`].filter(Boolean);
      if (said.length > 0) lines.push(`- Last check-in (${objective.lastCheckIn.date}) said ${said.join('; ')}`);
    }
    for (const checkIn of objective.checkInsSince) {
      if (checkIn === objective.lastCheckIn) continue;
      lines.push(`- Check-in ${checkIn.date}${checkIn.progress ? `: ${markdownText(checkIn.progress)}` : ''}`);
    }
    if (!objective.historyKnown) lines.push(`- No git history of the goal file from ${objective.since} to compare with.`);
    else {
      const changed = [...objective.changes, ...objective.keyResults.flatMap((keyResult) => keyResult.changes.map((change) => `${keyResult.id}: ${change}`))];
      lines.push(changed.length > 0 ? `- Changed in the goal file: ${changed.map(markdownText).join('; ')}` : '- No changes to grades, statuses or progress in the goal file.');
    }
    lines.push('');

    lines.push('### Key results', '');
    for (const keyResult of objective.keyResults) {
      lines.push(`- **${markdownText(keyResult.title)}** (${keyResult.id}): ${statusWords[keyResult.status]}${progressText(keyResult)} · grade ${formatScore(keyResult.grade)}`);
      for (const commit of keyResult.commits) lines.push(`  - commit \`${commit.hash.slice(0, 7)}\` ${commit.date}: ${markdownText(commit.subject)}`);
    }
    lines.push('');

    lines.push('### Open next steps', '');
    if (objective.nextSteps.length === 0) lines.push('- (none written down)');
    for (const step of objective.nextSteps) lines.push(`- ${markdownText(step)}`);
    lines.push('');
    lines.push('### To talk about', '', '- Blockers: ', '- Support I would like (time in the sprint, an intro, a review): ', '');
  }
  return lines.join('\n');
}

/** A check-in prefilled from the notes, for Add Check-in… after the meeting; the user edits it. */
export interface CheckInDraft {
  readonly progress: string;
  readonly next: string;
  readonly confidence?: number;
}

export function checkInDraft(objective: PrepObjective): CheckInDraft {
  const progress: string[] = [];
  for (const keyResult of objective.keyResults) {
    const parts = [...keyResult.changes.filter((change) => change !== 'new key result')];
    if (keyResult.commits.length > 0) parts.push(`${keyResult.commits.length} commit${keyResult.commits.length === 1 ? '' : 's'}`);
    if (parts.length > 0) progress.push(`${keyResult.id}: ${parts.join(', ')}`);
  }
  const last = objective.confidence.at(-1)?.value;
  return { progress: progress.join('; '), next: objective.nextSteps.slice(0, 2).join('; '), ...(last === undefined ? {} : { confidence: last }) };
}
