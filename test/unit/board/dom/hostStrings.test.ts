// @vitest-environment happy-dom
// The webviews show only the words the host sends (src/protocol/webviewStrings.ts): given a
// stand-in translation, every label, title, placeholder and announcement is the stand-in's.
import { describe, expect, it } from 'vitest';
import { boardStrings } from '../../../../src/board/boardStrings';
import { reviewStrings } from '../../../../src/review/reviewStrings';
import type { ReviewHostMessage, ReviewViewModel } from '../../../../src/protocol/reviewProtocol';
import { ReviewApp } from '../../../../webview-ui/src/review/reviewApp';
import { WebviewChannel } from '../../../../webview-ui/src/webviewChannel';
import { card, objective, snapshotOf, startBoard } from './boardFixtures';

/** A "translation" of a record that marks every text, keeping its {0}, {1}… */
const marked = <T extends Record<string, string>>(record: T): T => Object.fromEntries(Object.entries(record).map(([key, text]) => [key, `«${text}»`])) as T;

/** Everything a user can see or hear of `root`: its text and the attributes read out or shown. */
function shown(root: Element): string {
  const parts = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'label']) {
      const value = node.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join('\n');
}

/** `text` without the marked parts (marks nest: a marked text may hold another as an argument). */
function outsideMarks(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/«[^«»]*»/g, '');
  }
  return rest;
}

/** The English texts of a record that could not be mistaken for goal data (long, without arguments). */
const englishTexts = (record: Record<string, string>): string[] => Object.values(record).filter((text) => text.length >= 5 && !text.includes('{'));

describe('board words from the host', () => {
  const objectives = [objective('o1', 'Learn tracing', { lastCheckIn: '2026-10-01' }), objective('o2', 'Plan the ledger')];
  const cards = [card('c1', 'o1', 'Finish the course', { grade: 0.5, target: 4, current: 1 }), card('c2', 'o1', 'Instrument services', { status: 'doing' }), card('c3', 'o2', 'Talk to finance')];

  it('renders the substituted strings and none of the English ones', () => {
    const board = startBoard();
    board.send({ type: 'strings', strings: marked(boardStrings()) });
    board.send({ type: 'init', snapshot: snapshotOf(objectives, cards) });
    const text = shown(board.root);
    expect(text).toContain('«To do»');
    expect(text).toContain('«Doing»');
    expect(text).toContain('«Search key results»');
    expect(text).toContain('«Objective Learn tracing»');
    expect(text).toContain('«Add check-in to Learn tracing»');
    expect(text).toContain('«Grade 0.5; change grade»');
    const unmarked = outsideMarks(text);
    expect(unmarked).not.toContain('«');
    for (const phrase of englishTexts(boardStrings())) expect(unmarked, phrase).not.toContain(phrase);
  });

  it('shows the empty state and a refused edit in the host words', () => {
    const board = startBoard();
    board.send({ type: 'strings', strings: marked(boardStrings()) });
    board.send({ type: 'init', snapshot: snapshotOf([], []) });
    expect(board.root.querySelector('.board-empty')?.textContent).toBe('«No goal files yet. Create an objective with “Growth Backlog: New Objective…”.»');
  });

  it('ignores a strings message that is not exactly the record (a missing key, an extra one, a non-string)', () => {
    const board = startBoard();
    const good = marked(boardStrings());
    const missing: Partial<Record<keyof typeof good, string>> = { ...good };
    delete missing.loading;
    for (const strings of [missing, { ...good, extra: 'x' }, { ...good, loading: 7 }, null, []]) {
      board.send({ type: 'strings', strings: strings as never });
      expect(board.root.querySelector('.board-loading')?.textContent).toBe('Reading goal files…');
    }
    board.send({ type: 'strings', strings: good });
    expect(board.root.querySelector('.board-loading')?.textContent).toBe('«Reading goal files…»');
  });
});

describe('review words from the host', () => {
  const review: ReviewViewModel = {
    quarter: '2026-Q4',
    quarters: ['2026-Q4'],
    today: '2026-12-02',
    closed: true,
    score: 0.8,
    band: 'green',
    graded: 1,
    keyResultsCounted: 2,
    calibration: { verdict: 'healthy', sentence: 'A sentence from the core.', quarters: [] },
    objectives: [
      {
        id: 'o1',
        title: 'Learn tracing',
        status: 'active',
        career: [],
        score: 0.8,
        band: 'green',
        keyResults: [
          { id: 'c1', title: 'Kr alpha', status: 'done', weight: 1, grade: 0.8, gradeLocked: false },
          { id: 'c2', title: 'Kr beta', status: 'doing', weight: 1, suggestedGrade: 0.5, gradeLocked: false },
        ],
        answers: { achieved: '', formulation: '', notes: '' },
        answersLocked: { achieved: false, formulation: false },
        checkIns: 1,
        lastCheckIn: '2026-11-20',
        confidence: [{ date: '2026-11-20', value: 0.6 }],
      },
    ],
    gradeDistribution: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
    quarterScores: [{ quarter: '2026-Q4', score: 0.8, band: 'green' }],
  };

  it('renders the substituted strings and none of the English ones', () => {
    document.body.replaceChildren();
    const root = document.createElement('div');
    document.body.appendChild(root);
    (globalThis as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: () => undefined, getState: () => undefined, setState: () => undefined });
    new ReviewApp(root, new WebviewChannel(new Set(['strings', 'review', 'saveResult']))).start();
    const send = (message: ReviewHostMessage): void => void window.dispatchEvent(new MessageEvent('message', { data: message }));
    send({ type: 'strings', strings: marked(reviewStrings()) });
    send({ type: 'review', review });
    const text = shown(root);
    expect(text).toContain('«Quarter Review»');
    expect(text).toContain('«Export as Markdown…»');
    expect(text).toContain('«What was achieved?»');
    expect(text).toContain('«Calibration: A sentence from the core.»');
    expect(text).toContain('«{0} (suggested by progress)»'.replace('{0}', '0.5'));
    const unmarked = outsideMarks(text);
    expect(unmarked).not.toContain('«');
    for (const phrase of englishTexts(reviewStrings())) expect(unmarked, phrase).not.toContain(phrase);
  });
});
