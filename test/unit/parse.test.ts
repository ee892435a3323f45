import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/core/model';
import { parseGoalFile } from '../../src/core/parse';

const valid = `---
objective: Pitch my ideas more clearly # why: promotion case
quarter: 2026-Q4
status: active
career: [communication, visibility]
theme: platform
commitment: aspirational
key_results:
  - id: demo-talks
    title: Present at two demos
    status: doing
    target: 2
    current: 1
    grade: 0.5
  - id: write-up
    title: "Write: one design doc"
    weight: 2
---
Notes.
`;

function codes(text: string): DiagnosticCode[] {
  return parseGoalFile('file:///g.md', '1', text).diagnostics.map((d) => d.code);
}

function withKeyResult(lines: string): string {
  return `---\nobjective: O\nquarter: 2026-Q4\nkey_results:\n${lines}\n---\n`;
}

describe('parseGoalFile', () => {
  it('reads every field of a valid goal file without diagnostics', () => {
    const file = parseGoalFile('file:///g.md', '1', valid);
    expect(file.diagnostics).toEqual([]);
    expect(file.objective).toMatchObject({
      title: 'Pitch my ideas more clearly',
      quarter: '2026-Q4',
      status: 'active',
      career: ['communication', 'visibility'],
      theme: 'platform',
      commitment: 'aspirational',
    });
    expect(file.objective?.keyResults).toMatchObject([
      { id: 'demo-talks', title: 'Present at two demos', status: 'doing', target: 2, current: 1, grade: 0.5, weight: 1 },
      { id: 'write-up', title: 'Write: one design doc', status: 'todo', weight: 2 },
    ]);
    expect(file.objective?.range.line).toBe(2);
    expect(file.objective?.keyResults[0]?.range).toMatchObject({ line: 9, column: 5 });
    expect(file.objective?.keyResults[1]?.range.line).toBe(15);
  });

  it('ignores Markdown without front-matter or without an objective, quietly', () => {
    expect(parseGoalFile('u', '1', '# Just notes\n')).toEqual({ uri: 'u', version: '1', diagnostics: [] });
    expect(parseGoalFile('u', '1', '---\ntitle: A blog post\n---\nbody')).toEqual({ uri: 'u', version: '1', diagnostics: [] });
    expect(parseGoalFile('u', '1', '---\ntitle: [broken\n---\n').diagnostics).toEqual([]);
  });

  it('defaults the status from the quarter', () => {
    expect(parseGoalFile('u', '1', '---\nobjective: A\n---\n').objective?.status).toBe('backlog');
    expect(parseGoalFile('u', '1', '---\nobjective: A\nquarter: 2027-Q1\n---\n').objective?.status).toBe('active');
  });

  it('reports YAML syntax errors at their line and column', () => {
    const file = parseGoalFile('u', '1', '---\nobjective: A\nkey_results:\n  - id: a\n   title: [oops\n---\n');
    expect(file.objective).toBeUndefined();
    expect(file.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error' });
    expect(file.diagnostics[0]?.range.line).toBeGreaterThanOrEqual(4);
  });

  it('reports a grade outside 0.0–1.0 on the grade value, and does not score it', () => {
    const file = parseGoalFile('u', '1', withKeyResult('  - id: a\n    title: T\n    grade: 1.4'));
    expect(file.diagnostics).toMatchObject([{ code: 'grade-out-of-range', severity: 'error', range: { line: 7, column: 12 } }]);
    expect(file.objective?.keyResults[0]?.grade).toBeUndefined();
  });

  it.each<[string, DiagnosticCode]>([
    ['  - id: a\n    title: T\n    status: blocked', 'unknown-status'],
    ['  - id: a\n    title: T\n    grade: high', 'bad-number'],
    ['  - id: a\n    title: T\n    target: [1]', 'bad-number'],
    ['  - title: T', 'missing-kr-id'],
    ['  - id: Demo Talks\n    title: T', 'invalid-kr-id'],
    ['  - id: a\n    title: T\n  - id: a\n    title: U', 'duplicate-kr-id'],
    ['  - id: a', 'missing-title'],
    ['  - id: a\n    title: T\n    owner: me', 'unknown-key'],
    ['  - just a string', 'wrong-type'],
  ])('reports %j as %s', (lines, code) => {
    expect(codes(withKeyResult(lines))).toContain(code);
  });

  it.each<[string, DiagnosticCode]>([
    ['objective: A\nquarter: Q4 2026', 'bad-quarter'],
    ['objective: A\nstatus: paused', 'unknown-status'],
    ['objective: A\ncommitment: maybe', 'unknown-commitment'],
    ['objective: ""', 'missing-title'],
    ['objective: A\ncareer: {a: 1}', 'wrong-type'],
    ['objective: A\nkey_results: lots', 'wrong-type'],
    ['objective: A\nowner: me', 'unknown-key'],
    ['objective: A\nobjective: B', 'yaml-syntax'],
  ])('reports front-matter %j as %s', (yaml, code) => {
    expect(codes(`---\n${yaml}\n---\n`)).toContain(code);
  });

  it('suggests the normalised quarter', () => {
    const [diagnostic] = parseGoalFile('u', '1', '---\nobjective: A\nquarter: 2026-q4\n---\n').diagnostics;
    expect(diagnostic?.message).toContain('did you mean 2026-Q4?');
  });

  it('names a misspelt key\'s likely meaning, at its own level', () => {
    const krMessage = parseGoalFile('u', '1', withKeyResult('  - id: a\n    titel: T')).diagnostics.find((d) => d.code === 'unknown-key')?.message;
    expect(krMessage).toBe('Unknown key "titel" in a key result: did you mean "title"? It is kept but not used.');
    const topMessage = parseGoalFile('u', '1', '---\nobjective: A\nquater: 2026-Q4\n---\n').diagnostics.find((d) => d.code === 'unknown-key')?.message;
    expect(topMessage).toContain('did you mean "quarter"?');
    // `objective` is not a key result key, and `title` is already there: no suggestion.
    const none = parseGoalFile('u', '1', withKeyResult('  - id: a\n    title: T\n    titel: U\n    objectiv: V')).diagnostics.filter((d) => d.code === 'unknown-key');
    expect(none.map((d) => d.message)).toEqual(['Unknown key "titel" in a key result is kept but not used.', 'Unknown key "objectiv" in a key result is kept but not used.']);
  });

  it('reports a tab in the indentation once, at the tab, instead of the errors that follow from it', () => {
    const text = '---\nobjective: A\nquarter: 2026-Q4\nkey_results:\n  - id: a\n\ttitle: T\n    status: todo\n  - id: b\n    title: U\n  - id: c\n    title: V\n---\n';
    const file = parseGoalFile('u', '1', text);
    expect(file.diagnostics).toHaveLength(1);
    expect(file.diagnostics[0]).toMatchObject({ code: 'tab-indentation', severity: 'error', range: { line: 6, column: 1 } });
    expect(text.slice(file.diagnostics[0]!.range.start, file.diagnostics[0]!.range.end)).toBe('\t');
    // An error above the tab is its own problem and is still reported, first.
    const both = parseGoalFile('u', '1', text.replace('quarter: 2026-Q4', 'quarter: [2026-Q4')).diagnostics;
    expect(both.map((d) => d.code)).toEqual(['yaml-syntax', 'tab-indentation']);
  });

  it('keeps positions right with CRLF, a BOM and tabs in values', () => {
    const text = '\uFEFF---\r\nobjective: "Tab\there"\r\nkey_results:\r\n  - id: a\r\n    title: T\r\n    grade: 2\r\n---\r\nbody\r\n';
    const file = parseGoalFile('u', '1', text);
    expect(file.objective?.title).toBe('Tab\there');
    expect(file.diagnostics).toMatchObject([{ code: 'grade-out-of-range', range: { line: 6, column: 12 } }]);
    const range = file.diagnostics[0]!.range;
    expect(text.slice(range.start, range.end)).toBe('2');
  });

  it('never executes JavaScript front-matter', () => {
    const marker = '__growthBacklogExecuted';
    const file = parseGoalFile('u', '1', `---js\n{ objective: (globalThis.${marker} = true) }\n---\n`);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(file.objective).toBeUndefined();
    expect(file.diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
  });

  it('bounds alias expansion (billion laughs) and deep nesting without throwing', () => {
    const laughs = ['objective: A', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++) laughs.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const started = Date.now();
    expect(() => parseGoalFile('u', '1', `---\n${laughs.join('\n')}\n---\n`)).not.toThrow();
    expect(() => parseGoalFile('u', '1', `---\nobjective: A\nx: ${'['.repeat(20000)}\n---\n`)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('never throws on odd input', () => {
    const inputs = ['', '---', '---\n', '---\n---', '\0\0\0binary\xff', '---\nobjective: 日本語の目標 🚀\n---\n', '---\n- a list\n---\n', '---\nobjective:\n---\n', `---\nobjective: A\n---\n${'x'.repeat(2_000_000)}`];
    for (const input of inputs) expect(() => parseGoalFile('u', '1', input)).not.toThrow();
    expect(parseGoalFile('u', '1', '---\nobjective: 日本語の目標 🚀\n---\n').objective?.title).toBe('日本語の目標 🚀');
    expect(codes(`---\nobjective: A\n---\n${'x'.repeat(2_000_000)}`)).toEqual(['file-too-large']);
  });
});

describe('front-matter fences', () => {
  it('keeps positions right after an opening fence with trailing blanks or a language name', () => {
    for (const fence of ['---  ', '---yaml']) {
      const text = `${fence}\nobjective: A\nkey_results:\n  - id: a\n    title: T\n    grade: 7\n---\n`;
      const [diagnostic] = parseGoalFile('u', '1', text).diagnostics;
      expect(diagnostic?.code).toBe('grade-out-of-range');
      expect(text.slice(diagnostic!.range.start, diagnostic!.range.end)).toBe('7');
    }
  });

  it('reads baseline, unit and carried_from, and reports wrong types', () => {
    const text = `---\nobjective: Faster checkout\nquarter: 2027-Q1\ncarried_from: ../2026-Q4/checkout.md\nkey_results:\n  - id: p95\n    title: Cut p95 latency to 300 ms\n    target: 300\n    baseline: 800\n    current: 650\n    unit: ms\n---\n`;
    const file = parseGoalFile('file:///g.md', '1', text);
    expect(file.diagnostics).toEqual([]);
    expect(file.objective?.carriedFrom).toBe('../2026-Q4/checkout.md');
    expect(file.objective?.keyResults[0]).toMatchObject({ target: 300, baseline: 800, current: 650, unit: 'ms' });
    expect(codes(withKeyResult('  - id: a\n    title: A\n    baseline: lots'))).toEqual(['bad-number']);
    expect(codes(withKeyResult('  - id: a\n    title: A\n    unit: [ms, s]'))).toEqual(['wrong-type']);
    expect(codes('---\nobjective: O\ncarried_from: [a, b]\n---\n')).toEqual(['wrong-type']);
  });
});
