import { describe, expect, it } from 'vitest';
import { parseConfidenceInput, validateProgress } from '../../../src/commands/checkInInput';

describe('check-in input', () => {
  it('requires some progress text', () => {
    expect(validateProgress('Gave the demo')).toBeUndefined();
    expect(validateProgress('   ')).toMatch(/Write what moved/);
  });

  it('takes an empty confidence as not given and reads 0..1, decimal commas and percentages', () => {
    expect(parseConfidenceInput('')).toEqual({ confidence: undefined });
    expect(parseConfidenceInput('0.6')).toEqual({ confidence: 0.6 });
    expect(parseConfidenceInput('0,6')).toEqual({ confidence: 0.6 });
    expect(parseConfidenceInput('60%')).toEqual({ confidence: 0.6 });
    expect(parseConfidenceInput('1')).toEqual({ confidence: 1 });
  });

  it('rejects anything else with a message', () => {
    expect(parseConfidenceInput('high')).toHaveProperty('error');
    expect(parseConfidenceInput('-1')).toHaveProperty('error');
    expect(parseConfidenceInput('6')).toEqual({ error: 'Confidence goes from 0 (no chance) to 1 (certain).' });
  });
});
