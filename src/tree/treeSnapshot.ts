import type * as vscode from 'vscode';

/** One visible row of a tree as the user sees it; what integration tests assert on. */
export interface TreeRowSnapshot {
  readonly label: string;
  readonly description: string;
  readonly contextValue: string | undefined;
  readonly icon: string | undefined;
  readonly iconColor: string | undefined;
  readonly tooltip: string | undefined;
  readonly collapsed: boolean | undefined;
  readonly children: readonly TreeRowSnapshot[];
}

function text(value: string | vscode.TreeItemLabel | boolean | undefined): string {
  if (value === undefined || typeof value === 'boolean') return '';
  return typeof value === 'string' ? value : value.label;
}

function tooltipText(value: string | vscode.MarkdownString | undefined): string | undefined {
  return value === undefined || typeof value === 'string' ? value : value.value;
}

/**
 * Walks a tree through its data provider exactly as the view does (getChildren, getTreeItem,
 * resolveTreeItem), expanding every row down to `depth` levels.
 */
export async function snapshotTree<T>(provider: vscode.TreeDataProvider<T>, depth = Number.POSITIVE_INFINITY, parent?: T): Promise<TreeRowSnapshot[]> {
  if (depth <= 0) return [];
  const elements = (await provider.getChildren(parent)) ?? [];
  const rows: TreeRowSnapshot[] = [];
  for (const element of elements) {
    let item = await provider.getTreeItem(element);
    if (provider.resolveTreeItem && item.tooltip === undefined) {
      item = (await provider.resolveTreeItem(item, element, { isCancellationRequested: false } as vscode.CancellationToken)) ?? item;
    }
    const icon = item.iconPath as { id?: string; color?: { id?: string } } | undefined;
    const expandable = item.collapsibleState !== undefined && item.collapsibleState !== 0;
    rows.push({
      label: text(item.label),
      description: text(item.description),
      contextValue: item.contextValue,
      icon: icon?.id,
      iconColor: icon?.color?.id,
      tooltip: tooltipText(item.tooltip),
      // TreeItemCollapsibleState: 0 none, 1 collapsed, 2 expanded.
      collapsed: expandable ? item.collapsibleState === 1 : undefined,
      children: expandable ? await snapshotTree(provider, depth - 1, element) : [],
    });
  }
  return rows;
}
