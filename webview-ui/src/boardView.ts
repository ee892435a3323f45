// The board's DOM: columns (KR statuses), optional swimlanes (objectives) and cards keyed
// by id. A change to one card updates and, if needed, moves that one element; only a
// change of layout (filters, swimlanes, a new or renamed objective) re-places every card,
// and even then card elements are reused, never rebuilt.

import { formatScore, scoreBand } from '../../src/core/scoring.js';
import { boardColumns, type BoardColumn, type BoardObjective } from '../../src/protocol/boardProtocol.js';
import { cardIdOf, routeBoardClicks, type BoardClickActions } from './boardClicks.js';
import type { BoardStore, StoreChange } from './boardStore.js';
import { boardCount, boardText, gradedNoteText } from './boardText.js';
import { cardMatches, compareObjectives, objectiveMatches, searchWords, type BoardFilters } from './cardFilter.js';
import { cardName, columnTitle, createCard, objectiveHues, renderStories, updateCard, type CardElement } from './cardView.js';
import { element, icon } from './dom.js';
import { KeyboardCarry } from './keyboardCarry.js';
import { LaneDragDrop } from './laneDragDrop.js';
import { RovingFocus } from './rovingFocus.js';

/** What the board asks of its host page: the click actions (focus is the view's own), a move and an announcement. */
export interface BoardViewActions extends Omit<BoardClickActions, 'focusCard'> {
  move(cardId: string, status: BoardColumn): void;
  announce(text: string): void;
}

export interface BoardLayout {
  readonly filters: BoardFilters;
  readonly swimlanes: boolean;
  readonly showDropped: boolean;
}

/** The lane key of the single lane used when swimlanes are off. */
const allLane = '*';

/**
 * Cards placed before the first paint: more than a screenful (swimlanes stack a few cards
 * per lane; without them the first objectives' cards must fill four columns), then a slice
 * per task after it.
 */
const firstSlice = { swimlanes: 30, columns: 60 };
const laterSlice = 200;

interface LaneHeader {
  readonly root: HTMLElement;
  readonly title: HTMLElement;
  readonly quarter: HTMLElement;
  readonly score: HTMLElement;
  /** `1 of 3 graded` beside a partial score. */
  readonly graded: HTMLElement;
  readonly checkIn: HTMLElement;
  readonly count: HTMLElement;
  /** Lane headers only: the objective's own stories (those naming no key result), folded. */
  readonly stories?: { readonly root: HTMLDetailsElement; readonly summary: HTMLElement; readonly list: HTMLElement };
  key: string;
}

/** The fields of an objective whose change alters the layout (order, filter match), not only its text. */
function layoutFields(objective: BoardObjective | undefined): string {
  return objective ? JSON.stringify([objective.title, objective.quarter, objective.career, objective.status, (objective.openStories ?? 0) > 0]) : '';
}

export class BoardView {
  readonly element: HTMLElement;
  private readonly columnHeader: HTMLElement;
  private readonly columnCounts = new Map<BoardColumn, HTMLElement>();
  private readonly droppedToggle: HTMLButtonElement;
  private readonly strip: HTMLElement;
  private readonly lanesElement: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly cards = new Map<string, CardElement>();
  /** Card lists by `${lane}:${column}`. */
  private lists = new Map<string, HTMLElement>();
  private laneHeaders = new Map<string, LaneHeader>();
  private stripChips = new Map<string, LaneHeader>();
  private hues = new Map<string, number>();
  private ranks = new Map<string, number>();
  private objectiveLayout = new Map<string, string>();
  private words: string[] = [];
  private readonly focus: RovingFocus;
  private readonly carry: KeyboardCarry;
  private readonly dragDrop: LaneDragDrop;
  /** Set while a focused card's element is moved: Chromium's focusout then is not the user leaving. */
  private movingFocusedCard = false;
  /** Visible objectives in display order, and how many of them fill() has placed. */
  private objectivesToFill: BoardObjective[] = [];
  private nextObjective = 0;
  private sliceTimer: ReturnType<typeof setTimeout> | undefined;
  private sliceFrame: number | undefined;
  private layout: BoardLayout;

