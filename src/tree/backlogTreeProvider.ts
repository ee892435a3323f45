import * as vscode from 'vscode';
import { commandIds } from '../commandIds.js';
import { settings } from '../configuration.js';
import type { GoalFile } from '../core/model.js';
import type { Clock } from '../core/ports.js';
import type { CareerFrameworks } from '../career/careerFrameworks.js';
import { commitsOf } from '../core/commitEvidence.js';
import type { WorkspaceCommits } from '../git/workspaceCommits.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { buildBacklog, objectiveChildren, type BacklogNode, type BacklogOptions, type GroupNode } from './backlogModel.js';
import { backlogRow, type BacklogRow, type BodyFacts } from './backlogRows.js';
import { markdownTooltip } from './markdownTooltip.js';
import type { TreeViewState } from './treeViewState.js';
import type { PaintReporter } from '../diagnostics/passSchedule.js';

const collapsibleStates: Record<BacklogRow['collapsible'], vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

const treePaint = 'tree';

function factsOf(file: GoalFile | undefined): BodyFacts | undefined {
  if (!file?.body) return undefined;
  const last = file.body.lastCheckIn;
  return last === undefined ? {} : { lastCheckIn: last };
}

/** The backlog tree over the shared goal index, which holds every fact it shows (the body's too). */
export class BacklogTreeProvider implements vscode.TreeDataProvider<BacklogNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly parents = new Map<string, BacklogNode>();
  private roots: readonly GroupNode[] = [];
  private markRowsReady: ((at: number) => void) | undefined;
  private markRowsGiven: ((at: number) => void) | undefined;
  /** `performance.now()` when the tree first had rows: it told the view, or answered with them. */
  readonly rowsReadyAt = new Promise<number>((resolve) => (this.markRowsReady = resolve));
  /** `performance.now()` when VS Code first received top-level rows (it asks while the view is visible). */
  readonly rowsGivenAt = new Promise<number>((resolve) => (this.markRowsGiven = resolve));

  /** The index's first results: the first change it reports, or the end of its scan. */
  private readonly firstResults: Promise<void>;

  constructor(
    private readonly goals: GoalWorkspace,
    private readonly clock: Clock,
    private readonly commits: WorkspaceCommits,
    private readonly frameworks: CareerFrameworks,
    private readonly viewState: TreeViewState,
    /** Told of the first top-level rows, which the diagnostics' first pass leaves the host to. */
    private readonly paints?: PaintReporter,
  ) {
    this.firstResults = new Promise<void>((resolve) => {
      const listening = goals.onDidChange(() => {
        listening.dispose();
        resolve();
      });
      void goals.whenReady().finally(() => {
        listening.dispose();
        resolve();
      });
    });
  }

  /** Rebuilds every row: the tree is small and ids keep VS Code's expansion state. */
  refresh(): void {
    if (this.markRowsReady && this.goals.index.objectives().length > 0) this.rowsReady();
    this.changed.fire();
  }

  private rowsReady(): void {
    this.markRowsReady?.(performance.now());
    this.markRowsReady = undefined;
  }

  options(): BacklogOptions {
    const current = settings();
    return {
      grouping: this.viewState.grouping,
      showFinished: this.viewState.showFinished,
      today: this.clock.today(),
      maxObjectivesPerQuarter: current.maxObjectivesPerQuarter,
      // The tree spans every folder: the first framework found names the career groups.
      ...(this.frameworks.all()[0] ? { competencies: this.frameworks.all()[0]?.framework.competencies } : {}),
    };
  }

  /** The top-level rows as last built (for the view's title and message). */
  currentRoots(): readonly GroupNode[] {
    return this.roots;
  }

  async getChildren(element?: BacklogNode): Promise<BacklogNode[]> {
    if (!element) {
      // Answer VS Code's first request with rows rather than an empty list to be refreshed:
      // the view shows its progress bar meanwhile, and the rows arrive one round trip sooner.
      this.paints?.paintStarted(treePaint);
      await this.firstResults;
      this.parents.clear();
      this.roots = buildBacklog(this.goals.goalFiles(), this.options());
      if (this.roots.length > 0 && this.markRowsGiven) {
        this.rowsReady();
        this.markRowsGiven(performance.now());
        this.markRowsGiven = undefined;
      }
      this.paints?.paintFinished(treePaint);
      return [...this.roots];
    }
    let children: BacklogNode[] = [];
    if (element.kind === 'group') children = [...element.children];
    else if (element.kind === 'keyResult') children = [...element.stories, ...element.commits];
    else if (element.kind === 'objective') {
      children = objectiveChildren(element, this.goals.index.get(element.uri)?.body?.tasks, this.options().showFinished, (uri, keyResultId) => commitsOf(this.commits.evidence, uri, keyResultId));
    }
    for (const child of children) this.parents.set(child.id, element);
    return children;
  }

  getParent(element: BacklogNode): BacklogNode | undefined {
    return this.parents.get(element.id);
  }

  getTreeItem(element: BacklogNode): vscode.TreeItem {
    const facts = element.kind === 'objective' ? factsOf(this.goals.index.get(element.uri)) : undefined;
    const row = backlogRow(element, this.clock.today(), facts);
    const item = new vscode.TreeItem(row.label, collapsibleStates[row.collapsible]);
    item.id = element.id;
    item.description = row.description;
    item.contextValue = row.contextValue;
    if (row.icon) item.iconPath = new vscode.ThemeIcon(row.icon, row.iconColor === undefined ? undefined : new vscode.ThemeColor(row.iconColor));
    if (row.checkbox) {
      item.checkboxState = {
        state: row.checkbox === 'checked' ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
        tooltip: row.checkbox === 'checked' ? vscode.l10n.t('Done: untick to reopen the story') : vscode.l10n.t('Tick when the story is done'),
      };
    }
    item.accessibilityInformation = { label: row.description ? `${row.label}, ${row.description}` : row.label };
    item.tooltip = markdownTooltip(row.tooltip);
    if (element.kind === 'commit') item.command = { command: commandIds.openCommit, title: vscode.l10n.t('Open Commit'), arguments: [element] };
    else if (element.kind !== 'group') item.command = { command: commandIds.openAtLine, title: vscode.l10n.t('Open at Line'), arguments: [element] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
