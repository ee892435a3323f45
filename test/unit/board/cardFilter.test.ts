import { describe, expect, it } from 'vitest';
import { allQuarters, unscheduledQuarter, type BoardCard, type BoardObjective } from '../../../src/protocol/boardProtocol';
import {
  cardMatches,
  careerOptions,
  compareObjectives,
  defaultFilters,
  objectiveOptions,
  quarterOptions,
  searchWords,
  type BoardFilters,
} from '../../../webview-ui/src/cardFilter';

const objective = (id: string, title: string, quarter: string | undefined, career: string[] = []): BoardObjective => ({
  id,
  title,
  ...(quarter ? { quarter } : {}),
  status: 'active',
  career,
  checkInsKnown: false,
});

const card = (id: string, objectiveId: string, title: string): BoardCard => ({ id, objectiveId, keyResultId: id, title, status: 'todo', index: 0, weight: 1 });

const tracing = objective('o1', 'Learn OpenTelemetry tracing', '2026-Q4', ['learning']);
const guild = objective('o2', 'Revive the backend guild', undefined, ['leadership', 'collaboration']);
const ledger = objective('o3', 'Plan the ledger migration', '2026-Q3', ['impact']);

const matches = (filters: BoardFilters, c: BoardCard, o: BoardObjective) => cardMatches(c, o, filters, searchWords(filters.search));

describe('board filters', () => {
  it('defaults to the current quarter', () => {
    expect(defaultFilters('2026-11-25')).toEqual({ quarter: '2026-Q4', objective: '', career: '', search: '' });
    const c = card('c1', 'o1', 'Finish the course');
    expect(matches(defaultFilters('2026-11-25'), c, tracing)).toBe(true);
    expect(matches(defaultFilters('2026-11-25'), card('c2', 'o3', 'x'), ledger)).toBe(false);
  });

  it('filters the unscheduled backlog and all quarters', () => {
    const base = defaultFilters('2026-11-25');
    const c = card('c1', 'o2', 'Run 3 sessions');
    expect(matches({ ...base, quarter: unscheduledQuarter }, c, guild)).toBe(true);
    expect(matches({ ...base, quarter: unscheduledQuarter }, card('c2', 'o1', 'x'), tracing)).toBe(false);
    expect(matches({ ...base, quarter: allQuarters }, c, guild)).toBe(true);
    expect(matches({ ...base, quarter: allQuarters }, card('c3', 'o3', 'x'), ledger)).toBe(true);
  });

  it('filters by objective title and career area', () => {
    const base = { ...defaultFilters('2026-11-25'), quarter: allQuarters };
    expect(matches({ ...base, objective: 'Revive the backend guild' }, card('c1', 'o2', 'x'), guild)).toBe(true);
    expect(matches({ ...base, objective: 'Revive the backend guild' }, card('c2', 'o1', 'x'), tracing)).toBe(false);
    expect(matches({ ...base, career: 'leadership' }, card('c1', 'o2', 'x'), guild)).toBe(true);
    expect(matches({ ...base, career: 'leadership' }, card('c2', 'o1', 'x'), tracing)).toBe(false);
  });

  it('searches every word, any case, in the KR, the objective and the tags', () => {
    const base = { ...defaultFilters('2026-11-25'), quarter: allQuarters };
    const c = card('c1', 'o1', 'Instrument 2 services');
    expect(matches({ ...base, search: 'INSTRUMENT' }, c, tracing)).toBe(true);
    expect(matches({ ...base, search: 'services opentelemetry' }, c, tracing)).toBe(true);
    expect(matches({ ...base, search: 'learning' }, c, tracing)).toBe(true);
    expect(matches({ ...base, search: 'services guild' }, c, tracing)).toBe(false);
    expect(matches({ ...base, search: '   ' }, c, tracing)).toBe(true);
    // Search text is data, never a pattern.
    expect(matches({ ...base, search: '.*' }, c, tracing)).toBe(false);
  });

  it('drops cards whose objective is unknown', () => {
    expect(cardMatches(card('c1', 'o9', 'x'), undefined, defaultFilters('2026-11-25'), [])).toBe(false);
  });

  it('offers quarters newest first, always the current one, then backlog and all', () => {
    const words = { current: (quarter: string) => `${quarter} (current)`, backlog: 'Unscheduled backlog', all: 'All quarters' };
    expect(quarterOptions([tracing, guild, ledger], '2027-01-10', words).map((option) => option.value)).toEqual([
      '2027-Q1',
      '2026-Q4',
      '2026-Q3',
      unscheduledQuarter,
      allQuarters,
    ]);
    expect(quarterOptions([], '2026-11-25', words).map((option) => option.label)).toEqual(['2026-Q4 (current)', 'Unscheduled backlog', 'All quarters']);
  });

  it('offers objectives of the chosen quarter and every career area, sorted', () => {
    expect(objectiveOptions([tracing, guild, ledger], allQuarters)).toEqual(['Learn OpenTelemetry tracing', 'Plan the ledger migration', 'Revive the backend guild']);
    expect(objectiveOptions([tracing, guild, ledger], '2026-Q4')).toEqual(['Learn OpenTelemetry tracing']);
    expect(careerOptions([tracing, guild, ledger])).toEqual(['collaboration', 'impact', 'leadership', 'learning']);
  });

  it('orders objectives by quarter, unscheduled last, then title', () => {
    expect([guild, tracing, ledger].sort(compareObjectives).map((o) => o.id)).toEqual(['o3', 'o1', 'o2']);
  });
});
