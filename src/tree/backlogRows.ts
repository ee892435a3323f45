// How each backlog node reads in the tree: label, description, icon, tooltip. Editor-free
// (icons and colours are codicon and theme-colour ids) so the wording is unit-tested.
import * as l10n from '@vscode/l10n';
import type { KeyResult, KeyResultStatus, ObjectiveStatus } from '../core/model.js';
import { calibrationSentence, type CalibrationVerdict } from '../core/calibration.js';
import { daysBetween } from '../core/quarter.js';
import { formatScore, gradedNote, keyResultProgress, progressText, scoreBand, type GradedCount, type ScoreBand } from '../core/scoring.js';
import { storyTitle } from '../core/stories.js';
import type { BacklogNode, CommitNode, GroupNode, KeyResultNode, ObjectiveNode, ProblemNode, TaskNode } from './backlogModel.js';
import { markdownInlineText } from '../core/markdownText.js';

export interface BacklogRow {
  readonly label: string;
  readonly description: string;
  /** The package.json menus key on these: `quarter`, `objective`, `keyResult`, `task`. */
  readonly contextValue: string;
  /** A codicon id; empty for rows that show a check box instead. */
  readonly icon: string;
  /** A theme colour id for the icon. */
  readonly iconColor?: string;
  readonly collapsible: 'none' | 'collapsed' | 'expanded';
  /** Markdown with theme icons; user text is escaped. */
  readonly tooltip: string;
  /** Stories have a check box that ticks them in the file. */
  readonly checkbox?: 'checked' | 'unchecked';
}

/** Facts from the goal file's body, when it has been read. */
export interface BodyFacts {
  readonly lastCheckIn?: string;
}

export const bandColors: Record<ScoreBand, string> = { red: 'charts.red', yellow: 'charts.yellow', green: 'charts.green' };
/** The OKR reading of a score (see src/core/scoring.ts). */
export const bandLabels = (): Record<ScoreBand, string> => ({ red: l10n.t('missed'), yellow: l10n.t('progress'), green: l10n.t('success') });

export const objectiveStatusIcons: Record<ObjectiveStatus, string> = { backlog: 'inbox', active: 'target', done: 'pass-filled', dropped: 'circle-slash' };
export const keyResultStatusIcons: Record<KeyResultStatus, string> = {
  todo: 'circle-large-outline',
  doing: 'play-circle',
  done: 'pass-filled',
  dropped: 'circle-slash',
};
const keyResultStatusLabel = (status: KeyResultStatus): string => ({ todo: l10n.t('to do'), doing: l10n.t('doing'), done: l10n.t('done'), dropped: l10n.t('dropped') })[status];

const objectiveCount = (count: number): string => (count === 1 ? l10n.t('1 objective') : l10n.t('{0} objectives', count));
const join = (parts: readonly (string | undefined | false)[]): string => parts.filter((part): part is string => Boolean(part)).join(' · ');

/**
 * `0.6 progress`, or `not graded` before any key result is. A partial score says how much of
 * it is graded instead of its reading: `1.0 · 1 of 11 graded` is not a success yet.
 */
export function scoreText(score: number | undefined, graded?: GradedCount): string {
  if (score === undefined) return l10n.t('not graded');
  const note = graded && gradedNote(graded);
  return note ? `${formatScore(score)} · ${note}` : l10n.t({ message: '{0} {1}', args: [formatScore(score), bandLabels()[scoreBand(score)]], comment: ['A score and its reading: 0.6 progress'] });
}

function scoreColor(score: number | undefined): string | undefined {
  return score === undefined ? undefined : bandColors[scoreBand(score)];
}

/** Short words for the quarter row's description, only when the verdict asks for a change. */
const calibrationMarks = (): Partial<Record<CalibrationVerdict, string>> => ({ 'too-safe': l10n.t('goals too safe?'), 'too-hard': l10n.t('goals too hard?') });

