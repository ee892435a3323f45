// One card's DOM. Every user-written string goes in with textContent or as an attribute
// value set through the DOM API, never as markup: a title like `<img onerror=…>` stays text.

import { currentValue, formatScore, keyResultProgress, scoreBand } from '../../src/core/scoring.js';
import type { BoardCard, BoardColumn, BoardObjective } from '../../src/protocol/boardProtocol.js';

export const columnTitles: Record<BoardColumn, string> = { todo: 'To do', doing: 'Doing', done: 'Done', dropped: 'Dropped' };

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
  readonly tags: HTMLElement;
  readonly open: HTMLButtonElement;
  /** What was last rendered; equal facts skip the DOM entirely. */
  key: string;
}

let template: HTMLElement | undefined;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  parent?.appendChild(node);
  return node;
}

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
  const meta = element('div', 'card-meta', root);
  const grade = element('button', 'grade-chip', meta);
  grade.type = 'button';
  grade.tabIndex = -1;
  element('span', 'card-progress', meta);
  const checkIn = element('span', 'card-checkin', meta);
  element('span', 'codicon codicon-comment-discussion', checkIn).setAttribute('aria-hidden', 'true');
  element('span', 'card-checkin-text', checkIn);
  const open = element('button', 'icon-button card-open codicon codicon-go-to-file', meta);
  open.type = 'button';
  open.tabIndex = -1;
  open.title = 'Open in editor';
  open.setAttribute('aria-label', 'Open key result in editor');
  element('div', 'card-tags', root);
  template = root;
  return root;
}

export function createCard(id: string): CardElement {
  const root = cardTemplate().cloneNode(true) as HTMLElement;
  root.dataset.cardId = id;
  const [objective, title, meta, tags] = root.children as unknown as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
  const [grade, progress, checkIn, open] = meta.children as unknown as [HTMLButtonElement, HTMLElement, HTMLElement, HTMLButtonElement];
  return { root, objective, title, grade, progress, checkIn, checkInText: checkIn.lastElementChild as HTMLElement, tags, open, key: '' };
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
    view.title.title = `Key result "${card.keyResultId}" has no title: add a title: line to it in the goal file.`;
  }
  view.title.classList.toggle('untitled', !card.title);

  const band = card.grade === undefined ? 'none' : scoreBand(card.grade);
  view.grade.className = `grade-chip band-${band}`;
  view.grade.textContent = formatScore(card.grade);
  view.grade.setAttribute('aria-label', card.grade === undefined ? 'Not graded; set grade' : `Grade ${formatScore(card.grade)}; change grade`);
  view.grade.title = card.grade === undefined ? 'Set grade (0.0–1.0)' : `Grade ${formatScore(card.grade)}: ${band} band. Change…`;

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
    view.progress.title = `Progress ${formatNumber(current)} of ${formatNumber(card.target)}${unit}${card.baseline === undefined ? '' : `, from ${formatNumber(card.baseline)}`}`;
  }

  const days = facts.daysSinceCheckIn;
  if (!objective?.checkInsKnown) {
    view.checkIn.hidden = true;
  } else {
    view.checkIn.hidden = false;
    view.checkInText.textContent = days === undefined ? 'none' : `${days}d`;
    view.checkIn.classList.toggle('stale', days === undefined || days > facts.reminderDays);
    view.checkIn.title = days === undefined ? 'No check-in on this objective yet' : `${days} day${days === 1 ? '' : 's'} since the objective's last check-in`;
  }

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

  const parts = [card.title || `${card.keyResultId}, no title`, `objective ${objective?.title ?? ''}`, card.grade === undefined ? 'not graded' : `grade ${formatScore(card.grade)}`];
  if (card.target !== undefined) parts.push(`progress ${formatNumber(currentValue(card))} of ${formatNumber(card.target)}${card.unit ? ` ${card.unit}` : ''}`);
  root.setAttribute('aria-label', parts.join(', '));
  return true;
}
