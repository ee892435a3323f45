// How each backlog node reads in the tree: label, description, icon, tooltip. Editor-free
// (icons and colours are codicon and theme-colour ids) so the wording is unit-tested.
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
export const bandLabels: Record<ScoreBand, string> = { red: 'missed', yellow: 'progress', green: 'success' };

export const objectiveStatusIcons: Record<ObjectiveStatus, string> = { backlog: 'inbox', active: 'target', done: 'pass-filled', dropped: 'circle-slash' };
export const keyResultStatusIcons: Record<KeyResultStatus, string> = {
  todo: 'circle-large-outline',
  doing: 'play-circle',
  done: 'pass-filled',
  dropped: 'circle-slash',
};
const keyResultStatusLabels: Record<KeyResultStatus, string> = { todo: 'to do', doing: 'doing', done: 'done', dropped: 'dropped' };

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const join = (parts: readonly (string | undefined | false)[]): string => parts.filter((part): part is string => Boolean(part)).join(' · ');

/**
 * `0.6 progress`, or `not graded` before any key result is. A partial score says how much of
 * it is graded instead of its reading: `1.0 · 1 of 11 graded` is not a success yet.
 */
export function scoreText(score: number | undefined, graded?: GradedCount): string {
  if (score === undefined) return 'not graded';
  const note = graded && gradedNote(graded);
  return note ? `${formatScore(score)} · ${note}` : `${formatScore(score)} ${bandLabels[scoreBand(score)]}`;
}

function scoreColor(score: number | undefined): string | undefined {
  return score === undefined ? undefined : bandColors[scoreBand(score)];
}

/** Short words for the quarter row's description, only when the verdict asks for a change. */
const calibrationMarks: Partial<Record<CalibrationVerdict, string>> = { 'too-safe': 'goals too safe?', 'too-hard': 'goals too hard?' };

