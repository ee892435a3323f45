// What the board shows, built from the goal index, and what changed since the last post.
// Editor-free on purpose: unit tests drive it with plain GoalFile data.

import type { BodyFacts, GoalFile, Objective, TaskItem } from '../core/model.js';
import { quarterOfDate } from '../core/quarter.js';
import { objectiveStories, storyTitle } from '../core/stories.js';
import { suggestedGrade } from '../core/suggestedGrade.js';
import { allQuarters, inQuarterFilter, offeredQuarterFilters, type BoardCard, type BoardObjective, type BoardSnapshot, type BoardStory } from '../protocol/boardProtocol.js';
import { BoardIds } from './boardIds.js';

function boardStories(ids: BoardIds, uri: string, tasks: readonly TaskItem[], keyResultId?: string): BoardStory[] {
  return tasks.map((task) => ({ id: ids.storyId(uri, task.line, task.text), text: storyTitle(task.text, keyResultId), done: task.done }));
}

export function boardObjective(ids: BoardIds, uri: string, id: string, objective: Objective, facts: BodyFacts | undefined): BoardObjective {
  const stories = facts ? objectiveStories(objective, facts.tasks) : undefined;
  return {
    id,
    title: objective.title,
    ...(objective.quarter === undefined ? {} : { quarter: objective.quarter }),
    status: objective.status,
    career: objective.career,
    checkInsKnown: facts !== undefined,
    ...(typeof facts?.lastCheckIn === 'string' ? { lastCheckIn: facts.lastCheckIn } : {}),
    ...(stories ? { stories: boardStories(ids, uri, stories.unlinked), openStories: facts?.tasks.filter((task) => !task.done).length ?? 0 } : {}),
  };
}

/** What a card says about linked commits (`3 commits this quarter`), or undefined for none. */
export type CommitText = (uri: string, keyResultId: string, quarter: string | undefined) => string | undefined;

export function boardCards(ids: BoardIds, uri: string, objectiveId: string, objective: Objective, facts?: BodyFacts, commitText?: CommitText): BoardCard[] {
  const stories = facts ? objectiveStories(objective, facts.tasks) : undefined;
  return objective.keyResults.map((keyResult, index) => {
    const own = stories?.byKeyResult.get(keyResult.id);
    const commits = commitText?.(uri, keyResult.id, objective.quarter);
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
      ...(own ? { stories: boardStories(ids, uri, own, keyResult.id) } : {}),
      ...(commits === undefined ? {} : { commits }),
      ...(suggestion === undefined ? {} : { suggestedGrade: suggestion }),
    };
  });
}

/**
 * The files whose cards the board shows first, and the rest: the quarter the webview will
 * show (its saved filter, or the current quarter), as it decides it. With thousands of goal
 * files the first cards then come from a few hundred; the other quarters follow a frame later.
 */
export function shownFirst(files: readonly GoalFile[], quarterFilter: string | undefined, today: string): { first: GoalFile[]; rest: GoalFile[] } {
  const current = quarterOfDate(today);
  const offered = quarterFilter !== undefined && offeredQuarterFilters(Array.from(files, (file) => file.objective?.quarter), current).includes(quarterFilter);
  const quarter = offered ? quarterFilter : current;
  if (quarter === allQuarters) return { first: [...files], rest: [] };
  const first: GoalFile[] = [];
  const rest: GoalFile[] = [];
  for (const file of files) (file.objective !== undefined && inQuarterFilter(file.objective.quarter, quarter) ? first : rest).push(file);
  return { first, rest };
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

  constructor(private readonly commitText: CommitText = () => undefined) {}

  private postedObjectives = new Map<string, string>();
  private postedCards = new Map<string, string>();
  /** Card ids posted per file, to tell which cards a change removed. */
  private cardsOfUri = new Map<string, Set<string>>();
  /** The index version each file had when last posted (the edit guard compares against it). */
  private readonly versions = new Map<string, string>();

  snapshot(files: readonly GoalFile[], today: string, reminderDays: number): BoardSnapshot {
    this.postedObjectives = new Map();
    this.postedCards = new Map();
    this.cardsOfUri = new Map();
    this.versions.clear();
    const objectives: BoardObjective[] = [];
    const cards: BoardCard[] = [];
    for (const file of files) this.collect(file, objectives, cards);
    for (const objective of objectives) this.postedObjectives.set(objective.id, JSON.stringify(objective));
    for (const card of cards) this.postedCards.set(card.id, JSON.stringify(card));
    return { objectives, cards, today, reminderDays };
  }

  /** The patch for files whose index entry changed; `get` reads the index. */
  patch(uris: readonly string[], get: (uri: string) => GoalFile | undefined): BoardPatch {
    const result: BoardPatch = { objectives: [], cards: [], removedObjectives: [], removedCards: [] };
    for (const uri of new Set(uris)) {
      const before = this.cardsOfUri.get(uri) ?? new Set<string>();
      const objectives: BoardObjective[] = [];
      const cards: BoardCard[] = [];
      const file = get(uri);
      if (file) this.collect(file, objectives, cards);
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
    const file = ref ? get(ref.uri) : undefined;
    const objective = file?.objective;
    if (!ref || !objective) return undefined;
    return boardCards(this.ids, ref.uri, this.ids.objectiveId(ref.uri), objective, file.body, this.commitText).find((card) => card.id === cardId);
  }

  /** A file's cards as the board builds them now. */
  currentCards(uri: string, objectiveId: string, objective: Objective, facts: BodyFacts | undefined): BoardCard[] {
    return boardCards(this.ids, uri, objectiveId, objective, facts, this.commitText);
  }

  private collect(file: GoalFile, objectives: BoardObjective[], cards: BoardCard[]): void {
    if (!file.objective) return;
    const objectiveId = this.ids.objectiveId(file.uri);
    const fileFacts = file.body;
    const objective = boardObjective(this.ids, file.uri, objectiveId, file.objective, fileFacts);
    const fileCards = boardCards(this.ids, file.uri, objectiveId, file.objective, fileFacts, this.commitText);
    objectives.push(objective);
    cards.push(...fileCards);
    this.versions.set(file.uri, file.version);
    this.cardsOfUri.set(file.uri, new Set(fileCards.map((card) => card.id)));
  }
}
