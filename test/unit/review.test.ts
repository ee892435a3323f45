import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../src/core/body';
import { addReviewSection } from '../../src/core/edits/addReviewSection';
import { objectiveRow, renderReportMarkdown, quarterReport } from '../../src/core/report';
import { parseGoalFile } from '../../src/core/parse';
import { hasOwnReviewText } from '../../src/core/review';
import { applyTextEdits } from '../../src/core/textEdit';

const goal = '---\nobjective: Pitch ideas\nquarter: 2026-Q4\nstatus: done\nkey_results:\n  - id: talks\n    title: Give 2 talks\n    grade: 0.5\n---\nWhy this matters.\n';

function withStub(text: string): string {
  const result = addReviewSection(text);
  if (!result.ok) throw new Error(result.message);
  return applyTextEdits(text, result.edits);
}

describe('a review counts only with text of the person’s own', () => {
  it('does not count the stub that Start Next Quarter writes', () => {
    const stub = withStub(goal);
    expect(stub).toMatch(/## Review\n\nAchieved:\n\nWas the goal well formulated\?\n$/);
    expect(parseGoalBody(stub).body.hasReview).toBe(false);
    const file = parseGoalFile('file:///g.md', '1', stub);
    const row = objectiveRow(file, 'g.md', parseGoalBody(stub));
    expect(row?.hasReview).toBe(false);
    expect(renderReportMarkdown(quarterReport('2026-Q4', [file], [row!]))).not.toContain('reviewed');
  });

  it('counts a stub once an answer is written after a prompt or on its own line', () => {
    const stub = withStub(goal);
    const answered = stub.replace('Achieved:', 'Achieved: both talks, one on retries');
    expect(parseGoalBody(answered).body.hasReview).toBe(true);
    expect(parseGoalBody(`${stub}\nNo: the KR on podcasts was too vague.\n`).body.hasReview).toBe(true);
    const file = parseGoalFile('file:///g.md', '1', answered);
    expect(renderReportMarkdown(quarterReport('2026-Q4', [file], [objectiveRow(file, 'g.md', parseGoalBody(answered))!]))).toContain('· reviewed');
  });

  it('ignores headings, prompts as list items or in bold, and comments', () => {
    expect(hasOwnReviewText(undefined)).toBe(false);
    expect(hasOwnReviewText('')).toBe(false);
    expect(hasOwnReviewText('### Notes\n\n- **Achieved:**\n- *Was the goal well formulated?*\n<!-- fill in at the end -->\n<!--\nlater\n-->\n')).toBe(false);
    expect(hasOwnReviewText('- **Achieved:** the alerting runbook')).toBe(true);
    expect(hasOwnReviewText('Ja, gut formuliert.')).toBe(true);
    expect(hasOwnReviewText('0.7 overall')).toBe(true);
  });
});
