// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { card, objective, snapshotOf, startBoard } from './boardFixtures';

const objectives = [objective('o1', 'Learn tracing'), objective('o2', 'Revive the guild', { quarter: undefined, career: ['leadership'] })];
const cards = [
  card('c1', 'o1', 'Finish the course', { grade: 0.5 }),
  card('c2', 'o1', 'Instrument 2 services', { status: 'doing', grade: 0.9 }),
  card('c3', 'o1', 'Attend the meetup', { status: 'dropped' }),
  card('c4', 'o2', 'Run 3 sessions'),
];

const columnOf = (element: HTMLElement | null) => element?.parentElement?.dataset.column;

describe('board app', () => {
  it('says ready before anything else and renders the current quarter by default', () => {
    const board = startBoard();
    expect(board.posted).toEqual([{ type: 'ready' }]);
    board.send({ type: 'init', snapshot: snapshotOf(objectives, cards) });
    expect(columnOf(board.cardElement('c1'))).toBe('todo');
    expect(columnOf(board.cardElement('c2'))).toBe('doing');
    // Dropped is collapsed; the unscheduled objective is outside the current quarter.
    expect(board.cardElement('c3')).toBeNull();
    expect(board.cardElement('c4')).toBeNull();
    expect(board.root.querySelector('.lane-header .score-chip')?.textContent).toBe('0.7');
  });

  it('updates one card in place on a patch, keeping the other elements', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    const before = board.cardElement('c1');
    const other = board.cardElement('c2');
    board.send({ type: 'patch', objectives: [], cards: [{ ...cards[0]!, status: 'done', title: 'Course finished' }], removedObjectives: [], removedCards: [] });
    expect(board.cardElement('c1')).toBe(before);
    expect(board.cardElement('c2')).toBe(other);
    expect(columnOf(before)).toBe('done');
    expect(before?.querySelector('.card-title')?.textContent).toBe('Course finished');
  });

  it('moves a card with the keyboard and asks the host to write it', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    const element = board.cardElement('c1') as HTMLElement;
    element.focus();
    const key = (name: string) => element.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
    key(' ');
    expect(element.classList.contains('carried')).toBe(true);
    key('ArrowRight');
    expect(columnOf(element)).toBe('doing');
    key('ArrowRight');
    key(' ');
    expect(board.posted.at(-1)).toEqual({ type: 'moveCard', requestId: 1, cardId: 'c1', status: 'done' });
    expect(columnOf(element)).toBe('done');
    expect(element.classList.contains('pending')).toBe(true);
  });

  it('puts the card back and explains when the host refuses the move', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    const element = board.cardElement('c1') as HTMLElement;
    element.focus();
    for (const name of ['Enter', 'ArrowRight', 'Enter']) element.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
    expect(columnOf(element)).toBe('doing');
    board.send({ type: 'editResult', requestId: 1, ok: false, reason: 'The goal file changed while you were editing it.', card: cards[0] });
    expect(columnOf(board.cardElement('c1'))).toBe('todo');
    const message = board.root.querySelector('.message-bar') as HTMLElement;
    expect(message.hidden).toBe(false);
    expect(message.textContent).toContain('The goal file changed');
  });

  it('Escape cancels a keyboard move', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    const element = board.cardElement('c2') as HTMLElement;
    element.focus();
    for (const name of [' ', 'ArrowLeft', 'Escape']) element.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
    expect(columnOf(element)).toBe('doing');
    expect(board.posted.filter((message) => message.type === 'moveCard')).toEqual([]);
    expect(board.root.querySelector('#board-announcer')?.getAttribute('aria-live')).toBe('assertive');
  });

  it('grades optimistically: the objective score moves before the host answers', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    (board.cardElement('c1')?.querySelector('.grade-chip') as HTMLElement).click();
    const step = [...board.root.querySelectorAll<HTMLButtonElement>('.grade-step')].find((button) => button.textContent === '0.1');
    step?.click();
    expect(board.posted.at(-1)).toEqual({ type: 'setGrade', requestId: 1, cardId: 'c1', grade: 0.1 });
    expect(board.cardElement('c1')?.querySelector('.grade-chip')?.textContent).toBe('0.1');
    expect(board.root.querySelector('.lane-header .score-chip')?.textContent).toBe('0.5');
  });

  it('offers the suggested grade first in the grade editor, and only for cards that have one', () => {
    const suggestedCards = cards.map((card) => (card.id === 'c1' ? { ...card, suggestedGrade: 0.7 } : card));
    const board = startBoard(snapshotOf(objectives, suggestedCards));
    (board.cardElement('c1')?.querySelector('.grade-chip') as HTMLElement).click();
    const editor = board.root.querySelector('.grade-editor') as HTMLElement;
    const suggestion = editor.querySelector('.grade-suggestion') as HTMLButtonElement;
    expect(suggestion.hidden).toBe(false);
    expect(suggestion.textContent).toBe('Suggested 0.7');
    expect(editor.children[1]).toBe(suggestion);
    suggestion.click();
    expect(board.posted.at(-1)).toEqual({ type: 'setGrade', requestId: 1, cardId: 'c1', grade: 0.7 });
    (board.cardElement('c2')?.querySelector('.grade-chip') as HTMLElement).click();
    expect((editor.querySelector('.grade-suggestion') as HTMLButtonElement).hidden).toBe(true);
  });

  it('refers to cards and objectives only by their opaque ids', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    (board.cardElement('c1')?.querySelector('.card-open') as HTMLElement).click();
    (board.root.querySelector('.lane-header .add-check-in') as HTMLElement).click();
    (board.root.querySelector('.lane-header .add-key-result') as HTMLElement).click();
    expect(board.posted.slice(1)).toEqual([
      { type: 'openCard', cardId: 'c1' },
      { type: 'addCheckIn', objectiveId: 'o1' },
      { type: 'addKeyResult', objectiveId: 'o1' },
    ]);
  });

  it('restores saved filters and drops a patch for a card that was filtered out', () => {
    const board = startBoard(snapshotOf(objectives, cards), { quarter: 'backlog', objective: '', career: '', search: '', swimlanes: false, showDropped: true, scrollTop: 0, scrollLeft: 0 });
    expect(board.cardElement('c4')).not.toBeNull();
    expect(board.cardElement('c1')).toBeNull();
    board.send({ type: 'patch', objectives: [], cards: [{ ...cards[0]!, status: 'doing' }], removedObjectives: [], removedCards: [] });
    expect(board.cardElement('c1')).toBeNull();
  });

  it('reveals an objective the filters hide (Open Board from a goal file)', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    expect(board.cardElement('c4')).toBeNull();
    board.send({ type: 'revealObjective', objectiveId: 'o2' });
    expect(board.cardElement('c4')).not.toBeNull();
    expect(document.activeElement).toBe(board.cardElement('c4'));
    expect(board.state.value).toMatchObject({ quarter: 'backlog', search: '' });
  });

  it('tells the host its saved quarter in ready, and when the first cards are on screen', async () => {
    const saved = { quarter: 'backlog', objective: '', career: '', search: '', swimlanes: true, showDropped: false, scrollTop: 0, scrollLeft: 0 };
    const board = startBoard(undefined, saved);
    expect(board.posted).toEqual([{ type: 'ready', quarter: 'backlog' }]);
    board.send({ type: 'init', snapshot: snapshotOf([objectives[1] as (typeof objectives)[number]], [cards[3] as (typeof cards)[number]]) });
    expect(board.cardElement('c4')).not.toBeNull();
    expect(board.posted).toEqual([{ type: 'ready', quarter: 'backlog' }]);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
    expect(board.posted).toEqual([{ type: 'ready', quarter: 'backlog' }, { type: 'firstCardsShown' }]);
    // The other quarters arrive as a patch: the filter stays, and the quarter list grows.
    board.send({ type: 'patch', objectives: [objectives[0] as (typeof objectives)[number]], cards: cards.slice(0, 3), removedObjectives: [], removedCards: [] });
    expect(board.cardElement('c1')).toBeNull();
    const quarterSelect = board.root.querySelector<HTMLElement & { value: string }>('#filter-quarter');
    expect(quarterSelect?.value).toBe('backlog');
    expect([...(quarterSelect?.children ?? [])].map((option) => option.getAttribute('value'))).toContain('2026-Q4');
  });

  it('a saved filter that is not a quarter filter is not sent', () => {
    const board = startBoard(undefined, { quarter: '<script>', swimlanes: true });
    expect(board.posted).toEqual([{ type: 'ready' }]);
  });

  it('recounts the days on a new day, keeping the elements and the filters', () => {
    const saved = { quarter: '2026-Q4', objective: '', career: 'learning', search: '', swimlanes: true, showDropped: false, scrollTop: 0, scrollLeft: 0 };
    const board = startBoard(snapshotOf(objectives, cards), saved);
    const element = board.cardElement('c1');
    const checkIn = () => element?.querySelector('.card-checkin-text')?.textContent;
    const laneCheckIn = () => board.root.querySelector('.lane-header[data-objective-id="o1"] .objective-checkin')?.textContent;
    expect(checkIn()).toBe('20d');
    expect(laneCheckIn()).toBe('Last check-in 20d ago');
    // A new quarter began: 2026-Q4 still has objectives, so the board stays on it.
    board.send({ type: 'today', today: '2027-01-02' });
    expect(board.cardElement('c1')).toBe(element);
    expect(checkIn()).toBe('58d');
    expect(laneCheckIn()).toBe('Last check-in 58d ago');
    const quarterSelect = board.root.querySelector<HTMLElement & { value: string }>('#filter-quarter');
    expect(quarterSelect?.value).toBe('2026-Q4');
    expect([...(quarterSelect?.children ?? [])].map((option) => option.textContent).slice(0, 2)).toEqual(['2027-Q1 (current)', '2026-Q4']);
    expect((board.root.querySelector('#filter-career') as HTMLElement & { value: string }).value).toBe('learning');
  });

  it('marks check-ins stale or fresh again when the reminder setting changes, in place', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    const element = board.cardElement('c1');
    const stale = () => element?.querySelector('.card-checkin')?.classList.contains('stale');
    const laneStale = () => board.root.querySelector('.lane-header[data-objective-id="o1"] .objective-checkin')?.classList.contains('stale');
    // The last check-in was 20 days ago: stale after 14 days, fresh with 30.
    expect([stale(), laneStale()]).toEqual([true, true]);
    board.send({ type: 'reminderDays', reminderDays: 30 });
    expect(board.cardElement('c1')).toBe(element);
    expect([stale(), laneStale()]).toEqual([false, false]);
    board.send({ type: 'reminderDays', reminderDays: 14 });
    expect([stale(), laneStale()]).toEqual([true, true]);
  });

  it('moves to the new current quarter when the old one, empty, is no longer offered', () => {
    const board = startBoard({ ...snapshotOf(objectives, cards), today: '2026-09-30' });
    expect(board.cardElement('c1')).toBeNull();
    board.send({ type: 'today', today: '2026-10-01' });
    expect(board.cardElement('c1')).not.toBeNull();
    expect(board.state.value).toMatchObject({ quarter: '2026-Q4' });
  });

  it('keeps the quarter filter showing the quarter the board shows, through option changes', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    type Select = HTMLElement & { value: string };
    const quarter = board.root.querySelector<Select>('#filter-quarter') as Select;
    board.send({ type: 'today', today: '2026-11-26' }); // fills the selects now rather than after the first frame
    // vscode-single-select reads its selection from the options' `selected` attribute whenever
    // its options change: exactly the shown quarter must carry it.
    const marked = () => [...quarter.children].filter((option) => option.hasAttribute('selected')).map((option) => option.getAttribute('value'));
    expect(marked()).toEqual(['2026-Q4']);
    const optionsBefore = [...quarter.children];

    quarter.value = 'backlog';
    quarter.dispatchEvent(new Event('change'));
    expect(board.cardElement('c4')).not.toBeNull();
    expect(board.cardElement('c1')).toBeNull();
    expect(marked()).toEqual(['backlog']);
    // The objective list changed with the quarter; the quarter list did not and is not rebuilt.
    expect([...quarter.children]).toEqual(optionsBefore);

    // A new quarter puts a new first option in the list: the selection stays where the board is.
    board.send({ type: 'today', today: '2027-01-02' });
    expect(quarter.children[0]?.getAttribute('value')).toBe('2027-Q1');
    expect(marked()).toEqual(['backlog']);
    expect(quarter.value).toBe('backlog');
    expect(board.cardElement('c4')).not.toBeNull();
  });

  it('removes cards named in a patch', () => {
    const board = startBoard(snapshotOf(objectives, cards));
    board.send({ type: 'patch', objectives: [], cards: [], removedObjectives: [], removedCards: ['c2'] });
    expect(board.cardElement('c2')).toBeNull();
  });
});