function groupRow(node: GroupNode): BacklogRow {
  const collapsible = node.expanded ? 'expanded' : 'collapsed';
  const objectives = objectiveCount(node.count);
  switch (node.group) {
    case 'quarter': {
      const overLimit = node.overLimit === undefined ? undefined : l10n.t('⚠ more than {0}', node.overLimit);
      const tooltip = [
        node.isCurrentQuarter ? l10n.t('**{0}** (current quarter)', markdownInlineText(node.label)) : `**${markdownInlineText(node.label)}**`,
        l10n.t('Quarter score: **{0}**, the mean of its scored objectives (dropped ones do not count).', scoreText(node.score, node.graded)),
        overLimit ? l10n.t('{0} $(warning) more than the {1} set in `growthBacklog.maxObjectivesPerQuarter`: a few goals get done, many get diluted.', objectives, node.overLimit ?? 0) : `${objectives}.`,
        ...(node.calibration ? [l10n.t('Calibration: {0}', calibrationSentence(node.calibration))] : []),
      ];
      const calibrationMark = node.calibration ? calibrationMarks()[node.calibration.verdict] : undefined;
      return {
        label: node.label,
        description: join([node.isCurrentQuarter && l10n.t('current'), node.score !== undefined && formatScore(node.score), node.score !== undefined && gradedNote(node.graded), objectives, overLimit, calibrationMark]),
        contextValue: 'quarter',
        icon: 'calendar',
        ...optionalColor(scoreColor(node.score)),
        collapsible,
        tooltip: tooltip.join('\n\n'),
      };
    }
    case 'backlog':
      return { label: node.label, description: objectives, contextValue: 'backlog', icon: 'inbox', collapsible, tooltip: l10n.t('**Backlog**\n\nObjectives without a quarter yet: {0}.', objectives) };
    case 'status':
      return {
        label: node.label,
        description: objectives,
        contextValue: 'statusGroup',
        icon: objectiveStatusIcons[node.status ?? 'active'],
        collapsible,
        tooltip: l10n.t('**{0}**\n\n{1} with this status.', markdownInlineText(node.label), objectives),
      };
    case 'career': {
      const competency = node.competency;
      const id = node.id.startsWith('career:') ? node.id.slice('career:'.length) : undefined;
      const tooltip = [
        `**${markdownInlineText(node.label)}**${competency && competency.name ? ` \`${competency.id}\`` : ''}${competency?.area ? ` — ${markdownInlineText(competency.area)}` : ''}`,
        ...(competency?.description ? [markdownInlineText(competency.description)] : []),
        ...(competency && competency.levels.length > 0 ? [competency.levels.map((level) => `- **${markdownInlineText(level.level)}:** ${markdownInlineText(level.expectation)}`).join('\n')] : []),
        ...(node.unknownCareer ? [`$(warning) ${l10n.t('Not in the career framework: check the spelling, or add it to the framework.')}`] : []),
        l10n.t('{0} growing this career area.', objectives),
      ];
      return {
        label: node.label,
        description: join([competency?.area, node.unknownCareer && id !== undefined && l10n.t('not in the framework'), objectives]),
        contextValue: 'careerGroup',
        icon: node.unknownCareer ? 'warning' : 'mortar-board',
        collapsible,
        tooltip: tooltip.join('\n\n'),
      };
    }
    case 'problems':
      return {
        label: node.label,
        description: node.count === 1 ? l10n.t('1 file') : l10n.t('{0} files', node.count),
        contextValue: 'problems',
        icon: 'error',
        iconColor: 'problemsErrorIcon.foreground',
        collapsible,
        tooltip: l10n.t('**Problems**\n\nFiles that look like goal files but could not be read. Open one to see what is wrong.'),
      };
  }
}

function optionalColor(color: string | undefined): { iconColor?: string } {
  return color === undefined ? {} : { iconColor: color };
}

function keyResultFacts(keyResult: KeyResult): string {
  const progress = keyResultProgress(keyResult);
  return join([
    l10n.t('Status: {0}', keyResultStatusLabel(keyResult.status)),
    l10n.t('Grade: {0}', keyResult.grade === undefined ? l10n.t('not graded') : scoreText(keyResult.grade)),
    keyResult.target !== undefined &&
      (progress === undefined
        ? l10n.t('Progress: {0}', progressText(keyResult, l10n.t({ message: ' of ', comment: ['Between the current value and the target of a key result: 1 of 2'] })) ?? '')
        : l10n.t('Progress: {0} ({1}%)', progressText(keyResult, l10n.t({ message: ' of ', comment: ['Between the current value and the target of a key result: 1 of 2'] })) ?? '', Math.round(progress * 100))),
    keyResult.weight !== 1 && l10n.t('Weight: {0}', keyResult.weight),
  ]);
}

function lastCheckInText(facts: BodyFacts | undefined, today: string): string {
  if (!facts) return l10n.t('Last check-in: …');
  if (!facts.lastCheckIn) return l10n.t('No check-ins yet.');
  const days = daysBetween(facts.lastCheckIn, today);
  if (days === 0) return l10n.t('Last check-in: {0} (today)', facts.lastCheckIn);
  if (days === 1) return l10n.t('Last check-in: {0} (1 day ago)', facts.lastCheckIn);
  if (days > 1) return l10n.t('Last check-in: {0} ({1} days ago)', facts.lastCheckIn, days);
  return l10n.t('Last check-in: {0} (in the future)', facts.lastCheckIn);
}

/** The objective in full. `facts` is undefined until the body has been read. */
export function objectiveTooltip(node: ObjectiveNode, facts: BodyFacts | undefined, today: string): string {
  const { objective } = node;
  const keyResults = objective.keyResults.map(
    (keyResult) => `- $(${keyResultStatusIcons[keyResult.status]}) ${markdownInlineText(keyResult.title || keyResult.id)} — ${join([
      keyResult.grade !== undefined && l10n.t('grade {0}', formatScore(keyResult.grade)),
      progressText(keyResult),
      keyResultStatusLabel(keyResult.status),
    ])}`,
  );
  return [
    `**${markdownInlineText(objective.title || l10n.t('Untitled objective'))}**`,
    join([
      objective.quarter ? markdownInlineText(objective.quarter) : l10n.t('No quarter'),
      objective.status,
      objective.commitment,
      objective.theme !== undefined && l10n.t('theme {0}', markdownInlineText(objective.theme)),
    ]),
    l10n.t('Score: **{0}**', scoreText(node.score, node.graded)),
    objective.career.length > 0 ? l10n.t('Career areas: {0}', objective.career.map(markdownInlineText).join(', ')) : l10n.t('No career area'),
    keyResults.length > 0 ? l10n.t('Key results:\n\n{0}', keyResults.join('\n')) : l10n.t('No key results yet.'),
    lastCheckInText(facts, today),
  ].join('\n\n');
}

function objectiveRow(node: ObjectiveNode, facts: BodyFacts | undefined, today: string): BacklogRow {
  const { objective } = node;
  return {
    label: objective.title || l10n.t('Untitled objective'),
    description: join([
      scoreText(node.score, node.graded),
      node.showQuarter && (objective.quarter ?? l10n.t('no quarter')),
      objective.career.map((career) => `#${career}`).join(' '),
    ]),
    contextValue: 'objective',
    icon: objectiveStatusIcons[objective.status],
    ...optionalColor(objective.status === 'dropped' ? 'disabledForeground' : scoreColor(node.score)),
    collapsible: 'collapsed',
    tooltip: objectiveTooltip(node, facts, today),
  };
}

