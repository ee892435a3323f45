// The filter bar: quarter, objective, career area, free-text search, swimlanes. Built from
// @vscode-elements components so it looks and behaves like VS Code's own settings UI.

import { boardText } from './boardText.js';
import type { BoardFilters, FilterOption } from './cardFilter.js';

interface ValueElement extends HTMLElement {
  value: string;
}

interface CheckboxElement extends HTMLElement {
  checked: boolean;
}

export interface ToolbarState {
  readonly filters: BoardFilters;
  readonly swimlanes: boolean;
}

function labelled(label: HTMLElement, control: HTMLElement, id: string): HTMLElement {
  const group = document.createElement('div');
  group.className = 'toolbar-group';
  label.setAttribute('for', id);
  control.id = id;
  group.append(label, control);
  return group;
}

function option(value: string, label: string): HTMLElement {
  const node = document.createElement('vscode-option');
  node.setAttribute('value', value);
  node.textContent = label;
  return node;
}

/**
 * Shows `value` in a select. vscode-single-select re-reads its selection from the options'
 * `selected` attributes whenever an option is added, removed or changed (and falls back to
 * the first option), so the attributes must always name the chosen option, not only `value`.
 */
function choose(select: ValueElement, value: string): void {
  for (const node of select.children) node.toggleAttribute('selected', node.getAttribute('value') === value);
  select.value = value;
}

/** Replaces a select's options when the list changed; returns whether it did. */
function fill(select: ValueElement, options: readonly FilterOption[], previous: string): string {
  const key = JSON.stringify(options);
  if (key !== previous) select.replaceChildren(...options.map((entry) => option(entry.value, entry.label)));
  return key;
}

export class Toolbar {
  readonly element: HTMLElement;
  private readonly quarter = document.createElement('vscode-single-select') as ValueElement;
  private readonly objective = document.createElement('vscode-single-select') as ValueElement;
  private readonly career = document.createElement('vscode-single-select') as ValueElement;
  private readonly search = document.createElement('vscode-textfield') as ValueElement;
  private readonly swimlanes = document.createElement('vscode-checkbox') as CheckboxElement;
  private readonly thisWeek = document.createElement('vscode-checkbox') as CheckboxElement;
  private readonly summary = document.createElement('span');
  private readonly labels = { quarter: document.createElement('vscode-label'), objective: document.createElement('vscode-label'), career: document.createElement('vscode-label'), search: document.createElement('vscode-label') };
  /** The option lists last put in each select, so a change to one list leaves the others alone. */
  private readonly optionKeys = { quarter: '', objective: '', career: '' };
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChange: (state: ToolbarState) => void) {
    this.element = document.createElement('header');
    this.element.className = 'toolbar';
    this.element.setAttribute('role', 'toolbar');
    this.search.setAttribute('type', 'search');
    this.search.className = 'search-field';
    const searchIcon = document.createElement('span');
    searchIcon.slot = 'content-before';
    searchIcon.className = 'codicon codicon-search';
    searchIcon.setAttribute('aria-hidden', 'true');
    this.search.appendChild(searchIcon);
    this.summary.className = 'toolbar-summary';
    this.summary.setAttribute('aria-live', 'off');
    this.element.append(
      labelled(this.labels.quarter, this.quarter, 'filter-quarter'),
      labelled(this.labels.objective, this.objective, 'filter-objective'),
      labelled(this.labels.career, this.career, 'filter-career'),
      labelled(this.labels.search, this.search, 'filter-search'),
      this.thisWeek,
      this.swimlanes,
      this.summary,
    );
    for (const select of [this.quarter, this.objective, this.career]) select.addEventListener('change', () => this.emit());
    this.swimlanes.addEventListener('change', () => this.emit());
    this.thisWeek.addEventListener('change', () => this.emit());
    this.search.addEventListener('input', () => {
      if (this.searchTimer) clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => this.emit(), 80);
    });
    this.applyText();
  }

  /** Labels, placeholder and tooltips in the host's words (sent after `ready`). */
  applyText(): void {
    this.element.setAttribute('aria-label', boardText('filters'));
    this.search.setAttribute('placeholder', boardText('searchPlaceholder'));
    this.swimlanes.setAttribute('label', boardText('swimlanes'));
    this.swimlanes.textContent = boardText('swimlanes');
    this.swimlanes.title = boardText('swimlanesTitle');
    this.thisWeek.setAttribute('label', boardText('thisWeek'));
    this.thisWeek.textContent = boardText('thisWeek');
    this.thisWeek.title = boardText('thisWeekTitle');
    this.labels.quarter.textContent = boardText('quarter');
    this.labels.objective.textContent = boardText('objective');
    this.labels.career.textContent = boardText('careerArea');
    this.labels.search.textContent = boardText('search');
  }

  /**
   * Rebuilds each option list only when it changed, and always shows the values the board
   * is filtered by: the selects must never say one quarter while the cards are of another.
   */
  setOptions(quarters: readonly FilterOption[], objectives: readonly string[], careers: readonly string[], filters: BoardFilters): void {
    this.optionKeys.quarter = fill(this.quarter, quarters, this.optionKeys.quarter);
    this.optionKeys.objective = fill(this.objective, [{ value: '', label: boardText('allObjectives') }, ...objectives.map((title) => ({ value: title, label: title }))], this.optionKeys.objective);
    this.optionKeys.career = fill(this.career, [{ value: '', label: boardText('allAreas') }, ...careers.map((area) => ({ value: area, label: area }))], this.optionKeys.career);
    choose(this.quarter, filters.quarter);
    choose(this.objective, filters.objective);
    choose(this.career, filters.career);
  }

  /**
   * Puts saved state into every control (after a reload). Only then is the search field
   * written: rewriting it on later updates could drop what the user is typing.
   */
  restore(state: ToolbarState): void {
    choose(this.quarter, state.filters.quarter);
    choose(this.objective, state.filters.objective);
    choose(this.career, state.filters.career);
    this.search.value = state.filters.search;
    this.thisWeek.checked = state.filters.thisWeek === true;
    this.swimlanes.checked = state.swimlanes;
  }

  setSummary(text: string): void {
    this.summary.textContent = text;
  }

  private emit(): void {
    this.onChange({
      filters: { quarter: this.quarter.value, objective: this.objective.value, career: this.career.value, search: this.search.value, thisWeek: this.thisWeek.checked },
      swimlanes: this.swimlanes.checked,
    });
  }
}
