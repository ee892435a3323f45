// Career evidence: for every competency of the framework, the objectives that worked on it
// across all quarters, with their score, graded key results and the first lines of their
// review: the material for a levelling or promotion conversation. Competencies nobody worked
// on are listed too (a gap to talk about); ids used in goals but missing from the framework
// are listed apart. Shared by `growth-backlog career` and the Career Evidence command.

import type { CareerFramework } from './careerFramework.js';
import type { BodySummary, Objective } from './model.js';
import { markdownLine, markdownText } from './markdownText.js';
import { objectiveScore } from './scoring.js';

export interface EvidenceGoal {
  /** The path as shown to the user (relative to the folder or workspace). */
  readonly file: string;
  readonly objective: Objective;
  readonly body?: BodySummary;
}

export interface EvidenceObjective {
  readonly file: string;
  readonly title: string;
  /** null for the unscheduled backlog. */
  readonly quarter: string | null;
  /** Two decimals; null until a key result is graded. */
  readonly score: number | null;
}

export interface EvidenceCompetency {
  readonly id: string;
  readonly name?: string;
  readonly area?: string;
  readonly objectives: readonly EvidenceObjective[];
}

/** The JSON of `growth-backlog career --json`. */
export interface CareerEvidence {
  /** Exactly the framework's competencies, in its order. */
  readonly competencies: readonly EvidenceCompetency[];
  /** Ids used in goal files that the framework does not list, with the files that use them. */
  readonly unknown: readonly { readonly id: string; readonly files: readonly string[] }[];
}

/** Objectives that did work on a competency: active or done (backlog ideas and dropped goals did not). */
function counts(objective: Objective): boolean {
  return objective.status === 'active' || objective.status === 'done';
}

/** Newest quarter first, unscheduled last, then by title. */
function byQuarter(a: EvidenceGoal, b: EvidenceGoal): number {
  const qa = a.objective.quarter ?? '';
  const qb = b.objective.quarter ?? '';
  return qa === qb ? a.objective.title.localeCompare(b.objective.title) || a.file.localeCompare(b.file) : qa < qb ? 1 : -1;
}

function evidenceObjective(goal: EvidenceGoal): EvidenceObjective {
  const score = objectiveScore(goal.objective);
  return { file: goal.file, title: goal.objective.title, quarter: goal.objective.quarter ?? null, score: score === undefined ? null : Math.round(score * 100) / 100 };
}

function goalsByCareerId(goals: readonly EvidenceGoal[]): Map<string, EvidenceGoal[]> {
  const byId = new Map<string, EvidenceGoal[]>();
  for (const goal of [...goals].sort(byQuarter)) {
    if (!counts(goal.objective)) continue;
    for (const id of new Set(goal.objective.career)) byId.set(id, [...(byId.get(id) ?? []), goal]);
  }
  return byId;
}

export function careerEvidence(framework: CareerFramework, goals: readonly EvidenceGoal[]): CareerEvidence {
  const byId = goalsByCareerId(goals);
  const known = new Set(framework.competencies.map((competency) => competency.id));
  const unknown = new Map<string, Set<string>>();
  for (const goal of goals) {
    for (const id of goal.objective.career) {
      if (!known.has(id)) unknown.set(id, (unknown.get(id) ?? new Set()).add(goal.file));
    }
  }
  return {
    competencies: framework.competencies.map((competency) => ({
      id: competency.id,
      ...(competency.name ? { name: competency.name } : {}),
      ...(competency.area ? { area: competency.area } : {}),
      objectives: (byId.get(competency.id) ?? []).map(evidenceObjective),
    })),
    unknown: [...unknown.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, files]) => ({ id, files: [...files].sort() })),
  };
}

/** The first lines of a review, up to about 240 characters. */
const scoreText = (score: number | null): string => (score === null ? 'not graded' : `score ${score.toFixed(2)}`);

/** The evidence as a Markdown document, grouped by the framework's areas. */
export function renderCareerEvidenceMarkdown(framework: CareerFramework, goals: readonly EvidenceGoal[], frameworkFile: string): string {
  const evidence = careerEvidence(framework, goals);
  const byId = goalsByCareerId(goals);
  const covered = evidence.competencies.filter((competency) => competency.objectives.length > 0).length;
  const lines = [
    '# Career evidence',
    '',
    `From ${markdownText(frameworkFile)}: ${evidence.competencies.length} competencies, ${covered} with objectives, ${evidence.competencies.length - covered} without (gaps to discuss).`,
    '',
  ];
  let area: string | undefined | null = null;
  framework.competencies.forEach((competency) => {
    if (competency.area !== area) {
      area = competency.area;
      if (area) lines.push(`## ${markdownText(area)}`, '');
    }
    lines.push(`### ${competency.name ? `${markdownText(competency.name)} (\`${competency.id}\`)` : `\`${competency.id}\``}`, '');
    if (competency.description) lines.push(markdownLine(competency.description), '');
    const goalsHere = byId.get(competency.id) ?? [];
    if (goalsHere.length === 0) lines.push('_No objective has worked on this yet: a gap to discuss._', '');
    for (const goal of goalsHere) {
      const row = evidenceObjective(goal);
      lines.push(`- **${row.quarter ?? 'Backlog'}: ${markdownText(row.title)}** — ${scoreText(row.score)}, ${goal.objective.status} (${markdownText(row.file)})`);
      const graded = goal.objective.keyResults.filter((keyResult) => keyResult.grade !== undefined && keyResult.status !== 'dropped');
      for (const keyResult of graded) lines.push(`  - ${(keyResult.grade as number).toFixed(1)} — ${markdownText(keyResult.title || keyResult.id)}`);
      const review = goal.body?.reviewOpening;
      if (review) lines.push(`  - Review: ${markdownText(review)}`);
    }
    if (goalsHere.length > 0) lines.push('');
  });
  if (evidence.unknown.length > 0) {
    lines.push('## Ids not in the framework', '', 'Used in goal files but not listed in the framework, so they count for nothing above:', '');
    for (const entry of evidence.unknown) lines.push(`- \`${entry.id.replace(/`/g, "'")}\`: ${entry.files.map(markdownText).join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
