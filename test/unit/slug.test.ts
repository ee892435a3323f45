import { describe, expect, it } from 'vitest';
import { slugOf, uniqueName } from '../../src/core/slug';

describe('slugOf', () => {
  it('makes lowercase ASCII words joined by dashes, folding accents', () => {
    expect(slugOf('Explain my ideas — clearly!')).toBe('explain-my-ideas-clearly');
    expect(slugOf('Présenter à la démo')).toBe('presenter-a-la-demo');
    expect(slugOf('  ***  ')).toBe('');
  });

  it('cuts long text at a word boundary, and a single long word at the limit', () => {
    expect(slugOf('Hand four stories I would normally take to teammates', 30)).toBe('hand-four-stories-i-would');
    expect(slugOf('a'.repeat(50), 10)).toBe('a'.repeat(10));
  });
});

describe('uniqueName', () => {
  it('adds -2, -3… until the name is free', () => {
    const taken = new Set(['goal', 'goal-2']);
    expect(uniqueName('goal', (name) => taken.has(name))).toBe('goal-3');
    expect(uniqueName('other', (name) => taken.has(name))).toBe('other');
  });
});
