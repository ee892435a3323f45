import { describe, expect, it } from 'vitest';
import { parseTargetInput, suggestedKeyResultId, validateKeyResultId, validateKeyResultTitle } from '../../../src/commands/keyResultInput';

describe('Add Key Result input', () => {
  it('needs a title', () => {
    expect(validateKeyResultTitle('Present at 2 demos')).toBeUndefined();
    expect(validateKeyResultTitle('  ')).toMatch(/Write the result/);
  });

  it('suggests an id from the title that the file does not use yet', () => {
    expect(suggestedKeyResultId('Present at 2 sprint demos!', [])).toBe('present-at-2-sprint-demos');
    expect(suggestedKeyResultId('Present at 2 sprint demos', ['present-at-2-sprint-demos'])).toBe('present-at-2-sprint-demos-2');
    expect(suggestedKeyResultId('!!!', [])).toBe('kr');
  });

  it('accepts only new ids of the format', () => {
    expect(validateKeyResultId('demo-talks', ['course'])).toBeUndefined();
    expect(validateKeyResultId('course', ['course'])).toMatch(/already has/);
    expect(validateKeyResultId('Demo Talks', [])).toMatch(/lowercase/);
    expect(validateKeyResultId('-x', [])).toMatch(/lowercase/);
  });

  it('reads an optional target', () => {
    expect(parseTargetInput('')).toEqual({ target: undefined });
    expect(parseTargetInput('2')).toEqual({ target: 2 });
    expect(parseTargetInput('1,5')).toEqual({ target: 1.5 });
    expect(parseTargetInput('two')).toHaveProperty('error');
    expect(parseTargetInput('-1')).toHaveProperty('error');
  });
});
