import { describe, expect, it } from 'vitest';
import { closeObjective, openKeyResultIds } from '../../../src/core/edits/closeObjective.js';
import { editInSequence } from '../../../src/core/edits/editSequence.js';
import { setGrade } from '../../../src/core/edits/setGrade.js';
import { setKeyResultStatus } from '../../../src/core/edits/setKeyResultStatus.js';
import { edited, expectUnchangedOutsideEdits, okEdits } from './editChecks.js';

const text = `---
objective: Own webhooks # mine
quarter: 2026-Q4
status: active
key_results:
  - id: a
    title: A
    status: doing   # since October
    grade: 0.5
  - id: b
    title: B
  - id: c
    title: C
    status: done
  - id: d
    title: D
    status: dropped
---
Notes.
`;

describe('closeObjective', () => {
  it('sets the objective status and every open key result in one result of small edits', () => {
    const result = closeObjective(text, { status: 'done', openKeyResults: 'dropped' });
    const after = edited(text, result);
    expect(after).toBe(
      text
        .replace('status: active', 'status: done')
        .replace('status: doing   # since October', 'status: dropped   # since October')
        .replace('    title: B\n', '    title: B\n    status: dropped\n'),
    );
    expect(okEdits(result)).toHaveLength(3);
    expectUnchangedOutsideEdits(text, after, okEdits(result));
    expect(openKeyResultIds(after)).toEqual([]);
  });

  it('leaves the key results alone unless asked', () => {
    expect(edited(text, closeObjective(text, { status: 'done' }))).toBe(text.replace('status: active', 'status: done'));
    expect(openKeyResultIds(text)).toEqual(['a', 'b']);
  });

  it('refuses a bad status for the key results and passes on refusals', () => {
    expect(closeObjective(text, { status: 'done', openKeyResults: 'todo' as never })).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(closeObjective(text.replace('quarter: 2026-Q4', 'quarter: [x'), { status: 'done' })).toMatchObject({ ok: false });
  });
});

describe('editInSequence', () => {
  it('maps later edits back onto the original text, or falls back to one span when they touch', () => {
    const steps = [(t: string) => setKeyResultStatus(t, { keyResultId: 'b', status: 'doing' }), (t: string) => setGrade(t, { keyResultId: 'b', grade: 0.3 })];
    const result = editInSequence(text, steps);
    // Both insertions land after `title: B`: the second borders the first, so one span replaces both.
    expect(edited(text, result)).toBe(text.replace('    title: B\n', '    title: B\n    status: doing\n    grade: 0.3\n'));
    expect(editInSequence(text, [])).toEqual({ ok: true, edits: [] });
    expect(editInSequence(text, [(t) => setGrade(t, { keyResultId: 'zz', grade: 1 })])).toMatchObject({ ok: false, code: 'unknown-key-result' });
  });
});
