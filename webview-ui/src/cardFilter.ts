// Which cards the board shows for the user's filters. Pure, so the rules are unit-tested
// without a DOM; the view only asks `cardMatches` per card.

import { quarterOfDate } from '../../src/core/quarter.js';
import { allQuarters, inQuarterFilter, offeredQuarterFilters, unscheduledQuarter, type BoardCard, type BoardObjective } from '../../src/protocol/boardProtocol.js';

export interface BoardFilters {
  /** `YYYY-Qn`, `all`, or `backlog` (objectives without a quarter). */
  readonly quarter: string;
  /** An objective title, or '' for all. */
  readonly objective: string;
  /** A career area, or '' for all. */
  readonly career: string;
  readonly search: string;
  /** Only objectives with open next-step stories: the work pulled into this week. */
  readonly thisWeek?: boolean;
}

export function defaultFilters(today: string): BoardFilters {
  return { quarter: quarterOfDate(today), objective: '', career: '', search: '' };
}

export function objectiveMatches(objective: BoardObjective, filters: BoardFilters): boolean {
  if (!inQuarterFilter(objective.quarter, filters.quarter)) return false;
  if (filters.objective !== '' && objective.title !== filters.objective) return false;
  if (filters.career !== '' && !objective.career.includes(filters.career)) return false;
  if (filters.thisWeek === true && !((objective.openStories ?? 0) > 0)) return false;
  return true;
}

/** Search words all have to appear (any order, any case) in the KR title or id, objective title or tags. */
export function searchWords(search: string): string[] {
  return search.toLocaleLowerCase().split(/\s+/).filter((word) => word !== '');
}

export function cardMatches(card: BoardCard, objective: BoardObjective | undefined, filters: BoardFilters, words: readonly string[]): boolean {
  if (!objective || !objectiveMatches(objective, filters)) return false;
  if (words.length === 0) return true;
  const haystack = `${card.title}\n${card.keyResultId}\n${objective.title}\n${objective.career.join('\n')}`.toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

/** How the quarter filter words its entries (the host's strings on the board). */
export interface QuarterOptionWords {
  readonly current: (quarter: string) => string;
  readonly backlog: string;
  readonly all: string;
}

/** Quarters newest first, then the unscheduled backlog and "all"; the current quarter is always offered. */
export function quarterOptions(objectives: Iterable<BoardObjective>, today: string, words: QuarterOptionWords): FilterOption[] {
  const current = quarterOfDate(today);
  const label = (value: string): string => (value === unscheduledQuarter ? words.backlog : value === allQuarters ? words.all : value === current ? words.current(value) : value);
  return offeredQuarterFilters(Array.from(objectives, (objective) => objective.quarter), current).map((value) => ({ value, label: label(value) }));
}

/** Objective titles within the chosen quarter (the objective filter narrows the quarter). */
export function objectiveOptions(objectives: Iterable<BoardObjective>, quarter: string): string[] {
  const titles = new Set<string>();
  for (const objective of objectives) {
    if (objectiveMatches(objective, { quarter, objective: '', career: '', search: '' })) titles.add(objective.title);
  }
  return [...titles].sort(collator.compare);
}

export function careerOptions(objectives: Iterable<BoardObjective>): string[] {
  const areas = new Set<string>();
  for (const objective of objectives) for (const area of objective.career) areas.add(area);
  return [...areas].sort(collator.compare);
}

/**
 * Display order of objectives (swimlanes, and cards inside a column): quarter, unscheduled
 * last, then title; the id breaks ties so the order is total and stable.
 */
export function compareObjectives(a: BoardObjective, b: BoardObjective): number {
  const quarterA = a.quarter ?? '~';
  const quarterB = b.quarter ?? '~';
  if (quarterA !== quarterB) return quarterA < quarterB ? -1 : 1;
  return collator.compare(a.title, b.title) || Number(a.id.slice(1)) - Number(b.id.slice(1));
}

// One collator for every comparison: String#localeCompare builds one per call.
const collator = new Intl.Collator(undefined, { numeric: true });
