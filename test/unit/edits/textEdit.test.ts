import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../../../src/core/textEdit.js';

describe('applyTextEdits', () => {
  it('returns the text unchanged without edits', () => {
    expect(applyTextEdits('abc', [])).toBe('abc');
  });

  it('applies replacements, insertions and deletions given in any order', () => {
    const edits = [
      { start: 6, end: 6, newText: '!' },
      { start: 0, end: 1, newText: 'J' },
      { start: 3, end: 4, newText: '' },
    ];
    expect(applyTextEdits('hello world', edits)).toBe('Jelo !world');
  });

  it('keeps the given order for insertions at the same offset, before a replacement there', () => {
    const edits = [
      { start: 1, end: 2, newText: 'X' },
      { start: 1, end: 1, newText: 'a' },
      { start: 1, end: 1, newText: 'b' },
    ];
    expect(applyTextEdits('012', edits)).toBe('0abX2');
  });

  it('throws on overlapping edits instead of guessing', () => {
    expect(() =>
      applyTextEdits('abcdef', [
        { start: 1, end: 4, newText: '' },
        { start: 3, end: 5, newText: '' },
      ]),
    ).toThrow(RangeError);
  });

  it('throws on edits outside the text', () => {
    expect(() => applyTextEdits('abc', [{ start: 2, end: 4, newText: '' }])).toThrow(RangeError);
    expect(() => applyTextEdits('abc', [{ start: -1, end: 0, newText: '' }])).toThrow(RangeError);
    expect(() => applyTextEdits('abc', [{ start: 2, end: 1, newText: '' }])).toThrow(RangeError);
  });
});
