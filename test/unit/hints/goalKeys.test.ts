import { describe, expect, it } from 'vitest';
import { parseGoalFile, parseGoalFileExactly } from '../../../src/core/parse';
import { suggestedGrade } from '../../../src/core/suggestedGrade';
import type { KeyResult } from '../../../src/core/model';

describe('time:, budget: and silence: keys', () => {
  const text = '---\nobjective: O\ntime: 4h per sprint\nbudget: 600\nsilence: [routine-work]\nkey_results:\n  - id: a\n    title: A\n    silence: all\n---\n';

  it('are read by both parser paths, without unknown-key warnings', () => {
    for (const parse of [parseGoalFile, parseGoalFileExactly]) {
      const file = parse('g', '1', text);
      expect(file.diagnostics).toEqual([]);
      expect(file.objective).toMatchObject({ time: '4h per sprint', budget: '600', silence: ['routine-work'], keyResults: [{ id: 'a', silence: ['all'] }] });
    }
  });

  it('warns about a silenced code that does not exist, with the closest one', () => {
    const file = parseGoalFile('g', '1', '---\nobjective: O\nsilence: [routine-wrk, all]\n---\n');
    expect(file.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.message, diagnostic.range.line, diagnostic.range.column])).toEqual([
      ['unknown-hint', 'warning', 'Unknown hint "routine-wrk" in silence: did you mean routine-work?', 3, 11],
    ]);
  });
});

describe('suggestedGrade', () => {
  const keyResult = (fields: Partial<KeyResult>): KeyResult => ({ id: 'a', title: 'A', status: 'doing', weight: 1, range: { start: 0, end: 1, line: 1, column: 1 }, ...fields });

  it('is the measured progress in tenths, and nothing without a target', () => {
    expect(suggestedGrade(keyResult({ target: 3, current: 2 }))).toBe(0.7);
    expect(suggestedGrade(keyResult({ target: 4, current: 5 }))).toBe(1);
    expect(suggestedGrade(keyResult({ target: 10 }))).toBe(0);
    expect(suggestedGrade(keyResult({}))).toBeUndefined();
  });
});
