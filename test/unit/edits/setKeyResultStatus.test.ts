import { describe, expect, it } from 'vitest';
import { setKeyResultStatus } from '../../../src/core/edits/setKeyResultStatus.js';
import { edited, okEdits } from './editChecks.js';

const goal = (keyResults: string) => `---\nobjective: Ship it\nkey_results:\n${keyResults}\n---\n## Check-ins\n`;

describe('setKeyResultStatus', () => {
  it('replaces a plain status and keeps the comment after it', () => {
    const text = goal('  - id: a\n    status: todo  # started late\n    title: A');
    expect(edited(text, setKeyResultStatus(text, { keyResultId: 'a', status: 'doing' }))).toBe(text.replace('status: todo  #', 'status: doing  #'));
  });

  it('keeps the quoting style the user chose for the status', () => {
    const single = goal("  - id: a\n    title: A\n    status: 'todo'");
    expect(edited(single, setKeyResultStatus(single, { keyResultId: 'a', status: 'done' }))).toContain("status: 'done'");
    const double = goal('  - {id: a, title: A, status: "todo"}');
    expect(edited(double, setKeyResultStatus(double, { keyResultId: 'a', status: 'dropped' }))).toContain('status: "dropped"}');
  });

  it('adds a missing status, also for todo (explicit beats implicit)', () => {
    const text = goal('  - id: a\n    title: A\n  - id: b\n    title: B');
    expect(edited(text, setKeyResultStatus(text, { keyResultId: 'b', status: 'todo' }))).toBe(text.replace('    title: B\n', '    title: B\n    status: todo\n'));
    const flow = goal('  - {id: a, title: A}');
    expect(edited(flow, setKeyResultStatus(flow, { keyResultId: 'a', status: 'done' }))).toContain('{id: a, title: A, status: done}');
  });

  it('finds numeric-looking ids and leaves other key results alone', () => {
    const text = goal('  - id: 2026\n    title: Year\n    status: todo\n  - id: b\n    title: B\n    status: todo');
    expect(edited(text, setKeyResultStatus(text, { keyResultId: '2026', status: 'done' }))).toBe(text.replace('status: todo', 'status: done'));
  });

  it('is idempotent', () => {
    const text = goal('  - id: a\n    title: A\n    status: doing');
    expect(okEdits(setKeyResultStatus(text, { keyResultId: 'a', status: 'doing' }))).toEqual([]);
  });

  it('refuses unknown statuses and ids', () => {
    const text = goal('  - id: a\n    title: A');
    expect(setKeyResultStatus(text, { keyResultId: 'a', status: 'started' as never })).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(setKeyResultStatus(text, { keyResultId: 'nope', status: 'done' })).toMatchObject({ ok: false, code: 'unknown-key-result', message: 'No key result "nope" in this file.' });
  });

  it('refuses a status that is not a single value', () => {
    const text = goal('  - id: a\n    title: A\n    status:\n      - doing');
    expect(setKeyResultStatus(text, { keyResultId: 'a', status: 'done' })).toMatchObject({ ok: false, code: 'not-editable' });
  });
});
