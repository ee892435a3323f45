// The quarter review as one Markdown document: what Export in the Quarter Review view saves
// and `growth-backlog report --format md` prints, from the same QuarterReview. No file paths
// and nothing host-specific, so both give the same text for the same goal files. Charts are
// written as their text equivalents.

import { calibrationSentence } from './calibration.js';
import { markdownParagraphs, markdownText } from './markdownText.js';
import type { QuarterReview, ReviewObjective } from './quarterReview.js';
import { reviewQuestionTexts } from './reviewAnswers.js';
import { formatScore, gradedNote } from './scoring.js';

const statusWords: Record<string, string> = { todo: 'to do', doing: 'doing', done: 'done', dropped: 'dropped', active: 'active', backlog: 'backlog' };

function scored(score: number | undefined, band: string | undefined): string {
  return `**${formatScore(score)}**${band ? ` (${band})` : ''}`;
}

/** `0.4 ×1, 0.7 ×2, 1.0 ×2; 3 not graded` */
export function gradeDistributionText(review: QuarterReview): string {
  const parts = review.gradeDistribution.flatMap((count, tenth) => (count > 0 ? [`${formatScore(tenth / 10)} ×${count}`] : []));
  const ungraded = review.keyResultsCounted - review.graded;
  return [parts.length > 0 ? parts.join(', ') : 'no grades yet', ungraded > 0 ? `${ungraded} not graded` : undefined].filter(Boolean).join('; ');
}

/** `2026-Q3 0.8 (green) → 2026-Q4 0.7 (green)` */
export function quarterScoresText(review: QuarterReview): string {
  return review.quarterScores.length === 0 ? 'no scored quarters yet' : review.quarterScores.map((point) => `${point.quarter} ${formatScore(point.score)} (${point.band})`).join(' → ');
}

export function confidenceText(objective: ReviewObjective): string {
  return objective.confidence.length === 0 ? 'no confidence given at the check-ins' : objective.confidence.map((entry) => `${formatScore(entry.value)} (${entry.date})`).join(' → ');
}

function objectiveSection(objective: ReviewObjective): string[] {
  const lines = [`## ${markdownText(objective.title)}`, ''];
  // `(green, 2 of 3 graded)`: the band, and how much of a partial score is graded.
  const details = [objective.band, objective.score === undefined ? undefined : gradedNote(objective.graded)].filter(Boolean).join(', ');
  const facts = [
    `Score ${formatScore(objective.score)}${details ? ` (${details})` : ''}`,
    statusWords[objective.status] ?? objective.status,
    objective.commitment,
    `${objective.checkIns} check-in${objective.checkIns === 1 ? '' : 's'}${objective.lastCheckIn ? `, last ${objective.lastCheckIn}` : ''}`,
    objective.reviewed ? 'reviewed' : undefined,
  ].filter(Boolean);
  lines.push(facts.join(' · '));
  if (objective.career.length > 0) lines.push(`Career: ${objective.career.map(markdownText).join(', ')}`);
  lines.push('', '| Key result | Status | Progress | Grade |', '| --- | --- | --- | --- |');
  for (const keyResult of objective.keyResults) {
    lines.push(`| ${markdownText(keyResult.title)} | ${keyResult.status} | ${markdownText(keyResult.progress ?? '')} | ${formatScore(keyResult.grade)} |`);
  }
  lines.push('', `Confidence over the quarter: ${confidenceText(objective)}`, '');
  if (objective.hints.length > 0) lines.push('To talk about:', '', ...objective.hints.map((hint) => `- ${markdownText(hint.message)} (\`${markdownText(hint.code)}\`)`), '');
  lines.push(`**${reviewQuestionTexts.achieved}**`, '', objective.answers.achieved ? markdownParagraphs(objective.answers.achieved) : '_Not answered yet._', '');
  lines.push('**Was the goal well formulated (measurable, realistic, relevant)?**', '', objective.answers.formulation ? markdownParagraphs(objective.answers.formulation) : '_Not answered yet._', '');
  if (objective.answers.notes) lines.push('**Other review notes**', '', markdownParagraphs(objective.answers.notes), '');
  return lines;
}

export function renderQuarterReviewMarkdown(review: QuarterReview): string {
  const lines = [`# ${review.quarter} — quarter review`, ''];
  lines.push(`Quarter score: ${scored(review.score, review.band)} · ${review.graded} of ${review.keyResultsCounted} key results graded`);
  lines.push(`Calibration: ${calibrationSentence(review.calibration)}`, '');
  if (review.objectives.length === 0) {
    lines.push('_No objectives in this quarter._', '');
    return lines.join('\n');
  }
  lines.push('| Objective | Score | Band |', '| --- | --- | --- |');
  for (const objective of review.objectives) lines.push(`| ${markdownText(objective.title)} | ${formatScore(objective.score)} | ${objective.status === 'dropped' ? 'dropped' : (objective.band ?? '–')} |`);
  lines.push('', `Grades of the key results: ${gradeDistributionText(review)}`, '', `Quarter over quarter: ${quarterScoresText(review)}`, '');
  for (const objective of review.objectives) lines.push(...objectiveSection(objective));
  return lines.join('\n');
}
