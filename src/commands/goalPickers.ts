import * as vscode from 'vscode';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import type { Clock } from '../core/ports.js';
import { quarterOfDate } from '../core/quarter.js';
import { byQuarter, keyResultRows, objectiveDescription, type GoalEntry } from './goalChoices.js';

export interface PickedKeyResult {
  readonly uri: string;
  readonly keyResultId: string;
}

/** Goals from the index once it is ready, optionally just the one file a command was invoked on. */
export async function goalEntries(goals: GoalWorkspace, uri?: string): Promise<GoalEntry[]> {
  await goals.whenReady();
  return goals.index.objectives().filter((entry) => uri === undefined || entry.uri === uri);
}

/** Asks for a key result: all of them grouped by objective, the current quarter's first. */
export async function pickKeyResult(goals: GoalWorkspace, clock: Clock, title: string, uri?: string): Promise<PickedKeyResult | undefined> {
  const rows = keyResultRows(await goalEntries(goals, uri), quarterOfDate(clock.today()));
  if (!rows.some((row) => row.kind === 'keyResult')) {
    void vscode.window.showInformationMessage(
      uri ? 'Growth Backlog: this goal file has no key results with a valid id yet.' : 'Growth Backlog: no key results found. Create an objective first (Growth Backlog: New Objective…).',
    );
    return undefined;
  }
  type Item = vscode.QuickPickItem & { readonly result?: PickedKeyResult };
  const items: Item[] = rows.map((row) =>
    row.kind === 'separator'
      ? { label: row.label, kind: vscode.QuickPickItemKind.Separator }
      : { label: row.label, description: row.description, result: { uri: row.uri, keyResultId: row.keyResultId } },
  );
  const choice = await vscode.window.showQuickPick(items, { title, placeHolder: 'Pick a key result (type to filter by title or id)', matchOnDescription: true });
  return choice?.result;
}

/** Asks for an objective, the current quarter's first. */
export async function pickObjective(goals: GoalWorkspace, clock: Clock, title: string): Promise<GoalEntry | undefined> {
  const entries = byQuarter(await goalEntries(goals), quarterOfDate(clock.today()));
  if (entries.length === 0) {
    void vscode.window.showInformationMessage('Growth Backlog: no objectives found. Create one first (Growth Backlog: New Objective…).');
    return undefined;
  }
  const items = entries.map((entry) => ({ label: entry.objective.title || '(untitled objective)', description: objectiveDescription(entry.objective), entry }));
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Pick an objective', matchOnDescription: true }))?.entry;
}