  constructor(
    private readonly store: BoardStore,
    private readonly actions: BoardViewActions,
    layout: BoardLayout,
  ) {
    this.layout = layout;
    this.element = element('main', 'board');
    this.element.setAttribute('aria-label', boardText('boardLabel'));
    this.strip = element('div', 'objective-strip', this.element);
    this.strip.setAttribute('aria-label', boardText('objectivesLabel'));
    this.columnHeader = element('div', 'column-header', this.element);
    this.droppedToggle = element('button', 'icon-button dropped-toggle');
    this.droppedToggle.type = 'button';
    icon('chevron-left', this.droppedToggle);
    for (const column of boardColumns) {
      const cell = element('div', `column-title column-${column}`, this.columnHeader);
      cell.dataset.column = column;
      const name = element('span', 'column-name', cell);
      name.textContent = columnTitle(column);
      const count = element('span', 'count-badge', cell);
      this.columnCounts.set(column, count);
      if (column === 'dropped') cell.appendChild(this.droppedToggle);
    }
    this.lanesElement = element('div', 'lanes', this.element);
    this.empty = element('div', 'board-empty', this.element);
    this.empty.hidden = true;

    this.focus = new RovingFocus(this.cards, this.lanesElement);
    this.carry = new KeyboardCarry({
      cardTitle: (cardId) => {
        const card = this.store.cards.get(cardId);
        return card && cardName(card);
      },
      columns: () => (this.layout.showDropped ? boardColumns : boardColumns.filter((column) => column !== 'dropped')),
      preview: (cardId, column) => this.moveElementTo(cardId, column),
      putBack: (cardId) => this.place(cardId),
      move: (cardId, column) => this.actions.move(cardId, column),
      announce: (text) => this.actions.announce(text),
    });
    this.dragDrop = new LaneDragDrop(this.element, {
      list: (laneKey, column) => this.lists.get(`${laneKey}:${column}`),
      dropped: (cardId, column) => this.onDrop(cardId, column),
    });
    this.droppedToggle.addEventListener('click', () => this.setLayout({ ...this.layout, showDropped: !this.layout.showDropped }, true));
    routeBoardClicks(this.element, {
      focusCard: (cardId) => this.cards.get(cardId)?.root.focus(),
      grade: (cardId, anchor) => this.actions.grade(cardId, anchor),
      open: (cardId) => this.actions.open(cardId),
      openCommits: (cardId) => this.actions.openCommits(cardId),
      addCheckIn: (objectiveId) => this.actions.addCheckIn(objectiveId),
      addKeyResult: (objectiveId) => this.actions.addKeyResult(objectiveId),
      tickStory: (storyId, done) => this.actions.tickStory(storyId, done),
    });
    this.element.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.element.addEventListener('focusin', (event) => {
      const card = cardIdOf(event.target);
      const carried = this.carry.carriedCardId;
      if (carried !== undefined && carried !== card && !this.movingFocusedCard) this.cancelCarry();
      if (card) this.focus.setActive(card);
    });
    this.element.addEventListener('focusout', (event) => {
      // Moving focus out of a carried card (a click elsewhere) puts it back.
      if (this.movingFocusedCard) return;
      if (this.carry.carriedCardId !== undefined && !this.element.contains(event.relatedTarget as Node | null)) this.cancelCarry();
    });
  }

  get currentLayout(): BoardLayout {
    return this.layout;
  }

  /** Changes filters or swimlanes; everything is re-placed (card elements are reused). */
  setLayout(layout: BoardLayout, announce = false): void {
    this.layout = layout;
    this.renderAll();
    this.element.dispatchEvent(new CustomEvent('layoutchange', { bubbles: true }));
    if (announce) this.actions.announce(boardText(layout.showDropped ? 'droppedExpanded' : 'droppedCollapsed'));
  }

  /** The first render after `init`, and any re-layout. */
  renderAll(): void {
    this.cancelCarry(false);
    this.words = searchWords(this.layout.filters.search);
    this.computeOrder();
    for (const [id, view] of this.cards) if (!this.store.cards.has(id)) this.dropCard(id, view);
    this.buildLanes();
    // Top lanes first: a screenful is built before the first paint, the rest in slices right
    // after it, so a board of 1,000 cards shows as fast as one of 100. Cards of objectives
    // that are filtered out stay in their old, detached lists until they are shown again.
    this.fill(this.layout.swimlanes ? firstSlice.swimlanes : firstSlice.columns);
    this.updateCounts();
    this.focus.ensureActive();
    this.fillRest();
  }

