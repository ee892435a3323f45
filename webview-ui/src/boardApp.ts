// Wires the board together: host messages → store → view, user actions → optimistic store
// edit + a request to the host, and the filters/scroll the webview keeps across reloads.

import { formatScore } from '../../src/core/scoring.js';
import type { KeyResultStatus } from '../../src/core/model.js';
import { isQuarterFilter, unscheduledQuarter, type BoardColumn, type BoardViewState, type HostMessage } from '../../src/protocol/boardProtocol.js';
import { parseBoardStrings } from '../../src/protocol/webviewStrings.js';
import { Announcer } from './announcer.js';
import { BoardStore, emptyChange, type CardEdit } from './boardStore.js';
import { quarterSummary } from './boardSummary.js';
import { BoardView, type BoardLayout } from './boardView.js';
import { careerOptions, defaultFilters, objectiveMatches, objectiveOptions, quarterOptions, type BoardFilters, type QuarterOptionWords } from './cardFilter.js';
import { boardText, setBoardStrings } from './boardText.js';
import { cardName, columnTitle } from './cardView.js';
import { GradeEditor } from './gradeEditor.js';
import type { HostConnection } from './hostConnection.js';
import { MessageBar } from './messageBar.js';
import { Toolbar, type ToolbarState } from './toolbar.js';

/** A performance mark: when the frame that draws an `init`'s first cards begins. */
export const firstCardsMark = 'growth-backlog:first-cards';

const quarterWords = (): QuarterOptionWords => ({
  current: (quarter) => boardText('currentQuarter', quarter),
  backlog: boardText('unscheduledBacklog'),
  all: boardText('allQuarters'),
});

export class BoardApp {
  private readonly store = new BoardStore();
  private readonly announcer = new Announcer();
  private readonly messages = new MessageBar();
  private readonly gradeEditor = new GradeEditor();
  private readonly toolbar: Toolbar;
  private view: BoardView | undefined;
  /** What each unanswered request was, to explain a refusal. */
  private readonly requests = new Map<number, string>();
  private readonly saved: Partial<BoardViewState>;
  private scrollRestored = false;
  private scrollFrame = 0;
  private scroll = { top: 0, left: 0 };
  /** Shown until the host's `init` (the host first waits for the workspace index). */
  private readonly loading = document.createElement('p');

  constructor(
    private readonly root: HTMLElement,
    private readonly host: HostConnection,
  ) {
    this.saved = host.viewState();
    this.toolbar = new Toolbar((state) => this.onToolbar(state));
    this.loading.className = 'board-loading';
    root.append(this.toolbar.element, this.messages.element, this.loading, this.announcer.element, this.gradeEditor.element);
  }

  start(): void {
    // The saved quarter filter: the host posts its cards first, the other quarters' a frame later.
    const quarter = this.saved.quarter;
    this.host.listen((message) => this.receive(message), isQuarterFilter(quarter) ? quarter : undefined);
  }

  receive(message: HostMessage): void {
    switch (message.type) {
      case 'strings': {
        // Checked like every message: plain data with exactly the expected texts, or ignored.
        const strings = parseBoardStrings(message.strings);
        if (!strings) return;
        setBoardStrings(strings);
        this.loading.textContent = boardText('loading');
        this.toolbar.applyText();
        this.messages.applyText(boardText('dismiss'), boardText('dismissMessage'));
        this.gradeEditor.applyText();
        return;
      }
      case 'init': {
        this.store.init(message.snapshot);
        this.loading.remove();
        const layout = this.layoutAfterInit();
        this.ensureView().setLayout(layout);
        this.toolbar.restore({ filters: layout.filters, swimlanes: layout.swimlanes });
        this.restoreScroll();
        // The selects read their options' innerText (a layout): fill them after the board's first
        // frame. Then the host sends what the first cards left out (other quarters).
        requestAnimationFrame(() => {
          // The frame that draws the first cards begins (npm run bench:start reads the mark).
          performance.mark(firstCardsMark);
          setTimeout(() => {
            this.refreshToolbar();
            this.host.post({ type: 'firstCardsShown' });
          }, 0);
        });
        return;
      }
      case 'patch': {
        if (!this.view) return;
        const change = this.store.applyPatch(message);
        this.view.apply(change);
        if (change.objectives.size > 0 || change.removedObjectives.size > 0) this.refreshToolbar();
        else this.updateSummary();
        return;
      }
      case 'revealObjective':
        return this.revealObjective(message.objectiveId);
      case 'today':
        return this.changeDay(message.today);
      case 'reminderDays':
        this.view?.apply(this.store.setReminderDays(message.reminderDays));
        return;
      case 'editResult': {
        const what = this.requests.get(message.requestId) ?? boardText('requestChange');
        this.requests.delete(message.requestId);
        const resolved = this.store.resolve(message);
        if (resolved) this.view?.apply(resolved.change);
        else if (!message.ok) this.view?.resetObjectiveStories();
        this.updateSummary();
        if (!message.ok) {
          // The message bar is an alert: screen readers read it without a second announcement.
          this.messages.show(boardText('couldNot', what, message.reason ?? boardText('editFailed')));
        }
        return;
      }
    }
  }

