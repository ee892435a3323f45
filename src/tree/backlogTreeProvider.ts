import * as vscode from 'vscode';
import { commandIds } from '../commandIds.js';
import { settings } from '../configuration.js';
import type { ParsedBody } from '../core/body.js';
import type { Clock } from '../core/ports.js';
import type { CareerFrameworks } from '../career/careerFrameworks.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { buildBacklog, objectiveChildren, type BacklogNode, type BacklogOptions, type GroupNode } from './backlogModel.js';
import { latestCheckIn } from '../core/checkIns.js';
import { backlogRow, objectiveTooltip, type BacklogRow, type BodyFacts } from './backlogRows.js';
import { markdownTooltip } from './markdownTooltip.js';
import type { TreeViewState } from './treeViewState.js';

const collapsibleStates: Record<BacklogRow['collapsible'], vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

function factsOf(parsed: ParsedBody | undefined): BodyFacts | undefined {
  if (!parsed) return undefined;
  const last = latestCheckIn(parsed.body.checkIns);
  return last === undefined ? {} : { lastCheckIn: last };
}

/**
 * The backlog tree over the shared goal index. The top two levels come from the index
 * (front-matter only); an objective's task items need its body, which is read only when
 * the objective is expanded or hovered, never for the whole workspace up front.
 */
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
    private readonly frameworks: CareerFrameworks,
    private readonly viewState: TreeViewState,
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
      await this.firstResults;
      this.parents.clear();
      this.roots = buildBacklog(this.goals.goalFiles(), this.options());
      if (this.roots.length > 0 && this.markRowsGiven) {
        this.rowsReady();
        this.markRowsGiven(performance.now());
        this.markRowsGiven = undefined;
      }
      return [...this.roots];
    }
    let children: BacklogNode[] = [];
    if (element.kind === 'group') children = [...element.children];
    else if (element.kind === 'objective') {
      const parsed = await this.bodyOf(element.uri);
      children = objectiveChildren(element, parsed?.body.tasks, this.options().showFinished);
    }
    for (const child of children) this.parents.set(child.id, element);
    return children;
  }

  getParent(element: BacklogNode): BacklogNode | undefined {
    return this.parents.get(element.id);
  }

  getTreeItem(element: BacklogNode): vscode.TreeItem {
    // An objective's tooltip names its last check-in; without a parsed body it is filled in
    // on hover by resolveTreeItem, so showing the tree never parses bodies.
    const cached = element.kind === 'objective' ? this.goals.index.cachedBody(element.uri) : undefined;
    const row = backlogRow(element, this.clock.today(), factsOf(cached));
    const item = new vscode.TreeItem(row.label, collapsibleStates[row.collapsible]);
    item.id = element.id;
    item.description = row.description;
    item.contextValue = row.contextValue;
    item.iconPath = new vscode.ThemeIcon(row.icon, row.iconColor === undefined ? undefined : new vscode.ThemeColor(row.iconColor));
    item.accessibilityInformation = { label: row.description ? `${row.label}, ${row.description}` : row.label };
    if (element.kind !== 'objective' || cached) item.tooltip = markdownTooltip(row.tooltip);
    if (element.kind !== 'group') {
      item.command = { command: commandIds.openAtLine, title: 'Open at Line', arguments: [element] };
    }
    return item;
  }

  async resolveTreeItem(item: vscode.TreeItem, element: BacklogNode): Promise<vscode.TreeItem> {
    if (element.kind === 'objective' && item.tooltip === undefined) {
      const facts = factsOf(await this.bodyOf(element.uri));
      item.tooltip = markdownTooltip(objectiveTooltip(element, facts ?? {}, this.clock.today()));
    }
    return item;
  }

  private async bodyOf(uri: string): Promise<ParsedBody | undefined> {
    try {
      return await this.goals.body(uri);
    } catch {
      // Deleted or unreadable since it was indexed: the watcher will drop it from the tree.
      return undefined;
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
