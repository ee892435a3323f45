import { describe, expect, it } from 'vitest';
import { BoardSync } from '../../../src/board/boardModel';
import type { GoalFile } from '../../../src/core/model';
import { parseGoalFile } from '../../../src/core/parse';

const goalText = (options: { title?: string; status?: string; grade?: string; extra?: string } = {}) =>
  [
    '---',
    `objective: ${options.title ?? 'Become fluent in tracing'}`,
    'quarter: 2026-Q4',
    'status: active',
    'career: [learning, craft]',
    'key_results:',
    '  - id: course',
    '    title: Finish the course',
    `    status: ${options.status ?? 'todo'}`,
    ...(options.grade ? [`    grade: ${options.grade}`] : []),
    '  - id: services',
    '    title: Instrument 2 services',
    '    target: 2',
    '    current: 1',
    ...(options.extra ? [options.extra] : []),
    '---',
    'Body.',
  ].join('\n');

const uri = 'file:///home/me/goals/2026-Q4/tracing.md';

function files(...entries: [string, string][]): Map<string, GoalFile> {
  return new Map(entries.map(([key, text], index) => [key, parseGoalFile(key, `v${index}`, text)]));
}

describe('BoardSync', () => {
  it('builds objectives and cards from the index without exposing file paths', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText({ grade: '0.7' })], ['file:///notes.md', '# not a goal']);
    const snapshot = sync.snapshot([...index.values()], new Map([[uri, '2026-11-05']]), '2026-11-25', 14);
    expect(snapshot.objectives).toEqual([
      { id: 'o1', title: 'Become fluent in tracing', quarter: '2026-Q4', status: 'active', career: ['learning', 'craft'], checkInsKnown: true, lastCheckIn: '2026-11-05' },
    ]);
    expect(snapshot.cards).toEqual([
      { id: 'c1', objectiveId: 'o1', keyResultId: 'course', title: 'Finish the course', status: 'todo', index: 0, weight: 1, grade: 0.7 },
      { id: 'c2', objectiveId: 'o1', keyResultId: 'services', title: 'Instrument 2 services', status: 'todo', index: 1, weight: 1, target: 2, current: 1, suggestedGrade: 0.5 },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain('file://');
    expect(JSON.stringify(snapshot)).not.toContain('tracing.md');
    expect(sync.ids.card('c2')).toEqual({ uri, keyResultId: 'services' });
    expect(sync.ids.objective('o1')).toBe(uri);
    expect(sync.ids.card('c3')).toBeUndefined();
  });

  it('marks check-ins unknown until the body has been read, and "none" as known', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    expect(sync.snapshot([...index.values()], new Map(), '2026-11-25', 14).objectives[0]?.checkInsKnown).toBe(false);
    const none = sync.snapshot([...index.values()], new Map([[uri, null]]), '2026-11-25', 14).objectives[0];
    expect(none?.checkInsKnown).toBe(true);
    expect(none?.lastCheckIn).toBeUndefined();
  });

  it('patches only the card that changed, keeping ids stable', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    sync.snapshot([...index.values()], new Map(), '2026-11-25', 14);
    index.set(uri, parseGoalFile(uri, 'v2', goalText({ status: 'done' })));
    const patch = sync.patch([uri], (key) => index.get(key), new Map());
    expect(patch.cards).toEqual([{ id: 'c1', objectiveId: 'o1', keyResultId: 'course', title: 'Finish the course', status: 'done', index: 0, weight: 1 }]);
    expect(patch.objectives).toEqual([]);
    expect(patch.removedCards).toEqual([]);
    // Nothing changed since: an empty patch.
    const again = sync.patch([uri], (key) => index.get(key), new Map());
    expect(again.cards.length + again.objectives.length).toBe(0);
    expect(sync.postedVersion(uri)).toBe('v2');
  });

  it('reports removed key results, new ones, and removed files', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    sync.snapshot([...index.values()], new Map(), '2026-11-25', 14);
    index.set(uri, parseGoalFile(uri, 'v2', goalText({ extra: '  - id: talk\n    title: Give a talk' })));
    const added = sync.patch([uri], (key) => index.get(key), new Map());
    expect(added.cards.map((card) => card.id)).toEqual(['c3']);

    index.set(uri, parseGoalFile(uri, 'v3', goalText().replace(/ {2}- id: services[\s\S]*?current: 1\n/, '')));
    const removed = sync.patch([uri], (key) => index.get(key), new Map());
    expect(removed.removedCards.sort()).toEqual(['c2', 'c3']);

    index.delete(uri);
    const gone = sync.patch([uri], (key) => index.get(key), new Map());
    expect(gone.removedObjectives).toEqual(['o1']);
    expect(gone.removedCards).toEqual(['c1']);
  });

  it('keeps the last good cards off the board when a file stops parsing as a goal', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    sync.snapshot([...index.values()], new Map(), '2026-11-25', 14);
    index.set(uri, parseGoalFile(uri, 'v2', '---\nobjective: [unclosed\n---\n'));
    const patch = sync.patch([uri], (key) => index.get(key), new Map());
    // The index decides what a broken file contributes; the board mirrors it.
    const objective = index.get(uri)?.objective;
    if (!objective) expect(patch.removedCards.sort()).toEqual(['c1', 'c2']);
  });

  it('gives the confirmed card after an edit', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    sync.snapshot([...index.values()], new Map(), '2026-11-25', 14);
    index.set(uri, parseGoalFile(uri, 'v2', goalText({ grade: '0.4' })));
    expect(sync.currentCard('c1', (key) => index.get(key))?.grade).toBe(0.4);
    expect(sync.currentCard('c99', (key) => index.get(key))).toBeUndefined();
  });
});
