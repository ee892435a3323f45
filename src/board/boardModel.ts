// What the board shows, built from the goal index, and what changed since the last post.
// Editor-free on purpose: unit tests drive it with plain GoalFile data.

import type { GoalFile, Objective } from '../core/model.js';
import { suggestedGrade } from '../core/suggestedGrade.js';
import type { BoardCard, BoardObjective, BoardSnapshot } from '../protocol/boardProtocol.js';
import { BoardIds } from './boardIds.js';

/** Check-in dates the host has read so far: a date, null for "no check-ins", absent for unknown. */
export type CheckInDates = ReadonlyMap<string, string | null>;

export function boardObjective(id: string, objective: Objective, lastCheckIn: string | null | undefined): BoardObjective {
  return {
    id,
    title: objective.title,
    ...(objective.quarter === undefined ? {} : { quarter: objective.quarter }),
    status: objective.status,
    career: objective.career,
    checkInsKnown: lastCheckIn !== undefined,
    ...(typeof lastCheckIn === 'string' ? { lastCheckIn } : {}),
  };
}

export function boardCards(ids: BoardIds, uri: string, objectiveId: string, objective: Objective): BoardCard[] {
  return objective.keyResults.map((keyResult, index) => {
    const suggestion = suggestedGrade(keyResult);
    return {
    id: ids.cardId(uri, keyResult.id),
    objectiveId,
    keyResultId: keyResult.id,
    title: keyResult.title,
    status: keyResult.status,
    index,
    weight: keyResult.weight,
    ...(keyResult.grade === undefined ? {} : { grade: keyResult.grade }),
    ...(keyResult.target === undefined ? {} : { target: keyResult.target }),
    ...(keyResult.current === undefined ? {} : { current: keyResult.current }),
    ...(keyResult.baseline === undefined ? {} : { baseline: keyResult.baseline }),
    ...(keyResult.unit === undefined ? {} : { unit: keyResult.unit }),
    ...(suggestion === undefined ? {} : { suggestedGrade: suggestion }),
    };
  });
}

export interface BoardPatch {
  readonly objectives: BoardObjective[];
  readonly cards: BoardCard[];
  readonly removedObjectives: string[];
  readonly removedCards: string[];
}

/**
 * Keeps what was last posted to one webview so that a change to one file posts only the
 * cards that really differ: the webview then touches only those DOM nodes.
 */
export class BoardSync {
  readonly ids = new BoardIds();
  private postedObjectives = new Map<string, string>();
  private postedCards = new Map<string, string>();
  /** Card ids posted per file, to tell which cards a change removed. */
  private cardsOfUri = new Map<string, Set<string>>();
  /** The index version each file had when last posted (the edit guard compares against it). */
  private readonly versions = new Map<string, string>();

  snapshot(files: readonly GoalFile[], checkIns: CheckInDates, today: string, reminderDays: number): BoardSnapshot {
    this.postedObjectives = new Map();
    this.postedCards = new Map();
    this.cardsOfUri = new Map();
    this.versions.clear();
    const objectives: BoardObjective[] = [];
    const cards: BoardCard[] = [];
    for (const file of files) this.collect(file, checkIns, objectives, cards);
    for (const objective of objectives) this.postedObjectives.set(objective.id, JSON.stringify(objective));
    for (const card of cards) this.postedCards.set(card.id, JSON.stringify(card));
    return { objectives, cards, today, reminderDays };
  }

  /** The patch for files whose index entry (or check-in date) changed; `get` reads the index. */
  patch(uris: readonly string[], get: (uri: string) => GoalFile | undefined, checkIns: CheckInDates): BoardPatch {
    const result: BoardPatch = { objectives: [], cards: [], removedObjectives: [], removedCards: [] };
    for (const uri of new Set(uris)) {
      const before = this.cardsOfUri.get(uri) ?? new Set<string>();
      const objectives: BoardObjective[] = [];
      const cards: BoardCard[] = [];
      const file = get(uri);
      if (file) this.collect(file, checkIns, objectives, cards);
      else this.versions.delete(uri);
      const objectiveId = this.ids.knownObjectiveId(uri);
      if (objectives.length === 0 && objectiveId !== undefined && this.postedObjectives.delete(objectiveId)) {
        result.removedObjectives.push(objectiveId);
      }
      for (const objective of objectives) {
        const json = JSON.stringify(objective);
        if (this.postedObjectives.get(objective.id) !== json) result.objectives.push(objective);
        this.postedObjectives.set(objective.id, json);
      }
      const after = new Set(cards.map((card) => card.id));
      for (const id of before) {
        if (!after.has(id)) {
          this.postedCards.delete(id);
          result.removedCards.push(id);
        }
      }
      for (const card of cards) {
        const json = JSON.stringify(card);
        if (this.postedCards.get(card.id) !== json) result.cards.push(card);
        this.postedCards.set(card.id, json);
      }
      if (after.size > 0) this.cardsOfUri.set(uri, after);
      else this.cardsOfUri.delete(uri);
    }
    return result;
  }

  /** The version of `uri` the webview last saw, for applyGoalEdit's `expectedVersion`. */
  postedVersion(uri: string): string | undefined {
    return this.versions.get(uri);
  }

  /** A card as the index has it now (the confirmed state after an edit). */
  currentCard(cardId: string, get: (uri: string) => GoalFile | undefined): BoardCard | undefined {
    const ref = this.ids.card(cardId);
    const objective = ref ? get(ref.uri)?.objective : undefined;
    if (!ref || !objective) return undefined;
    return boardCards(this.ids, ref.uri, this.ids.objectiveId(ref.uri), objective).find((card) => card.id === cardId);
  }

  private collect(file: GoalFile, checkIns: CheckInDates, objectives: BoardObjective[], cards: BoardCard[]): void {
    if (!file.objective) return;
    const objectiveId = this.ids.objectiveId(file.uri);
    const objective = boardObjective(objectiveId, file.objective, checkIns.get(file.uri));
    const fileCards = boardCards(this.ids, file.uri, objectiveId, file.objective);
    objectives.push(objective);
    cards.push(...fileCards);
    this.versions.set(file.uri, file.version);
    this.cardsOfUri.set(file.uri, new Set(fileCards.map((card) => card.id)));
  }
}
