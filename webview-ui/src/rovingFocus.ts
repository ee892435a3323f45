// Roving focus over the board's cards: one card (with its own controls) is in the tab
// order, and the arrow keys move between cards — up and down in a list (on into the same
// column of the next lane), left and right across columns, Home and End in a list.

import { setCardTabStops, type CardElement } from './cardView.js';

export class RovingFocus {
  private active: string | undefined;

  constructor(
    private readonly cards: ReadonlyMap<string, CardElement>,
    private readonly lanes: HTMLElement,
  ) {}

  get activeCardId(): string | undefined {
    return this.active;
  }

  /** Makes `cardId` the one card in the tab order. */
  setActive(cardId: string): void {
    if (this.active === cardId) return;
    const previous = this.active ? this.cards.get(this.active) : undefined;
    if (previous) setCardTabStops(previous, false);
    const next = this.cards.get(cardId);
    if (!next) return;
    this.active = cardId;
    setCardTabStops(next, true);
  }

  /** A card left the DOM: if it was the active one, none is until `ensureActive`. */
  forget(cardId: string): void {
    if (this.active === cardId) this.active = undefined;
  }

  /** Keeps a card in the tab order: the active one if it is still shown, else the first. */
  ensureActive(focus = false): void {
    const active = this.active ? this.cards.get(this.active) : undefined;
    if (active?.root.isConnected) return;
    const first = this.lanes.querySelector<HTMLElement>('.card');
    const id = first?.dataset.cardId;
    if (id) {
      this.setActive(id);
      if (focus) first?.focus();
    }
  }

  /** Moves focus for an arrow, Home or End key pressed on `card`; false for other keys. */
  navigate(card: HTMLElement, key: string): boolean {
    const list = card.parentElement;
    if (!list) return false;
    let next: Element | null | undefined;
    if (key === 'ArrowDown') next = card.nextElementSibling ?? this.neighbourLane(list, 1)?.firstElementChild;
    else if (key === 'ArrowUp') next = card.previousElementSibling ?? this.neighbourLane(list, -1)?.lastElementChild;
    else if (key === 'Home') next = list.firstElementChild;
    else if (key === 'End') next = list.lastElementChild;
    else if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const lists = [...(list.parentElement?.children ?? [])] as HTMLElement[];
      const position = [...list.children].indexOf(card);
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let index = lists.indexOf(list) + step; index >= 0 && index < lists.length; index += step) {
        const candidate = lists[index];
        if (candidate && candidate.childElementCount > 0) {
          next = candidate.children[Math.min(position, candidate.childElementCount - 1)];
          break;
        }
      }
    } else return false;
    if (next instanceof HTMLElement) {
      next.focus();
      next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    return true;
  }

  /** The same column's list in the next (or previous) lane that has cards. */
  private neighbourLane(list: HTMLElement, step: 1 | -1): HTMLElement | undefined {
    const column = list.dataset.column;
    const lanes = [...this.lanes.children];
    const lane = list.closest('.lane');
    for (let index = lanes.indexOf(lane as Element) + step; index >= 0 && index < lanes.length; index += step) {
      const candidate = lanes[index]?.querySelector<HTMLElement>(`.card-list[data-column="${column}"]`);
      if (candidate && candidate.childElementCount > 0) return candidate;
    }
    return undefined;
  }
}