  /** Whether every lane and card has been placed (the slices after the first paint are done). */
  get settled(): boolean {
    return this.nextObjective >= this.objectivesToFill.length;
  }

  /** Builds lanes (with swimlanes) and places their cards, objective by objective, until `budget` cards. */
  private fill(budget: number): void {
    let placed = 0;
    while (placed < budget && this.nextObjective < this.objectivesToFill.length) {
      const objective = this.objectivesToFill[this.nextObjective++] as BoardObjective;
      if (this.layout.swimlanes) {
        this.lanesElement.appendChild(this.buildLane(objective.id, objective));
        this.updateObjectiveHeaders(objective.id);
      }
      const ids = [...(this.store.cardsOfObjective.get(objective.id) ?? [])];
      ids.sort((a, b) => (this.store.cards.get(a)?.index ?? 0) - (this.store.cards.get(b)?.index ?? 0));
      for (const id of ids) this.place(id);
      placed += ids.length;
    }
  }

  /** Fills the rest a slice per task, starting after the next frame is painted. */
  private fillRest(afterFrame = true): void {
    if (this.sliceTimer !== undefined) clearTimeout(this.sliceTimer);
    if (this.sliceFrame !== undefined) cancelAnimationFrame(this.sliceFrame);
    this.sliceTimer = undefined;
    this.sliceFrame = undefined;
    if (this.settled) return;
    const slice = (): void => {
      this.sliceTimer = undefined;
      this.fill(laterSlice);
      this.updateCounts();
      if (!this.settled) this.fillRest(false);
    };
    // A timer set now could run before the first frame; one set from a frame callback runs after it.
    if (afterFrame) this.sliceFrame = requestAnimationFrame(() => (this.sliceTimer = setTimeout(slice, 0)));
    else this.sliceTimer = setTimeout(slice, 0);
  }

  /** Applies what one host message (or local edit) changed. */
  apply(change: StoreChange): void {
    let relayout = change.removedObjectives.size > 0;
    for (const id of change.objectives) {
      if (this.objectiveLayout.get(id) !== layoutFields(this.store.objectives.get(id))) relayout = true;
    }
    if (relayout) {
      this.renderAll();
      return;
    }
    for (const id of change.removedCards) {
      const view = this.cards.get(id);
      if (view) this.dropCard(id, view);
    }
    const touched = new Set(change.cards);
    // A check-in date or score lives on the objective: its cards show it too.
    for (const objectiveId of change.objectives) {
      this.updateObjectiveHeaders(objectiveId);
      for (const id of this.store.cardsOfObjective.get(objectiveId) ?? []) touched.add(id);
    }
    for (const id of touched) this.place(id);
    this.updateCounts();
    this.focus.ensureActive();
  }

  /** Draws the objectives' own stories again (a refused tick: the native box already changed). */
  resetObjectiveStories(): void {
    for (const [objectiveId, header] of this.laneHeaders) {
      header.key = '';
      this.updateObjectiveHeaders(objectiveId);
    }
  }

  /** Scrolls an objective into view (building its lane first if the slices have not reached it) and focuses its first card. */
  revealObjective(objectiveId: string): void {
    while (!this.settled && !this.laneHeaders.has(objectiveId) && !this.stripChips.has(objectiveId)) this.fill(laterSlice);
    this.updateCounts();
    const target = this.laneHeaders.get(objectiveId)?.root ?? this.stripChips.get(objectiveId)?.root;
    target?.scrollIntoView({ block: 'start' });
    const first = this.layout.swimlanes
      ? target?.parentElement?.querySelector<HTMLElement>('.card')
      : this.lanesElement.querySelector<HTMLElement>(`.card[data-objective-id="${objectiveId}"]`);
    first?.focus({ preventScroll: true });
  }

  private computeOrder(): void {
    const objectives = [...this.store.objectives.values()].sort(compareObjectives);
    this.ranks = new Map(objectives.map((objective, index) => [objective.id, index]));
    this.hues = new Map();
    this.objectiveLayout = new Map();
    for (const objective of objectives) {
      // Colour by the id's number, not the rank: a colour should not change when another objective is added.
      this.hues.set(objective.id, Number(objective.id.slice(1)) % objectiveHues);
      this.objectiveLayout.set(objective.id, layoutFields(objective));
    }
  }

