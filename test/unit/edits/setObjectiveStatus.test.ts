import { describe, expect, it } from 'vitest';
import { setObjectiveStatus } from '../../../src/core/edits/setObjectiveStatus.js';
import { edited, okEdits } from './editChecks.js';

describe('setObjectiveStatus', () => {
  it('replaces the status value only', () => {
    const text = '---\r\nobjective: Lead the guild\r\nstatus: "active" # since May\r\n---\r\nBody\r\n';
    expect(edited(text, setObjectiveStatus(text, { status: 'done' }))).toBe(text.replace('"active"', '"done"'));
  });

  it('adds a missing status after the quarter, or after the objective', () => {
    const withQuarter = '---\nquarter: 2026-Q4 # q\nobjective: Lead\ntheme: guild\n---\n';
    expect(edited(withQuarter, setObjectiveStatus(withQuarter, { status: 'active' }))).toBe('---\nquarter: 2026-Q4 # q\nstatus: active\nobjective: Lead\ntheme: guild\n---\n');
    const withoutQuarter = '---\r\nobjective: >\r\n  Lead the\r\n  guild\r\ntheme: guild\r\n---\r\n';
    expect(edited(withoutQuarter, setObjectiveStatus(withoutQuarter, { status: 'backlog' }))).toBe(
      '---\r\nobjective: >\r\n  Lead the\r\n  guild\r\nstatus: backlog\r\ntheme: guild\r\n---\r\n',
    );
  });

  it('edits a flow-mapping front-matter', () => {
    const text = '---\n{objective: Lead, quarter: 2026-Q4}\n---\n';
    expect(edited(text, setObjectiveStatus(text, { status: 'dropped' }))).toBe('---\n{objective: Lead, quarter: 2026-Q4, status: dropped}\n---\n');
  });

  it('is idempotent and refuses unknown statuses', () => {
    const text = '---\nobjective: Lead\nstatus: done\n---\n';
    expect(okEdits(setObjectiveStatus(text, { status: 'done' }))).toEqual([]);
    expect(setObjectiveStatus(text, { status: 'paused' as never })).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(setObjectiveStatus(text, { status: 'doing' as never })).toMatchObject({ ok: false, code: 'invalid-value' });
  });

  it('refuses an aliased status', () => {
    const text = '---\ndefaults: &s active\nobjective: Lead\nstatus: *s\n---\n';
    expect(setObjectiveStatus(text, { status: 'done' })).toMatchObject({ ok: false, code: 'not-editable' });
  });
});
