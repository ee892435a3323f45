// The backlog tree's shape, editor-free so grouping and sorting are unit-tested on plain
// goal files. The VS Code provider only turns these nodes into TreeItems.
import * as l10n from '@vscode/l10n';
import type { LinkedCommit } from '../core/commitEvidence.js';
import type { GoalDiagnostic, GoalFile, KeyResult, Objective, ObjectiveStatus, TaskItem } from '../core/model.js';
import { calibrationOf, type Calibration } from '../core/calibration.js';
import type { Competency } from '../core/careerFramework.js';
import { quarterOfDate } from '../core/quarter.js';
import { gradedCount, objectiveScore, quarterScore, type GradedCount } from '../core/scoring.js';
import { objectiveStories } from '../core/stories.js';

export type BacklogGrouping = 'quarter' | 'status' | 'career';

export interface BacklogOptions {
  readonly grouping: BacklogGrouping;
  /** false hides done/dropped objectives and key results and ticked tasks. */
  readonly showFinished: boolean;
  /** Today, YYYY-MM-DD: decides which quarter is current. */
  readonly today: string;
  readonly maxObjectivesPerQuarter: number;
  /** The career framework's competencies, in its order: career groups take their names and areas. */
  readonly competencies?: readonly Competency[];
}

export type GroupKind = 'quarter' | 'backlog' | 'status' | 'career' | 'problems';

export interface GroupNode {
  readonly kind: 'group';
  readonly id: string;
  readonly group: GroupKind;
  readonly label: string;
  /** Set on quarter groups, so commands on a quarter row know which one. */
  readonly quarter?: string;
  /** Set on status groups. */
  readonly status?: ObjectiveStatus;
  readonly isCurrentQuarter: boolean;
  readonly expanded: boolean;
  /** Objectives in the group that count (not dropped), shown or not. */
  readonly count: number;
  readonly score?: number;
  /** Graded key results of the group's objectives that count (dropped objectives do not). */
  readonly graded: GradedCount;
  /** Set on quarter groups holding more objectives than the configured maximum. */
  readonly overLimit?: number;
  /** Set on quarter groups: this quarter's and the previous one's average grades, and the verdict. */
  readonly calibration?: Calibration;
  /** Set on career groups whose id the framework lists; `unknownCareer` when it does not. */
  readonly competency?: Competency;
  readonly unknownCareer?: boolean;
  readonly children: readonly (ObjectiveNode | ProblemNode)[];
}

// Objective, key-result and task nodes are what VS Code hands to context-menu commands:
// they carry `uri` (and `keyResultId` for key results only), the GoalTarget shape.
export interface ObjectiveNode {
  readonly kind: 'objective';
  readonly id: string;
  readonly uri: string;
  readonly objective: Objective;
  readonly score?: number;
  readonly graded: GradedCount;
  /** 1-based line of the `objective:` key. */
  readonly line: number;
  readonly column: number;
  /** Whether the quarter is obvious from the parent row. */
  readonly showQuarter: boolean;
}

export interface KeyResultNode {
  readonly kind: 'keyResult';
  readonly id: string;
  readonly uri: string;
  readonly keyResultId: string;
  readonly keyResult: KeyResult;
  readonly objectiveTitle: string;
  /** The next-step stories whose tag names this key result (shown as its children). */
  readonly stories: readonly TaskNode[];
  /** Commits whose Key-Result: trailer names this key result, newest first (shown after the stories). */
  readonly commits: readonly CommitNode[];
  readonly line: number;
  readonly column: number;
}

export interface TaskNode {
  readonly kind: 'task';
  readonly id: string;
  readonly uri: string;
  readonly task: TaskItem;
  /**
   * The key result the story's tag names. Not called `keyResultId`: commands read that as
   * "this row is a key result".
   */
  readonly storyOf?: string;
  readonly line: number;
  readonly column: number;
}

/** A commit linked to a key result; opening it shows its changes. */
export interface CommitNode {
  readonly kind: 'commit';
  readonly id: string;
  /** The goal file of the key result. */
  readonly uri: string;
  readonly commit: LinkedCommit;
}

/** A file that looks like a goal but could not be read: listed so it is not silently missing. */
export interface ProblemNode {
  readonly kind: 'problem';
  readonly id: string;
  readonly uri: string;
  readonly diagnostics: readonly GoalDiagnostic[];
  readonly line: number;
  readonly column: number;
}

export type BacklogNode = GroupNode | ObjectiveNode | KeyResultNode | TaskNode | CommitNode | ProblemNode;

/** Commits listed under one key result at most; the lens and the board name the full count. */
export const maxCommitRows = 50;

export const statusOrder: readonly ObjectiveStatus[] = ['active', 'backlog', 'done', 'dropped'];
const statusLabels = (): Record<ObjectiveStatus, string> => ({ active: l10n.t('Active'), backlog: l10n.t('Backlog'), done: l10n.t('Done'), dropped: l10n.t('Dropped') });
const backlogLabel = (): string => l10n.t('Backlog');
const noCareerLabel = (): string => l10n.t('No career area');
const problemsLabel = (): string => l10n.t('Problems');