function keyResultRow(node: KeyResultNode): BacklogRow {
  const { keyResult } = node;
  // No title (often a misspelt `title:`): the id stands in, marked so it gets fixed.
  const untitled = !keyResult.title;
  return {
    label: keyResult.title || keyResult.id,
    description: join([
      untitled && l10n.t('no title'),
      keyResultStatusLabel(keyResult.status),
      keyResult.grade !== undefined && l10n.t('grade {0}', formatScore(keyResult.grade)),
      progressText(keyResult),
      keyResult.weight !== 1 && l10n.t('weight {0}', keyResult.weight),
    ]),
    contextValue: 'keyResult',
    icon: untitled ? 'warning' : keyResultStatusIcons[keyResult.status],
    ...optionalColor(untitled ? 'list.warningForeground' : keyResult.status === 'dropped' ? 'disabledForeground' : scoreColor(keyResult.grade)),
    collapsible: node.stories.length + node.commits.length > 0 ? 'collapsed' : 'none',
    tooltip: [
      `**${markdownInlineText(keyResult.title || keyResult.id)}**`,
      l10n.t('Key result `{0}` of *{1}*', keyResult.id, markdownInlineText(node.objectiveTitle || l10n.t('Untitled objective'))),
      ...(untitled ? [`$(warning) ${l10n.t('No title: add a `title:` line to this key result in the goal file.')}`] : []),
      keyResultFacts(keyResult),
    ].join('\n\n'),
  };
}

