// The grade popover: one shared instance for all cards (a control per card would cost 1,000
// web components). Steps of 0.1 by click or Up/Down, or a typed value; Enter sets it,
// Escape closes, and focus returns to the card's grade chip either way.

import { formatScore, scoreBand, tenthsOf } from '../../src/core/scoring.js';
import { boardText } from './boardText.js';
import { parseGradeInput, stepGrade, type GradeProblem } from './gradeInput.js';

/** A refused typed grade in the host's words. */
function problemText(problem: GradeProblem, typed: string): string {
  switch (problem) {
    case 'empty':
      return boardText('gradeEmpty');
    case 'not-a-number':
      return boardText('gradeNotANumber', typed);
    case 'out-of-range':
      return boardText('gradeOutOfRange');
    case 'not-a-step':
      return boardText('gradeNotAStep');
  }
}

interface TextField extends HTMLElement {
  value: string;
  invalid: boolean;
}

interface OpenGrade {
  readonly anchor: HTMLElement;
  /** A grade, or undefined to clear it. */
  readonly commit: (grade: number | undefined) => void;
}

export class GradeEditor {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly field: TextField;
  private readonly error: HTMLElement;
  /** "Suggested 0.7": the grade measured progress points to, offered first. */
  private readonly suggestion: HTMLButtonElement;
  private suggested: number | undefined;
  private readonly steps: HTMLButtonElement[] = [];
  private readonly clear: HTMLElement;
  private readonly set: HTMLElement;
  private readonly cancel: HTMLElement;
  private readonly stepGroup: HTMLElement;
  private current: OpenGrade | undefined;

  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'grade-editor';
    this.element.setAttribute('role', 'dialog');
    this.element.hidden = true;
    this.heading = document.createElement('div');
    this.heading.className = 'grade-heading';
    this.heading.id = 'grade-heading';
    this.element.setAttribute('aria-labelledby', this.heading.id);

    this.suggestion = document.createElement('button');
    this.suggestion.type = 'button';
    this.suggestion.className = 'grade-suggestion';
    this.suggestion.hidden = true;
    this.suggestion.addEventListener('click', () => {
      if (this.suggested !== undefined) this.commit(this.suggested);
    });

    const row = document.createElement('div');
    row.className = 'grade-row';
    this.field = document.createElement('vscode-textfield') as TextField;
    this.field.className = 'grade-field';
    this.field.setAttribute('placeholder', '0.0–1.0');
    const set = document.createElement('vscode-button');
    this.set = set;
    set.addEventListener('click', () => this.commitTyped());
    const cancel = document.createElement('vscode-button');
    cancel.setAttribute('secondary', '');
    this.cancel = cancel;
    cancel.addEventListener('click', () => this.close(true));
    // Only a graded key result offers it: back to "not graded".
    this.clear = document.createElement('vscode-button');
    this.clear.className = 'grade-clear';
    this.clear.setAttribute('secondary', '');
    this.clear.addEventListener('click', () => this.commit(undefined));
    row.append(this.field, set, cancel, this.clear);

    const steps = document.createElement('div');
    steps.className = 'grade-steps';
    steps.setAttribute('role', 'group');
    this.stepGroup = steps;
    for (let tenths = 0; tenths <= 10; tenths++) {
      const grade = tenths / 10;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `grade-step band-${scoreBand(grade)}`;
      button.textContent = formatScore(grade);
      button.addEventListener('click', () => this.commit(grade));
      this.steps.push(button);
      steps.appendChild(button);
    }
    this.error = document.createElement('div');
    this.error.className = 'grade-error';
    this.error.setAttribute('role', 'alert');

    this.element.append(this.heading, this.suggestion, row, steps, this.error);
    this.field.addEventListener('keydown', (event) => this.onFieldKey(event));
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.close(true);
      }
    });
    this.element.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (this.current && next && !this.element.contains(next)) this.close(false);
    });
    document.addEventListener('pointerdown', (event) => {
      if (this.current && !this.element.contains(event.target as Node) && event.target !== this.current.anchor) this.close(false);
    });
    this.applyText();
  }

  /** Buttons and labels in the host's words (sent after `ready`). */
  applyText(): void {
    this.field.setAttribute('aria-label', boardText('gradeFieldLabel'));
    this.set.textContent = boardText('gradeSet');
    this.cancel.textContent = boardText('gradeCancel');
    this.clear.textContent = boardText('gradeClear');
    this.clear.title = boardText('gradeClearTitle');
    this.stepGroup.setAttribute('aria-label', boardText('gradePick'));
  }

  get isOpen(): boolean {
    return this.current !== undefined;
  }

  open(anchor: HTMLElement, title: string, grade: number | undefined, suggested: number | undefined, commit: (grade: number | undefined) => void): void {
    this.current = { anchor, commit };
    this.heading.textContent = boardText('gradeHeading', title);
    this.suggested = suggested;
    this.suggestion.hidden = suggested === undefined;
    if (suggested !== undefined) {
      this.suggestion.className = `grade-suggestion band-${scoreBand(suggested)}`;
      this.suggestion.textContent = boardText('gradeSuggested', formatScore(suggested));
      this.suggestion.title = boardText('gradeSuggestedTitle');
      this.suggestion.setAttribute('aria-label', boardText('gradeSuggestedLabel', formatScore(suggested)));
    }
    this.field.value = grade === undefined ? '' : formatScore(grade);
    this.field.invalid = false;
    this.error.textContent = '';
    for (const [tenths, button] of this.steps.entries()) button.setAttribute('aria-pressed', String(grade !== undefined && tenthsOf(grade) === tenths));
    this.clear.hidden = grade === undefined;
    this.element.hidden = false;
    this.position(anchor);
    requestAnimationFrame(() => this.field.focus());
  }

  close(restoreFocus: boolean): void {
    const current = this.current;
    this.current = undefined;
    this.element.hidden = true;
    if (restoreFocus && current?.anchor.isConnected) current.anchor.focus();
  }

  private position(anchor: HTMLElement): void {
    const box = anchor.getBoundingClientRect();
    const width = this.element.offsetWidth || 300;
    const height = this.element.offsetHeight || 120;
    const left = Math.max(4, Math.min(box.left, window.innerWidth - width - 4));
    const below = box.bottom + 4;
    const top = below + height > window.innerHeight ? Math.max(4, box.top - height - 4) : below;
    this.element.style.left = `${left}px`;
    this.element.style.top = `${top}px`;
  }

  private onFieldKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitTyped();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const typed = parseGradeInput(this.field.value);
      this.field.value = formatScore(stepGrade(typed.ok ? typed.grade : undefined, event.key === 'ArrowUp' ? 1 : -1));
      this.field.invalid = false;
      this.error.textContent = '';
    }
  }

  private commitTyped(): void {
    const typed = parseGradeInput(this.field.value);
    if (!typed.ok) {
      this.field.invalid = true;
      this.error.textContent = problemText(typed.problem, typed.typed);
      return;
    }
    this.commit(typed.grade);
  }

  private commit(grade: number | undefined): void {
    const current = this.current;
    if (!current) return;
    this.close(true);
    current.commit(grade);
  }
}