  private visibleObjectives(): BoardObjective[] {
    const { filters } = this.layout;
    const visible = [...this.store.objectives.values()].filter((objective) => objectiveMatches(objective, filters));
    visible.sort((a, b) => (this.ranks.get(a.id) ?? 0) - (this.ranks.get(b.id) ?? 0));
    if (this.words.length === 0) return visible;
    // While searching, an objective without a matching card is noise.
    return visible.filter((objective) => {
      for (const id of this.store.cardsOfObjective.get(objective.id) ?? []) {
        const card = this.store.cards.get(id);
        if (card && cardMatches(card, objective, filters, this.words)) return true;
      }
      return false;
    });
  }

  private buildLanes(): void {
    this.dragDrop.reset();
    this.lists = new Map();
    this.laneHeaders = new Map();
    this.stripChips = new Map();
    const objectives = this.visibleObjectives();
    const { swimlanes, showDropped } = this.layout;
    this.element.classList.toggle('swimlanes', swimlanes);
    this.element.classList.toggle('dropped-collapsed', !showDropped);
    this.droppedToggle.setAttribute('aria-label', boardText(showDropped ? 'collapseDroppedLabel' : 'expandDroppedLabel'));
    this.droppedToggle.setAttribute('aria-expanded', String(showDropped));
    this.droppedToggle.title = boardText(showDropped ? 'collapseDropped' : 'expandDropped');
    (this.droppedToggle.firstElementChild as HTMLElement).className = `codicon codicon-${showDropped ? 'chevron-right' : 'chevron-left'}`;

    this.objectivesToFill = objectives;
    this.nextObjective = 0;
    if (swimlanes) {
      // Lanes are built by fill(), top ones first.
      this.lanesElement.replaceChildren();
      this.strip.replaceChildren();
      this.strip.hidden = true;
    } else {
      this.lanesElement.replaceChildren(this.buildLane(allLane, undefined));
      this.strip.replaceChildren(...objectives.map((objective) => this.buildStripChip(objective)));
      this.strip.hidden = objectives.length === 0;
      for (const objective of objectives) this.updateObjectiveHeaders(objective.id);
    }
    this.empty.hidden = objectives.length > 0;
    this.empty.textContent = boardText(this.store.objectives.size === 0 ? 'emptyNoGoals' : 'emptyNoMatch');
  }

  private buildLane(laneKey: string, objective: BoardObjective | undefined): HTMLElement {
    const lane = element('section', 'lane');
    lane.dataset.lane = laneKey;
    if (objective) {
      const header = this.buildObjectiveHeader(objective, 'lane-header', 'h2');
      lane.appendChild(header.root);
      if (header.stories) lane.appendChild(header.stories.root);
      lane.setAttribute('aria-label', boardText('laneLabel', objective.title));
      this.laneHeaders.set(objective.id, header);
    }
    const row = element('div', 'lane-row', lane);
    for (const column of boardColumns) {
      const list = element('div', `card-list column-${column}`, row);
      list.dataset.column = column;
      list.dataset.lane = laneKey;
      list.setAttribute('role', 'list');
      list.setAttribute('aria-label', objective ? boardText('listLabel', columnTitle(column), objective.title) : columnTitle(column));
      this.lists.set(`${laneKey}:${column}`, list);
    }
    return lane;
  }

  private buildStripChip(objective: BoardObjective): HTMLElement {
    const chip = this.buildObjectiveHeader(objective, 'strip-chip', 'span');
    this.stripChips.set(objective.id, chip);
    return chip.root;
  }

