import { describe, expect, it } from 'vitest';
import { BoardIds } from '../../../src/board/boardIds';
import { parseGoalBody } from '../../../src/core/body';
import { parseGoalFile } from '../../../src/core/parse';
import { quarterReview } from '../../../src/core/quarterReview';
import { maxAnswerChars, parseReviewWebviewMessage } from '../../../src/protocol/reviewProtocol';
import { isClosedQuarter, reviewViewModel } from '../../../src/review/reviewModel';

const text = `---
objective: Own the webhook service
quarter: 2026-Q3
key_results:
  - id: roadmap
    title: Publish a roadmap
    grade: 1
  - id: alerts
    title: Add 4 alerts
    target: 4
    current: 3
---
## Review

Achieved: The roadmap.
`;

const uri = 'file:///w/goals/webhooks.md';
const review = quarterReview('2026-Q3', [{ uri, objective: parseGoalFile(uri, '1', text).objective!, body: parseGoalBody(text).body }]);

describe('review view model', () => {
  it('names objectives and key results by opaque ids only', () => {
    const ids = new BoardIds();
    const model = reviewViewModel(review, ids, ['2026-Q3'], '2026-09-20');
    expect(JSON.stringify(model)).not.toContain('file:');
    expect(model.objectives[0]?.id).toBe('o1');
    expect(model.objectives[0]?.keyResults.map((keyResult) => keyResult.id)).toEqual(['c1', 'c2']);
    expect(ids.objective('o1')).toBe(uri);
    expect(ids.card('c2')).toEqual({ uri, keyResultId: 'alerts' });
  });

  it('leaves everything open while the quarter runs, and says how much of a partial score is graded', () => {
    const model = reviewViewModel(review, new BoardIds(), ['2026-Q3'], '2026-09-20');
    expect(model.objectives[0]?.gradedNote).toBe('1 of 2 graded');
    expect(model.closed).toBe(false);
    expect(model.objectives[0]?.keyResults.map((keyResult) => keyResult.gradeLocked)).toEqual([false, false]);
    expect(model.objectives[0]?.answersLocked).toEqual({ achieved: false, formulation: false });
  });

  it('keeps a closed quarter’s grades and written answers as records; the rest may be filled in', () => {
    expect(isClosedQuarter('2026-Q3', '2026-10-01')).toBe(true);
    expect(isClosedQuarter('2026-Q4', '2026-10-01')).toBe(false);
    const model = reviewViewModel(review, new BoardIds(), ['2026-Q3'], '2026-10-01');
    expect(model.closed).toBe(true);
    expect(model.objectives[0]?.keyResults.map((keyResult) => [keyResult.gradeLocked, keyResult.suggestedGrade])).toEqual([
      [true, undefined],
      [false, 0.8],
    ]);
    expect(model.objectives[0]?.answersLocked).toEqual({ achieved: true, formulation: false });
  });
});

describe('review webview messages', () => {
  it('accepts each well-formed message', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'export' },
      { type: 'showQuarter', quarter: '2026-Q3' },
      { type: 'saveAnswers', requestId: 1, objectiveId: 'o2', achieved: 'A', formulation: '' },
      { type: 'setGrade', requestId: 0, keyResultId: 'c3', grade: 0.7 },
      { type: 'openObjective', objectiveId: 'o1' },
    ]) {
      expect(parseReviewWebviewMessage(message)).toEqual({ ok: true, message });
    }
  });

  it('refuses paths, unknown shapes, extra keys and oversized answers', () => {
    for (const message of [
      null,
      [],
      'ready',
      { type: 'saveAnswers', requestId: 1, objectiveId: '/etc/passwd', achieved: '', formulation: '' },
      { type: 'saveAnswers', requestId: 1, objectiveId: 'o1', achieved: 'x'.repeat(maxAnswerChars + 1), formulation: '' },
      { type: 'saveAnswers', requestId: 1, objectiveId: 'o1', achieved: 1, formulation: '' },
      { type: 'saveAnswers', requestId: 1, objectiveId: 'o1', achieved: '', formulation: '', uri: 'file:///x' },
      { type: 'setGrade', requestId: 1, keyResultId: 'o1', grade: 0.5 },
      { type: 'setGrade', requestId: 1, keyResultId: 'c1', grade: 0.55 },
      { type: 'setGrade', requestId: -1, keyResultId: 'c1', grade: 0.5 },
      { type: 'showQuarter', quarter: '2026-Q5' },
      { type: 'openObjective', objectiveId: 'c1' },
      { type: 'export', quarter: '2026-Q3' },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      Object.create({ type: 'ready' }),
    ]) {
      expect(parseReviewWebviewMessage(message).ok, JSON.stringify(message)).toBe(false);
    }
  });
});
