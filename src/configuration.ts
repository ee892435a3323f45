import * as vscode from 'vscode';

export type TreeGrouping = 'quarter' | 'status' | 'career';

/** Typed access to the `growthBacklog.*` settings, read fresh each time (they can change). */
export function settings() {
  const config = vscode.workspace.getConfiguration('growthBacklog');
  return {
    include: config.get<string>('include', '**/*.md'),
    exclude: config.get<string>('exclude', '**/{node_modules,.git,out,dist,build}/**'),
    checkInReminderDays: config.get<number>('checkInReminderDays', 14),
    maxObjectivesPerQuarter: config.get<number>('maxObjectivesPerQuarter', 3),
    maxKeyResultsPerObjective: config.get<number>('maxKeyResultsPerObjective', 5),
  };
}

/** `growthBacklog.hints` for a file's folder: which hints it wants on or off. */
export function hintSwitches(uri: vscode.Uri | undefined): Record<string, boolean> {
  const value = vscode.workspace.getConfiguration('growthBacklog', uri).get<unknown>('hints');
  const switches: Record<string, boolean> = {};
  if (typeof value === 'object' && value !== null) for (const [code, on] of Object.entries(value)) if (typeof on === 'boolean') switches[code] = on;
  return switches;
}

/** `growthBacklog.goalsFolder` of a workspace folder: where New Objective… creates files in it. */
export function goalsFolderSetting(folder: vscode.Uri): string {
  return vscode.workspace.getConfiguration('growthBacklog', folder).get<string>('goalsFolder', 'goals');
}

/** Whether the user set `growthBacklog.goalsFolder` for this folder anywhere (user, workspace or folder settings), rather than leaving the default. */
export function goalsFolderIsSet(folder: vscode.Uri): boolean {
  const inspected = vscode.workspace.getConfiguration('growthBacklog', folder).inspect<string>('goalsFolder');
  return inspected?.globalValue !== undefined || inspected?.workspaceValue !== undefined || inspected?.workspaceFolderValue !== undefined;
}

/** `growthBacklog.careerFramework` for a folder. */
export function careerFrameworkSetting(folder: vscode.Uri | undefined): string {
  return vscode.workspace.getConfiguration('growthBacklog', folder).get<string>('careerFramework', '**/career-framework.md') || '**/career-framework.md';
}
