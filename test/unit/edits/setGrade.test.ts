import { describe, expect, it } from 'vitest';
import { setGrade } from '../../../src/core/edits/setGrade.js';
import { edited, frontMatterData, okEdits } from './editChecks.js';

const goal = (keyResults: string, eol = '\n') =>
  ['---', 'objective: Pitch my ideas more clearly # why it matters', 'quarter: 2026-Q4', 'key_results:', ...keyResults.split('\n'), '---', 'Notes stay.', ''].join(eol);

describe('setGrade', () => {
  it('replaces only the scalar of an existing grade, keeping its comment', () => {
    const text = goal('  - id: demo-talks\n    title: Demo twice\n    grade: 0.5   # first guess\n    target: 2');
    expect(edited(text, setGrade(text, { keyResultId: 'demo-talks', grade: 0.7 }))).toBe(text.replace('grade: 0.5   # first guess', 'grade: 0.7   # first guess'));
  });

  it('inserts a grade line indented like the sibling keys (2 and 4 spaces, dash on its own line)', () => {
    const two = goal('  - id: a\n    title: A\n  - id: b\n    title: B');
    expect(edited(two, setGrade(two, { keyResultId: 'a', grade: 1 }))).toBe(two.replace('    title: A\n', '    title: A\n    grade: 1\n'));
    const four = goal('    -   title: A\n        id: a');
    expect(edited(four, setGrade(four, { keyResultId: 'a', grade: 0.35 }))).toBe(four.replace('        id: a\n', '        id: a\n        grade: 0.35\n'));
    const ownLine = goal('-\n    id: a\n    title: A # t');
    expect(edited(ownLine, setGrade(ownLine, { keyResultId: 'a', grade: 0 }))).toBe(ownLine.replace('title: A # t\n', 'title: A # t\n    grade: 0\n'));
  });

  it('appends `, grade: x` inside a flow mapping', () => {
    const text = goal('  - {id: a, title: "Demo, twice"}  # flow');
    expect(edited(text, setGrade(text, { keyResultId: 'a', grade: 0.25 }))).toBe(text.replace('"Demo, twice"}', '"Demo, twice", grade: 0.25}'));
  });

  it('writes at most two decimals and no negative zero', () => {
    const text = goal('  - id: a\n    title: A\n    grade: 0.1');
    const grades: [number, string][] = [
      [0.7, '0.7'],
      [1, '1'],
      [0.35, '0.35'],
      [1 / 3, '0.33'],
      [0.999, '1'],
      [-0, '0'],
    ];
    for (const [grade, written] of grades) {
      expect(edited(text, setGrade(text, { keyResultId: 'a', grade }))).toContain(`    grade: ${written}\n`);
    }
  });

  it('keeps CRLF line endings and a BOM', () => {
    const text = `\uFEFF${goal('  - id: a\r\n    title: A', '\r\n')}`;
    const after = edited(text, setGrade(text, { keyResultId: 'a', grade: 0.6 }));
    expect(after).toBe(text.replace('    title: A\r\n', '    title: A\r\n    grade: 0.6\r\n'));
  });

  it('turns a quoted grade into a number and fills an empty one', () => {
    const quoted = goal('  - id: a\n    title: A\n    grade: "0.5"');
    expect(frontMatterData(edited(quoted, setGrade(quoted, { keyResultId: 'a', grade: 0.8 }))).key_results).toEqual([{ id: 'a', title: 'A', grade: 0.8 }]);
    const empty = goal('  - id: a\n    grade:\n    title: A');
    expect(edited(empty, setGrade(empty, { keyResultId: 'a', grade: 0.8 }))).toContain('    grade: 0.8\n    title: A');
    const emptyWithComment = goal('  - id: a\n    grade: # later\n    title: A');
    expect(edited(emptyWithComment, setGrade(emptyWithComment, { keyResultId: 'a', grade: 0.8 }))).toContain('    grade: 0.8 # later\n');
  });

  it('inserts after a block scalar, not inside it', () => {
    const text = goal('  - id: a\n    title: A\n    notes: |+\n      keep my blank line\n\n  - id: b\n    title: B');
    const after = edited(text, setGrade(text, { keyResultId: 'a', grade: 0.5 }));
    expect(frontMatterData(after).key_results).toEqual([
      { id: 'a', title: 'A', notes: 'keep my blank line\n\n', grade: 0.5 },
      { id: 'b', title: 'B' },
    ]);
  });

  it('changes nothing when the grade already has that value', () => {
    const text = goal('  - id: a\n    title: A\n    grade: 0.50');
    expect(okEdits(setGrade(text, { keyResultId: 'a', grade: 0.5 }))).toEqual([]);
  });

  it('refuses invalid grades', () => {
    const text = goal('  - id: a\n    title: A');
    for (const grade of [NaN, -0.1, 1.01, Infinity, '0.5', undefined]) {
      expect(setGrade(text, { keyResultId: 'a', grade: grade as number })).toMatchObject({ ok: false, code: 'invalid-value' });
    }
  });

  it('refuses unknown and duplicated ids with a clear message', () => {
    const text = goal('  - id: a\n    title: A\n  - id: a\n    title: Again');
    expect(setGrade(text, { keyResultId: 'x', grade: 1 })).toEqual({ ok: false, code: 'unknown-key-result', message: 'No key result "x" in this file.' });
    expect(setGrade(text, { keyResultId: 'a', grade: 1 })).toMatchObject({ ok: false, code: 'duplicate-id' });
  });

  it('refuses files that are not goal files or do not parse', () => {
    expect(setGrade('# Just notes\n', { keyResultId: 'a', grade: 1 })).toMatchObject({ ok: false, code: 'not-a-goal-file' });
    expect(setGrade('---\ntitle: x\n---\n', { keyResultId: 'a', grade: 1 })).toMatchObject({ ok: false, code: 'not-a-goal-file' });
    expect(setGrade('---\nobjective: x\nkey_results: [\n---\n', { keyResultId: 'a', grade: 1 })).toMatchObject({ ok: false, code: 'yaml-errors' });
    expect(setGrade('---\nobjective: x\nobjective: y\n---\n', { keyResultId: 'a', grade: 1 })).toMatchObject({ ok: false, code: 'yaml-errors' });
    expect(setGrade('---\nobjective: x\nkey_results:\n  - id: a\n', { keyResultId: 'a', grade: 1 })).toMatchObject({ ok: false, code: 'not-editable' });
  });

  it('refuses aliases, anchors, tags and block scalars instead of rewriting them', () => {
    const refused = (keyResults: string) => setGrade(goal(keyResults), { keyResultId: 'a', grade: 1 });
    // An anchored value may be shared by aliases elsewhere: changing it would change them too.
    expect(refused('  - id: a\n    title: A\n    grade: &g 0.5\n  - id: b\n    title: B\n    grade: *g')).toMatchObject({ ok: false, code: 'not-editable' });
    expect(refused('  - id: b\n    title: B\n    grade: &g 0.5\n  - id: a\n    title: A\n    grade: *g')).toMatchObject({ ok: false, code: 'not-editable' });
    expect(refused('  - &kr\n    id: a\n    title: A\nother: *kr')).toMatchObject({ ok: false, code: 'not-editable' });
    // An aliased item repeats the id it points to.
    expect(refused('  - &kr\n    id: a\n    title: A\n  - *kr')).toMatchObject({ ok: false, code: 'duplicate-id' });
    expect(refused('  - id: a\n    title: A\n    grade: !!str 0.5')).toMatchObject({ ok: false, code: 'not-editable' });
    expect(refused('  - id: a\n    title: A\n    grade: |\n      0.5')).toMatchObject({ ok: false, code: 'not-editable' });
  });

  it('never throws on malformed arguments', () => {
    const text = goal('  - id: a\n    title: A');
    expect(setGrade(text, undefined as never)).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(setGrade(text, { keyResultId: 42, grade: 0.5 } as never)).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(setGrade(undefined as never, { keyResultId: 'a', grade: 0.5 })).toMatchObject({ ok: false, code: 'not-a-goal-file' });
  });
});
