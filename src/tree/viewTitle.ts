// The backlog view's description (next to its title) and message (above the rows).
import * as l10n from '@vscode/l10n';
import type { GoalFile, Objective } from '../core/model.js';
import { quarterOfDate } from '../core/quarter.js';
import { formatScore, gradedCount, gradedNote, quarterScore } from '../core/scoring.js';
import { isFinishedObjective, type BacklogGrouping, type BacklogOptions } from './backlogModel.js';

const groupingNames = (): Record<BacklogGrouping, string | undefined> => ({ quarter: undefined, status: l10n.t('by status'), career: l10n.t('by career area') });

export interface ViewTitle {
  readonly description: string;
  readonly message: string;
}

export function viewTitle(files: readonly GoalFile[], options: BacklogOptions): ViewTitle {
  const objectives = files.map((file) => file.objective).filter((objective): objective is Objective => objective !== undefined);
  const quarter = quarterOfDate(options.today);
  const current = objectives.filter((objective) => objective.quarter === quarter);
  const score = quarterScore(current);
  const note = score === undefined ? undefined : gradedNote(gradedCount({ objectives: current }));
  const parts = [current.length > 0 ? (note ? l10n.t({ message: '{0}: {1} ({2})', args: [quarter, formatScore(score), note], comment: ['A quarter, its score and how much of it is graded: 2026-Q4: 1.0 (1 of 3 graded)'] }) : l10n.t({ message: '{0}: {1}', args: [quarter, formatScore(score)], comment: ['A quarter and its score: 2026-Q4: 0.6'] })) : undefined, groupingNames()[options.grouping]];
  const allHidden = !options.showFinished && objectives.length > 0 && objectives.every(isFinishedObjective);
  return {
    description: parts.filter((part) => part !== undefined).join(' · '),
    message: allHidden ? l10n.t('Every objective is done or dropped. Show Done and Dropped (the eye button) to see them.') : '',
  };
}