  private ensureView(): BoardView {
    if (this.view) return this.view;
    const view = new BoardView(
      this.store,
      {
        move: (cardId, status) => this.edit(cardId, { status }),
        grade: (cardId, anchor) => this.openGrade(cardId, anchor),
        open: (cardId) => this.host.post({ type: 'openCard', cardId }),
        openCommits: (cardId) => this.host.post({ type: 'openCommits', cardId }),
        addCheckIn: (objectiveId) => this.host.post({ type: 'addCheckIn', objectiveId }),
        addKeyResult: (objectiveId) => this.host.post({ type: 'addKeyResult', objectiveId }),
        tickStory: (storyId, done) => this.tickStory(storyId, done),
        announce: (text) => this.announcer.announce(text),
      },
      { filters: defaultFilters(this.store.today), swimlanes: true, showDropped: false },
    );
    view.element.addEventListener('scroll', () => {
      // Read while layout is fresh (a scroll event); reading it elsewhere could force a layout.
      this.scroll = { top: view.element.scrollTop, left: view.element.scrollLeft };
      if (this.scrollFrame) return;
      this.scrollFrame = requestAnimationFrame(() => {
        this.scrollFrame = 0;
        this.saveState();
      });
    });
    view.element.addEventListener('layoutchange', () => this.saveState());
    this.root.insertBefore(view.element, this.announcer.element);
    this.view = view;
    return view;
  }

  /** Filters from the saved state when they still make sense, else the defaults. */
  private layoutAfterInit(): BoardLayout {
    const current = this.view?.currentLayout;
    if (current && this.scrollRestored) return current;
    const defaults = defaultFilters(this.store.today);
    const saved = this.saved;
    const quarters = quarterOptions(this.store.objectives.values(), this.store.today, quarterWords()).map((entry) => entry.value);
    const filters: BoardFilters = {
      quarter: typeof saved.quarter === 'string' && quarters.includes(saved.quarter) ? saved.quarter : defaults.quarter,
      objective: typeof saved.objective === 'string' ? saved.objective : '',
      career: typeof saved.career === 'string' ? saved.career : '',
      search: typeof saved.search === 'string' ? saved.search : '',
      thisWeek: saved.thisWeek === true,
    };
    return { filters, swimlanes: saved.swimlanes !== false, showDropped: saved.showDropped === true };
  }

  private restoreScroll(): void {
    if (this.scrollRestored || !this.view) return;
    this.scrollRestored = true;
    const top = typeof this.saved.scrollTop === 'number' ? this.saved.scrollTop : 0;
    const left = typeof this.saved.scrollLeft === 'number' ? this.saved.scrollLeft : 0;
    this.scroll = { top, left };
    if (top > 0) this.view.element.scrollTop = top;
    if (left > 0) this.view.element.scrollLeft = left;
  }

  private refreshToolbar(): void {
    const layout = this.view?.currentLayout;
    if (!layout) return;
    const objectives = [...this.store.objectives.values()];
    this.toolbar.setOptions(
      quarterOptions(objectives, this.store.today, quarterWords()),
      objectiveOptions(objectives, layout.filters.quarter),
      careerOptions(objectives),
      layout.filters,
    );
    this.updateSummary();
  }

  /**
   * Recounts the days and moves the "(current)" quarter, keeping the user's filters: the board
   * does not jump to a new quarter under them at midnight. Only a quarter that is no longer
   * offered (the old current one, without objectives) gives way to the new current quarter.
   */
  private changeDay(today: string): void {
    const change = this.store.setToday(today);
    const view = this.view;
    if (!view) return;
    const layout = view.currentLayout;
    const offered = quarterOptions(this.store.objectives.values(), today, quarterWords()).some((option) => option.value === layout.filters.quarter);
    if (offered) view.apply(change);
    else view.setLayout({ ...layout, filters: { ...layout.filters, quarter: defaultFilters(today).quarter } });
    this.refreshToolbar();
  }

  /** "Quarter score" over the objectives the quarter filter shows, updated with every grade. */
  private updateSummary(): void {
    const layout = this.view?.currentLayout;
    if (!layout) return;
    const quarterOnly = { ...layout.filters, objective: '', career: '', search: '', thisWeek: false };
    const objectives = [...this.store.objectives.values()].filter((objective) => objectiveMatches(objective, quarterOnly));
    this.toolbar.setSummary(quarterSummary(objectives, (id) => this.store.cardsOf(id)));
  }

