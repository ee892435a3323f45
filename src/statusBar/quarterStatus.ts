// What the status bar says about the current quarter. Editor-free so it is unit-tested.
import * as l10n from '@vscode/l10n';
import type { Objective } from '../core/model.js';
import { quarterOfDate } from '../core/quarter.js';
import { formatScore, gradedCount, gradedNote, objectiveScore, quarterScore, scoreBand, type ScoreBand } from '../core/scoring.js';
import { bandLabels } from '../tree/backlogRows.js';
import { markdownInlineText } from '../core/markdownText.js';

export interface QuarterStatus {
  readonly quarter: string;
  /** Status-bar text with a theme icon, e.g. `$(target) 2026-Q4 0.6`, or `$(target) 2026-Q4 1.0 · 1 of 11 graded`. */
  readonly text: string;
  readonly score?: number;
  /** `1 of 11 graded` while the score is partial. */
  readonly gradedNote?: string;
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
  const note = score === undefined ? undefined : gradedNote(gradedCount({ objectives: inQuarter }));
  const rows = inQuarter.map((objective) => {
    const own = objectiveScore(objective);
    const ownNote = own === undefined ? undefined : gradedNote(gradedCount(objective));
    const title = markdownInlineText(objective.title || l10n.t('Untitled objective'));
    const shownTitle = objective.status === 'dropped' ? l10n.t('{0} (dropped, not counted)', title) : objective.status === 'done' ? l10n.t('{0} (done)', title) : title;
    return `| ${ownNote ? l10n.t({ message: '{0} ({1})', args: [formatScore(own), ownNote], comment: ['A score and how much of it is graded: 1.0 (1 of 3 graded)'] }) : formatScore(own)} | ${shownTitle} |`;
  });
  const reading = note ?? (band ? bandLabels()[band] : undefined);
  const tooltip = [
    reading ? l10n.t('**{0}** quarter score: **{1}** ({2})', quarter, formatScore(score), reading) : l10n.t('**{0}** quarter score: **{1}**', quarter, formatScore(score)),
    [`| ${l10n.t('Score')} | ${l10n.t('Objective')} |`, '|---:|:---|', ...rows].join('\n'),
    l10n.t('Click to open the board.'),
  ].join('\n\n');
  return {
    quarter,
    text: `$(target) ${quarter} ${formatScore(score)}${note ? ` · ${note}` : ''}`,
    ...(score === undefined ? {} : { score }),
    ...(note === undefined ? {} : { gradedNote: note }),
    ...(band === undefined ? {} : { band }),
    tooltip,
  };
}