interface Entry {
  readonly uri: string;
  readonly objective: Objective;
}

export function isFinishedObjective(objective: Objective): boolean {
  return objective.status === 'done' || objective.status === 'dropped';
}

export function isFinishedKeyResult(keyResult: KeyResult): boolean {
  return keyResult.status === 'done' || keyResult.status === 'dropped';
}

/** Newest quarter first, unscheduled last; then active before backlog before finished; then by title. */
function compareEntries(a: Entry, b: Entry, byQuarter: boolean): number {
  if (byQuarter && a.objective.quarter !== b.objective.quarter) {
    if (a.objective.quarter === undefined) return 1;
    if (b.objective.quarter === undefined) return -1;
    return a.objective.quarter < b.objective.quarter ? 1 : -1;
  }
  const byStatus = statusOrder.indexOf(a.objective.status) - statusOrder.indexOf(b.objective.status);
  if (byStatus !== 0) return byStatus;
  return a.objective.title.localeCompare(b.objective.title) || a.uri.localeCompare(b.uri);
}

function objectiveNode(groupId: string, entry: Entry, showQuarter: boolean): ObjectiveNode {
  const score = objectiveScore(entry.objective);
  return {
    kind: 'objective',
    id: `${groupId}/${entry.uri}`,
    uri: entry.uri,
    objective: entry.objective,
    ...(score === undefined ? {} : { score }),
    graded: gradedCount(entry.objective),
    line: entry.objective.range.line,
    column: entry.objective.range.column,
    showQuarter,
  };
}

interface GroupDraft {
  readonly id: string;
  readonly group: GroupKind;
  readonly label: string;
  readonly quarter?: string;
  readonly status?: ObjectiveStatus;
  readonly expanded: boolean;
  readonly isCurrentQuarter?: boolean;
  readonly limit?: number;
  readonly calibration?: Calibration;
  readonly competency?: Competency;
  readonly unknownCareer?: boolean;
}

function group(draft: GroupDraft, entries: readonly Entry[], options: BacklogOptions): GroupNode | undefined {
  const visible = options.showFinished ? entries : entries.filter((entry) => !isFinishedObjective(entry.objective));
  if (visible.length === 0) return undefined;
  const objectives = entries.map((entry) => entry.objective);
  const count = objectives.filter((objective) => objective.status !== 'dropped').length;
  const score = quarterScore(objectives);
  const showQuarter = draft.group !== 'quarter' && draft.group !== 'backlog';
  return {
    kind: 'group',
    id: draft.id,
    group: draft.group,
    label: draft.label,
    ...(draft.quarter === undefined ? {} : { quarter: draft.quarter }),
    ...(draft.status === undefined ? {} : { status: draft.status }),
    isCurrentQuarter: draft.isCurrentQuarter ?? false,
    expanded: draft.expanded,
    count,
    ...(score === undefined ? {} : { score }),
    graded: gradedCount({ objectives }),
    ...(draft.limit !== undefined && count > draft.limit ? { overLimit: draft.limit } : {}),
    ...(draft.calibration ? { calibration: draft.calibration } : {}),
    ...(draft.competency ? { competency: draft.competency } : {}),
    ...(draft.unknownCareer ? { unknownCareer: true } : {}),
    children: [...visible].sort((a, b) => compareEntries(a, b, showQuarter)).map((entry) => objectiveNode(draft.id, entry, showQuarter)),
  };
}

function byQuarter(entries: readonly Entry[], options: BacklogOptions): GroupNode[] {
  const current = quarterOfDate(options.today);
  const quarters = new Map<string, Entry[]>();
  const unscheduled: Entry[] = [];
  for (const entry of entries) {
    const quarter = entry.objective.quarter;
    if (quarter === undefined) unscheduled.push(entry);
    else quarters.set(quarter, [...(quarters.get(quarter) ?? []), entry]);
  }
  // The current quarter first (it is what a check-in is about), then the others newest first.
  const order = [...quarters.keys()].sort((a, b) => (a === current ? -1 : b === current ? 1 : a < b ? 1 : -1));
  const objectives = entries.map((entry) => entry.objective);
  const groups = order
    .map((quarter) =>
      group(
        {
          id: `quarter:${quarter}`,
          group: 'quarter',
          label: quarter,
          quarter,
          expanded: quarter === current,
          isCurrentQuarter: quarter === current,
          limit: options.maxObjectivesPerQuarter,
          calibration: calibrationOf(quarter, objectives),
        },
        quarters.get(quarter) ?? [],
        options,
      ),
    )
    .filter((node): node is GroupNode => node !== undefined);
  const backlog = group({ id: 'backlog', group: 'backlog', label: backlogLabel(), expanded: false }, unscheduled, options);
  if (backlog) groups.push(backlog);
  // Between quarters nothing is current: open the newest so the tree never starts all folded.
  const first = groups[0];
  if (first && !groups.some((node) => node.expanded)) groups[0] = { ...first, expanded: true };
  return groups;
}