  /** Shows one objective: its quarter if the filters hide it, its lane scrolled into view. */
  private revealObjective(objectiveId: string): void {
    const objective = this.store.objectives.get(objectiveId);
    const view = this.view;
    if (!objective || !view) return;
    const layout = view.currentLayout;
    if (!objectiveMatches(objective, layout.filters) || layout.filters.search !== '') {
      const filters = { quarter: objective.quarter ?? unscheduledQuarter, objective: '', career: '', search: '' };
      view.setLayout({ ...layout, filters });
      this.toolbar.restore({ filters, swimlanes: layout.swimlanes });
      this.refreshToolbar();
    }
    view.revealObjective(objectiveId);
    this.announcer.announce(boardText('showing', objective.title));
  }

  private onToolbar(state: ToolbarState): void {
    const view = this.view;
    if (!view) return;
    const previous = view.currentLayout;
    // A new quarter may not contain the chosen objective: drop that filter rather than show nothing.
    let filters = state.filters;
    if (filters.quarter !== previous.filters.quarter && filters.objective !== '') {
      const titles = objectiveOptions(this.store.objectives.values(), filters.quarter);
      if (!titles.includes(filters.objective)) filters = { ...filters, objective: '' };
    }
    view.setLayout({ ...previous, filters, swimlanes: state.swimlanes });
    this.refreshToolbar();
  }

  private saveState(): void {
    const view = this.view;
    if (!view) return;
    const { filters, swimlanes, showDropped } = view.currentLayout;
    this.host.saveViewState({ ...filters, swimlanes, showDropped, scrollTop: this.scroll.top, scrollLeft: this.scroll.left });
  }

  /** Shows an edit on its card at once; returns the request id to send it with. */
  private showEdit(cardId: string, edit: CardEdit): number | undefined {
    const card = this.store.cards.get(cardId);
    const requestId = this.store.edit(cardId, edit);
    if (!card || requestId === undefined || !this.view) return undefined;
    this.messages.hide();
    const change = emptyChange();
    change.cards.add(cardId);
    change.objectives.add(card.objectiveId);
    this.view.apply(change);
    this.updateSummary();
    return requestId;
  }

  private edit(cardId: string, edit: { readonly status: KeyResultStatus } | { readonly grade: number } | { readonly clearGrade: true }): void {
    const card = this.store.cards.get(cardId);
    const requestId = this.showEdit(cardId, edit);
    if (!card || requestId === undefined) return;
    if ('status' in edit) {
      this.requests.set(requestId, boardText('requestMove', cardName(card), columnTitle(edit.status as BoardColumn)));
      this.host.post({ type: 'moveCard', requestId, cardId, status: edit.status });
    } else if ('clearGrade' in edit) {
      this.requests.set(requestId, boardText('requestClearGrade', cardName(card)));
      this.host.post({ type: 'clearGrade', requestId, cardId });
    } else {
      this.requests.set(requestId, boardText('requestGrade', cardName(card)));
      this.host.post({ type: 'setGrade', requestId, cardId, grade: edit.grade });
    }
  }

  /**
   * Ticks a story: on a card it shows at once (and goes back if the host refuses); an
   * objective's own story is a native check box that already shows the click.
   */
  private tickStory(storyId: string, done: boolean): void {
    const story = this.store.story(storyId);
    if (!story) return;
    const card = this.store.cardOfStory(storyId);
    const stories = card?.stories?.map((candidate) => (candidate.id === storyId ? { ...candidate, done } : candidate));
    const requestId = (card && stories ? this.showEdit(card.id, { stories }) : undefined) ?? this.store.requestId();
    this.requests.set(requestId, boardText(done ? 'requestTick' : 'requestUntick', story.text));
    this.host.post({ type: 'setStoryDone', requestId, storyId, done });
    this.announcer.announce(boardText(done ? 'storyDone' : 'storyOpen', story.text));
  }

  private openGrade(cardId: string, anchor: HTMLElement): void {
    const card = this.store.cards.get(cardId);
    if (!card) return;
    this.gradeEditor.open(anchor, cardName(card), card.grade, card.suggestedGrade, (grade) => {
      if (grade === undefined) {
        this.edit(cardId, { clearGrade: true });
        this.announcer.announce(boardText('gradeCleared', cardName(card)));
        return;
      }
      this.edit(cardId, { grade });
      this.announcer.announce(boardText('graded', cardName(card), formatScore(grade)));
    });
  }
}
