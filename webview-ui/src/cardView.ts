// One card's DOM. Every user-written string goes in with textContent or as an attribute
// value set through the DOM API, never as markup: a title like `<img onerror=…>` stays text.

import { currentValue, formatScore, keyResultProgress, scoreBand } from '../../src/core/scoring.js';
import type { BoardCard, BoardColumn, BoardObjective, BoardStory } from '../../src/protocol/boardProtocol.js';
import { boardCount, boardText } from './boardText.js';
import { element } from './dom.js';

const columnKeys = { todo: 'columnTodo', doing: 'columnDoing', done: 'columnDone', dropped: 'columnDropped' } as const satisfies Record<BoardColumn, string>;

/** A column's title in the host's words. */
export function columnTitle(column: BoardColumn): string {
  return boardText(columnKeys[column]);
}

const bandKeys = { red: 'bandRed', yellow: 'bandYellow', green: 'bandGreen', none: 'bandNone' } as const;

/** What a card is called in messages and announcements: its title, or its id when it has none. */
export function cardName(card: BoardCard): string {
  return card.title || card.keyResultId;
}

/** Six theme colours for objectives (board.css `.hue-<n>`), picked by the objective's id. */
export const objectiveHues = 6;

export interface CardFacts {
  readonly card: BoardCard;
  readonly objective: BoardObjective | undefined;
  readonly hue: number;
  readonly daysSinceCheckIn: number | undefined;
  readonly reminderDays: number;
}

/** The element of a card and its parts, kept so that an update touches only what changed. */
export interface CardElement {
  readonly root: HTMLElement;
  readonly objective: HTMLElement;
  readonly title: HTMLElement;
  readonly grade: HTMLButtonElement;
  readonly progress: HTMLElement;
  readonly checkIn: HTMLElement;
  readonly checkInText: HTMLElement;
  /** "3 commits this quarter": opens them. */
  readonly commits: HTMLButtonElement;
  readonly tags: HTMLElement;
  readonly open: HTMLButtonElement;
  /** The key result's next-step stories, each with a check box. */
  readonly stories: HTMLElement;
  /** What was last rendered; equal facts skip the DOM entirely. */
  key: string;
}

let template: HTMLElement | undefined;

/**
 * The card skeleton is built once and cloned: cloning is several times faster than
 * createElement per part. Few nodes per card (the colour dot and progress bar are CSS
 * pseudo-elements) keep 1,000 cards cheap to build and lay out.
 */
function cardTemplate(): HTMLElement {
  if (template) return template;
  const root = element('article', 'card');
  root.tabIndex = -1;
  root.setAttribute('role', 'listitem');
  root.setAttribute('aria-roledescription', 'key result card');
  // dir=auto: a right-to-left title lays out right to left without affecting the card.
  element('div', 'card-objective', root).dir = 'auto';
  element('div', 'card-title', root).dir = 'auto';
  const stories = element('ul', 'story-list card-stories', root);
  stories.hidden = true;
  const meta = element('div', 'card-meta', root);
  const grade = element('button', 'grade-chip', meta);
  grade.type = 'button';
  grade.tabIndex = -1;
  element('span', 'card-progress', meta);
  const checkIn = element('span', 'card-checkin', meta);
  element('span', 'codicon codicon-comment-discussion', checkIn).setAttribute('aria-hidden', 'true');
  element('span', 'card-checkin-text', checkIn);
  const commits = element('button', 'icon-button card-commits', meta);
  commits.type = 'button';
  commits.tabIndex = -1;
  commits.hidden = true;
  element('span', 'codicon codicon-git-commit', commits).setAttribute('aria-hidden', 'true');
  element('span', 'card-commits-text', commits);
  const open = element('button', 'icon-button card-open codicon codicon-go-to-file', meta);
  open.type = 'button';
  open.tabIndex = -1;
  open.title = boardText('openInEditor');
  open.setAttribute('aria-label', boardText('openInEditorLabel'));
  element('div', 'card-tags', root);
  template = root;
  return root;
}

export function createCard(id: string): CardElement {
  const root = cardTemplate().cloneNode(true) as HTMLElement;
  root.dataset.cardId = id;
  const [objective, title, stories, meta, tags] = root.children as unknown as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
  const [grade, progress, checkIn, commits, open] = meta.children as unknown as [HTMLButtonElement, HTMLElement, HTMLElement, HTMLButtonElement, HTMLButtonElement];
  return { root, objective, title, grade, progress, checkIn, checkInText: checkIn.lastElementChild as HTMLElement, commits, tags, open, stories, key: '' };
}

/**
 * Fills a list of stories, each a native check box with its text as the label, so a click
 * on the text ticks it too and screen readers announce it as a check box. `tabbable` puts
 * the boxes in the tab order (only the active card's are). The same stories are updated in
 * place, so a box that was just ticked keeps the keyboard focus.
 */
export function renderStories(list: HTMLElement, stories: readonly BoardStory[], tabbable: boolean): void {
  const items = [...list.children] as HTMLElement[];
  const same = items.length === stories.length && stories.every((story, index) => items[index]?.dataset.storyId === story.id);
  if (!same) {
    list.replaceChildren(
      ...stories.map((story) => {
        const item = element('li', 'story');
        item.dataset.storyId = story.id;
        const label = element('label', 'story-label', item);
        const box = element('input', 'story-box', label);
        box.type = 'checkbox';
        box.dataset.storyId = story.id;
        element('span', 'story-text', label).dir = 'auto';
        return item;
      }),
    );
  }
  stories.forEach((story, index) => {
    const item = list.children[index] as HTMLElement;
    const box = item.querySelector('input') as HTMLInputElement;
    const text = item.querySelector('.story-text') as HTMLElement;
    item.classList.toggle('done', story.done);
    box.checked = story.done;
    box.tabIndex = tabbable ? 0 : -1;
    if (text.textContent !== story.text) text.textContent = story.text;
  });
  list.hidden = stories.length === 0;
  list.setAttribute('aria-label', boardCount(stories.length, 'storiesOne', 'storiesOther'));
}

