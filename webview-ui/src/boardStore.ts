// The webview's copy of the board: what the host last said, plus the user's edits that the
// host has not answered yet. An edit shows at once (optimistic); the host's answer either
// confirms it with the index's state or refuses it, and the card goes back.

import type { KeyResultStatus } from '../../src/core/model.js';
import { gradedCount, keyResultsScore, type GradedCount } from '../../src/core/scoring.js';
import type { BoardCard, BoardObjective, BoardSnapshot, HostMessage } from '../../src/protocol/boardProtocol.js';

type PatchMessage = Extract<HostMessage, { type: 'patch' }>;
type ResultMessage = Extract<HostMessage, { type: 'editResult' }>;

export type CardEdit = { readonly status: KeyResultStatus } | { readonly grade: number } | { readonly clearGrade: true };

/** A card as it reads once `edit` is applied. */
function withEdit(card: BoardCard, edit: CardEdit): BoardCard {
  if ('clearGrade' in edit) {
    const rest = { ...card };
    delete (rest as { grade?: number }).grade;
    return rest;
  }
  return { ...card, ...edit };
}

interface PendingEdit {
  readonly requestId: number;
  readonly cardId: string;
  readonly edit: CardEdit;
}

/** What a message changed, so the view touches only those nodes. */
export interface StoreChange {
  readonly cards: Set<string>;
  readonly objectives: Set<string>;
  readonly removedCards: Set<string>;
  readonly removedObjectives: Set<string>;
}

export function emptyChange(): StoreChange {
  return { cards: new Set(), objectives: new Set(), removedCards: new Set(), removedObjectives: new Set() };
}

/**
 * The core's score rule (src/core/scoring.ts) applied to cards, so the score moves the
 * moment a grade is picked and still reads exactly as the tree and the CLI read it.
 */
export function scoreOfCards(cards: readonly BoardCard[]): number | undefined {
  return keyResultsScore(cards);
}

export class BoardStore {
  /** Cards as shown: the host's state with pending edits applied. */
  readonly cards = new Map<string, BoardCard>();
  readonly objectives = new Map<string, BoardObjective>();
  /** Card ids per objective id. */
  readonly cardsOfObjective = new Map<string, Set<string>>();
  today = '1970-01-01';
  reminderDays = 14;
  /** The host's own state of cards that have pending edits. */
  private readonly confirmed = new Map<string, BoardCard>();
  private readonly pending = new Map<number, PendingEdit>();
  private nextRequestId = 1;
  /** Days from a check-in date to `today`, memoised: every card of an objective asks. */
  private readonly dayCounts = new Map<string, number>();

  init(snapshot: BoardSnapshot): void {
    this.cards.clear();
    this.objectives.clear();
    this.cardsOfObjective.clear();
    this.confirmed.clear();
    this.pending.clear();
    this.dayCounts.clear();
    this.today = snapshot.today;
    this.reminderDays = snapshot.reminderDays;
    for (const objective of snapshot.objectives) this.objectives.set(objective.id, objective);
    for (const card of snapshot.cards) this.putCard(card);
  }

  /** A new day on the host: every objective's day count changes, nothing else does. */
  setToday(today: string): StoreChange {
    const change = emptyChange();
    if (today === this.today) return change;
    this.today = today;
    this.dayCounts.clear();
    for (const id of this.objectives.keys()) change.objectives.add(id);
    return change;
  }

  /** Every objective changes: its check-in, and its cards' check-in days, may turn stale or fresh. */
  setReminderDays(reminderDays: number): StoreChange {
    const change = emptyChange();
    if (reminderDays === this.reminderDays) return change;
    this.reminderDays = reminderDays;
    for (const id of this.objectives.keys()) change.objectives.add(id);
    return change;
  }

