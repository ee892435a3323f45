import type { GoalFile, KeyResultStatus, ObjectiveStatus } from './model.js';
import { formatScore, objectiveScore, quarterScore, scoreBand, type ScoreBand } from './scoring.js';

export interface KeyResultRow {
  readonly id: string;
  readonly title: string;
  readonly status: KeyResultStatus;
  readonly grade?: number;
  readonly target?: number;
  readonly current?: number;
}

export interface ObjectiveRow {
  readonly file: string;
  readonly title: string;
  readonly quarter?: string;
  readonly status: ObjectiveStatus;
  readonly career: readonly string[];
  readonly score?: number;
  readonly band?: ScoreBand;
  readonly checkIns: number;
  readonly lastCheckIn?: string;
  readonly hasReview: boolean;
  readonly keyResults: readonly KeyResultRow[];
}

export interface QuarterReport {
  readonly quarter: string;
  readonly score?: number;
  readonly band?: ScoreBand;
  readonly objectives: readonly ObjectiveRow[];
}

/** Scores in reports carry two decimals; the band is read from the unrounded score. */
function scoreFields(score: number | undefined): { score?: number; band?: ScoreBand } {
  return score === undefined ? {} : { score: Math.round(score * 100) / 100, band: scoreBand(score) };
}

/** One row per objective, with the body facts the 1:1 and the review talk about. */
export function objectiveRow(file: GoalFile, displayPath: string): ObjectiveRow | undefined {
  const objective = file.objective;
  if (!objective) return undefined;
  const score = objectiveScore(objective);
  const body = file.body;
  const last = body?.lastCheckIn;
  return {
    file: displayPath,
    title: objective.title,
    ...(objective.quarter ? { quarter: objective.quarter } : {}),
    status: objective.status,
    career: objective.career,
    ...scoreFields(score),
    checkIns: body?.checkIns ?? 0,
    ...(last ? { lastCheckIn: last } : {}),
    hasReview: body?.hasReview ?? false,
    keyResults: objective.keyResults.map(({ id, title, status, grade, target, current }) => ({
      id,
      title,
      status,
      ...(grade === undefined ? {} : { grade }),
      ...(target === undefined ? {} : { target }),
      ...(current === undefined ? {} : { current }),
    })),
  };
}

export function quarterReport(quarter: string, files: readonly GoalFile[], rows: readonly ObjectiveRow[]): QuarterReport {
  const objectives = files.filter((file) => file.objective?.quarter === quarter).map((file) => file.objective!);
  const score = quarterScore(objectives);
  return {
    quarter,
    ...scoreFields(score),
    objectives: rows.filter((row) => row.quarter === quarter),
  };
}

/** Markdown table cells must not break the table or smuggle in markup. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export function renderReportMarkdown(report: QuarterReport): string {
  const lines = [`# ${report.quarter} — personal goals`, '', `Quarter score: **${formatScore(report.score)}**${report.band ? ` (${report.band})` : ''}`, ''];
  if (report.objectives.length === 0) lines.push('_No objectives in this quarter._', '');
  for (const objective of report.objectives) {
    lines.push(`## ${cell(objective.title)}`, '');
    lines.push(`Score ${formatScore(objective.score)} · ${objective.status} · ${objective.checkIns} check-in${objective.checkIns === 1 ? '' : 's'}${objective.lastCheckIn ? ` (last ${objective.lastCheckIn})` : ''}${objective.hasReview ? ' · reviewed' : ''}`);
    if (objective.career.length > 0) lines.push(`Career: ${objective.career.map(cell).join(', ')}`);
    lines.push('', '| Key result | Status | Progress | Grade |', '| --- | --- | --- | --- |');
    for (const keyResult of objective.keyResults) {
      const progress = keyResult.target !== undefined ? `${keyResult.current ?? 0}/${keyResult.target}` : '';
      lines.push(`| ${cell(keyResult.title)} | ${keyResult.status} | ${progress} | ${formatScore(keyResult.grade)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