function byStatus(entries: readonly Entry[], options: BacklogOptions): GroupNode[] {
  return statusOrder
    .map((status) =>
      group(
        { id: `status:${status}`, group: 'status', label: statusLabels()[status], status, expanded: status === 'active' },
        entries.filter((entry) => entry.objective.status === status),
        options,
      ),
    )
    .filter((node): node is GroupNode => node !== undefined);
}

function byCareer(entries: readonly Entry[], options: BacklogOptions): GroupNode[] {
  const careers = new Map<string, Entry[]>();
  const none: Entry[] = [];
  for (const entry of entries) {
    // An objective serves each of its career areas, so it is listed under every one.
    const ids = [...new Set(entry.objective.career)];
    if (ids.length === 0) none.push(entry);
    for (const id of ids) careers.set(id, [...(careers.get(id) ?? []), entry]);
  }
  // With a framework: its competencies in its order, named as it names them; ids it does not
  // list follow, marked. Without one: the ids alphabetically.
  const competencies = new Map((options.competencies ?? []).map((competency, index) => [competency.id, { competency, index }]));
  const order = (id: string): number => competencies.get(id)?.index ?? Number.POSITIVE_INFINITY;
  const groups = [...careers.keys()]
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((career) => {
      const competency = competencies.get(career)?.competency;
      const unknownCareer = competencies.size > 0 && !competency;
      return group(
        { id: `career:${career}`, group: 'career', label: competency?.name ?? career, expanded: false, ...(competency ? { competency } : {}), ...(unknownCareer ? { unknownCareer } : {}) },
        careers.get(career) ?? [],
        options,
      );
    })
    .filter((node): node is GroupNode => node !== undefined);
  const noCareer = group({ id: 'career-none', group: 'career', label: noCareerLabel(), expanded: false }, none, options);
  if (noCareer) groups.push(noCareer);
  return groups;
}

function problems(files: readonly GoalFile[]): GroupNode | undefined {
  const broken = files
    .filter((file) => !file.objective && file.diagnostics.length > 0)
    .sort((a, b) => a.uri.localeCompare(b.uri));
  if (broken.length === 0) return undefined;
  const children = broken.map((file): ProblemNode => {
    const first = file.diagnostics.find((diagnostic) => diagnostic.severity === 'error') ?? file.diagnostics[0];
    return {
      kind: 'problem',
      id: `problems/${file.uri}`,
      uri: file.uri,
      diagnostics: file.diagnostics,
      line: first?.range.line ?? 1,
      column: first?.range.column ?? 1,
    };
  });
  return { kind: 'group', id: 'problems', group: 'problems', label: problemsLabel(), isCurrentQuarter: false, expanded: true, count: children.length, graded: { graded: 0, total: 0 }, children };
}

/** The top-level rows of the tree, each with its objectives (or broken files) below. */
export function buildBacklog(files: readonly GoalFile[], options: BacklogOptions): GroupNode[] {
  const entries: Entry[] = [];
  for (const file of files) if (file.objective) entries.push({ uri: file.uri, objective: file.objective });
  const groups = options.grouping === 'status' ? byStatus(entries, options) : options.grouping === 'career' ? byCareer(entries, options) : byQuarter(entries, options);
  const broken = problems(files);
  return broken ? [...groups, broken] : groups;
}

/**
 * An objective's children: its key results in file order (each with the stories and the
 * commits that name it), then the body's other task items (the objective's own next steps). `tasks` is
 * undefined until the body has been read.
 */
export function objectiveChildren(
  node: ObjectiveNode,
  tasks: readonly TaskItem[] | undefined,
  showFinished: boolean,
  commitsOf: (uri: string, keyResultId: string) => readonly LinkedCommit[] = () => [],
): (KeyResultNode | TaskNode)[] {
  const stories = objectiveStories(node.objective, tasks ?? []);
  const indexOf = new Map((tasks ?? []).map((task, index) => [task, index]));
  const taskNodes = (list: readonly TaskItem[], storyOf?: string): TaskNode[] =>
    list
      .filter((task) => showFinished || !task.done)
      .map((task) => ({
        kind: 'task',
        id: `${node.id}#task:${indexOf.get(task) ?? task.line}`,
        uri: node.uri,
        task,
        ...(storyOf === undefined ? {} : { storyOf }),
        line: task.line,
        column: 1,
      }));
  const keyResults = node.objective.keyResults
    .filter((keyResult) => showFinished || !isFinishedKeyResult(keyResult))
    .map(
      (keyResult): KeyResultNode => ({
        kind: 'keyResult',
        id: `${node.id}#kr:${keyResult.id}`,
        uri: node.uri,
        keyResultId: keyResult.id,
        keyResult,
        objectiveTitle: node.objective.title,
        stories: taskNodes(stories.byKeyResult.get(keyResult.id) ?? [], keyResult.id),
        commits: commitsOf(node.uri, keyResult.id)
          .slice(0, maxCommitRows)
          .map((commit) => ({ kind: 'commit', id: `${node.id}#kr:${keyResult.id}#commit:${commit.hash}`, uri: node.uri, commit })),
        line: keyResult.range.line,
        column: keyResult.range.column,
      }),
    );
  return [...keyResults, ...taskNodes(stories.unlinked)];
}
