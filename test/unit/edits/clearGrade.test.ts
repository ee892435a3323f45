import { describe, expect, it } from 'vitest';
import { clearGrade } from '../../../src/core/edits/clearGrade.js';
import { setGrade } from '../../../src/core/edits/setGrade.js';
import { parseGoalFile } from '../../../src/core/parse.js';
import { edited, expectUnchangedOutsideEdits, okEdits } from './editChecks.js';

const goal = (keyResults: string, eol = '\n') =>
  ['---', 'objective: Pitch my ideas more clearly # why it matters', 'quarter: 2026-Q4', 'key_results:', ...keyResults.split('\n'), '---', 'Notes stay.', ''].join(eol);

describe('clearGrade', () => {
  it('removes only the grade line; comments on their own lines and the other keys stay', () => {
    const text = goal('  - id: a\n    title: A\n    # graded at the review with Sam\n    grade: 0.5   # first guess\n    target: 2\n  - id: b\n    title: B\n    grade: 1');
    const after = edited(text, clearGrade(text, { keyResultId: 'a' }));
    expect(after).toBe(text.replace('    grade: 0.5   # first guess\n', ''));
    expectUnchangedOutsideEdits(text, after, okEdits(clearGrade(text, { keyResultId: 'a' })));
    const keyResults = parseGoalFile('file:///g.md', '1', after).objective?.keyResults;
    expect(keyResults?.map((keyResult) => keyResult.grade)).toEqual([undefined, 1]);
  });

  it('removes `, grade: x` from a flow mapping, and keeps CRLF line endings', () => {
    const flow = goal('  - {id: a, title: "Demo, twice", grade: 0.25}  # flow');
    expect(edited(flow, clearGrade(flow, { keyResultId: 'a' }))).toBe(flow.replace(', grade: 0.25}', '}'));
    const crlf = goal('  - id: a\n    grade: 0.6\n    title: A', '\r\n');
    expect(edited(crlf, clearGrade(crlf, { keyResultId: 'a' }))).toBe(crlf.replace('    grade: 0.6\r\n', ''));
  });

  it('is a no-op without a grade, and undoes setGrade exactly', () => {
    const text = goal('  - id: a\n    title: A\n    target: 2');
    expect(clearGrade(text, { keyResultId: 'a' })).toEqual({ ok: true, edits: [] });
    const graded = edited(text, setGrade(text, { keyResultId: 'a', grade: 0.7 }));
    expect(edited(graded, clearGrade(graded, { keyResultId: 'a' }))).toBe(text);
  });

  it('refuses unknown ids, broken files and aliased grades', () => {
    const text = goal('  - id: a\n    title: A\n    grade: 0.5');
    expect(clearGrade(text, { keyResultId: 'nope' })).toMatchObject({ ok: false, code: 'unknown-key-result' });
    expect(clearGrade(text.replace('quarter: 2026-Q4', 'quarter: [2026'), { keyResultId: 'a' })).toMatchObject({ ok: false, code: 'yaml-errors' });
    const aliased = goal('  - id: a\n    title: A\n    grade: &g 0.5\n  - id: b\n    title: B\n    grade: *g');
    expect(clearGrade(aliased, { keyResultId: 'a' })).toMatchObject({ ok: false, code: 'not-editable' });
  });
});
