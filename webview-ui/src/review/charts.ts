// The review's charts, drawn as SVG by us (no chart library: four small charts do not need
// one). Colours come from the theme (`--vscode-charts-*`, via classes in review.css), values
// are written on the bars and points so colour is never the only cue, and every chart has a
// text equivalent: a one-sentence summary as its accessible name and the data as a table.

import { daysBetween } from '../../../src/core/quarter.js';
import { formatScore, scoreBand } from '../../../src/core/scoring.js';
import type { ReviewObjectiveView, ReviewViewModel } from '../../../src/protocol/reviewProtocol.js';
import { element } from '../dom.js';
import { svgElement, svgText } from '../svg.js';
import { bandWord } from './bandWord.js';
import { reviewText } from './reviewText.js';

type Row = readonly string[];

/** A chart with its caption, its summary for screen readers and a folded data table. */
function figure(className: string, caption: string, summary: string, chart: SVGSVGElement | undefined, head: Row, rows: readonly Row[]): HTMLElement {
  const root = element('figure', `chart ${className}`);
  const title = element('figcaption', 'chart-caption', root);
  title.textContent = caption;
  if (chart) {
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', summary);
    root.appendChild(chart);
  } else {
    element('p', 'chart-empty', root).textContent = summary;
  }
  if (rows.length > 0) {
    const details = element('details', 'chart-data', root);
    element('summary', '', details).textContent = reviewText('chartData', caption);
    const table = element('table', 'data-table', details);
    const headRow = element('tr', '', element('thead', '', table));
    for (const cell of head) {
      const th = element('th', '', headRow);
      th.scope = 'col';
      th.textContent = cell;
    }
    const body = element('tbody', '', table);
    for (const row of rows) {
      const tr = element('tr', '', body);
      for (const cell of row) element('td', '', tr).textContent = cell;
    }
  }
  return root;
}

const bandClass = (score: number): string => `band-${scoreBand(score)}`;

/** `2 at 0.7, 1 at 1.0`: how many key results have each grade. */
const gradeCounts = (rows: readonly Row[]): string => rows.map(([grade, count]) => reviewText('countAtGrade', count ?? '', grade ?? '')).join(', ');

/** Horizontal bars, one per objective, over the three bands; unscored objectives get no bar. */
export function objectiveScoresChart(review: ReviewViewModel): HTMLElement {
  const rows = review.objectives.map((objective) => [
    objective.title,
    objective.status === 'dropped' ? reviewText('statusDropped') : formatScore(objective.score),
    objective.status === 'dropped' ? '' : objective.band ? bandWord(objective.band) : reviewText('notScored'),
  ]);
  const scored = review.objectives.filter((objective) => objective.score !== undefined && objective.status !== 'dropped');
  const summary =
    scored.length === 0
      ? reviewText('noObjectiveScore')
      : reviewText('objectiveScores', scored.map((objective) => reviewText('titleScoreBand', objective.title, formatScore(objective.score), bandWord(objective.band))).join('; '));
  if (review.objectives.length === 0) return figure('objective-scores', reviewText('objectiveScoresCaption'), reviewText('noObjectivesInQuarter'), undefined, [], []);
  const width = 640;
  const left = 8;
  const right = 48;
  const plot = width - left - right;
  const rowHeight = 40;
  const top = 8;
  const height = top + review.objectives.length * rowHeight + 24;
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart-svg', preserveAspectRatio: 'xMinYMin meet' });
  const x = (value: number): number => left + value * plot;
  // The bands as faint zones, split where a score reads as the next band (0.35 and 0.65).
  for (const [from, to, band] of [
    [0, 0.35, 'red'],
    [0.35, 0.65, 'yellow'],
    [0.65, 1, 'green'],
  ] as const) {
    svgElement('rect', { x: x(from), y: top, width: x(to) - x(from), height: height - top - 24, class: `zone band-${band}` }, svg);
  }
  review.objectives.forEach((objective: ReviewObjectiveView, index) => {
    const y = top + index * rowHeight;
    svgText(objective.title, { x: x(0) + 4, y: y + 14, class: 'bar-label' }, svg);
    if (objective.score === undefined || objective.status === 'dropped') {
      svgText(objective.status === 'dropped' ? 'dropped' : 'not scored yet', { x: x(0) + 4, y: y + 31, class: 'bar-note' }, svg);
      return;
    }
    const barWidth = Math.max(2, objective.score * plot);
    svgElement('rect', { x: x(0), y: y + 19, width: barWidth, height: 14, rx: 2, class: `bar ${bandClass(objective.score)}` }, svg);
    svgText(formatScore(objective.score), { x: x(0) + barWidth + 6, y: y + 31, class: 'bar-value' }, svg);
  });
  const axis = height - 10;
  for (const tick of [0, 0.4, 0.7, 1]) svgText(formatScore(tick), { x: x(tick), y: axis, class: 'axis-label', 'text-anchor': tick === 0 ? 'start' : 'middle' }, svg);
  return figure('objective-scores', reviewText('objectiveScoresCaption'), summary, svg, [reviewText('columnObjective'), reviewText('columnScore'), reviewText('columnBand')], rows);
}

