import { describe, expect, it } from 'vitest';
import { keyResultIndexAt, setKeyResultId, suggestKeyResultId } from '../../../src/core/edits/setKeyResultId.js';
import { parseGoalFile } from '../../../src/core/parse.js';
import { edited, expectUnchangedOutsideEdits, frontMatterData, okEdits } from './editChecks.js';

const goal = (keyResults: string, eol = '\n') =>
  ['---', 'objective: Pitch my ideas # why it matters', 'quarter: 2026-Q4', 'key_results:', ...keyResults.split('\n'), '---', 'Notes stay.', ''].join(eol);

describe('setKeyResultId', () => {
  it('adds id as the first key of a block item, at the column of its keys', () => {
    const text = goal('  - title: Present at two demos # talks\n    target: 2');
    const after = edited(text, setKeyResultId(text, { index: 0, id: 'demo-talks' }));
    expect(after).toBe(text.replace('  - title: Present', '  - id: demo-talks\n    title: Present'));
    expect(parseGoalFile('g', '1', after).diagnostics).toEqual([]);
  });

  it('handles a dash on its own line, CRLF files and flow items', () => {
    const ownLine = goal('-\n    title: A');
    expect(edited(ownLine, setKeyResultId(ownLine, { index: 0, id: 'a' }))).toBe(ownLine.replace('    title: A', '    id: a\n    title: A'));
    const crlf = goal('  - title: A\n  - id: b\n    title: B', '\r\n');
    expect(edited(crlf, setKeyResultId(crlf, { index: 0, id: 'a' }))).toBe(crlf.replace('  - title: A', '  - id: a\r\n    title: A'));
    const flow = goal('  - {title: A, target: 3}');
    expect(edited(flow, setKeyResultId(flow, { index: 0, id: 'a' }))).toBe(flow.replace('{title: A', '{id: a, title: A'));
  });

  it('replaces a malformed id in place and leaves the rest byte-for-byte', () => {
    const text = goal('  - id: KR 1   # old\n    title: A\n  - id: b\n    title: B');
    const edits = okEdits(setKeyResultId(text, { index: 0, id: 'kr-1' }));
    const after = edited(text, setKeyResultId(text, { index: 0, id: 'kr-1' }));
    expectUnchangedOutsideEdits(text, after, edits);
    expect(after).toContain('  - id: kr-1   # old\n');
    expect((frontMatterData(after).key_results as { id: string }[]).map((item) => item.id)).toEqual(['kr-1', 'b']);
  });

  it('refuses duplicates, bad ids, missing items and broken files', () => {
    const text = goal('  - title: A\n  - id: b\n    title: B');
    expect(setKeyResultId(text, { index: 0, id: 'b' })).toMatchObject({ ok: false, code: 'duplicate-id' });
    expect(setKeyResultId(text, { index: 0, id: 'Not Valid' })).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(setKeyResultId(text, { index: 5, id: 'x' })).toMatchObject({ ok: false, code: 'unknown-key-result' });
    expect(setKeyResultId(text.replace('quarter: 2026-Q4', 'quarter: [oops'), { index: 0, id: 'a' })).toMatchObject({ ok: false });
    expect(setKeyResultId(text, { index: 1, id: 'b' })).toEqual({ ok: true, edits: [] });
  });
});

describe('keyResultIndexAt and suggestKeyResultId', () => {
  const text = goal('  - id: first\n    title: First\n  - title: Give 2 talks at the guild about tracing\n  - title: First\n  - title: "!!!"');

  it('finds the key result under a diagnostic offset', () => {
    const missing = parseGoalFile('g', '1', text).diagnostics.filter((diagnostic) => diagnostic.code === 'missing-kr-id');
    expect(missing.map((diagnostic) => keyResultIndexAt(text, diagnostic.range.start))).toEqual([1, 2, 3]);
    expect(keyResultIndexAt(text, 0)).toBeUndefined();
  });

  it('derives a short slug from the title, unique in the file', () => {
    expect(suggestKeyResultId(text, 1)).toBe('give-2-talks-at-the-guild');
    expect(suggestKeyResultId(text, 2)).toBe('first-2');
    expect(suggestKeyResultId(text, 3)).toBe('kr-4');
  });
});
