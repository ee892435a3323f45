// What the Quarter Review webview gets, built from the core's QuarterReview: file identities
// become this panel's opaque ids, and a closed quarter's written grades and answers are
// marked as records. Editor-free, so it is unit-tested on plain data.

import { calibrationSentence } from '../core/calibration.js';
import { quarterOfDate } from '../core/quarter.js';
import { gradedNote } from '../core/scoring.js';
import type { QuarterReview } from '../core/quarterReview.js';
import type { ReviewViewModel } from '../protocol/reviewProtocol.js';
import type { BoardIds } from '../board/boardIds.js';

/** A quarter is closed once today is past it: what was written for it then is a record. */
export function isClosedQuarter(quarter: string, today: string): boolean {
  return quarter < quarterOfDate(today);
}

export function reviewViewModel(review: QuarterReview, ids: BoardIds, quarters: readonly string[], today: string): ReviewViewModel {
  const closed = isClosedQuarter(review.quarter, today);
  return {
    quarter: review.quarter,
    quarters: quarters.includes(review.quarter) ? quarters : [review.quarter, ...quarters],
    today,
    closed,
    ...(review.score === undefined ? {} : { score: review.score }),
    ...(review.band === undefined ? {} : { band: review.band }),
    graded: review.graded,
    keyResultsCounted: review.keyResultsCounted,
    calibration: { verdict: review.calibration.verdict, sentence: calibrationSentence(review.calibration), quarters: review.calibration.quarters },
    objectives: review.objectives.map((objective) => ({
      id: ids.objectiveId(objective.uri),
      title: objective.title,
      status: objective.status,
      ...(objective.commitment ? { commitment: objective.commitment } : {}),
      career: objective.career,
      ...(objective.score === undefined ? {} : { score: objective.score }),
      ...(objective.band === undefined ? {} : { band: objective.band }),
      ...(objective.score !== undefined && gradedNote(objective.graded) ? { gradedNote: gradedNote(objective.graded) } : {}),
      keyResults: objective.keyResults.map((keyResult) => ({
        id: ids.cardId(objective.uri, keyResult.id),
        title: keyResult.title,
        status: keyResult.status,
        weight: keyResult.weight,
        ...(keyResult.grade === undefined ? {} : { grade: keyResult.grade }),
        ...(keyResult.suggestedGrade === undefined ? {} : { suggestedGrade: keyResult.suggestedGrade }),
        ...(keyResult.target === undefined ? {} : { target: keyResult.target }),
        ...(keyResult.current === undefined ? {} : { current: keyResult.current }),
        ...(keyResult.progress === undefined ? {} : { progress: keyResult.progress }),
        gradeLocked: closed && keyResult.grade !== undefined,
      })),
      answers: objective.answers,
      answersLocked: { achieved: closed && objective.answers.achieved !== '', formulation: closed && objective.answers.formulation !== '' },
      checkIns: objective.checkIns,
      ...(objective.lastCheckIn ? { lastCheckIn: objective.lastCheckIn } : {}),
      confidence: objective.confidence,
    })),
    gradeDistribution: review.gradeDistribution,
    quarterScores: review.quarterScores,
  };
}
