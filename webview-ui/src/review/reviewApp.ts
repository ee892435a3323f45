// The Quarter Review webview: the quarter's score and calibration, the charts, and a section
// per objective with its review questions. Host messages come in through the channel; the
// user's answers and grades go out as requests, answered with `saveResult`.

import { formatScore } from '../../../src/core/scoring.js';
import type { ReviewHostMessage, ReviewViewModel, ReviewViewState, ReviewWebviewMessage } from '../../../src/protocol/reviewProtocol.js';
import { parseReviewStrings } from '../../../src/protocol/webviewStrings.js';
import { Announcer } from '../announcer.js';
import { element, icon } from '../dom.js';
import { MessageBar } from '../messageBar.js';
import type { WebviewChannel } from '../webviewChannel.js';
import { gradeDistributionChart, objectiveScoresChart, quarterScoresChart } from './charts.js';
import { ObjectiveSection } from './objectiveSection.js';
import { bandWord } from './bandWord.js';
import { reviewText, setReviewStrings } from './reviewText.js';

export type ReviewChannel = WebviewChannel<ReviewHostMessage, ReviewWebviewMessage, ReviewViewState>;

/** A request as the view builds it; the app adds the request id. */
type RequestMessage = Extract<ReviewWebviewMessage, { requestId: number }> extends infer Message ? (Message extends unknown ? Omit<Message, 'requestId'> : never) : never;

interface ValueElement extends HTMLElement {
  value: string;
}

const verdictIcons: Record<string, string> = { 'too-safe': 'arrow-up', 'too-hard': 'arrow-down', healthy: 'pass', 'not-enough-data': 'info' };