describe('stories on the board', () => {
  const withStories = [
    objective('o1', 'Learn tracing', { stories: [{ id: 's9', text: 'Ask the platform team', done: false }], openStories: 2 }),
    objective('o3', 'Quiet objective', { openStories: 0, stories: [] }),
  ];
  const storyCards = [
    card('c1', 'o1', 'Finish the course', { stories: [{ id: 's1', text: 'Book Friday mornings', done: false }, { id: 's2', text: 'Take the quiz', done: true }] }),
    card('c5', 'o3', 'Something else'),
  ];
  const boxes = (element: Element | null) => [...(element?.querySelectorAll<HTMLInputElement>('.story-box') ?? [])].map((box) => [box.nextElementSibling?.textContent, box.checked]);

  it('shows a key result’s stories on its card and the objective’s own under its lane header', () => {
    const board = startBoard(snapshotOf(withStories, storyCards));
    expect(boxes(board.cardElement('c1'))).toEqual([
      ['Book Friday mornings', false],
      ['Take the quiz', true],
    ]);
    const lane = board.root.querySelector('.objective-stories[data-objective-id="o1"]') as HTMLElement;
    expect(lane.hidden).toBe(false);
    expect(lane.querySelector('summary')?.textContent).toBe('1 next step for the objective (1 open)');
    expect(boxes(lane)).toEqual([['Ask the platform team', false]]);
  });

  it('names the linked commits on the card and asks the host to open them', () => {
    const board = startBoard(snapshotOf(withStories, [{ ...storyCards[0]!, commits: '2 commits this quarter' }, storyCards[1]!]));
    const chip = board.cardElement('c1')?.querySelector('.card-commits') as HTMLButtonElement;
    expect(chip.hidden).toBe(false);
    expect(chip.textContent).toBe('2 commits this quarter');
    expect((board.cardElement('c5')?.querySelector('.card-commits') as HTMLElement).hidden).toBe(true);
    chip.click();
    expect(board.posted.at(-1)).toEqual({ type: 'openCommits', cardId: 'c1' });
  });

  it('ticks a story at once, asks the host by opaque id, and unticks it again when refused', () => {
    const board = startBoard(snapshotOf(withStories, storyCards));
    const box = board.cardElement('c1')?.querySelector('.story-box') as HTMLInputElement;
    box.click();
    expect(board.posted.at(-1)).toEqual({ type: 'setStoryDone', requestId: 1, storyId: 's1', done: true });
    expect(boxes(board.cardElement('c1'))[0]).toEqual(['Book Friday mornings', true]);
    board.send({ type: 'editResult', requestId: 1, ok: false, reason: 'The file changed.' });
    expect(boxes(board.cardElement('c1'))[0]).toEqual(['Book Friday mornings', false]);
    expect(board.root.querySelector('.message-bar')?.textContent).toContain('Could not tick “Book Friday mornings”: The file changed.');
  });

  it('ticks an objective’s own story and puts the box back when refused', () => {
    const board = startBoard(snapshotOf(withStories, storyCards));
    const box = board.root.querySelector('.objective-stories .story-box') as HTMLInputElement;
    box.click();
    expect(board.posted.at(-1)).toEqual({ type: 'setStoryDone', requestId: 1, storyId: 's9', done: true });
    board.send({ type: 'editResult', requestId: 1, ok: false, reason: 'No.' });
    expect((board.root.querySelector('.objective-stories .story-box') as HTMLInputElement).checked).toBe(false);
  });

  it('shows only objectives with open stories under “This week”', () => {
    const saved = { quarter: '2026-Q4', objective: '', career: '', search: '', swimlanes: true, showDropped: false, thisWeek: true, scrollTop: 0, scrollLeft: 0 };
    const board = startBoard(snapshotOf(withStories, storyCards), saved);
    expect(board.cardElement('c1')).not.toBeNull();
    expect(board.cardElement('c5')).toBeNull();
    const all = startBoard(snapshotOf(withStories, storyCards), { ...saved, thisWeek: false });
    expect(all.cardElement('c5')).not.toBeNull();
  });
});