/** Puts a card and its controls in the tab order (the roving focus's one card) or takes them out. */
export function setCardTabStops(view: CardElement, active: boolean): void {
  const tabIndex = active ? 0 : -1;
  view.root.tabIndex = tabIndex;
  view.grade.tabIndex = tabIndex;
  view.commits.tabIndex = tabIndex;
  view.open.tabIndex = tabIndex;
  for (const box of view.stories.querySelectorAll<HTMLInputElement>('.story-box')) box.tabIndex = tabIndex;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

function factsKey(facts: CardFacts): string {
  const { card, objective } = facts;
  return JSON.stringify([card, objective?.title, objective?.career, facts.hue, facts.daysSinceCheckIn, objective?.checkInsKnown, facts.reminderDays]);
}

/** Brings a card's DOM in line with its facts; returns false when nothing had changed. */
export function updateCard(view: CardElement, facts: CardFacts): boolean {
  const key = factsKey(facts);
  if (key === view.key) return false;
  view.key = key;
  const { card, objective } = facts;
  const root = view.root;
  root.dataset.status = card.status;
  root.dataset.objectiveId = card.objectiveId;
  root.className = `card hue-${facts.hue}`;

  view.objective.textContent = objective?.title ?? '';
  if (card.title) {
    view.title.textContent = card.title;
    // Long titles are clipped visually; the full text stays available as a tooltip.
    view.title.title = card.title;
  } else {
    // A key result without a title (often a misspelt `title:`) is still a card someone can find and fix.
    const warning = element('span', 'codicon codicon-warning');
    warning.setAttribute('aria-hidden', 'true');
    const id = element('span', 'card-id');
    id.textContent = card.keyResultId;
    view.title.replaceChildren(warning, id);
    view.title.title = boardText('untitled', card.keyResultId);
  }
  view.title.classList.toggle('untitled', !card.title);

  const band = card.grade === undefined ? 'none' : scoreBand(card.grade);
  view.grade.className = `grade-chip band-${band}`;
  view.grade.textContent = formatScore(card.grade);
  view.grade.setAttribute('aria-label', card.grade === undefined ? boardText('notGradedLabel') : boardText('gradeLabel', formatScore(card.grade)));
  view.grade.title = card.grade === undefined ? boardText('setGradeTitle') : boardText('gradeTitle', formatScore(card.grade), boardText(bandKeys[band]));

  if (card.target === undefined) {
    view.progress.hidden = true;
  } else {
    view.progress.hidden = false;
    const current = currentValue(card);
    const unit = card.unit ? ` ${card.unit}` : '';
    view.progress.textContent = `${formatNumber(current)} / ${formatNumber(card.target)}${unit}`;
    const share = keyResultProgress(card) ?? 0;
    // The bar is the ::after of the text; CSSOM writes are allowed by the CSP (style attributes in markup are not).
    view.progress.style.setProperty('--progress', String(Math.round(share * 100) / 100));
    view.progress.title =
      card.baseline === undefined
        ? boardText('progressTitle', formatNumber(current), `${formatNumber(card.target)}${unit}`)
        : boardText('progressFromTitle', formatNumber(current), `${formatNumber(card.target)}${unit}`, formatNumber(card.baseline));
  }

  const days = facts.daysSinceCheckIn;
  if (!objective?.checkInsKnown) {
    view.checkIn.hidden = true;
  } else {
    view.checkIn.hidden = false;
    view.checkInText.textContent = days === undefined ? boardText('checkInNone') : boardText('checkInDays', days);
    view.checkIn.classList.toggle('stale', days === undefined || days > facts.reminderDays);
    view.checkIn.title = days === undefined ? boardText('noCheckInTitle') : boardCount(days, 'checkInDaysOne', 'checkInDaysOther');
  }

  renderStories(view.stories, card.stories ?? [], view.root.tabIndex === 0);

  view.commits.hidden = card.commits === undefined;
  (view.commits.lastElementChild as HTMLElement).textContent = card.commits ?? '';
  view.commits.title = card.commits === undefined ? '' : boardText('commitsTitle', card.commits);
  view.commits.setAttribute('aria-label', card.commits === undefined ? boardText('noCommits') : boardText('commitsLabel', card.commits));

  const career = objective?.career ?? [];
  if (view.tags.childElementCount !== career.length || career.some((area, index) => view.tags.children[index]?.textContent !== area)) {
    view.tags.replaceChildren(
      ...career.map((area) => {
        const tag = element('span', 'tag');
        tag.textContent = area;
        return tag;
      }),
    );
  }
  view.tags.hidden = career.length === 0;
  view.objective.title = objective?.title ?? '';

  const parts = [
    card.title || boardText('cardNoTitle', card.keyResultId),
    boardText('cardObjective', objective?.title ?? ''),
    card.grade === undefined ? boardText('cardNotGraded') : boardText('cardGrade', formatScore(card.grade)),
  ];
  if (card.target !== undefined) parts.push(boardText('cardProgress', formatNumber(currentValue(card)), `${formatNumber(card.target)}${card.unit ? ` ${card.unit}` : ''}`));
  const open = (card.stories ?? []).filter((story) => !story.done).length;
  if (card.stories && card.stories.length > 0) parts.push(boardText('cardStoriesOpen', open, card.stories.length));
  if (card.commits !== undefined) parts.push(card.commits);
  root.setAttribute('aria-label', parts.join(', '));
  return true;
}
