import { describe, expect, it } from 'vitest';
import { moveObjectiveToQuarter } from '../../../src/core/edits/moveObjectiveToQuarter.js';
import { edited, okEdits } from './editChecks.js';

describe('moveObjectiveToQuarter', () => {
  it('replaces the quarter, keeping its quoting and comment', () => {
    const text = "---\nobjective: Learn tracing\nquarter: '2026-Q3'  # slipped once\nstatus: active\n---\nBody\n";
    expect(edited(text, moveObjectiveToQuarter(text, { quarter: '2026-Q4' }))).toBe(text.replace("'2026-Q3'", "'2026-Q4'"));
  });

  it('adds a quarter right after the objective', () => {
    const text = '---\r\n# a backlog idea\r\nobjective: Learn tracing\r\nstatus: backlog\r\n---\r\n';
    expect(edited(text, moveObjectiveToQuarter(text, { quarter: '2027-Q1' }))).toBe('---\r\n# a backlog idea\r\nobjective: Learn tracing\r\nquarter: 2027-Q1\r\nstatus: backlog\r\n---\r\n');
  });

  it('removes the whole quarter line to go back to the backlog', () => {
    const text = '\uFEFF---\r\nobjective: Learn tracing\r\nquarter: 2026-Q4 # this quarter\r\n# status comment stays\r\nstatus: active\r\n---\r\n';
    expect(edited(text, moveObjectiveToQuarter(text, { quarter: undefined }))).toBe(
      '\uFEFF---\r\nobjective: Learn tracing\r\n# status comment stays\r\nstatus: active\r\n---\r\n',
    );
    const last = '---\nobjective: Learn tracing\nquarter: 2026-Q4\n---\n';
    expect(edited(last, moveObjectiveToQuarter(last, { quarter: undefined }))).toBe('---\nobjective: Learn tracing\n---\n');
  });

  it('removes the quarter from a flow mapping with its comma', () => {
    const middle = '---\n{objective: A, quarter: 2026-Q4, status: active}\n---\n';
    expect(edited(middle, moveObjectiveToQuarter(middle, { quarter: undefined }))).toBe('---\n{objective: A, status: active}\n---\n');
    const last = '---\n{objective: A, quarter: 2026-Q4}\n---\n';
    expect(edited(last, moveObjectiveToQuarter(last, { quarter: undefined }))).toBe('---\n{objective: A}\n---\n');
  });

  it('is idempotent both ways', () => {
    expect(okEdits(moveObjectiveToQuarter('---\nobjective: A\n---\n', { quarter: undefined }))).toEqual([]);
    expect(okEdits(moveObjectiveToQuarter('---\nobjective: A\nquarter: "2026-Q4"\n---\n', { quarter: '2026-Q4' }))).toEqual([]);
  });

  it('refuses bad quarters', () => {
    const text = '---\nobjective: A\n---\n';
    for (const quarter of ['2026-Q5', '2026-q4', 'Q4 2026', '', '2026-Q4 ', 2026]) {
      expect(moveObjectiveToQuarter(text, { quarter: quarter as string })).toMatchObject({ ok: false, code: 'invalid-value' });
    }
  });

  it('refuses to remove an anchored quarter that an alias uses', () => {
    const text = '---\nobjective: A\nquarter: &q 2026-Q4\nreview_in: *q\n---\n';
    expect(moveObjectiveToQuarter(text, { quarter: undefined })).toMatchObject({ ok: false, code: 'not-editable' });
    expect(moveObjectiveToQuarter(text, { quarter: '2027-Q1' })).toMatchObject({ ok: false, code: 'not-editable' });
  });
});
