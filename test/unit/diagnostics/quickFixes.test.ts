import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../../src/core/model';
import { parseGoalFile } from '../../../src/core/parse';
import { applyTextEdits } from '../../../src/core/textEdit';
import { hintFixesFor, isFixable, quickFixFor } from '../../../src/diagnostics/quickFixes';

/** Applies the quick fix for the first diagnostic with `code` and returns title and new text. */
function fix(text: string, code: DiagnosticCode): { title: string; text: string } | undefined {
  const diagnostic = parseGoalFile('g', '1', text).diagnostics.find((candidate) => candidate.code === code);
  if (!diagnostic) throw new Error(`no ${code} diagnostic`);
  const quickFix = quickFixFor(text, { code, start: diagnostic.range.start, end: diagnostic.range.end });
  return quickFix && { title: quickFix.title, text: applyTextEdits(text, quickFix.edits) };
}

const goal = (lines: string) => `---\nobjective: Learn tracing\n${lines}\n---\nBody.\n`;

describe('quickFixFor', () => {
  it('clamps an out-of-range grade to 1 or 0, touching nothing else', () => {
    const high = goal('key_results:\n  - id: a\n    title: A\n    grade: 7 # oops');
    expect(fix(high, 'grade-out-of-range')).toEqual({ title: 'Set the grade to 1', text: high.replace('grade: 7 # oops', 'grade: 1 # oops') });
    const low = goal('key_results:\n  - id: a\n    title: A\n    grade: -0.5');
    expect(fix(low, 'grade-out-of-range')?.text).toBe(low.replace('-0.5', '0'));
  });

  it('offers no grade fix when the key result has no usable id', () => {
    expect(fix(goal('key_results:\n  - title: A\n    grade: 3'), 'grade-out-of-range')).toBeUndefined();
  });

  it('normalises a near-miss quarter, keeping its quotes', () => {
    const text = goal('quarter: "Q4 2026"');
    expect(fix(text, 'bad-quarter')).toEqual({ title: 'Change the quarter to 2026-Q4', text: text.replace('"Q4 2026"', '"2026-Q4"') });
    expect(fix(goal('quarter: autumn'), 'bad-quarter')).toBeUndefined();
  });

  it('adds a missing key result id derived from the title', () => {
    const text = goal('key_results:\n  - id: present-twice\n    title: Present twice\n  - title: Present twice\n    target: 2');
    const fixed = fix(text, 'missing-kr-id');
    expect(fixed).toEqual({ title: 'Add the id "present-twice-2"', text: text.replace('  - title: Present twice\n    target', '  - id: present-twice-2\n    title: Present twice\n    target') });
    expect(parseGoalFile('g', '2', fixed?.text ?? '').diagnostics).toEqual([]);
  });

  it('turns a malformed id into a valid one', () => {
    const text = goal('key_results:\n  - id: KR One\n    title: A');
    expect(fix(text, 'invalid-kr-id')).toEqual({ title: 'Change the id to "kr-one"', text: text.replace('KR One', 'kr-one') });
  });

  it('renames a misspelt key to the known key of its level, keeping value, quotes and comment', () => {
    const text = goal('quarter: 2026-Q4\nkey_results:\n  - id: a\n    titel: Present at 2 demos # draft\n    "stauts": doing');
    const fixed = fix(text, 'unknown-key');
    expect(fixed).toEqual({ title: 'Rename "titel" to "title"', text: text.replace('titel:', 'title:') });
    expect(fix(fixed!.text, 'unknown-key')).toEqual({ title: 'Rename "stauts" to "status"', text: fixed!.text.replace('"stauts"', '"status"') });
    const top = goal('quater: 2026-Q4');
    expect(fix(top, 'unknown-key')).toEqual({ title: 'Rename "quater" to "quarter"', text: top.replace('quater', 'quarter') });
    // A key the format has nothing close to, or whose match is already there, gets no fix.
    expect(fix(goal('owner: me'), 'unknown-key')).toBeUndefined();
    expect(fix(goal('key_results:\n  - id: a\n    title: A\n    titel: B'), 'unknown-key')).toBeUndefined();
  });

  it('replaces the tabs of the indentation with spaces, so the front-matter reads again, and nothing else', () => {
    const text = '---\nobjective: "Tabs\tinside stay"\nkey_results:\n  - id: a\n\ttitle: T\n    status: todo\n  -\tid: b\n  \ttitle: U\n---\nBody\twith a tab.\n';
    const fixed = fix(text, 'tab-indentation');
    expect(fixed).toEqual({
      title: 'Replace the tabs in the front-matter indentation with spaces',
      text: '---\nobjective: "Tabs\tinside stay"\nkey_results:\n  - id: a\n    title: T\n    status: todo\n  - id: b\n    title: U\n---\nBody\twith a tab.\n',
    });
    const reread = parseGoalFile('g', '2', fixed!.text);
    expect(reread.diagnostics).toEqual([]);
    expect(reread.objective?.keyResults.map((kr) => kr.title)).toEqual(['T', 'U']);
    // The editor's tab size is tried first when it reads cleanly; two-space files stay two-space.
    const twoSpaces = '---\nobjective: A\nkey_results:\n- id: a\n\ttitle: T\n---\n';
    expect(quickFixFor(twoSpaces, { code: 'tab-indentation', start: 0, end: 0 }, { tabSize: 8 })?.edits).toEqual([{ start: twoSpaces.indexOf('\t'), end: twoSpaces.indexOf('\t') + 1, newText: '  ' }]);
  });

  it('only claims codes it can fix', () => {
    expect(['grade-out-of-range', 'bad-quarter', 'missing-kr-id', 'invalid-kr-id', 'unknown-key', 'tab-indentation'].every(isFixable)).toBe(true);
    expect(isFixable('yaml-syntax')).toBe(false);
    expect(quickFixFor(goal('quarter: 2026-Q4'), { code: 'yaml-syntax', start: 0, end: 3 })).toBeUndefined();
  });
});

describe('hintFixesFor: open key results of a closed objective', () => {
  const closed = '---\nobjective: Own webhooks\nquarter: 2026-Q4\nstatus: done\nkey_results:\n  - id: a\n    title: A\n    status: doing # since May\n  - id: b\n    title: B\n  - id: c\n    title: C\n    status: done\n---\nBody.\n';

  it('sets them all done, or all dropped, touching nothing else', () => {
    const fixes = hintFixesFor(closed, 'open-key-results');
    expect(fixes.map((candidate) => candidate.title)).toEqual(['Set the 2 open key results to done', 'Set the 2 open key results to dropped']);
    expect(applyTextEdits(closed, fixes[0]!.edits)).toBe(closed.replace('status: doing # since May', 'status: done # since May').replace('    title: B\n', '    title: B\n    status: done\n'));
    expect(hintFixesFor(closed, 'check-in-overdue')).toEqual([]);
  });
});
