import { describe, expect, it } from 'vitest';
import { parseConfidence } from '../../src/core/confidence';

describe('parseConfidence', () => {
  it('takes an empty input as not given and reads 0..1, decimal commas and percentages', () => {
    expect(parseConfidence('')).toEqual({ confidence: undefined });
    expect(parseConfidence('  ')).toEqual({ confidence: undefined });
    expect(parseConfidence('0.6')).toEqual({ confidence: 0.6 });
    expect(parseConfidence('.6')).toEqual({ confidence: 0.6 });
    expect(parseConfidence('0,6')).toEqual({ confidence: 0.6 });
    expect(parseConfidence('60%')).toEqual({ confidence: 0.6 });
    expect(parseConfidence(' 80 % ')).toEqual({ confidence: 0.8 });
    expect(parseConfidence('57%')).toEqual({ confidence: 0.57 });
    expect(parseConfidence('100%')).toEqual({ confidence: 1 });
    expect(parseConfidence('0%')).toEqual({ confidence: 0 });
    expect(parseConfidence('1')).toEqual({ confidence: 1 });
  });

  it('refuses anything else, saying what to type', () => {
    expect(parseConfidence('80')).toEqual({ error: 'Confidence goes from 0 (no chance) to 1 (certain): write 80% or 0.8.' });
    expect(parseConfidence('150%')).toEqual({ error: 'Confidence goes from 0% (no chance) to 100% (certain), not 150%.' });
    expect(parseConfidence('1000')).toEqual({ error: 'Confidence goes from 0 (no chance) to 1 (certain).' });
    for (const bad of ['high', '-1', '-10%', '0.6.1', '1e-1', '%', '0x1', 'NaN', 'Infinity']) {
      expect(parseConfidence(bad), bad).toEqual({ error: expect.stringContaining('is not a confidence') });
    }
  });
});