/** How many key results got each grade, 0.0 to 1.0. */
export function gradeDistributionChart(review: ReviewViewModel): HTMLElement {
  const counts = review.gradeDistribution;
  const total = counts.reduce((sum, count) => sum + count, 0);
  const ungraded = review.keyResultsCounted - review.graded;
  const rows = counts.flatMap((count, tenth) => (count > 0 ? [[formatScore(tenth / 10), String(count)]] : []));
  const summary =
    total === 0
      ? reviewText('noGrades', review.keyResultsCounted)
      : ungraded > 0
        ? reviewText('gradesUngraded', gradeCounts(rows), ungraded)
        : reviewText('grades', gradeCounts(rows));
  if (total === 0) return figure('grade-distribution', reviewText('gradesCaption'), summary, undefined, [], []);
  const width = 440;
  const height = 170;
  const bottom = height - 22;
  const plotTop = 18;
  const slot = (width - 16) / 11;
  const max = Math.max(...counts);
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart-svg', preserveAspectRatio: 'xMinYMin meet' });
  svgElement('line', { x1: 8, x2: width - 8, y1: bottom, y2: bottom, class: 'axis' }, svg);
  counts.forEach((count, tenth) => {
    const x = 8 + tenth * slot;
    const grade = tenth / 10;
    if (count > 0) {
      const barHeight = ((bottom - plotTop) * count) / max;
      svgElement('rect', { x: x + 4, y: bottom - barHeight, width: slot - 8, height: barHeight, rx: 2, class: `bar ${bandClass(grade)}` }, svg);
      svgText(String(count), { x: x + slot / 2, y: bottom - barHeight - 4, class: 'bar-value', 'text-anchor': 'middle' }, svg);
    }
    svgText(formatScore(grade), { x: x + slot / 2, y: height - 6, class: 'axis-label', 'text-anchor': 'middle' }, svg);
  });
  if (ungraded > 0) rows.push([reviewText('notGradedRow'), String(ungraded)]);
  return figure('grade-distribution', reviewText('gradesCaption'), summary, svg, [reviewText('columnGrade'), reviewText('columnKeyResults')], rows);
}

