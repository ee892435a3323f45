import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyResult, Objective } from '../../../src/core/model';
import { objectiveScore } from '../../../src/core/scoring';
import type { BoardCard, BoardSnapshot } from '../../../src/protocol/boardProtocol';
import { BoardStore, scoreOfCards } from '../../../webview-ui/src/boardStore';

const card = (id: string, extra: Partial<BoardCard> = {}): BoardCard => ({ id, objectiveId: 'o1', keyResultId: id, title: id, status: 'todo', index: 0, weight: 1, ...extra });

const snapshot = (cards: BoardCard[]): BoardSnapshot => ({
  objectives: [{ id: 'o1', title: 'Objective', quarter: '2026-Q4', status: 'active', career: [], checkInsKnown: true, lastCheckIn: '2026-11-20' }],
  cards,
  today: '2026-11-25',
  reminderDays: 14,
});

describe('BoardStore', () => {
  it('shows an edit at once and keeps it over stale patches until the host answers', () => {
    const store = new BoardStore();
    store.init(snapshot([card('c1'), card('c2', { grade: 0.2 })]));
    const requestId = store.edit('c1', { status: 'done' });
    expect(store.cards.get('c1')?.status).toBe('done');
    expect(store.hasPending('c1')).toBe(true);
    // An index update for an unrelated field arrives first: the optimistic status stays.
    store.applyPatch({ type: 'patch', objectives: [], cards: [card('c1', { title: 'renamed' })], removedObjectives: [], removedCards: [] });
    expect(store.cards.get('c1')).toMatchObject({ status: 'done', title: 'renamed' });
    store.resolve({ type: 'editResult', requestId: requestId as number, ok: true, card: card('c1', { status: 'done', title: 'renamed' }) });
    expect(store.hasPending('c1')).toBe(false);
    expect(store.cards.get('c1')?.status).toBe('done');
  });

  it('clears a grade at once and puts it back when the host refuses', () => {
    const store = new BoardStore();
    store.init(snapshot([card('c1', { grade: 0.8 }), card('c2', { grade: 0.4 })]));
    expect(store.objectiveScore('o1')).toBe(0.6);
    const requestId = store.edit('c1', { clearGrade: true });
    expect('grade' in store.cards.get('c1')!).toBe(false);
    expect(store.objectiveScore('o1')).toBe(0.4);
    expect(store.objectiveGraded('o1')).toEqual({ graded: 1, total: 2 });
    store.resolve({ type: 'editResult', requestId: requestId as number, ok: false, reason: 'no', card: card('c1', { grade: 0.8 }) });
    expect(store.cards.get('c1')?.grade).toBe(0.8);
  });

  it('counts days from the new date after a day change, and names every objective as changed', () => {
    const store = new BoardStore();
    store.init(snapshot([card('c1')]));
    const objective = store.objectives.get('o1')!;
    expect(store.daysSinceCheckIn(objective)).toBe(5);
    expect([...store.setToday('2026-11-26').objectives]).toEqual(['o1']);
    expect(store.daysSinceCheckIn(objective)).toBe(6);
    expect(store.setToday('2026-11-26').objectives.size).toBe(0);
  });

  it('puts a refused edit back to the host state', () => {
    const store = new BoardStore();
    store.init(snapshot([card('c1', { grade: 0.3 })]));
    const requestId = store.edit('c1', { grade: 0.9 });
    expect(store.objectiveScore('o1')).toBeCloseTo(0.9);
    const resolved = store.resolve({ type: 'editResult', requestId: requestId as number, ok: false, reason: 'The file changed.' });
    expect(resolved?.cardId).toBe('c1');
    expect(store.cards.get('c1')?.grade).toBe(0.3);
    expect(store.objectiveScore('o1')).toBeCloseTo(0.3);
  });

  it('ignores answers to unknown requests and edits of unknown cards', () => {
    const store = new BoardStore();
    store.init(snapshot([card('c1')]));
    expect(store.edit('c9', { status: 'done' })).toBeUndefined();
    expect(store.resolve({ type: 'editResult', requestId: 999, ok: true })).toBeUndefined();
  });

  it('counts days since the last check-in from the host date', () => {
    const store = new BoardStore();
    store.init(snapshot([]));
    const objective = store.objectives.get('o1');
    expect(objective && store.daysSinceCheckIn(objective)).toBe(5);
    expect(store.daysSinceCheckIn({ ...objective!, lastCheckIn: undefined } as never)).toBeUndefined();
  });

  it('removes cards and objectives named in a patch', () => {
    const store = new BoardStore();
    store.init(snapshot([card('c1'), card('c2')]));
    const change = store.applyPatch({ type: 'patch', objectives: [], cards: [], removedObjectives: ['o1'], removedCards: ['c1', 'c2'] });
    expect(store.cards.size).toBe(0);
    expect(store.objectives.size).toBe(0);
    expect([...change.removedCards]).toEqual(['c1', 'c2']);
  });
});

describe('scoreOfCards', () => {
  it('follows the same rule as objectiveScore in the core', () => {
    const arbitraryCard = fc.record({
      status: fc.constantFrom('todo', 'doing', 'done', 'dropped' as const),
      grade: fc.option(fc.integer({ min: 0, max: 10 }).map((tenths) => tenths / 10), { nil: undefined }),
      weight: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCard, { maxLength: 8 }), (entries) => {
        const cards = entries.map((entry, index) => card(`c${index + 1}`, { ...entry, ...(entry.grade === undefined ? { grade: undefined } : {}) }));
        const keyResults = entries.map(
          (entry, index) =>
            ({ id: `k${index}`, title: '', status: entry.status, weight: entry.weight, range: { start: 0, end: 0, line: 1, column: 1 }, ...(entry.grade === undefined ? {} : { grade: entry.grade }) }) as KeyResult,
        );
        const core = objectiveScore({ keyResults } as unknown as Objective);
        const board = scoreOfCards(cards);
        if (core === undefined) expect(board).toBeUndefined();
        else expect(board).toBeCloseTo(core, 10);
      }),
    );
  });
});
