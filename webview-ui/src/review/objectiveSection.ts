// One objective in the Quarter Review: its score and key results (with a grade control for
// the ones that may still be graded), its confidence over the check-ins, and the two review
// questions. Built once per objective and updated in place, so a text being typed (and the
// focus) survives the review being posted again after a save or an edit elsewhere.

import { formatScore, scoreBand } from '../../../src/core/scoring.js';
import type { ReviewKeyResultView, ReviewObjectiveView } from '../../../src/protocol/reviewProtocol.js';
import { element, icon } from '../dom.js';
import { confidenceChart } from './charts.js';
import { bandWord } from './bandWord.js';
import { reviewCount, reviewText } from './reviewText.js';

export interface ObjectiveSectionActions {
  saveAnswers(objectiveId: string, achieved: string, formulation: string): void;
  grade(keyResultId: string, grade: number, title: string): void;
  open(objectiveId: string): void;
}

type Question = 'achieved' | 'formulation';

const questionLabel = (question: Question): string => reviewText(question === 'achieved' ? 'questionAchieved' : 'questionFormulation');

/** A status as the review shows it; an unknown one as written. */
function statusWord(status: string): string {
  switch (status) {
    case 'todo':
      return reviewText('statusTodo');
    case 'doing':
      return reviewText('statusDoing');
    case 'done':
      return reviewText('statusDone');
    case 'dropped':
      return reviewText('statusDropped');
    case 'active':
      return reviewText('statusActive');
    case 'backlog':
      return reviewText('statusBacklog');
    default:
      return status;
  }
}

function scoreChip(score: number | undefined, parent: HTMLElement, kind: 'objective' | 'grade'): HTMLElement {
  const chip = element('span', `score-chip band-${score === undefined ? 'none' : scoreBand(score)}`, parent);
  chip.textContent = formatScore(score);
  const label =
    score === undefined
      ? reviewText(kind === 'objective' ? 'objectiveNotScored' : 'gradeNotScored')
      : reviewText(kind === 'objective' ? 'objectiveScoreChip' : 'gradeChip', formatScore(score), bandWord(scoreBand(score)));
  chip.setAttribute('aria-label', label);
  return chip;
}

/** A trimmed answer, as the file will read it back. */
function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '');
}

export class ObjectiveSection {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly meta: HTMLElement;
  private readonly keyResults: HTMLElement;
  private readonly confidence: HTMLElement;
  private readonly notes: HTMLElement;
  private readonly fields: Record<Question, HTMLTextAreaElement>;
  private readonly locks: Record<Question, HTMLElement>;
  private readonly save: HTMLButtonElement;
  private readonly status: HTMLElement;
  /** The answers as the file has them; a field that differs is the user's unsaved text. */
  private baseline: Record<Question, string> = { achieved: '', formulation: '' };
  private objective: ReviewObjectiveView;
  private quarter: string;
  private key = '';

