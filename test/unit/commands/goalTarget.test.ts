import { describe, expect, it } from 'vitest';
import { answersOf, asGoalTarget, asMoveTarget } from '../../../src/commands/goalTarget';

describe('command arguments', () => {
  it('accepts a GoalTarget and ignores what is not one', () => {
    expect(asGoalTarget({ uri: 'file:///g.md', keyResultId: 'a', label: 'tree item' })).toEqual({ uri: 'file:///g.md', keyResultId: 'a' });
    expect(asGoalTarget({ uri: 'file:///g.md', keyResultId: '' })).toEqual({ uri: 'file:///g.md' });
    expect(asGoalTarget(undefined)).toBeUndefined();
    expect(asGoalTarget({ uri: 3 })).toBeUndefined();
    expect(asGoalTarget('file:///g.md')).toBeUndefined();
  });

  it('reads a move only with a known status', () => {
    expect(asMoveTarget({ uri: 'u', keyResultId: 'a', status: 'done' })).toEqual({ uri: 'u', keyResultId: 'a', status: 'done' });
    expect(asMoveTarget({ uri: 'u', keyResultId: 'a', status: 'finished' })).toBeUndefined();
    expect(asMoveTarget({ uri: 'u', status: 'done' })).toBeUndefined();
  });

  it('treats a tree selection array as no answers', () => {
    expect(answersOf({ grade: 0.7 })).toEqual({ grade: 0.7 });
    expect(answersOf([{ uri: 'u' }])).toEqual({});
    expect(answersOf(null)).toEqual({});
  });
});
