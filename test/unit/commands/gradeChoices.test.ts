import { describe, expect, it } from 'vitest';
import { bandName, gradeChoices, parseGradeInput } from '../../../src/commands/gradeChoices';

describe('gradeChoices', () => {
  it('offers 0.0 to 1.0 in tenths, each with its OKR band', () => {
    const choices = gradeChoices();
    expect(choices.map((choice) => choice.grade)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(choices[0]?.label).toBe('0.0 — missed (red)');
    expect(choices[3]?.label).toBe('0.3 — missed (red)');
    expect(choices[4]?.label).toBe('0.4 — progress (yellow)');
    expect(choices[7]?.label).toBe('0.7 — success (green)');
    expect(choices[10]?.label).toBe('1.0 — success (green)');
    expect(bandName(0.65)).toBe('success (green)');
    expect(bandName(0.35)).toBe('progress (yellow)');
  });
});

describe('parseGradeInput', () => {
  it('reads decimals, decimal commas and percentages', () => {
    expect(parseGradeInput('0.65')).toEqual({ grade: 0.65 });
    expect(parseGradeInput(' 0,7 ')).toEqual({ grade: 0.7 });
    expect(parseGradeInput('.5')).toEqual({ grade: 0.5 });
    expect(parseGradeInput('1')).toEqual({ grade: 1 });
    expect(parseGradeInput('70%')).toEqual({ grade: 0.7 });
  });

  it('explains what is wrong with anything else', () => {
    expect(parseGradeInput('good')).toEqual({ error: '"good" is not a grade: type a number from 0 to 1, such as 0.7.' });
    expect(parseGradeInput('-0.2')).toHaveProperty('error');
    expect(parseGradeInput('')).toHaveProperty('error');
    expect(parseGradeInput('7')).toEqual({ error: 'A grade goes from 0 to 1 (for 7 %, type 0.07).' });
    expect(parseGradeInput('150%')).toEqual({ error: 'A grade goes from 0 to 1.' });
  });
});