  /** A lane header or a strip chip: colour, title, quarter, score, check-in age, add check-in. */
  private buildObjectiveHeader(objective: BoardObjective, className: string, titleTag: 'h2' | 'span'): LaneHeader {
    const root = element('div', `${className} hue-${this.hues.get(objective.id) ?? 0}`);
    root.dataset.objectiveId = objective.id;
    element('span', 'objective-dot', root).setAttribute('aria-hidden', 'true');
    const title = element(titleTag, 'objective-title', root);
    title.dir = 'auto';
    const quarter = element('span', 'objective-quarter', root);
    const score = element('span', 'score-chip', root);
    const graded = element('span', 'objective-graded', root);
    const checkIn = element('span', 'objective-checkin', root);
    const count = element('span', 'objective-count', root);
    const add = element('button', 'icon-button add-check-in', root);
    add.type = 'button';
    add.dataset.action = 'add-check-in';
    add.title = boardText('addCheckIn');
    icon('comment-discussion', add);
    const label = element('span', 'button-label', add);
    label.textContent = boardText('checkInButton');
    const addKeyResult = element('button', 'icon-button add-key-result', root);
    addKeyResult.type = 'button';
    addKeyResult.dataset.action = 'add-key-result';
    addKeyResult.title = boardText('addKeyResult');
    icon('add', addKeyResult);
    element('span', 'button-label', addKeyResult).textContent = boardText('keyResultButton');
    if (titleTag === 'span') return { root, title, quarter, score, graded, checkIn, count, key: '' };
    const details = element('details', 'objective-stories');
    details.dataset.objectiveId = objective.id;
    const summary = element('summary', 'objective-stories-summary', details);
    const list = element('ul', 'story-list', details);
    return { root, title, quarter, score, graded, checkIn, count, stories: { root: details, summary, list }, key: '' };
  }

  private updateObjectiveHeaders(objectiveId: string): void {
    const objective = this.store.objectives.get(objectiveId);
    if (!objective) return;
    const score = this.store.objectiveScore(objectiveId);
    const note = score === undefined ? undefined : gradedNoteText(this.store.objectiveGraded(objectiveId));
    const days = this.store.daysSinceCheckIn(objective);
    for (const header of [this.laneHeaders.get(objectiveId), this.stripChips.get(objectiveId)]) {
      if (!header) continue;
      const key = JSON.stringify([objective, score, note, days, this.store.reminderDays]);
      if (key === header.key) continue;
      header.key = key;
      header.title.textContent = objective.title;
      header.title.title = objective.title;
      header.quarter.textContent = objective.quarter ?? boardText('backlog');
      header.quarter.hidden = this.layout.filters.quarter === objective.quarter;
      header.score.textContent = formatScore(score);
      header.score.className = `score-chip band-${score === undefined ? 'none' : scoreBand(score)}`;
      header.score.title =
        score === undefined ? boardText('notScored') : note ? boardText('objectiveScoreNote', formatScore(score), note) : boardText('objectiveScore', formatScore(score));
      header.score.setAttribute('aria-label', header.score.title);
      header.graded.textContent = note ?? '';
      header.graded.hidden = note === undefined;
      header.checkIn.hidden = !objective.checkInsKnown;
      header.checkIn.textContent = days === undefined ? boardText('noCheckInYet') : days === 0 ? boardText('checkedInToday') : boardText('lastCheckIn', days);
      header.checkIn.classList.toggle('stale', days === undefined || days > this.store.reminderDays);
      if (header.stories) {
        const stories = objective.stories ?? [];
        const open = stories.filter((story) => !story.done).length;
        renderStories(header.stories.list, stories, true);
        header.stories.root.hidden = stories.length === 0;
        header.stories.summary.textContent = boardCount(stories.length, 'nextStepsOne', 'nextStepsOther', open);
      }
      header.root.querySelector('.add-check-in')?.setAttribute('aria-label', boardText('addCheckInTo', objective.title));
      header.root.querySelector('.add-key-result')?.setAttribute('aria-label', boardText('addKeyResultTo', objective.title));
    }
  }

  private laneOf(objectiveId: string): string {
    return this.layout.swimlanes ? objectiveId : allLane;
  }

  /** Creates or updates a card and moves it to its list, in file order (or out of the DOM when filtered out). */
  private place(id: string): void {
    const card = this.store.cards.get(id);
    if (!card) return;
    const objective = this.store.objectives.get(card.objectiveId);
    let view = this.cards.get(id);
    if (!view) {
      view = createCard(id);
      this.cards.set(id, view);
    }
    updateCard(view, {
      card,
      objective,
      hue: this.hues.get(card.objectiveId) ?? 0,
      daysSinceCheckIn: objective ? this.store.daysSinceCheckIn(objective) : undefined,
      reminderDays: this.store.reminderDays,
    });
    view.root.classList.toggle('pending', this.store.hasPending(id));
    if (this.carry.carriedCardId === id) return;
    const visible = cardMatches(card, objective, this.layout.filters, this.words) && (card.status !== 'dropped' || this.layout.showDropped);
    const list = visible ? this.lists.get(`${this.laneOf(card.objectiveId)}:${card.status}`) : undefined;
    if (!list) {
      if (view.root.parentElement) this.detach(id, view);
      return;
    }
    const order = (this.ranks.get(card.objectiveId) ?? 0) * 100_000 + card.index;
    if (view.root.parentElement === list && view.root.dataset.order === String(order)) return;
    view.root.dataset.order = String(order);
    this.insertSorted(list, view.root, order);
  }

