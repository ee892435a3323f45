import * as l10n from '@vscode/l10n';
import type { KeyResultStatus, ObjectiveStatus } from '../model.js';
import { parseGoalFile } from '../parse.js';
import { argsOf, refuse, refuseOnException, type EditResult } from './editableGoal.js';
import { editInSequence, type EditStep } from './editSequence.js';
import { setKeyResultStatus } from './setKeyResultStatus.js';
import { setObjectiveStatus } from './setObjectiveStatus.js';

/** The statuses an open key result can be closed with. */
export const closingKeyResultStatuses = ['done', 'dropped'] as const satisfies readonly KeyResultStatus[];
export type ClosingKeyResultStatus = (typeof closingKeyResultStatuses)[number];

export interface CloseObjectiveArgs {
  readonly status: ObjectiveStatus;
  /** Also set every key result still in todo or doing to this status; absent leaves them. */
  readonly openKeyResults?: ClosingKeyResultStatus;
}

/** Ids of the key results still in To do or Doing. */
export function openKeyResultIds(text: string): string[] {
  const keyResults = parseGoalFile('', '', text).objective?.keyResults ?? [];
  return keyResults.filter((keyResult) => keyResult.status === 'todo' || keyResult.status === 'doing').map((keyResult) => keyResult.id);
}

/**
 * Sets the objective's status and, when asked, closes its open key results in the same
 * edit: an objective set to done should not leave its KRs in To do and Doing. Each change
 * is the lossless edit of its own (verified in turn); together they are one result.
 */
export function closeObjective(text: string, args: CloseObjectiveArgs): EditResult {
  return refuseOnException(() => {
    const { status, openKeyResults } = argsOf(args);
    if (openKeyResults !== undefined && !(closingKeyResultStatuses as readonly unknown[]).includes(openKeyResults)) {
      return refuse('invalid-value', l10n.t('Open key results can be closed as {0}, not {1}.', closingKeyResultStatuses.join(' or '), String(openKeyResults)));
    }
    const steps: EditStep[] = [(current) => setObjectiveStatus(current, { status: status as ObjectiveStatus })];
    if (openKeyResults) {
      for (const keyResultId of openKeyResultIds(text)) steps.push((current) => setKeyResultStatus(current, { keyResultId, status: openKeyResults }));
    }
    return editInSequence(text, steps);
  });
}

/** Sets every key result still in To do or Doing to `status`, in one result (the quick fix of a closed objective). */
export function closeOpenKeyResults(text: string, status: ClosingKeyResultStatus): EditResult {
  return refuseOnException(() => {
    if (!(closingKeyResultStatuses as readonly unknown[]).includes(status)) {
      return refuse('invalid-value', l10n.t('Open key results can be closed as {0}, not {1}.', closingKeyResultStatuses.join(' or '), String(status)));
    }
    return editInSequence(
      text,
      openKeyResultIds(text).map((keyResultId) => (current: string) => setKeyResultStatus(current, { keyResultId, status })),
    );
  });
}
