// The rollover plan in words: the CLI's --dry-run prints it, the editor's confirmation shows it.

import type { NextQuarterPlan } from './nextQuarterPlan.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One line per change, grouped: what is closed, which reviews are added, what is carried (and where to). */
export function describePlan(plan: NextQuarterPlan, display: (path: string) => string): string[] {
  const title = (text: string) => `"${text || 'Untitled objective'}"`;
  const lines: string[] = [];
  for (const item of plan.closed) {
    const keyResults = item.keyResultsClosed > 0 ? `, and its ${plural(item.keyResultsClosed, 'open key result')} too` : '';
    lines.push(`Set ${title(item.title)} to ${item.status}${keyResults} (${display(item.path)})`);
  }
  for (const item of plan.reviews) lines.push(`Add a ## Review section to ${title(item.title)} (${display(item.path)})`);
  for (const item of plan.carried) {
    lines.push(`Carry ${title(item.title)} over to ${plan.next}: new file ${display(item.to)} with ${plural(item.keyResults, 'unfinished key result')} (${display(item.path)} keeps its grades)`);
  }
  for (const item of plan.alreadyCarried) lines.push(`Already carried over: ${title(item.title)} continues in ${display(item.to)}`);
  if (plan.edits.length === 0 && plan.creations.length === 0) lines.push(`Nothing to change: ${plan.closing} is already closed as asked.`);
  return lines;
}
