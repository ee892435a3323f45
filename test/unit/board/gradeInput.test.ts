import { describe, expect, it } from 'vitest';
import { parseGradeInput, stepGrade } from '../../../webview-ui/src/gradeInput';

describe('parseGradeInput', () => {
  it('reads the ways people type a grade', () => {
    for (const [text, grade] of [['0.7', 0.7], ['.7', 0.7], ['0,7', 0.7], [' 1 ', 1], ['0', 0], ['1.0', 1], ['70%', 0.7], ['0.70', 0.7]] as const) {
      expect(parseGradeInput(text), text).toEqual({ ok: true, grade });
    }
  });

  it('refuses out of range, finer than 0.1, and non-numbers with a reason', () => {
    for (const text of ['', '1.1', '-0.1', '0.75', 'abc', '7', '0x1', '1e-1', 'Infinity', '<img src=x>']) {
      const parsed = parseGradeInput(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toBe(text === '' ? 'empty' : ['1.1', '7'].includes(text) ? 'out-of-range' : text === '0.75' ? 'not-a-step' : 'not-a-number');
    }
  });
});

describe('stepGrade', () => {
  it('steps by 0.1 within 0.0–1.0 without float noise', () => {
    expect(stepGrade(0.2, 1)).toBe(0.3);
    expect(stepGrade(0.7, -1)).toBe(0.6);
    expect(stepGrade(1, 1)).toBe(1);
    expect(stepGrade(0, -1)).toBe(0);
    expect(stepGrade(undefined, 1)).toBe(0.1);
    expect(stepGrade(undefined, -1)).toBe(0);
  });
});
