// What the status bar says about the current quarter. Editor-free so it is unit-tested.
import type { Objective } from '../core/model.js';
import { quarterOfDate } from '../core/quarter.js';
import { formatScore, objectiveScore, quarterScore, scoreBand, type ScoreBand } from '../core/scoring.js';
import { bandLabels } from '../tree/backlogRows.js';
import { escapeMarkdown } from '../tree/escapeMarkdown.js';

export interface QuarterStatus {
  readonly quarter: string;
  /** Status-bar text with a theme icon, e.g. `$(target) 2026-Q4 0.6`. */
  readonly text: string;
  readonly score?: number;
  readonly band?: ScoreBand;
  /** Markdown with theme icons; user text is escaped. */
  readonly tooltip: string;
}

/** The current quarter's score and its objectives; undefined when the quarter has none. */
export function quarterStatus(objectives: readonly Objective[], today: string): QuarterStatus | undefined {
  const quarter = quarterOfDate(today);
  const inQuarter = objectives.filter((objective) => objective.quarter === quarter).sort((a, b) => a.title.localeCompare(b.title));
  if (inQuarter.length === 0) return undefined;
  const score = quarterScore(inQuarter);
  const band = score === undefined ? undefined : scoreBand(score);
  const rows = inQuarter.map((objective) => {
    const own = objectiveScore(objective);
    const note = objective.status === 'dropped' ? ' (dropped, not counted)' : objective.status === 'done' ? ' (done)' : '';
    return `| ${formatScore(own)} | ${escapeMarkdown(objective.title || 'Untitled objective')}${note} |`;
  });
  const tooltip = [
    `**${quarter}** quarter score: **${formatScore(score)}**${band ? ` (${bandLabels[band]})` : ''}`,
    ['| Score | Objective |', '|---:|:---|', ...rows].join('\n'),
    'Click to open the board.',
  ].join('\n\n');
  return {
    quarter,
    text: `$(target) ${quarter} ${formatScore(score)}`,
    ...(score === undefined ? {} : { score }),
    ...(band === undefined ? {} : { band }),
    tooltip,
  };
}