  constructor(objective: ReviewObjectiveView, quarter: string, private readonly actions: ObjectiveSectionActions) {
    this.objective = objective;
    this.quarter = quarter;
    this.element = element('section', 'objective');
    this.element.dataset.objectiveId = objective.id;
    const header = element('header', 'objective-header', this.element);
    this.heading = element('h2', 'objective-title', header);
    this.heading.dir = 'auto';
    const open = element('button', 'icon-button open-objective', header);
    open.type = 'button';
    open.title = reviewText('openTitle');
    icon('go-to-file', open);
    element('span', 'button-label', open).textContent = reviewText('open');
    open.addEventListener('click', () => this.actions.open(this.objective.id));
    this.meta = element('p', 'objective-meta', this.element);
    this.keyResults = element('div', 'key-results', this.element);
    this.confidence = element('div', 'objective-confidence', this.element);

    const form = element('form', 'review-answers', this.element);
    form.setAttribute('aria-label', reviewText('questions'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    const field = (question: Question): { area: HTMLTextAreaElement; lock: HTMLElement } => {
      const id = `${objective.id}-${question}`;
      const label = element('label', 'question', form);
      label.htmlFor = id;
      label.textContent = questionLabel(question);
      const area = element('textarea', 'answer', form);
      area.id = id;
      area.rows = 3;
      area.dir = 'auto';
      area.dataset.question = question;
      area.addEventListener('input', () => this.updateSaveState());
      area.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          this.submit();
        }
      });
      const lock = element('p', 'answer-lock', form);
      lock.hidden = true;
      return { area, lock };
    };
    const achieved = field('achieved');
    const formulation = field('formulation');
    this.fields = { achieved: achieved.area, formulation: formulation.area };
    this.locks = { achieved: achieved.lock, formulation: formulation.lock };
    this.notes = element('p', 'review-notes', form);
    const row = element('div', 'answer-actions', form);
    this.save = element('button', 'primary-button save-answers', row);
    this.save.type = 'submit';
    this.save.textContent = reviewText('saveButton');
    this.status = element('span', 'save-status', row);
    this.status.setAttribute('role', 'status');
    this.update(objective, quarter);
    for (const question of ['achieved', 'formulation'] as const) this.fields[question].value = objective.answers[question];
    this.updateSaveState();
  }

  get dirty(): boolean {
    return (['achieved', 'formulation'] as const).some((question) => clean(this.fields[question].value) !== this.baseline[question]);
  }

  /** The objective as the host has it now; typed answers that were not saved stay in their fields. */
  update(objective: ReviewObjectiveView, quarter: string): void {
    this.objective = objective;
    for (const question of ['achieved', 'formulation'] as const) {
      const field = this.fields[question];
      const typed = clean(field.value) !== this.baseline[question];
      if (!typed && field.value !== objective.answers[question]) field.value = objective.answers[question];
      this.baseline[question] = objective.answers[question];
      field.readOnly = objective.answersLocked[question];
      this.locks[question].hidden = !objective.answersLocked[question];
      this.locks[question].textContent = reviewText('answerLocked', quarter);
    }
    this.notes.hidden = objective.answers.notes === '';
    this.notes.textContent = objective.answers.notes ? reviewText('alsoInReview', objective.answers.notes) : '';
    this.updateSaveState();
    const key = JSON.stringify([objective.title, objective.status, objective.commitment, objective.score, objective.gradedNote, objective.keyResults, objective.checkIns, objective.lastCheckIn, objective.confidence, quarter]);
    if (key === this.key) return;
    this.key = key;
    this.quarter = quarter;
    this.heading.textContent = objective.title;
    this.meta.replaceChildren();
    scoreChip(objective.status === 'dropped' ? undefined : objective.score, this.meta, 'objective');
    const facts = [
      objective.gradedNote,
      objective.status === 'dropped' ? reviewText('droppedNotScored') : statusWord(objective.status),
      objective.commitment,
      objective.lastCheckIn
        ? reviewCount(objective.checkIns, 'checkInsLastOne', 'checkInsLastOther', objective.lastCheckIn)
        : reviewCount(objective.checkIns, 'checkInsOne', 'checkInsOther'),
      objective.career.length > 0 ? objective.career.join(', ') : undefined,
    ].filter(Boolean);
    element('span', 'meta-text', this.meta).textContent = facts.join(' · ');
    this.renderKeyResults(objective);
    this.confidence.replaceChildren(confidenceChart(objective, this.quarter));
  }

  private renderKeyResults(objective: ReviewObjectiveView): void {
    // A grade just picked comes back with the new review: keep the focus on that row's control.
    const focused = (document.activeElement?.closest?.('tr.kr') as HTMLElement | null)?.dataset.keyResultId;
    const table = element('table', 'kr-table');
    const caption = element('caption', 'visually-hidden', table);
    caption.textContent = reviewText('keyResultsOf', objective.title);
    const headRow = element('tr', '', element('thead', '', table));
    for (const name of [reviewText('columnKeyResult'), reviewText('columnStatus'), reviewText('columnProgress'), reviewText('columnGrade')]) {
      const th = element('th', '', headRow);
      th.scope = 'col';
      th.textContent = name;
    }
    const body = element('tbody', '', table);
    for (const keyResult of objective.keyResults) {
      const row = element('tr', `kr status-${keyResult.status}`, body);
      row.dataset.keyResultId = keyResult.id;
      const title = element('td', 'kr-title', row);
      title.dir = 'auto';
      title.textContent = keyResult.title;
      element('td', 'kr-status', row).textContent = statusWord(keyResult.status);
      element('td', 'kr-progress', row).textContent = keyResult.progress ?? '';
      this.gradeCell(keyResult, element('td', 'kr-grade', row));
    }
    this.keyResults.replaceChildren(table);
    if (focused) table.querySelector<HTMLElement>(`tr.kr[data-key-result-id="${focused}"] select, tr.kr[data-key-result-id="${focused}"] .score-chip`)?.focus();
  }

  /** The grade, with a control to set it when the key result may still be graded (the suggestion first). */
  private gradeCell(keyResult: ReviewKeyResultView, cell: HTMLElement): void {
    if (keyResult.status === 'dropped' || keyResult.gradeLocked) {
      scoreChip(keyResult.grade, cell, 'grade');
      return;
    }
    const select = element('select', 'grade-select', cell);
    select.setAttribute('aria-label', reviewText('gradeFor', keyResult.title));
    const option = (value: string, label: string): void => {
      const node = element('option', '', select);
      node.value = value;
      node.textContent = label;
    };
    if (keyResult.grade === undefined) option('', reviewText('notGraded'));
    if (keyResult.suggestedGrade !== undefined && keyResult.grade === undefined) option(String(keyResult.suggestedGrade), reviewText('suggestedGrade', formatScore(keyResult.suggestedGrade)));
    for (let tenths = 0; tenths <= 10; tenths++) option(String(tenths / 10), formatScore(tenths / 10));
    select.value = keyResult.grade === undefined ? '' : String(Math.round(keyResult.grade * 10) / 10);
    select.addEventListener('change', () => {
      if (select.value === '') return;
      this.actions.grade(keyResult.id, Number(select.value), keyResult.title);
    });
  }

  private updateSaveState(): void {
    const locked = this.objective.answersLocked.achieved && this.objective.answersLocked.formulation;
    this.save.disabled = locked || !this.dirty;
    this.save.hidden = locked;
  }

  private submit(): void {
    if (!this.dirty) return;
    this.status.textContent = reviewText('saving');
    this.actions.saveAnswers(this.objective.id, clean(this.fields.achieved.value), clean(this.fields.formulation.value));
  }

  /** The host's answer to a save. */
  saved(ok: boolean, reason?: string): void {
    if (ok) {
      this.baseline = { achieved: clean(this.fields.achieved.value), formulation: clean(this.fields.formulation.value) };
      this.status.textContent = reviewText('savedInFile');
    } else {
      this.status.textContent = reviewText('notSaved', reason ?? reviewText('editFailed'));
    }
    this.updateSaveState();
  }
}
