import * as vscode from 'vscode';
import type { TreeGrouping } from '../configuration.js';

const groupingKey = 'tree.groupBy';
const showFinishedKey = 'tree.showFinished';
const groupings: readonly string[] = ['quarter', 'status', 'career'] satisfies TreeGrouping[];

/**
 * How this workspace's Backlog view is grouped and whether it shows finished items. It is view
 * state, like a tree's expansion, so it lives in the workspace's state: toggling it never writes
 * `.vscode/settings.json`, a file teams commit and share.
 */
export class TreeViewState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {}

  get grouping(): TreeGrouping {
    const value = this.memento.get<unknown>(groupingKey);
    return typeof value === 'string' && groupings.includes(value) ? (value as TreeGrouping) : 'quarter';
  }

  get showFinished(): boolean {
    const value = this.memento.get<unknown>(showFinishedKey);
    return typeof value === 'boolean' ? value : true;
  }

  async setGrouping(grouping: TreeGrouping): Promise<void> {
    await this.memento.update(groupingKey, grouping);
    this.changed.fire();
  }

  async setShowFinished(show: boolean): Promise<void> {
    await this.memento.update(showFinishedKey, show);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
