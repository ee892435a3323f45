import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../src/core/body';
import { parseGoalFile } from '../../src/core/parse';
import { defaultReviewQuarter, quarterReview, reviewableQuarters, type ReviewGoal } from '../../src/core/quarterReview';
import { gradeDistributionText, quarterScoresText, renderQuarterReviewMarkdown } from '../../src/core/quarterReviewMarkdown';

function goal(uri: string, text: string): ReviewGoal {
  return { uri, objective: parseGoalFile(uri, '1', text).objective!, body: parseGoalBody(text).body };
}

const objective = (title: string, quarter: string, grades: (number | undefined)[], extra = '') =>
  [
    '---',
    `objective: ${title}`,
    `quarter: ${quarter}`,
    extra,
    'key_results:',
    ...grades.flatMap((grade, index) => [`  - id: k${index}`, `    title: KR ${index}`, '    target: 4', '    current: 3', ...(grade === undefined ? [] : [`    grade: ${grade}`])]),
    '---',
    '## Check-ins',
    '',
    `### ${quarter.slice(0, 4)}-11-20`,
    'Progress: late',
    'Confidence: 0.5',
    '',
    `### ${quarter.slice(0, 4)}-10-02`,
    'Progress: early',
    'Confidence: 0.8',
    '',
    '## Review',
    '',
    'Achieved: <script>alert(1)</script> most of it',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .replace('## Check-ins', '\n## Check-ins\n')
    .replace('## Review', '\n## Review\n');

const goals = [
  goal('file:///w/b.md', objective('Beta objective', '2026-Q4', [1, 0.7, undefined])),
  goal('file:///w/a.md', objective('Alpha objective', '2026-Q4', [0.3, 0.4])),
  goal('file:///w/dropped.md', objective('Dropped objective', '2026-Q4', [1], 'status: dropped')),
  goal('file:///w/old.md', objective('Old objective', '2026-Q3', [0.95, 1])),
  goal('file:///w/next.md', objective('Next objective', '2027-Q1', [0.1])),
];

describe('quarter review', () => {
  const review = quarterReview('2026-Q4', goals);

  it('lists the quarter’s objectives by title with scores, bands, answers and confidence', () => {
    expect(review.objectives.map((entry) => [entry.title, entry.score, entry.band])).toEqual([
      ['Alpha objective', 0.4, 'yellow'],
      ['Beta objective', 0.9, 'green'],
      ['Dropped objective', 1, 'green'],
    ]);
    expect(review.objectives[0]?.confidence).toEqual([
      { date: '2026-10-02', value: 0.8 },
      { date: '2026-11-20', value: 0.5 },
    ]);
    expect(review.objectives[0]?.answers.achieved).toBe('<script>alert(1)</script> most of it');
    expect(review.objectives[1]?.keyResults[2]).toMatchObject({ id: 'k2', suggestedGrade: 0.8 });
    expect(review.objectives[1]?.keyResults[0]).not.toHaveProperty('suggestedGrade');
  });

  it('computes the chart data: quarter score, grade distribution, quarter over quarter', () => {
    expect(review.score).toBe(0.6);
    expect(review.band).toBe('yellow');
    expect([review.graded, review.keyResultsCounted]).toEqual([4, 5]);
    expect(review.gradeDistribution).toEqual([0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 1]);
    // Scores are read at one decimal by the core's one rule, as on every other surface.
    expect(review.quarterScores.map((point) => [point.quarter, point.score, point.band])).toEqual([
      ['2026-Q3', 1, 'green'],
      ['2026-Q4', 0.6, 'yellow'],
    ]);
    expect(gradeDistributionText(review)).toBe('0.3 ×1, 0.4 ×1, 0.7 ×1, 1.0 ×1; 1 not graded');
    expect(quarterScoresText(review)).toBe('2026-Q3 1.0 (green) → 2026-Q4 0.6 (yellow)');
  });

  it('judges calibration on the quarter and the one before, by the core rule', () => {
    // The verdicts themselves are calibration.test.ts's; here: the review reads the right two quarters.
    expect(review.calibration).toEqual({
      quarters: [
        { quarter: '2026-Q3', averageGrade: 0.98 },
        { quarter: '2026-Q4', averageGrade: 0.6 },
      ],
      verdict: 'healthy',
    });
  });

  it('picks the quarters to offer and the one to open first', () => {
    expect(reviewableQuarters(goals)).toEqual(['2027-Q1', '2026-Q4', '2026-Q3']);
    expect(defaultReviewQuarter(goals, '2026-12-02')).toBe('2026-Q4');
    expect(defaultReviewQuarter(goals, '2027-07-01')).toBe('2027-Q1');
    expect(defaultReviewQuarter(goals, '2026-05-01')).toBe('2027-Q1');
  });

  it('writes the review as Markdown with the user’s text escaped', () => {
    const markdown = renderQuarterReviewMarkdown(review);
    expect(markdown).toMatch(/^# 2026-Q4 — quarter review\n\nQuarter score: \*\*0\.6\*\* \(yellow\) · 4 of 5 key results graded\nCalibration: Ambition looks right/);
    expect(markdown).toContain('| Dropped objective | 1.0 | dropped |');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\> most of it');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('Grades of the key results: 0.3 ×1, 0.4 ×1, 0.7 ×1, 1.0 ×1; 1 not graded');
    expect(markdown).toContain('Confidence over the quarter: 0.8 (2026-10-02) → 0.5 (2026-11-20)');
  });

  it('reviews the sample quarter that is done', () => {
    const folder = 'examples/goals/2026-Q3';
    const sample = readdirSync(folder).map((name) => goal(`file:///${name}`, readFileSync(join(folder, name), 'utf8')));
    const done = quarterReview('2026-Q3', sample);
    expect(done.graded).toBe(done.keyResultsCounted);
    expect(done.objectives.every((entry) => entry.answers.achieved !== '' && entry.answers.formulation !== '')).toBe(true);
  });
});
