import { describe, expect, it } from 'vitest';
import { BoardSync, shownFirst } from '../../../src/board/boardModel';
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
    const withBody = { ...index.get(uri)!, body: { tasks: [], checkIns: 1, lastCheckIn: '2026-11-05', hasReview: false, diagnostics: [] } };
    const snapshot = sync.snapshot([withBody, index.get('file:///notes.md')!], '2026-11-25', 14);
    expect(snapshot.objectives).toEqual([
      { id: 'o1', title: 'Become fluent in tracing', quarter: '2026-Q4', status: 'active', career: ['learning', 'craft'], checkInsKnown: true, lastCheckIn: '2026-11-05', stories: [], openStories: 0 },
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

  it('marks check-ins unknown for an entry without body facts, and "none" as known', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    expect(sync.snapshot([...index.values()], '2026-11-25', 14).objectives[0]?.checkInsKnown).toBe(false);
    const withoutCheckIns = { ...index.get(uri)!, body: { tasks: [], checkIns: 0, hasReview: false, diagnostics: [] } };
    const none = sync.snapshot([withoutCheckIns], '2026-11-25', 14).objectives[0];
    expect(none?.checkInsKnown).toBe(true);
    expect(none?.lastCheckIn).toBeUndefined();
  });

  it('puts each story on the card of the key result its tag names, the others on the objective', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    const tasks = [
      { text: 'Book the course #course', done: true, line: 20 },
      { text: 'Pick a service (#services)', done: false, line: 21 },
      { text: 'Ask the team', done: false, line: 22 },
    ];
    const body = (items: typeof tasks) => ({ tasks: items, checkIns: 0, hasReview: false, diagnostics: [] });
    const snapshot = sync.snapshot([{ ...index.get(uri)!, body: body(tasks) }], '2026-11-25', 14);
    expect(snapshot.objectives[0]).toMatchObject({ stories: [{ id: 's1', text: 'Ask the team', done: false }], openStories: 2 });
    expect(snapshot.cards.map((card) => card.stories)).toEqual([[{ id: 's2', text: 'Book the course', done: true }], [{ id: 's3', text: 'Pick a service', done: false }]]);
    expect(sync.ids.story('s3')).toEqual({ uri, line: 21, text: 'Pick a service (#services)' });
    // Ticked, the story keeps its id (same line and text): the webview's optimistic tick is confirmed in place.
    const tickedFile = { ...index.get(uri)!, version: 'v-ticked', body: body(tasks.map((task) => ({ ...task, done: true }))) };
    const ticked = sync.patch([uri], () => tickedFile);
    expect(ticked.cards.map((card) => card.stories?.map((story) => [story.id, story.done]))).toEqual([[['s3', true]]]);
    expect(ticked.objectives[0]).toMatchObject({ openStories: 0, stories: [{ id: 's1', done: true }] });
  });

  it('patches only the card that changed, keeping ids stable', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    sync.snapshot([...index.values()], '2026-11-25', 14);
    index.set(uri, parseGoalFile(uri, 'v2', goalText({ status: 'done' })));
    const patch = sync.patch([uri], (key) => index.get(key));
    expect(patch.cards).toEqual([{ id: 'c1', objectiveId: 'o1', keyResultId: 'course', title: 'Finish the course', status: 'done', index: 0, weight: 1 }]);
    expect(patch.objectives).toEqual([]);
    expect(patch.removedCards).toEqual([]);
    // Nothing changed since: an empty patch.
    const again = sync.patch([uri], (key) => index.get(key));
    expect(again.cards.length + again.objectives.length).toBe(0);
    expect(sync.postedVersion(uri)).toBe('v2');
  });

  it('reports removed key results, new ones, and removed files', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    sync.snapshot([...index.values()], '2026-11-25', 14);
    index.set(uri, parseGoalFile(uri, 'v2', goalText({ extra: '  - id: talk\n    title: Give a talk' })));
    const added = sync.patch([uri], (key) => index.get(key));
    expect(added.cards.map((card) => card.id)).toEqual(['c3']);

    index.set(uri, parseGoalFile(uri, 'v3', goalText().replace(/ {2}- id: services[\s\S]*?current: 1\n/, '')));
    const removed = sync.patch([uri], (key) => index.get(key));
    expect(removed.removedCards.sort()).toEqual(['c2', 'c3']);

    index.delete(uri);
    const gone = sync.patch([uri], (key) => index.get(key));
    expect(gone.removedObjectives).toEqual(['o1']);
    expect(gone.removedCards).toEqual(['c1']);
  });

  it('keeps the last good cards off the board when a file stops parsing as a goal', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    sync.snapshot([...index.values()], '2026-11-25', 14);
    index.set(uri, parseGoalFile(uri, 'v2', '---\nobjective: [unclosed\n---\n'));
    const patch = sync.patch([uri], (key) => index.get(key));
    // The index decides what a broken file contributes; the board mirrors it.
    const objective = index.get(uri)?.objective;
    if (!objective) expect(patch.removedCards.sort()).toEqual(['c1', 'c2']);
  });

  it('gives the confirmed card after an edit', () => {
    const sync = new BoardSync();
    const index = files([uri, goalText()]);
    sync.snapshot([...index.values()], '2026-11-25', 14);
    index.set(uri, parseGoalFile(uri, 'v2', goalText({ grade: '0.4' })));
    expect(sync.currentCard('c1', (key) => index.get(key))?.grade).toBe(0.4);
    expect(sync.currentCard('c99', (key) => index.get(key))).toBeUndefined();
  });
});

describe('shownFirst', () => {
  const inQuarter = (name: string, quarter?: string): GoalFile =>
    parseGoalFile(`file:///goals/${name}.md`, 'v1', ['---', `objective: ${name}`, ...(quarter ? [`quarter: ${quarter}`] : []), 'key_results:', '  - id: a', '    title: A', '---', ''].join('\n'));
  const all = [inQuarter('now', '2026-Q4'), inQuarter('before', '2026-Q3'), inQuarter('someday'), inQuarter('alsoNow', '2026-Q4'), parseGoalFile('file:///notes.md', 'v1', '# notes')];
  const names = (files: readonly GoalFile[]) => files.map((file) => file.objective?.title ?? file.uri);

  it('puts the quarter the webview will show first, in index order, and the rest after', () => {
    expect(names(shownFirst(all, undefined, '2026-12-03').first)).toEqual(['now', 'alsoNow']);
    expect(names(shownFirst(all, undefined, '2026-12-03').rest)).toEqual(['before', 'someday', 'file:///notes.md']);
    expect(names(shownFirst(all, '2026-Q3', '2026-12-03').first)).toEqual(['before']);
    expect(names(shownFirst(all, 'backlog', '2026-12-03').first)).toEqual(['someday']);
  });

  it('sends everything at once for every quarter, and the current quarter for a saved one that has gone', () => {
    expect(shownFirst(all, 'all', '2026-12-03')).toEqual({ first: all, rest: [] });
    expect(names(shownFirst(all, '2024-Q1', '2026-12-03').first)).toEqual(['now', 'alsoNow']);
  });

  it('keeps a saved backlog filter with no unscheduled objectives, as the webview does: nothing first', () => {
    const scheduled = all.filter((file) => file.objective?.title !== 'someday');
    expect(shownFirst(scheduled, 'backlog', '2026-12-03')).toEqual({ first: [], rest: scheduled });
  });
});