  private insertSorted(list: HTMLElement, node: HTMLElement, order: number): void {
    const hadFocus = document.activeElement === node;
    let before: Element | null = null;
    // Most moves land at the end of a list (file order), so scan from the end.
    for (let child = list.lastElementChild; child; child = child.previousElementSibling) {
      if (child === node) continue;
      if (Number((child as HTMLElement).dataset.order) <= order) break;
      before = child;
    }
    if (node.parentElement !== list || node.nextElementSibling !== before) {
      // Chromium blurs a focused element that is moved (firing focusout); that is not the user leaving.
      this.movingFocusedCard = hadFocus;
      list.insertBefore(node, before);
      this.movingFocusedCard = false;
    }
    if (hadFocus) node.focus();
  }

  private detach(id: string, view: CardElement): void {
    const hadFocus = view.root.contains(document.activeElement);
    view.root.remove();
    this.focus.forget(id);
    if (hadFocus) this.focus.ensureActive(true);
  }

  private dropCard(id: string, view: CardElement): void {
    this.detach(id, view);
    this.cards.delete(id);
  }

  private updateCounts(): void {
    const counts: Record<BoardColumn, number> = { todo: 0, doing: 0, done: 0, dropped: 0 };
    const perObjective = new Map<string, number>();
    // The objective filters are checked once per objective, not once per card.
    const objectiveShown = new Map<string, boolean>();
    for (const card of this.store.cards.values()) {
      let shown = objectiveShown.get(card.objectiveId);
      const objective = this.store.objectives.get(card.objectiveId);
      if (shown === undefined) {
        shown = objective !== undefined && objectiveMatches(objective, this.layout.filters);
        objectiveShown.set(card.objectiveId, shown);
      }
      if (!shown || (this.words.length > 0 && !cardMatches(card, objective, this.layout.filters, this.words))) continue;
      counts[card.status]++;
      if (card.status !== 'dropped' || this.layout.showDropped) perObjective.set(card.objectiveId, (perObjective.get(card.objectiveId) ?? 0) + 1);
    }
    for (const column of boardColumns) {
      const badge = this.columnCounts.get(column);
      if (badge) {
        badge.textContent = String(counts[column]);
        badge.setAttribute('aria-label', boardCount(counts[column], 'keyResultsOne', 'keyResultsOther'));
      }
    }
    for (const [objectiveId, header] of this.laneHeaders) {
      const shown = perObjective.get(objectiveId) ?? 0;
      header.count.textContent = boardCount(shown, 'krCountOne', 'krCountOther');
    }
  }

  private onDrop(cardId: string, column: BoardColumn): void {
    const card = this.store.cards.get(cardId);
    if (!card || card.status === column) return;
    this.actions.move(cardId, column);
    this.actions.announce(boardText('moved', cardName(card), columnTitle(column)));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('card')) return;
    const cardId = target.dataset.cardId;
    const card = cardId ? this.store.cards.get(cardId) : undefined;
    if (!cardId || !card) return;
    if (this.carry.carriedCardId === undefined && this.focus.navigate(target, event.key)) {
      event.preventDefault();
      return;
    }
    const column = (target.parentElement?.dataset.column as BoardColumn | undefined) ?? card.status;
    if (this.carry.onKey(target, event.key, cardId, column)) event.preventDefault();
  }

  private moveElementTo(cardId: string, column: BoardColumn): void {
    const card = this.store.cards.get(cardId);
    const view = this.cards.get(cardId);
    const list = card ? this.lists.get(`${this.laneOf(card.objectiveId)}:${column}`) : undefined;
    if (!card || !view || !list) return;
    this.insertSorted(list, view.root, Number(view.root.dataset.order));
    view.root.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private cancelCarry(announce = true): void {
    const carried = this.carry.carriedCardId;
    if (carried !== undefined) this.carry.cancel(this.cards.get(carried)?.root, announce);
  }
}
