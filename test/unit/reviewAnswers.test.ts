import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../src/core/body';
import { addReviewSection } from '../../src/core/edits/addReviewSection';
import { setReviewAnswers } from '../../src/core/edits/setReviewAnswers';
import { parseReviewAnswers } from '../../src/core/reviewAnswers';
import { applyTextEdits } from '../../src/core/textEdit';

const head = `---
objective: Own the webhook service
quarter: 2026-Q4
key_results:
  - id: alerting
    title: Add 4 alerts
---
`;

const withReview = `${head}Notes.

## Check-ins

### 2026-11-05
Progress: First alert.

## Review

My own notes before the questions.

Achieved: three of four alerts,
and the README.

Was the goal well formulated? Mostly.

## Later notes

Kept as is.
`;

function apply(text: string, args: Parameters<typeof setReviewAnswers>[1]): string {
  const result = setReviewAnswers(text, args);
  if (!result.ok) throw new Error(result.message);
  return applyTextEdits(text, result.edits);
}

const answersOf = (text: string) => parseReviewAnswers(parseGoalBody(text).body.reviewText);

describe('review answers', () => {
  it('reads the answers after their questions, and the notes before them', () => {
    expect(answersOf(withReview)).toEqual({ achieved: 'three of four alerts,\nand the README.', formulation: 'Mostly.', notes: 'My own notes before the questions.' });
    const sample = readFileSync('examples/goals/2026-Q3/join-interview-loop.md', 'utf8');
    expect(answersOf(sample).achieved).toMatch(/^3 of 5 interviews and one of two proposals/);
    expect(answersOf(sample).formulation).toMatch(/^No\. The number of interviews depended on the hiring\npipeline/);
    expect(answersOf(`${head}## Review\n\nJust free text.\n`)).toEqual({ achieved: '', formulation: '', notes: 'Just free text.' });
  });

  it('replaces only the old answer’s text, in the right section, leaving every other byte', () => {
    const next = apply(withReview, { achieved: 'All four alerts.\nThe README too.' });
    expect(next).toBe(withReview.replace('Achieved: three of four alerts,\nand the README.', 'Achieved: All four alerts.\nThe README too.'));
    expect(answersOf(next).achieved).toBe('All four alerts.\nThe README too.');
  });

  it('writes both answers in one edit result, and nothing when they are unchanged', () => {
    const result = setReviewAnswers(withReview, { achieved: 'All four.', formulation: 'Yes: a number and a date.' });
    expect(result.ok && result.edits).toHaveLength(2);
    const next = apply(withReview, { achieved: 'All four.', formulation: 'Yes: a number and a date.' });
    expect(answersOf(next)).toEqual({ achieved: 'All four.', formulation: 'Yes: a number and a date.', notes: 'My own notes before the questions.' });
    expect(next.endsWith('Was the goal well formulated? Yes: a number and a date.\n\n## Later notes\n\nKept as is.\n')).toBe(true);
    expect(setReviewAnswers(withReview, { achieved: 'three of four alerts,\r\nand the README.  ' })).toEqual({ ok: true, edits: [] });
  });

  it('keeps CRLF line endings', () => {
    const crlf = withReview.replace(/\n/g, '\r\n');
    const next = apply(crlf, { formulation: 'No.\nToo vague.' });
    expect(next).toBe(crlf.replace('Was the goal well formulated? Mostly.', 'Was the goal well formulated? No.\r\nToo vague.'));
  });

  it('adds a missing question in order, after the notes', () => {
    const onlyNotes = `${head}## Review\n\nFree text first.\n\n## After\n`;
    const next = apply(onlyNotes, { formulation: 'Yes.', achieved: 'Everything.' });
    expect(next).toBe(`${head}## Review\n\nFree text first.\n\nAchieved: Everything.\n\nWas the goal well formulated? Yes.\n\n## After\n`);
    const onlySecond = `${head}## Review\n\nWas the goal well formulated? Yes.\n`;
    expect(apply(onlySecond, { achieved: 'Half.' })).toBe(`${head}## Review\n\nAchieved: Half.\n\nWas the goal well formulated? Yes.\n`);
  });

  it('fills the empty prompts of a review section that Start Next Quarter added', () => {
    const stub = addReviewSection(`${head}Notes.\n`);
    const withStub = stub.ok ? applyTextEdits(`${head}Notes.\n`, stub.edits) : '';
    const next = apply(withStub, { achieved: 'Two alerts.', formulation: 'Too ambitious.' });
    expect(next).toBe(`${head}Notes.\n\n## Review\n\nAchieved: Two alerts.\n\nWas the goal well formulated? Too ambitious.\n`);
  });

  it('creates the review section when the file has none', () => {
    expect(apply(`${head}Notes.\n\n## Check-ins\n\n### 2026-11-05\nProgress: x\n`, { achieved: 'Done.' })).toBe(
      `${head}Notes.\n\n## Check-ins\n\n### 2026-11-05\nProgress: x\n\n## Review\n\nAchieved: Done.\n`,
    );
    expect(apply(head, { formulation: 'Yes.' })).toBe(`${head}## Review\n\nWas the goal well formulated? Yes.\n`);
  });

  it('clears an answer but keeps its question', () => {
    expect(apply(withReview, { formulation: '' })).toBe(withReview.replace('Was the goal well formulated? Mostly.', 'Was the goal well formulated?'));
  });

  it('refuses an answer that would change the outline of the notes', () => {
    for (const answer of ['Done.\n## New heading', 'Done.\n\nWas the goal well formulated? sneaky', 'x'.repeat(20_001), 42 as never]) {
      const result = setReviewAnswers(withReview, { achieved: answer });
      expect(result.ok, String(answer).slice(0, 30)).toBe(false);
    }
  });
});