export class ReviewApp {
  private readonly announcer = new Announcer();
  private readonly messages = new MessageBar();
  private readonly quarterSelect = document.createElement('vscode-single-select') as ValueElement;
  private readonly summary: HTMLElement;
  private readonly calibration: HTMLElement;
  private readonly charts: HTMLElement;
  private readonly objectivesElement: HTMLElement;
  private readonly loading: HTMLElement;
  private readonly title: HTMLElement;
  private readonly quarterLabel: HTMLElement;
  private readonly exportButton: HTMLElement;
  private readonly sections = new Map<string, ObjectiveSection>();
  /** What each unanswered request was: the section to tell, or the grade to announce. */
  private readonly requests = new Map<number, { objectiveId?: string; what: string; done: string }>();
  private nextRequest = 1;
  private review: ReviewViewModel | undefined;
  private quartersKey = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly channel: ReviewChannel,
  ) {
    const header = element('header', 'review-header', root);
    this.title = element('h1', 'review-title', header);
    const quarterGroup = element('div', 'toolbar-group', header);
    const label = document.createElement('vscode-label');
    label.setAttribute('for', 'review-quarter');
    this.quarterLabel = label;
    this.quarterSelect.id = 'review-quarter';
    quarterGroup.append(label, this.quarterSelect);
    this.quarterSelect.addEventListener('change', () => {
      const quarter = this.quarterSelect.value;
      if (!quarter || quarter === this.review?.quarter) return;
      this.channel.saveViewState({ quarter });
      this.channel.post({ type: 'showQuarter', quarter });
    });
    const exportButton = document.createElement('vscode-button');
    exportButton.className = 'export-review';
    exportButton.setAttribute('icon', 'desktop-download');
    this.exportButton = exportButton;
    exportButton.addEventListener('click', () => this.channel.post({ type: 'export' }));
    header.appendChild(exportButton);
    root.append(this.messages.element);
    this.loading = element('p', 'review-loading', root);
    this.summary = element('p', 'review-summary', root);
    this.calibration = element('div', 'calibration', root);
    this.calibration.setAttribute('role', 'note');
    this.charts = element('div', 'review-charts', root);
    this.objectivesElement = element('div', 'review-objectives', root);
    root.appendChild(this.announcer.element);
  }

  start(): void {
    this.channel.listen((message) => this.receive(message), { type: 'ready' });
    // A reload comes back on the quarter it showed.
    const saved = this.channel.viewState().quarter;
    if (typeof saved === 'string' && /^\d{4}-Q[1-4]$/.test(saved)) this.channel.post({ type: 'showQuarter', quarter: saved });
  }

  receive(message: ReviewHostMessage): void {
    if (message.type === 'strings') return this.applyText(message.strings);
    if (message.type === 'review') return this.render(message.review);
    const request = this.requests.get(message.requestId);
    this.requests.delete(message.requestId);
    if (request?.objectiveId) this.sections.get(request.objectiveId)?.saved(message.ok, message.reason);
    if (message.ok) {
      this.messages.hide();
      this.announcer.announce(request ? request.done : reviewText('saved'));
    } else {
      this.messages.show(reviewText('couldNot', request?.what ?? reviewText('save'), message.reason ?? reviewText('editFailed')));
    }
  }

  /** The host's words (checked like every message: exactly the expected texts, or ignored). */
  private applyText(value: unknown): void {
    const strings = parseReviewStrings(value);
    if (!strings) return;
    setReviewStrings(strings);
    this.title.textContent = reviewText('title');
    this.quarterLabel.textContent = reviewText('quarter');
    this.exportButton.textContent = reviewText('export');
    this.exportButton.title = reviewText('exportTitle');
    this.loading.textContent = reviewText('loading');
    this.messages.applyText(reviewText('dismiss'), reviewText('dismissMessage'));
    if (this.review) this.render(this.review);
  }

  /** `what` completes "Could not …"; `done` is announced when it worked. */
  private request(message: RequestMessage, objectiveId: string | undefined, what: string, done: string): void {
    const requestId = this.nextRequest++;
    this.requests.set(requestId, { ...(objectiveId ? { objectiveId } : {}), what, done });
    this.channel.post({ ...message, requestId } as ReviewWebviewMessage);
  }

  private render(review: ReviewViewModel): void {
    const quarterChanged = review.quarter !== this.review?.quarter;
    this.review = review;
    this.loading.hidden = true;
    this.channel.saveViewState({ quarter: review.quarter });
    const quartersKey = JSON.stringify(review.quarters);
    if (quartersKey !== this.quartersKey) {
      this.quartersKey = quartersKey;
      this.quarterSelect.replaceChildren(
        ...review.quarters.map((quarter) => {
          const option = document.createElement('vscode-option');
          option.setAttribute('value', quarter);
          option.textContent = quarter;
          return option;
        }),
      );
    }
    this.quarterSelect.value = review.quarter;

    const score = review.score === undefined ? reviewText('notScoredYet') : reviewText('scoreWithBand', formatScore(review.score), bandWord(review.band));
    this.summary.replaceChildren();
    const chip = element('span', `score-chip band-${review.band ?? 'none'}`, this.summary);
    chip.textContent = formatScore(review.score);
    chip.setAttribute('aria-hidden', 'true');
    const summary = reviewText('summary', review.quarter, score, review.graded, review.keyResultsCounted);
    element('span', '', this.summary).textContent = ` ${review.closed ? reviewText('summaryClosed', summary) : summary}`;

    this.calibration.replaceChildren();
    this.calibration.className = `calibration verdict-${review.calibration.verdict}`;
    icon(verdictIcons[review.calibration.verdict] ?? 'info', this.calibration);
    const text = element('span', '', this.calibration);
    text.textContent = reviewText('calibration', review.calibration.sentence);

    this.charts.replaceChildren(objectiveScoresChart(review), gradeDistributionChart(review), quarterScoresChart(review));

    if (quarterChanged) {
      this.sections.clear();
      this.objectivesElement.replaceChildren();
    }
    const seen = new Set<string>();
    const order: HTMLElement[] = [];
    for (const objective of review.objectives) {
      seen.add(objective.id);
      let section = this.sections.get(objective.id);
      if (section) section.update(objective, review.quarter);
      else {
        section = new ObjectiveSection(objective, review.quarter, {
          saveAnswers: (objectiveId, achieved, formulation) => this.request({ type: 'saveAnswers', objectiveId, achieved, formulation }, objectiveId, reviewText('saveAnswers'), reviewText('savedAnswers')),
          grade: (keyResultId, grade, title) => this.request({ type: 'setGrade', keyResultId, grade }, undefined, reviewText('gradeRequest', title, formatScore(grade)), reviewText('gradeDone', title, formatScore(grade))),
          open: (objectiveId) => this.channel.post({ type: 'openObjective', objectiveId }),
        });
        this.sections.set(objective.id, section);
      }
      order.push(section.element);
    }
    for (const id of [...this.sections.keys()]) if (!seen.has(id)) this.sections.delete(id);
    if (order.length === 0) {
      const empty = element('p', 'review-empty');
      empty.textContent = reviewText('noObjectives', review.quarter);
      order.push(empty);
    }
    // Sections are re-appended only when the order changed, so focus and selection stay put.
    const current = [...this.objectivesElement.children];
    if (current.length !== order.length || current.some((node, index) => node !== order[index])) this.objectivesElement.replaceChildren(...order);
  }
}
