// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardName, createCard, updateCard } from '../../../../webview-ui/src/cardView';
import { boardStrings } from '../../../../src/board/boardStrings';
import { setBoardStrings } from '../../../../webview-ui/src/boardText';
import { card, hostileTitles, objective, snapshotOf, startBoard } from './boardFixtures';

// Cards made directly, without a board: the host's words (English) set as its `strings` message would.
setBoardStrings(boardStrings());

describe('card view', () => {
  it('renders hostile titles as text: no elements, handlers or links are created', () => {
    for (const title of hostileTitles) {
      const view = createCard('c1');
      updateCard(view, { card: card('c1', 'o1', title), objective: objective('o1', title, { career: [title] }), hue: 0, daysSinceCheckIn: 3, reminderDays: 14 });
      expect(view.title.textContent).toBe(title);
      expect(view.objective.textContent).toBe(title);
      expect(view.root.querySelectorAll('img, script, a, svg, iframe').length).toBe(0);
      for (const node of view.root.querySelectorAll('*')) {
        for (const attribute of node.getAttributeNames()) expect(attribute.startsWith('on'), attribute).toBe(false);
      }
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('lays out right-to-left titles by their own direction', () => {
    const view = createCard('c1');
    updateCard(view, { card: card('c1', 'o1', hostileTitles[5] as string), objective: objective('o1', 'x'), hue: 0, daysSinceCheckIn: 0, reminderDays: 14 });
    expect(view.title.dir).toBe('auto');
  });

  it('shows the grade band, progress, check-in age and career tags', () => {
    const view = createCard('c1');
    updateCard(view, {
      card: card('c1', 'o1', 'Instrument 2 services', { grade: 0.4, target: 2, current: 1 }),
      objective: objective('o1', 'Tracing', { career: ['learning', 'craft'] }),
      hue: 3,
      daysSinceCheckIn: 20,
      reminderDays: 14,
    });
    expect(view.grade.textContent).toBe('0.4');
    expect(view.grade.className).toContain('band-yellow');
    expect(view.progress.textContent).toBe('1 / 2');
    expect(view.progress.style.getPropertyValue('--progress')).toBe('0.5');
    expect(view.checkInText.textContent).toBe('20d');
    expect(view.checkIn.classList.contains('stale')).toBe(true);
    expect([...view.tags.children].map((tag) => tag.textContent)).toEqual(['learning', 'craft']);
    expect(view.root.className).toContain('hue-3');
  });

  it('shows a key result without a title by its id, with a warning mark, and names it so elsewhere', () => {
    const view = createCard('c1');
    const untitled = card('c1', 'o1', '', { keyResultId: 'talks', target: 2, current: 1 });
    updateCard(view, { card: untitled, objective: objective('o1', 'Speak up'), hue: 0, daysSinceCheckIn: 1, reminderDays: 14 });
    expect(view.title.textContent).toBe('talks');
    expect(view.title.classList.contains('untitled')).toBe(true);
    expect(view.title.querySelector('.codicon-warning')).not.toBeNull();
    expect(view.title.title).toContain('has no title');
    expect(view.root.getAttribute('aria-label')).toMatch(/^talks, no title, objective Speak up/);
    expect(cardName(untitled)).toBe('talks');
    // Once the title is fixed, the card is an ordinary card again.
    updateCard(view, { card: { ...untitled, title: 'Give 2 talks' }, objective: objective('o1', 'Speak up'), hue: 0, daysSinceCheckIn: 1, reminderDays: 14 });
    expect(view.title.textContent).toBe('Give 2 talks');
    expect(view.title.classList.contains('untitled')).toBe(false);
    expect(view.title.querySelector('.codicon-warning')).toBeNull();
  });

  it('touches nothing when the facts did not change', () => {
    const view = createCard('c1');
    const facts = { card: card('c1', 'o1', 'A'), objective: objective('o1', 'O'), hue: 0, daysSinceCheckIn: 1, reminderDays: 14 };
    expect(updateCard(view, facts)).toBe(true);
    expect(updateCard(view, { ...facts })).toBe(false);
  });

  it('keeps hostile titles literal across the whole board (lanes, strip, grade editor)', () => {
    const objectives = hostileTitles.map((title, index) => objective(`o${index + 1}`, title, { career: [title] }));
    const cards = hostileTitles.map((title, index) => card(`c${index + 1}`, `o${index + 1}`, title));
    const board = startBoard(snapshotOf(objectives, cards));
    expect(board.root.querySelectorAll('img, script, svg, iframe, a').length).toBe(0);
    const titles = [...board.root.querySelectorAll('.card-title')].map((node) => node.textContent);
    expect(titles.sort()).toEqual([...hostileTitles].sort());
    const lanes = [...board.root.querySelectorAll('.lane-header .objective-title')].map((node) => node.textContent);
    expect(lanes.sort()).toEqual([...hostileTitles].sort());
    (board.cardElement('c1')?.querySelector('.grade-chip') as HTMLElement).click();
    expect(board.root.querySelector('.grade-heading')?.textContent).toBe(`Grade: ${hostileTitles[0]}`);
    expect(board.root.querySelectorAll('img, script, svg').length).toBe(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
