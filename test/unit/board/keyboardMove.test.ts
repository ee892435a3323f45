import { describe, expect, it } from 'vitest';
import { idle, keyboardMove, type KeyboardMoveState } from '../../../webview-ui/src/keyboardMove';

const focused = { cardId: 'c1', column: 'todo' as const };

function press(keys: string[], state: KeyboardMoveState = idle) {
  const effects = [];
  for (const key of keys) {
    const step = keyboardMove(state, key, state.mode === 'carrying' ? { cardId: state.cardId, column: state.over } : focused);
    state = step.state;
    effects.push(step.effect);
  }
  return { state, effects };
}

describe('keyboard move', () => {
  it('picks up with Space or Enter and ignores other keys when idle', () => {
    expect(keyboardMove(idle, ' ', focused).effect).toEqual({ kind: 'pickUp', cardId: 'c1', column: 'todo' });
    expect(keyboardMove(idle, 'Enter', focused).state).toEqual({ mode: 'carrying', cardId: 'c1', from: 'todo', over: 'todo' });
    const arrow = keyboardMove(idle, 'ArrowRight', focused);
    expect(arrow.handled).toBe(false);
    expect(arrow.state).toBe(idle);
  });

  it('carries right across columns and drops with Space', () => {
    const { state, effects } = press([' ', 'ArrowRight', 'ArrowRight', ' ']);
    expect(state).toBe(idle);
    expect(effects.map((effect) => effect.kind)).toEqual(['pickUp', 'carry', 'carry', 'drop']);
    expect(effects[3]).toEqual({ kind: 'drop', cardId: 'c1', from: 'todo', to: 'done' });
  });

  it('stops at the edges and says so', () => {
    const { effects } = press(['Enter', 'ArrowLeft']);
    expect(effects[1]).toEqual({ kind: 'edge', cardId: 'c1', column: 'todo' });
    const right = keyboardMove({ mode: 'carrying', cardId: 'c1', from: 'todo', over: 'doing' }, 'ArrowRight', focused, ['todo', 'doing', 'done']);
    expect(right.state).toEqual({ mode: 'carrying', cardId: 'c1', from: 'todo', over: 'done' });
    const edge = keyboardMove(right.state, 'ArrowRight', focused, ['todo', 'doing', 'done']);
    expect(edge.effect.kind).toBe('edge');
  });

  it('cancels with Escape, back to where it started', () => {
    const { state, effects } = press([' ', 'ArrowRight', 'Escape']);
    expect(state).toBe(idle);
    expect(effects[2]).toEqual({ kind: 'cancel', cardId: 'c1', column: 'todo' });
  });

  it('dropping where it started changes nothing', () => {
    const { effects } = press([' ', 'ArrowRight', 'ArrowLeft', 'Enter']);
    expect(effects[3]).toEqual({ kind: 'drop', cardId: 'c1', from: 'todo', to: 'todo' });
  });

  it('cancels when focus leaves with Tab, and swallows Up/Down while carrying', () => {
    const carrying: KeyboardMoveState = { mode: 'carrying', cardId: 'c1', from: 'todo', over: 'doing' };
    const tab = keyboardMove(carrying, 'Tab', focused);
    expect(tab.effect).toEqual({ kind: 'cancel', cardId: 'c1', column: 'todo' });
    expect(tab.handled).toBe(false);
    const down = keyboardMove(carrying, 'ArrowDown', focused);
    expect(down.state).toBe(carrying);
    expect(down.handled).toBe(true);
    expect(keyboardMove(carrying, 'a', focused).handled).toBe(false);
  });
});
