// Which goals the pickers show, in which order: the current quarter first (that is what a
// 1:1 is about), then coming quarters, the unscheduled backlog, and past quarters last.
// Editor-free for unit tests; the pickers turn these into QuickPick items.

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
  | { readonly kind: 'keyResult'; readonly label: string; readonly description: string; readonly uri: string; readonly keyResultId: string };

function keyResultDescription(keyResult: KeyResult): string {
  return `${keyResult.id} · ${keyResult.status} · grade ${formatScore(keyResult.grade)}`;
}

/** Key results grouped under a separator per objective, objectives ordered by quarter. */
export function keyResultRows(entries: readonly GoalEntry[], current: string): KeyResultPickRow[] {
  const rows: KeyResultPickRow[] = [];
  for (const { uri, objective } of byQuarter(entries, current)) {
    if (objective.keyResults.length === 0) continue;
    rows.push({ kind: 'separator', label: `${objective.title || '(untitled objective)'} — ${objective.quarter ?? 'backlog'}` });
    for (const keyResult of objective.keyResults) {
      rows.push({ kind: 'keyResult', label: keyResult.title || keyResult.id, description: keyResultDescription(keyResult), uri, keyResultId: keyResult.id });
    }
  }
  return rows;
}
