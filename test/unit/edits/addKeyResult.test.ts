import { describe, expect, it } from 'vitest';
import { addKeyResult } from '../../../src/core/edits/addKeyResult.js';
import { parseGoalFile } from '../../../src/core/parse.js';
import { edited, frontMatterData } from './editChecks.js';

describe('addKeyResult', () => {
  it('appends after the last item in the same layout (2-space indent)', () => {
    const text = '---\nobjective: Demo more\nkey_results:\n  - id: a\n    title: A # first\n\nstatus: active\n---\nBody\n';
    expect(edited(text, addKeyResult(text, { id: 'demo-talks', title: 'Present at two demos', target: 2 }))).toBe(
      '---\nobjective: Demo more\nkey_results:\n  - id: a\n    title: A # first\n  - id: demo-talks\n    title: Present at two demos\n    target: 2\n\nstatus: active\n---\nBody\n',
    );
  });

  it('copies wide dashes, unindented dashes and dashes on their own line', () => {
    const wide = '---\nobjective: O\nkey_results:\n-   id: a\n    title: A\n---\n';
    expect(edited(wide, addKeyResult(wide, { id: 'b', title: 'B' }))).toBe('---\nobjective: O\nkey_results:\n-   id: a\n    title: A\n-   id: b\n    title: B\n---\n');
    const ownLine = '---\r\nobjective: O\r\nkey_results:\r\n    -\r\n        title: A\r\n        id: a\r\n---\r\n';
    expect(edited(ownLine, addKeyResult(ownLine, { id: 'b', title: 'B' }))).toBe(
      '---\r\nobjective: O\r\nkey_results:\r\n    -\r\n        title: A\r\n        id: a\r\n    -\r\n        id: b\r\n        title: B\r\n---\r\n',
    );
  });

  it('quotes the title only when YAML needs it', () => {
    const text = '---\nobjective: O\nkey_results:\n  - id: a\n    title: A\n---\n';
    const titleOf = (title: string) => edited(text, addKeyResult(text, { id: 'b', title })).split('\n').find((line) => line.startsWith('    title: ') && line !== '    title: A');
    expect(titleOf('Plain words, even with commas')).toBe('    title: Plain words, even with commas');
    expect(titleOf('Ratio: 2 of 3')).toBe('    title: "Ratio: 2 of 3"');
    expect(titleOf('Fix #42')).toBe('    title: "Fix #42"');
    expect(titleOf('*Starred*')).toBe('    title: "*Starred*"');
    expect(titleOf('"Quoted" talk')).toBe('    title: \'"Quoted" talk\'');
    expect(titleOf('true')).toBe('    title: "true"');
    expect(titleOf('Ünïcödé 🚀')).toBe('    title: Ünïcödé 🚀');
    expect(titleOf('two\nlines')).toBe('    title: two lines');
  });

  it('writes flow items into flow lists and next to flow items', () => {
    const flowList = '---\nobjective: O\nkey_results: [{id: a, title: A}] # inline\n---\n';
    expect(edited(flowList, addKeyResult(flowList, { id: 'b', title: 'B, then C' }))).toBe(
      '---\nobjective: O\nkey_results: [{id: a, title: A}, {id: b, title: "B, then C"}] # inline\n---\n',
    );
    const empty = '---\nobjective: O\nkey_results: []\n---\n';
    expect(edited(empty, addKeyResult(empty, { id: 'b', title: 'B' }))).toBe('---\nobjective: O\nkey_results: [{id: b, title: B}]\n---\n');
    const flowItems = '---\nobjective: O\nkey_results:\n  - { id: a, title: A }\n---\n';
    expect(edited(flowItems, addKeyResult(flowItems, { id: 'b', title: 'B', target: 3 }))).toBe(
      '---\nobjective: O\nkey_results:\n  - { id: a, title: A }\n  - { id: b, title: B, target: 3 }\n---\n',
    );
  });

  it('creates the list when it is missing or empty', () => {
    const missing = '---\nobjective: O\ncareer:\n- craft\n---\n';
    expect(edited(missing, addKeyResult(missing, { id: 'a', title: 'A' }))).toBe('---\nobjective: O\ncareer:\n- craft\nkey_results:\n- id: a\n  title: A\n---\n');
    const bare = '---\nobjective: O\n---\n';
    expect(edited(bare, addKeyResult(bare, { id: 'a', title: 'A' }))).toBe('---\nobjective: O\nkey_results:\n  - id: a\n    title: A\n---\n');
    const empty = '---\nkey_results:   # none yet\nobjective: O\n---\n';
    expect(edited(empty, addKeyResult(empty, { id: 'a', title: 'A' }))).toBe('---\nkey_results:   # none yet\n  - id: a\n    title: A\nobjective: O\n---\n');
    const tilde = '---\nobjective: O\nkey_results: ~\n---\n';
    expect(edited(tilde, addKeyResult(tilde, { id: 'a', title: 'A' }))).toBe('---\nobjective: O\nkey_results:\n  - id: a\n    title: A\n---\n');
  });

  it('quotes ids that YAML would read as numbers, and the parser reads them back', () => {
    const text = '---\nobjective: O\nkey_results:\n  - id: a\n    title: A\n---\n';
    const after = edited(text, addKeyResult(text, { id: '1e3', title: 'Thousand' }));
    expect(after).toContain('  - id: "1e3"\n');
    expect(frontMatterData(after).key_results).toEqual([
      { id: 'a', title: 'A' },
      { id: '1e3', title: 'Thousand' },
    ]);
    expect(parseGoalFile('g.md', '1', after).objective?.keyResults.map((keyResult) => keyResult.id)).toEqual(['a', '1e3']);
  });

  it('refuses duplicate ids, bad ids, empty titles and bad targets', () => {
    const text = '---\nobjective: O\nkey_results:\n  - id: a\n    title: A\n---\n';
    expect(addKeyResult(text, { id: 'a', title: 'Again' })).toMatchObject({ ok: false, code: 'duplicate-id', message: 'A key result with id "a" already exists in this file.' });
    for (const id of ['', 'Has-Caps', '-lead', 'with space', 'ü']) expect(addKeyResult(text, { id, title: 'T' })).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(addKeyResult(text, { id: 'b', title: ' \n ' })).toMatchObject({ ok: false, code: 'invalid-value' });
    for (const target of [NaN, -1, Infinity]) expect(addKeyResult(text, { id: 'b', title: 'T', target })).toMatchObject({ ok: false, code: 'invalid-value' });
  });

  it('refuses lists it cannot extend safely', () => {
    expect(addKeyResult('---\nobjective: O\nkey_results: &k\n  - id: a\n    title: A\nagain: *k\n---\n', { id: 'b', title: 'B' })).toMatchObject({ ok: false, code: 'not-editable' });
    expect(addKeyResult('---\nobjective: O\nkey_results: some text\n---\n', { id: 'b', title: 'B' })).toMatchObject({ ok: false, code: 'not-editable' });
  });
});