/** `$(check) Done for key result `demo` (line 12); tick the box to reopen it.` */
function taskTooltip(done: boolean, storyOf: string | undefined, line: number): string {
  if (storyOf !== undefined) {
    return done
      ? `$(check) ${l10n.t('Done for key result `{0}` (line {1}); tick the box to reopen it.', storyOf, line)}`
      : `$(circle-large-outline) ${l10n.t('Next step for key result `{0}` (line {1}); tick the box to finish it.', storyOf, line)}`;
  }
  return done ? `$(check) ${l10n.t('Done (line {0}); tick the box to reopen it.', line)}` : `$(circle-large-outline) ${l10n.t('Next step (line {0}); tick the box to finish it.', line)}`;
}

function taskRow(node: TaskNode): BacklogRow {
  const { task } = node;
  const label = storyTitle(task.text, node.storyOf) || l10n.t('(empty task)');
  return {
    label,
    description: task.done ? l10n.t('done') : l10n.t('next step'),
    contextValue: 'task',
    icon: '',
    collapsible: 'none',
    tooltip: `${taskTooltip(task.done, node.storyOf, task.line)}\n\n${markdownInlineText(task.text)}`,
    checkbox: task.done ? 'checked' : 'unchecked',
  };
}

function commitRow(node: CommitNode): BacklogRow {
  const { commit } = node;
  return {
    label: commit.subject || l10n.t('(no subject)'),
    description: `${commit.date} · ${commit.hash.slice(0, 7)}`,
    contextValue: 'commit',
    icon: 'git-commit',
    collapsible: 'none',
    tooltip: `$(git-commit) ${l10n.t('Commit `{0}` of {1}', commit.hash.slice(0, 12), commit.date)}\n\n${markdownInlineText(commit.subject)}\n\n${l10n.t('Click to open its changes.')}`,
  };
}

function problemRow(node: ProblemNode): BacklogRow {
  const fileName = decodeName(node.uri);
  const first = node.diagnostics.find((diagnostic) => diagnostic.severity === 'error') ?? node.diagnostics[0];
  return {
    label: fileName,
    description: first?.message ?? '',
    contextValue: 'problem',
    icon: 'error',
    iconColor: 'problemsErrorIcon.foreground',
    collapsible: 'none',
    tooltip: [
      l10n.t('**{0}** could not be read as a goal file:', markdownInlineText(fileName)),
      node.diagnostics.map((diagnostic) => `- ${l10n.t('Line {0}: {1}', diagnostic.range.line, markdownInlineText(diagnostic.message))}`).join('\n'),
    ].join('\n\n'),
  };
}

function decodeName(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The row for a node; objective tooltips include body facts when given. */
export function backlogRow(node: BacklogNode, today: string, facts?: BodyFacts): BacklogRow {
  switch (node.kind) {
    case 'group':
      return groupRow(node);
    case 'objective':
      return objectiveRow(node, facts, today);
    case 'keyResult':
      return keyResultRow(node);
    case 'task':
      return taskRow(node);
    case 'commit':
      return commitRow(node);
    case 'problem':
      return problemRow(node);
  }
}
