// The toolbar's summary of the objectives the quarter filter shows: their count, the
// quarter score by the core's rule on the cards as shown (a grade just picked included)
// and, while the score is partial, how much of it is graded.

import { formatScore, gradedCount, quarterScore } from '../../src/core/scoring.js';
import type { BoardCard, BoardObjective } from '../../src/protocol/boardProtocol.js';
import { boardCount, gradedNoteText } from './boardText.js';

/** `3 objectives · score 0.6`, `3 objectives · score 1.0 · 1 of 11 graded`. */
export function quarterSummary(objectives: readonly BoardObjective[], cardsOf: (objectiveId: string) => readonly BoardCard[]): string {
  const scored = objectives.map((objective) => ({ status: objective.status, keyResults: cardsOf(objective.id) }));
  const score = quarterScore(scored);
  const note = score === undefined ? undefined : gradedNoteText(gradedCount({ objectives: scored }));
  const summary = boardCount(objectives.length, 'summaryOne', 'summaryOther', formatScore(score));
  return note ? `${summary} · ${note}` : summary;
}
