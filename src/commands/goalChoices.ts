// Which goals the pickers show, in which order: the current quarter first (that is what a
// 1:1 is about), then coming quarters, the unscheduled backlog, and past quarters last.
// Editor-free for unit tests; the pickers turn these into QuickPick items.

import * as l10n from '@vscode/l10n';
import type { KeyResult, Objective } from '../core/model.js';
import { formatScore } from '../core/scoring.js';

export interface GoalEntry {
  readonly uri: string;
  readonly objective: Objective;
}

/** Current quarter 0, future quarters 1, backlog 2, past quarters 3. */
function quarterGroup(quarter: string | undefined, current: string): number {
  if (quarter === current) return 0;
  if (quarter === undefined) return 2;
  return quarter > current ? 1 : 3;
}

/** Current quarter, future quarters (soonest first), backlog, past quarters (latest first); by title within a quarter. */
export function byQuarter<T extends GoalEntry>(entries: readonly T[], current: string): T[] {
  return [...entries].sort((a, b) => {
    const qa = a.objective.quarter ?? '';
    const qb = b.objective.quarter ?? '';
    const group = quarterGroup(a.objective.quarter, current);
    const order = group - quarterGroup(b.objective.quarter, current) || (group === 3 ? qb.localeCompare(qa) : qa.localeCompare(qb));
    return order || a.objective.title.localeCompare(b.objective.title);
  });
}

/** `2026-Q4 · active`, `backlog`. */
export function objectiveDescription(objective: Objective): string {
  return objective.quarter ? `${objective.quarter} · ${objective.status}` : objective.status;
}

export type KeyResultPickRow =
  | { readonly kind: 'separator'; readonly label: string }
  | {
      readonly kind: 'keyResult';
      readonly label: string;
      readonly description: string;
      /** The objective it belongs to: the picker filters across objectives, so every row says which. */
      readonly detail: string;
      readonly uri: string;
      readonly keyResultId: string;
    };

type KeyResultRow = Extract<KeyResultPickRow, { kind: 'keyResult' }>;

function keyResultDescription(keyResult: KeyResult): string {
  return l10n.t('{0} · {1} · grade {2}', keyResult.id, keyResult.status, formatScore(keyResult.grade));
}

function quarterSeparator(quarter: string | undefined, current: string): string {
  if (quarter === undefined) return l10n.t('Backlog');
  return quarter === current ? l10n.t('{0} (current)', quarter) : quarter;
}

/** Key results under a separator per quarter, objectives ordered by quarter; each row names its objective. */
export function keyResultRows(entries: readonly GoalEntry[], current: string): KeyResultPickRow[] {
  const rows: KeyResultPickRow[] = [];
  let separator: string | undefined;
  for (const { uri, objective } of byQuarter(entries, current)) {
    if (objective.keyResults.length === 0) continue;
    const label = quarterSeparator(objective.quarter, current);
    if (label !== separator) rows.push({ kind: 'separator', label: (separator = label) });
    const detail = objective.title || l10n.t('(untitled objective)');
    for (const keyResult of objective.keyResults) {
      rows.push({ kind: 'keyResult', label: keyResult.title || keyResult.id, description: keyResultDescription(keyResult), detail, uri, keyResultId: keyResult.id });
    }
  }
  return rows;
}

export const idMatchesSeparator = (): string => l10n.t('Matching key result id');

/**
 * The rows for what the person typed: key results whose id is exactly the typed text come
 * first, then those whose id starts with it, under their own separator; then every other
 * row in quarter order. Fuzzy matching on titles would otherwise rank another objective's
 * "Run 6 fortnightly circle sessions" above the key result whose id is `rfcs`.
 */
export function rankKeyResultRows(rows: readonly KeyResultPickRow[], typed: string): { rows: KeyResultPickRow[]; best: KeyResultRow | undefined } {
  const text = typed.trim().toLowerCase();
  const keyResults = rows.filter((row): row is KeyResultRow => row.kind === 'keyResult');
  const exact = text === '' ? [] : keyResults.filter((row) => row.keyResultId === text);
  const prefix = text === '' ? [] : keyResults.filter((row) => row.keyResultId !== text && row.keyResultId.startsWith(text));
  const matches = [...exact, ...prefix];
  if (matches.length === 0) return { rows: [...rows], best: undefined };
  const rest = rows.filter((row) => row.kind === 'separator' || !matches.includes(row));
  return { rows: [{ kind: 'separator', label: idMatchesSeparator() }, ...matches, ...rest], best: matches[0] };
}

/**
 * The one key result whose id is exactly the typed text, if only one has it: Enter then means
 * that key result, whatever row VS Code reports as focused at that instant (while it swaps in
 * a re-ranked list it can report a row of the list before). Two key results with that id are
 * told apart by the rows, so there is none.
 */
export function uniqueExactIdMatch(rows: readonly KeyResultPickRow[], typed: string): KeyResultRow | undefined {
  const text = typed.trim().toLowerCase();
  const exact = rows.filter((row): row is KeyResultRow => row.kind === 'keyResult' && row.keyResultId === text);
  return exact.length === 1 ? exact[0] : undefined;
}
