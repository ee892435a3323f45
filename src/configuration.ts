import * as vscode from 'vscode';

export type TreeGrouping = 'quarter' | 'status' | 'career';

/** Typed access to the `growthBacklog.*` settings, read fresh each time (they can change). */
export function settings() {
  const config = vscode.workspace.getConfiguration('growthBacklog');
  return {
    include: config.get<string>('include', '**/*.md'),
    exclude: config.get<string>('exclude', '**/{node_modules,.git,out,dist,build}/**'),
    goalsFolder: config.get<string>('goalsFolder', 'goals'),
    checkInReminderDays: config.get<number>('checkInReminderDays', 14),
    maxObjectivesPerQuarter: config.get<number>('maxObjectivesPerQuarter', 3),
    treeGroupBy: config.get<TreeGrouping>('tree.groupBy', 'quarter'),
    treeShowFinished: config.get<boolean>('tree.showFinished', true),
  };
}

export async function updateSetting(key: 'tree.groupBy' | 'tree.showFinished', value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('growthBacklog').update(key, value, vscode.ConfigurationTarget.Workspace);
}