function groupRow(node: GroupNode): BacklogRow {
  const collapsible = node.expanded ? 'expanded' : 'collapsed';
  const objectives = plural(node.count, 'objective');
  switch (node.group) {
    case 'quarter': {
      const overLimit = node.overLimit === undefined ? undefined : `⚠ more than ${node.overLimit}`;
      const tooltip = [
        `**${markdownInlineText(node.label)}**${node.isCurrentQuarter ? ' (current quarter)' : ''}`,
        `Quarter score: **${scoreText(node.score, node.graded)}**, the mean of its scored objectives (dropped ones do not count).`,
        `${objectives}${overLimit ? ` $(warning) more than the ${node.overLimit} set in \`growthBacklog.maxObjectivesPerQuarter\`: a few goals get done, many get diluted.` : '.'}`,
        ...(node.calibration ? [`Calibration: ${calibrationSentence(node.calibration)}`] : []),
      ];
      const calibrationMark = node.calibration ? calibrationMarks[node.calibration.verdict] : undefined;
      return {
        label: node.label,
        description: join([node.isCurrentQuarter && 'current', node.score !== undefined && formatScore(node.score), node.score !== undefined && gradedNote(node.graded), objectives, overLimit, calibrationMark]),
        contextValue: 'quarter',
        icon: 'calendar',
        ...optionalColor(scoreColor(node.score)),
        collapsible,
        tooltip: tooltip.join('\n\n'),
      };
    }
    case 'backlog':
      return { label: node.label, description: objectives, contextValue: 'backlog', icon: 'inbox', collapsible, tooltip: `**Backlog**\n\nObjectives without a quarter yet: ${objectives}.` };
    case 'status':
      return {
        label: node.label,
        description: objectives,
        contextValue: 'statusGroup',
        icon: objectiveStatusIcons[node.status ?? 'active'],
        collapsible,
        tooltip: `**${markdownInlineText(node.label)}**\n\n${objectives} with this status.`,
      };
    case 'career': {
      const competency = node.competency;
      const id = node.id.startsWith('career:') ? node.id.slice('career:'.length) : undefined;
      const tooltip = [
        `**${markdownInlineText(node.label)}**${competency && competency.name ? ` \`${competency.id}\`` : ''}${competency?.area ? ` — ${markdownInlineText(competency.area)}` : ''}`,
        ...(competency?.description ? [markdownInlineText(competency.description)] : []),
        ...(competency && competency.levels.length > 0 ? [competency.levels.map((level) => `- **${markdownInlineText(level.level)}:** ${markdownInlineText(level.expectation)}`).join('\n')] : []),
        ...(node.unknownCareer ? ['$(warning) Not in the career framework: check the spelling, or add it to the framework.'] : []),
        `${objectives} growing this career area.`,
      ];
      return {
        label: node.label,
        description: join([competency?.area, node.unknownCareer && id !== undefined && 'not in the framework', objectives]),
        contextValue: 'careerGroup',
        icon: node.unknownCareer ? 'warning' : 'mortar-board',
        collapsible,
        tooltip: tooltip.join('\n\n'),
      };
    }
    case 'problems':
      return {
        label: node.label,
        description: plural(node.count, 'file'),
        contextValue: 'problems',
        icon: 'error',
        iconColor: 'problemsErrorIcon.foreground',
        collapsible,
        tooltip: '**Problems**\n\nFiles that look like goal files but could not be read. Open one to see what is wrong.',
      };
  }
}

function optionalColor(color: string | undefined): { iconColor?: string } {
  return color === undefined ? {} : { iconColor: color };
}

function keyResultFacts(keyResult: KeyResult): string {
  const progress = keyResultProgress(keyResult);
  return join([
    `Status: ${keyResultStatusLabels[keyResult.status]}`,
    `Grade: ${keyResult.grade === undefined ? 'not graded' : scoreText(keyResult.grade)}`,
    keyResult.target !== undefined && `Progress: ${progressText(keyResult, ' of ')}${progress === undefined ? '' : ` (${Math.round(progress * 100)}%)`}`,
    keyResult.weight !== 1 && `Weight: ${keyResult.weight}`,
  ]);
}

function lastCheckInText(facts: BodyFacts | undefined, today: string): string {
  if (!facts) return 'Last check-in: …';
  if (!facts.lastCheckIn) return 'No check-ins yet.';
  const days = daysBetween(facts.lastCheckIn, today);
  const ago = days === 0 ? 'today' : days > 0 ? `${plural(days, 'day')} ago` : 'in the future';
  return `Last check-in: ${facts.lastCheckIn} (${ago})`;
}

/** The objective in full. `facts` is undefined until the body has been read. */
export function objectiveTooltip(node: ObjectiveNode, facts: BodyFacts | undefined, today: string): string {
  const { objective } = node;
  const keyResults = objective.keyResults.map(
    (keyResult) => `- $(${keyResultStatusIcons[keyResult.status]}) ${markdownInlineText(keyResult.title || keyResult.id)} — ${join([
      keyResult.grade !== undefined && `grade ${formatScore(keyResult.grade)}`,
      progressText(keyResult),
      keyResultStatusLabels[keyResult.status],
    ])}`,
  );
  return [
    `**${markdownInlineText(objective.title || 'Untitled objective')}**`,
    join([
      objective.quarter ? markdownInlineText(objective.quarter) : 'No quarter',
      objective.status,
      objective.commitment,
      objective.theme !== undefined && `theme ${markdownInlineText(objective.theme)}`,
    ]),
    `Score: **${scoreText(node.score, node.graded)}**`,
    objective.career.length > 0 ? `Career areas: ${objective.career.map(markdownInlineText).join(', ')}` : 'No career area',
    keyResults.length > 0 ? `Key results:\n\n${keyResults.join('\n')}` : 'No key results yet.',
    lastCheckInText(facts, today),
  ].join('\n\n');
}

function objectiveRow(node: ObjectiveNode, facts: BodyFacts | undefined, today: string): BacklogRow {
  const { objective } = node;
  return {
    label: objective.title || 'Untitled objective',
    description: join([
      scoreText(node.score, node.graded),
      node.showQuarter && (objective.quarter ?? 'no quarter'),
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
      untitled && 'no title',
      keyResultStatusLabels[keyResult.status],
      keyResult.grade !== undefined && `grade ${formatScore(keyResult.grade)}`,
      progressText(keyResult),
      keyResult.weight !== 1 && `weight ${keyResult.weight}`,
    ]),
    contextValue: 'keyResult',
    icon: untitled ? 'warning' : keyResultStatusIcons[keyResult.status],
    ...optionalColor(untitled ? 'list.warningForeground' : keyResult.status === 'dropped' ? 'disabledForeground' : scoreColor(keyResult.grade)),
    collapsible: node.stories.length + node.commits.length > 0 ? 'collapsed' : 'none',
    tooltip: [
      `**${markdownInlineText(keyResult.title || keyResult.id)}**`,
      `Key result \`${keyResult.id}\` of *${markdownInlineText(node.objectiveTitle || 'Untitled objective')}*`,
      ...(untitled ? ['$(warning) No title: add a `title:` line to this key result in the goal file.'] : []),
      keyResultFacts(keyResult),
    ].join('\n\n'),
  };
}

function taskRow(node: TaskNode): BacklogRow {
  const { task } = node;
  const label = storyTitle(task.text, node.storyOf) || '(empty task)';
  return {
    label,
    description: task.done ? 'done' : 'next step',
    contextValue: 'task',
    icon: '',
    collapsible: 'none',
    tooltip: `${task.done ? '$(check) Done' : '$(circle-large-outline) Next step'}${node.storyOf ? ` for key result \`${node.storyOf}\`` : ''} (line ${task.line}); tick the box to ${task.done ? 'reopen' : 'finish'} it.\n\n${markdownInlineText(task.text)}`,
    checkbox: task.done ? 'checked' : 'unchecked',
  };
}

function commitRow(node: CommitNode): BacklogRow {
  const { commit } = node;
  return {
    label: commit.subject || '(no subject)',
    description: `${commit.date} · ${commit.hash.slice(0, 7)}`,
    contextValue: 'commit',
    icon: 'git-commit',
    collapsible: 'none',
    tooltip: `$(git-commit) Commit \`${commit.hash.slice(0, 12)}\` of ${commit.date}\n\n${markdownInlineText(commit.subject)}\n\nClick to open its changes.`,
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
      `**${markdownInlineText(fileName)}** could not be read as a goal file:`,
      node.diagnostics.map((diagnostic) => `- Line ${diagnostic.range.line}: ${markdownInlineText(diagnostic.message)}`).join('\n'),
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
