import * as vscode from 'vscode';
import type { QuickInputHandover } from './quickInputHandover.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import type { Clock } from '../core/ports.js';
import { quarterOfDate } from '../core/quarter.js';
import { byQuarter, keyResultRows, objectiveDescription, rankKeyResultRows, uniqueExactIdMatch, type GoalEntry, type KeyResultPickRow } from './goalChoices.js';

export interface PickedKeyResult {
  readonly uri: string;
  readonly keyResultId: string;
}

/** Goals from the index once it is ready, optionally just the one file a command was invoked on. */
export async function goalEntries(goals: GoalWorkspace, uri?: string): Promise<GoalEntry[]> {
  await goals.whenReady();
  return goals.index.objectives().filter((entry) => uri === undefined || entry.uri === uri);
}

type KeyResultItem = vscode.QuickPickItem & { readonly result?: PickedKeyResult };

function keyResultItems(rows: readonly KeyResultPickRow[]): KeyResultItem[] {
  return rows.map((row) =>
    row.kind === 'separator'
      ? { label: row.label, kind: vscode.QuickPickItemKind.Separator }
      : { label: row.label, description: row.description, detail: row.detail, result: { uri: row.uri, keyResultId: row.keyResultId } },
  );
}

/**
 * Asks for a key result: all of them by quarter, the current quarter's first, each with its
 * id and objective. VS Code's own sorting ranks fuzzy title matches above an exact id typed
 * in full, so the list keeps our order (`sortByLabel: false`) and is re-ranked as the value
 * changes: exact and prefix id matches first (rankKeyResultRows).
 */
export async function pickKeyResult(goals: GoalWorkspace, clock: Clock, title: string, uri?: string, handover?: QuickInputHandover): Promise<PickedKeyResult | undefined> {
  const rows = keyResultRows(await goalEntries(goals, uri), quarterOfDate(clock.today()));
  if (!rows.some((row) => row.kind === 'keyResult')) {
    void vscode.window.showInformationMessage(
      uri ? vscode.l10n.t('Growth Backlog: this goal file has no key results with a valid id yet.') : vscode.l10n.t('Growth Backlog: no key results found. Create an objective first (Growth Backlog: New Objective…).'),
    );
    return undefined;
  }
  const quickPick = vscode.window.createQuickPick<KeyResultItem>();
  // A page that takes the focus back (the Get Started walkthrough does, a moment after a
  // command starts) must not close the question; Escape still does.
  quickPick.ignoreFocusOut = true;
  quickPick.title = title;
  quickPick.placeholder = vscode.l10n.t('Pick a key result (type its id, or words of its title or objective)');
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  // `sortByLabel` is still a proposed API (quickPickSortByLabel) missing from the typings; VS Code
  // 1.139's extension host passes it on without a proposal check (the UI test proves it works).
  (quickPick as vscode.QuickPick<KeyResultItem> & { sortByLabel: boolean }).sortByLabel = false;
  quickPick.items = keyResultItems(rows);
  // The item the ranking puts first for the current value, until the list shows it: Enter
  // pressed before VS Code has the re-ranked list must still pick what the ranking says.
  let ranked: { value: string; order: string; best: KeyResultItem | undefined; shown: boolean } = { value: '', order: '', best: undefined, shown: true };
  return new Promise<PickedKeyResult | undefined>((resolve) => {
    let done = false;
    const finish = (result: PickedKeyResult | undefined) => {
      if (done) return;
      done = true;
      resolve(result);
      // Answered, it stays up until the next question shows, when there is one.
      if (result && handover) handover.keep(quickPick);
      else quickPick.dispose();
    };
    quickPick.onDidChangeValue((value) => {
      const ranking = rankKeyResultRows(rows, value);
      const order = ranking.rows.map((row) => (row.kind === 'separator' ? row.label : `${row.uri}#${row.keyResultId}`)).join('\n');
      if (order === ranked.order && ranked.value !== '') {
        ranked = { ...ranked, value };
        return;
      }
      const items = keyResultItems(ranking.rows);
      const wanted = ranking.best;
      const best = wanted && items.find((item) => item.result?.uri === wanted.uri && item.result.keyResultId === wanted.keyResultId);
      ranked = { value, order, best, shown: best === undefined };
      // Not `activeItems = [best]`: VS Code then focuses it without reporting back, and the
      // report (its own first-item focus after the new list) is how we know the list shows it.
      quickPick.items = items;
    });
    quickPick.onDidChangeActive((active) => {
      if (ranked.best && active[0] === ranked.best) ranked.shown = true;
    });
    quickPick.onDidAccept(() => {
      const typedId = uniqueExactIdMatch(rows, quickPick.value);
      if (typedId) return finish({ uri: typedId.uri, keyResultId: typedId.keyResultId });
      const chosen = !ranked.shown && ranked.value === quickPick.value ? ranked.best : quickPick.activeItems[0];
      if (chosen?.result) return finish(chosen.result);
      // Enter while VS Code swaps in a re-ranked list finds no active item: the ranking decides.
      const best = rankKeyResultRows(rows, quickPick.value).best;
      if (best) finish({ uri: best.uri, keyResultId: best.keyResultId });
    });
    quickPick.onDidHide(() => finish(undefined));
    quickPick.show();
  });
}

/** Asks for an objective, the current quarter's first. */
export async function pickObjective(goals: GoalWorkspace, clock: Clock, title: string): Promise<GoalEntry | undefined> {
  const entries = byQuarter(await goalEntries(goals), quarterOfDate(clock.today()));
  if (entries.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Growth Backlog: no objectives found. Create one first (Growth Backlog: New Objective…).'));
    return undefined;
  }
  const items = entries.map((entry) => ({ label: entry.objective.title || vscode.l10n.t('(untitled objective)'), description: objectiveDescription(entry.objective), entry }));
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Pick an objective'), matchOnDescription: true }))?.entry;
}
