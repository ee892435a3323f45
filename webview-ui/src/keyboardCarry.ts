// Carrying a card across columns with the keyboard: the DOM side of the keyboardMove state
// machine. It lifts the card, moves its element as a preview while it is carried, and on
// drop asks the board to move it; Escape, Tab or focus leaving the board put it back.

import { type BoardColumn } from '../../src/protocol/boardProtocol.js';
import { boardText } from './boardText.js';
import { columnTitle } from './cardView.js';
import { idle, keyboardMove, type KeyboardMoveState } from './keyboardMove.js';

export interface KeyboardCarryHost {
  /** The title of a card, when it is still on the board. */
  cardTitle(cardId: string): string | undefined;
  /** The columns a card may be carried to, in display order. */
  columns(): readonly BoardColumn[];
  /** Shows the carried card in `column` (a preview: nothing is written). */
  preview(cardId: string, column: BoardColumn): void;
  /** Puts the card back where its status says. */
  putBack(cardId: string): void;
  move(cardId: string, column: BoardColumn): void;
  announce(text: string): void;
}

export class KeyboardCarry {
  private state: KeyboardMoveState = idle;

  constructor(private readonly host: KeyboardCarryHost) {}

  /** The card being carried, if any. */
  get carriedCardId(): string | undefined {
    return this.state.mode === 'carrying' ? this.state.cardId : undefined;
  }

  /** Handles a key pressed on a card; true when the key was used. */
  onKey(target: HTMLElement, key: string, cardId: string, column: BoardColumn): boolean {
    const title = this.host.cardTitle(cardId);
    if (title === undefined) return false;
    const step = keyboardMove(this.state, key, { cardId, column }, this.host.columns());
    this.state = step.state;
    const effect = step.effect;
    switch (effect.kind) {
      case 'pickUp':
        target.classList.add('carried');
        target.setAttribute('aria-grabbed', 'true');
        this.host.announce(boardText('pickedUp', title, columnTitle(effect.column)));
        break;
      case 'carry':
        this.host.preview(cardId, effect.column);
        this.host.announce(boardText('carriedTo', columnTitle(effect.column)));
        break;
      case 'edge':
        this.host.announce(boardText(key === 'ArrowLeft' ? 'firstColumn' : 'lastColumn', columnTitle(effect.column)));
        break;
      case 'drop':
        target.classList.remove('carried');
        target.removeAttribute('aria-grabbed');
        if (effect.to === effect.from) {
          this.host.putBack(cardId);
          this.host.announce(boardText('droppedBack', title, columnTitle(effect.to)));
        } else {
          this.host.move(cardId, effect.to);
          this.host.announce(boardText('droppedIn', title, columnTitle(effect.to)));
        }
        target.focus();
        break;
      case 'cancel':
        target.classList.remove('carried');
        target.removeAttribute('aria-grabbed');
        this.host.putBack(cardId);
        this.host.announce(boardText('moveCancelledBack', title, columnTitle(effect.column)));
        if (key !== 'Tab') target.focus();
        break;
      case 'none':
        break;
    }
    return step.handled;
  }

  /** Puts a carried card back (focus left it, or the board is re-laid out). */
  cancel(element: HTMLElement | undefined, announce = true): void {
    if (this.state.mode !== 'carrying') return;
    const { cardId } = this.state;
    this.state = idle;
    element?.classList.remove('carried');
    element?.removeAttribute('aria-grabbed');
    this.host.putBack(cardId);
    if (announce) this.host.announce(boardText('moveCancelled'));
  }
}