function quarterBounds(quarter: string): { start: string; end: string } {
  const year = Number(quarter.slice(0, 4));
  const number = Number(quarter.slice(6));
  const month = (number - 1) * 3 + 1;
  const start = `${year}-${String(month).padStart(2, '0')}-01`;
  const end = number === 4 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`;
  return { start, end };
}

/** One objective's confidence at each check-in, across the quarter's weeks. */
export function confidenceChart(objective: ReviewObjectiveView, quarter: string): HTMLElement {
  const points = objective.confidence;
  const rows = points.map((point) => [point.date, formatScore(point.value)]);
  const caption = reviewText('confidenceCaption');
  if (points.length === 0) return figure('confidence', caption, reviewText('noConfidence'), undefined, [], []);
  const summary = reviewText('confidenceSummary', points.map((point) => reviewText('valueOnDate', formatScore(point.value), point.date)).join(', '));
  const width = 360;
  const height = 130;
  const left = 30;
  const right = 14;
  const top = 14;
  const bottom = height - 22;
  const { start, end } = quarterBounds(quarter);
  const days = Math.max(1, daysBetween(start, end));
  const x = (date: string): number => left + (Math.min(days, Math.max(0, daysBetween(start, date))) / days) * (width - left - right);
  const y = (value: number): number => bottom - value * (bottom - top);
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart-svg', preserveAspectRatio: 'xMinYMin meet' });
  for (const level of [0, 0.5, 1]) {
    svgElement('line', { x1: left, x2: width - right, y1: y(level), y2: y(level), class: 'grid' }, svg);
    svgText(formatScore(level), { x: left - 4, y: y(level) + 4, class: 'axis-label', 'text-anchor': 'end' }, svg);
  }
  svgText(start.slice(5), { x: left, y: height - 6, class: 'axis-label' }, svg);
  svgText(end.slice(5), { x: width - right, y: height - 6, class: 'axis-label', 'text-anchor': 'end' }, svg);
  svgElement('polyline', { points: points.map((point) => `${x(point.date)},${y(point.value)}`).join(' '), class: 'line' }, svg);
  for (const point of points) {
    svgElement('circle', { cx: x(point.date), cy: y(point.value), r: 4, class: 'point' }, svg);
    svgText(formatScore(point.value), { x: x(point.date), y: y(point.value) - 8, class: 'point-value', 'text-anchor': 'middle' }, svg);
  }
  return figure('confidence', caption, summary, svg, [reviewText('columnCheckIn'), reviewText('columnConfidence')], rows);
}

/** The person's quarter scores, oldest first. */
export function quarterScoresChart(review: ReviewViewModel): HTMLElement {
  const points = review.quarterScores;
  const rows = points.map((point) => [point.quarter, formatScore(point.score), bandWord(point.band)]);
  const caption = reviewText('quarterScoresCaption');
  if (points.length === 0) return figure('quarter-scores', caption, reviewText('noQuarterScore'), undefined, [], []);
  const summary = reviewText('quarterScores', points.map((point) => reviewText('titleScoreBand', point.quarter, formatScore(point.score), bandWord(point.band))).join(', '));
  const slot = 84;
  const width = Math.max(240, 40 + points.length * slot);
  const height = 150;
  const top = 20;
  const bottom = height - 26;
  const x = (index: number): number => 40 + index * slot + slot / 2;
  const y = (value: number): number => bottom - value * (bottom - top);
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart-svg', preserveAspectRatio: 'xMinYMin meet' });
  for (const level of [0, 0.7, 1]) {
    svgElement('line', { x1: 36, x2: width - 4, y1: y(level), y2: y(level), class: level === 0.7 ? 'grid target' : 'grid' }, svg);
    svgText(formatScore(level), { x: 32, y: y(level) + 4, class: 'axis-label', 'text-anchor': 'end' }, svg);
  }
  if (points.length > 1) svgElement('polyline', { points: points.map((point, index) => `${x(index)},${y(point.score)}`).join(' '), class: 'line' }, svg);
  points.forEach((point, index) => {
    svgElement('circle', { cx: x(index), cy: y(point.score), r: 6, class: `point ${bandClass(point.score)}` }, svg);
    svgText(formatScore(point.score), { x: x(index), y: y(point.score) - 10, class: 'point-value', 'text-anchor': 'middle' }, svg);
    svgText(point.quarter, { x: x(index), y: height - 8, class: point.quarter === review.quarter ? 'axis-label current' : 'axis-label', 'text-anchor': 'middle' }, svg);
  });
  return figure('quarter-scores', caption, summary, svg, [reviewText('quarter'), reviewText('columnScore'), reviewText('columnBand')], rows);
}
