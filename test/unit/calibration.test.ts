import { describe, expect, it } from 'vitest';
import { calibrationOf, calibrationSentence } from '../../src/core/calibration';
import type { Objective } from '../../src/core/model';
import { parseGoalFile } from '../../src/core/parse';
import { previousQuarter } from '../../src/core/quarterBefore';

function objective(quarter: string, grades: (number | undefined)[], status = 'done'): Objective {
  const keyResults = grades.map((grade, i) => `  - {id: k${i}, title: K${i}${grade === undefined ? '' : `, grade: ${grade}`}}`).join('\n');
  return parseGoalFile('g', '1', `---\nobjective: O\nquarter: ${quarter}\nstatus: ${status}\nkey_results:\n${keyResults}\n---\n`).objective as Objective;
}

describe('calibrationOf', () => {
  it('too-safe when both quarters average above 0.9', () => {
    const result = calibrationOf('2026-Q4', [objective('2026-Q3', [1, 0.95]), objective('2026-Q4', [0.9, 1, 1]), objective('2026-Q2', [0.1])]);
    expect(result).toEqual({ quarters: [{ quarter: '2026-Q3', averageGrade: 0.98 }, { quarter: '2026-Q4', averageGrade: 0.97 }], verdict: 'too-safe' });
    expect(calibrationSentence(result)).toBe('Goals may be too safe: 2026-Q3 averaged 0.98, 2026-Q4 0.97, both above 0.9. Aim higher next quarter; about 0.7 is a good stretch.');
  });

  it('too-hard when both average below 0.4; healthy otherwise', () => {
    expect(calibrationOf('2026-Q1', [objective('2025-Q4', [0.3]), objective('2026-Q1', [0.2, 0.5])]).verdict).toBe('too-hard');
    expect(calibrationOf('2026-Q1', [objective('2025-Q4', [0.3]), objective('2026-Q1', [0.9, 0.5])]).verdict).toBe('healthy');
    expect(calibrationOf('2026-Q1', [objective('2025-Q4', [1]), objective('2026-Q1', [0.9])]).verdict).toBe('healthy');
  });

  it('not-enough-data with fewer than two graded quarters; ungraded, dropped KRs and dropped objectives do not count', () => {
    const result = calibrationOf('2026-Q4', [objective('2026-Q3', [undefined]), objective('2026-Q4', [1]), objective('2026-Q3', [0.1], 'dropped')]);
    expect(result).toEqual({ quarters: [{ quarter: '2026-Q3', averageGrade: null }, { quarter: '2026-Q4', averageGrade: 1 }], verdict: 'not-enough-data' });
    expect(calibrationSentence(result)).toContain('2026-Q3 averaged –, 2026-Q4 1.00');
  });

  it('steps back over a year boundary', () => {
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
  });
});