  applyPatch(patch: PatchMessage): StoreChange {
    const change = emptyChange();
    for (const id of patch.removedCards) {
      this.removeCard(id);
      change.removedCards.add(id);
    }
    for (const id of patch.removedObjectives) {
      this.objectives.delete(id);
      change.removedObjectives.add(id);
    }
    for (const objective of patch.objectives) {
      this.objectives.set(objective.id, objective);
      change.objectives.add(objective.id);
    }
    for (const card of patch.cards) {
      const before = this.cards.get(card.id);
      if (before && before.objectiveId !== card.objectiveId) change.objectives.add(before.objectiveId);
      this.putCard(card);
      change.cards.add(card.id);
      change.objectives.add(card.objectiveId);
    }
    return change;
  }

  /** Applies an edit locally and returns the request id to send with it. */
  edit(cardId: string, edit: CardEdit): number | undefined {
    const card = this.cards.get(cardId);
    if (!card) return undefined;
    const requestId = this.nextRequestId++;
    if (!this.confirmed.has(cardId)) this.confirmed.set(cardId, card);
    this.pending.set(requestId, { requestId, cardId, edit });
    this.cards.set(cardId, withEdit(card, edit));
    return requestId;
  }

  /** The host's answer: the card becomes the index's state plus any edits still pending. */
  resolve(result: ResultMessage): { cardId: string; change: StoreChange } | undefined {
    const request = this.pending.get(result.requestId);
    if (!request) return undefined;
    this.pending.delete(result.requestId);
    const base = result.card ?? this.confirmed.get(request.cardId);
    this.confirmed.delete(request.cardId);
    const change = emptyChange();
    if (base) {
      const objectiveBefore = this.cards.get(request.cardId)?.objectiveId;
      this.putCard(base);
      change.cards.add(base.id);
      change.objectives.add(base.objectiveId);
      if (objectiveBefore !== undefined) change.objectives.add(objectiveBefore);
    }
    return { cardId: request.cardId, change };
  }

  hasPending(cardId: string): boolean {
    for (const request of this.pending.values()) if (request.cardId === cardId) return true;
    return false;
  }

  /** The cards of an objective as shown (pending edits included). */
  cardsOf(objectiveId: string): BoardCard[] {
    const cards: BoardCard[] = [];
    for (const id of this.cardsOfObjective.get(objectiveId) ?? []) {
      const card = this.cards.get(id);
      if (card) cards.push(card);
    }
    return cards;
  }

  objectiveScore(objectiveId: string): number | undefined {
    return scoreOfCards(this.cardsOf(objectiveId));
  }

  objectiveGraded(objectiveId: string): GradedCount {
    return gradedCount({ keyResults: this.cardsOf(objectiveId) });
  }

  /** Whole days since the objective's last check-in; undefined when unknown or never. */
  daysSinceCheckIn(objective: BoardObjective): number | undefined {
    const date = objective.lastCheckIn;
    if (!date) return undefined;
    let days = this.dayCounts.get(date);
    if (days === undefined) {
      const msPerDay = 86_400_000;
      days = Math.round((Date.parse(`${this.today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / msPerDay);
      this.dayCounts.set(date, days);
    }
    return days;
  }

  /** Stores a card from the host, keeping any edit the host has not answered yet on top. */
  private putCard(card: BoardCard): void {
    const previous = this.cards.get(card.id);
    if (previous && previous.objectiveId !== card.objectiveId) this.cardsOfObjective.get(previous.objectiveId)?.delete(card.id);
    let shown = card;
    let hasPending = false;
    for (const request of this.pending.values()) {
      if (request.cardId !== card.id) continue;
      shown = withEdit(shown, request.edit);
      hasPending = true;
    }
    if (hasPending) this.confirmed.set(card.id, card);
    this.cards.set(card.id, shown);
    let ids = this.cardsOfObjective.get(card.objectiveId);
    if (!ids) this.cardsOfObjective.set(card.objectiveId, (ids = new Set()));
    ids.add(card.id);
  }

  private removeCard(id: string): void {
    const card = this.cards.get(id);
    if (!card) return;
    this.cards.delete(id);
    this.confirmed.delete(id);
    this.cardsOfObjective.get(card.objectiveId)?.delete(id);
  }
}
