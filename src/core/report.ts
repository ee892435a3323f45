import type { ParsedBody } from './body.js';
import { latestCheckIn } from './checkIns.js';
import type { GoalFile, KeyResultStatus, ObjectiveStatus } from './model.js';
import { formatScore, gradedCount, progressText, gradedNote, objectiveScore, quarterScore, scoreBand, type GradedCount, type ScoreBand } from './scoring.js';
import { calibrationOf, calibrationSentence, type Calibration } from './calibration.js';

export interface KeyResultRow {
  readonly id: string;
  readonly title: string;
  readonly status: KeyResultStatus;
  readonly grade?: number;
  readonly target?: number;
  readonly current?: number;
  readonly baseline?: number;
  readonly unit?: string;
}

export interface ObjectiveRow {
  readonly file: string;
  readonly title: string;
  readonly quarter?: string;
  readonly status: ObjectiveStatus;
  readonly career: readonly string[];
  /** Time set aside and budget, as written in the goal file. */
  readonly time?: string;
  readonly budget?: string;
  /** The score read at one decimal, as every surface shows it (0.65 is 0.7); absent until a key result is graded. */
  readonly score?: number;
  readonly band?: ScoreBand;
  /** Graded key results, of `keyResultsCounted` (not dropped, weight above 0). */
  readonly graded: number;
  readonly keyResultsCounted: number;
  readonly checkIns: number;
  readonly lastCheckIn?: string;
  readonly hasReview: boolean;
  readonly keyResults: readonly KeyResultRow[];
  /** Coaching hints to talk about in the review (report only), each `{code, message}`. */
  readonly hints?: readonly { readonly code: string; readonly message: string }[];
}

export interface QuarterReport {
  readonly quarter: string;
  /** The quarter score read at one decimal, as every surface shows it. */
  readonly score?: number;
  readonly band?: ScoreBand;
  readonly graded: number;
  readonly keyResultsCounted: number;
  readonly objectives: readonly ObjectiveRow[];
  /** Average grades of this quarter and the one before, and what they say about ambition. */
  readonly calibration: Calibration;
}

/**
 * A score in a report is the number every surface shows: read at one decimal by the core
 * rule, with its band and how many of the key results that count are graded.
 */
function scoreFields(score: number | undefined, count: GradedCount): { score?: number; band?: ScoreBand; graded: number; keyResultsCounted: number } {
  return { ...(score === undefined ? {} : { score, band: scoreBand(score) }), graded: count.graded, keyResultsCounted: count.total };
}

/** One row per objective, with the body facts the 1:1 and the review talk about. */
export function objectiveRow(file: GoalFile, displayPath: string, body: ParsedBody | undefined): ObjectiveRow | undefined {
  const objective = file.objective;
  if (!objective) return undefined;
  const score = objectiveScore(objective);
  const last = body ? latestCheckIn(body.body.checkIns) : undefined;
  return {
    file: displayPath,
    title: objective.title,
    ...(objective.quarter ? { quarter: objective.quarter } : {}),
    status: objective.status,
    career: objective.career,
    ...(objective.time ? { time: objective.time } : {}),
    ...(objective.budget ? { budget: objective.budget } : {}),
    ...scoreFields(score, gradedCount(objective)),
    checkIns: body?.body.checkIns.length ?? 0,
    ...(last ? { lastCheckIn: last } : {}),
    hasReview: body?.body.hasReview ?? false,
    keyResults: objective.keyResults.map(({ id, title, status, grade, target, current, baseline, unit }) => ({
      id,
      title,
      status,
      ...(grade === undefined ? {} : { grade }),
      ...(target === undefined ? {} : { target }),
      ...(current === undefined ? {} : { current }),
      ...(baseline === undefined ? {} : { baseline }),
      ...(unit === undefined ? {} : { unit }),
    })),
  };
}

export function quarterReport(quarter: string, files: readonly GoalFile[], rows: readonly ObjectiveRow[]): QuarterReport {
  const objectives = files.filter((file) => file.objective?.quarter === quarter).map((file) => file.objective!);
  const score = quarterScore(objectives);
  const everyObjective = files.flatMap((file) => (file.objective ? [file.objective] : []));
  return {
    quarter,
    ...scoreFields(score, gradedCount({ objectives })),
    objectives: rows.filter((row) => row.quarter === quarter),
    calibration: calibrationOf(quarter, everyObjective),
  };
}

type ScoreFields = ReturnType<typeof scoreFields>;

/** ` (green)`, ` (green, 1 of 11 graded)` or nothing: what follows a score in the Markdown report and the list. */
export function scoreDetails(fields: ScoreFields): string {
  const details = [fields.band, gradedNote({ graded: fields.graded, total: fields.keyResultsCounted })].filter(Boolean).join(', ');
  return details ? ` (${details})` : '';
}

/** Markdown table cells must not break the table or smuggle in markup. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export function renderReportMarkdown(report: QuarterReport): string {
  const lines = [
    `# ${report.quarter} — personal goals`,
    '',
    `Quarter score: **${formatScore(report.score)}**${scoreDetails(report)}`,
    '',
    `Calibration: ${calibrationSentence(report.calibration)}`,
    '',
  ];
  if (report.objectives.length === 0) lines.push('_No objectives in this quarter._', '');
  for (const objective of report.objectives) {
    lines.push(`## ${cell(objective.title)}`, '');
    lines.push(`Score ${formatScore(objective.score)}${scoreDetails(objective)} · ${objective.status} · ${objective.checkIns} check-in${objective.checkIns === 1 ? '' : 's'}${objective.lastCheckIn ? ` (last ${objective.lastCheckIn})` : ''}${objective.hasReview ? ' · reviewed' : ''}`);
    if (objective.career.length > 0) lines.push(`Career: ${objective.career.map(cell).join(', ')}`);
    if (objective.time || objective.budget) lines.push([objective.time && `Time: ${cell(objective.time)}`, objective.budget && `Budget: ${cell(objective.budget)}`].filter(Boolean).join(' · '));
    lines.push('', '| Key result | Status | Progress | Grade |', '| --- | --- | --- | --- |');
    for (const keyResult of objective.keyResults) {
      const progress = progressText(keyResult) ?? '';
      lines.push(`| ${cell(keyResult.title)} | ${keyResult.status} | ${progress} | ${formatScore(keyResult.grade)} |`);
    }
    if (objective.hints && objective.hints.length > 0) {
      lines.push('', 'To talk about:', '', ...objective.hints.map((hint) => `- ${cell(hint.message)} (\`${hint.code}\`)`));
    }
    lines.push('');
  }
  return lines.join('\n');
}
