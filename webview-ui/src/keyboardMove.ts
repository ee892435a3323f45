// Moving a card between columns without a mouse: focus a card, Space or Enter picks it up,
// Left/Right carry it across columns, Space or Enter drops it, Escape puts it back.
// A pure state machine: the view performs the effect and announces it.

import { boardColumns, type BoardColumn } from '../../src/protocol/boardProtocol.js';

export type KeyboardMoveState =
  | { readonly mode: 'idle' }
  | { readonly mode: 'carrying'; readonly cardId: string; readonly from: BoardColumn; readonly over: BoardColumn };

export type KeyboardMoveEffect =
  | { readonly kind: 'none' }
  | { readonly kind: 'pickUp'; readonly cardId: string; readonly column: BoardColumn }
  | { readonly kind: 'carry'; readonly cardId: string; readonly column: BoardColumn }
  /** Left of the first or right of the last column: nothing moves, but the user hears why. */
  | { readonly kind: 'edge'; readonly cardId: string; readonly column: BoardColumn }
  | { readonly kind: 'drop'; readonly cardId: string; readonly from: BoardColumn; readonly to: BoardColumn }
  | { readonly kind: 'cancel'; readonly cardId: string; readonly column: BoardColumn };

export interface KeyboardMoveStep {
  readonly state: KeyboardMoveState;
  readonly effect: KeyboardMoveEffect;
  /** Whether the key was used (the view then prevents its default action). */
  readonly handled: boolean;
}

export const idle: KeyboardMoveState = { mode: 'idle' };

const unhandled = (state: KeyboardMoveState): KeyboardMoveStep => ({ state, effect: { kind: 'none' }, handled: false });

/**
 * The next state for `key` pressed on the focused card (`cardId`, in `column`).
 * `columns` are the columns a card may go to, in display order.
 */
export function keyboardMove(
  state: KeyboardMoveState,
  key: string,
  focused: { readonly cardId: string; readonly column: BoardColumn },
  columns: readonly BoardColumn[] = boardColumns,
): KeyboardMoveStep {
  if (state.mode === 'idle') {
    if (key !== ' ' && key !== 'Enter') return unhandled(state);
    const next: KeyboardMoveState = { mode: 'carrying', cardId: focused.cardId, from: focused.column, over: focused.column };
    return { state: next, effect: { kind: 'pickUp', cardId: focused.cardId, column: focused.column }, handled: true };
  }
  const { cardId, from, over } = state;
  switch (key) {
    case ' ':
    case 'Enter':
      return { state: idle, effect: { kind: 'drop', cardId, from, to: over }, handled: true };
    case 'Escape':
      return { state: idle, effect: { kind: 'cancel', cardId, column: from }, handled: true };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const position = columns.indexOf(over);
      const target = columns[position + (key === 'ArrowLeft' ? -1 : 1)];
      if (position < 0 || target === undefined) return { state, effect: { kind: 'edge', cardId, column: over }, handled: true };
      return { state: { ...state, over: target }, effect: { kind: 'carry', cardId, column: target }, handled: true };
    }
    case 'Tab':
      // Leaving the card while carrying it would strand it in a preview column.
      return { state: idle, effect: { kind: 'cancel', cardId, column: from }, handled: false };
    default:
      // Up/Down and other keys do nothing while carrying, but must not scroll or type.
      return { state, effect: { kind: 'none' }, handled: key.startsWith('Arrow') };
  }
}
