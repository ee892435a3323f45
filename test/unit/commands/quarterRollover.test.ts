import { describe, expect, it } from 'vitest';
import type { GoalEntry } from '../../../src/commands/goalChoices';
import { objectivesToReview, rolloverPlan } from '../../../src/commands/quarterRollover';
import { parseGoalFile } from '../../../src/core/parse';

function entry(uri: string, frontMatter: string): GoalEntry {
  const objective = parseGoalFile(uri, '1', `---\nobjective: ${uri}\n${frontMatter}\n---\n`).objective;
  if (!objective) throw new Error('not a goal');
  return { uri, objective };
}

describe('rolloverPlan', () => {
  const goals = [
    entry('active', 'quarter: 2026-Q4'),
    entry('done', 'quarter: 2026-Q4\nstatus: done'),
    entry('dropped', 'quarter: 2026-Q4\nstatus: dropped'),
    entry('backlog', 'status: backlog'),
    entry('last', 'quarter: 2026-Q3'),
    entry('also-active', 'quarter: 2026-Q4'),
  ];

  it('closes the current quarter: unfinished objectives can be carried over, dropped ones are left alone', () => {
    const plan = rolloverPlan(goals, '2026-12-20');
    expect(plan.closing).toBe('2026-Q4');
    expect(plan.next).toBe('2027-Q1');
    expect(plan.unfinished.map((goal) => goal.uri)).toEqual(['active', 'also-active']);
    expect(plan.closingGoals.map((goal) => goal.uri)).toEqual(['active', 'also-active', 'done']);
  });

  it('reviews what stays', () => {
    const plan = rolloverPlan(goals, '2026-12-20');
    expect(objectivesToReview(plan, new Set(['active'])).map((goal) => goal.uri)).toEqual(['also-active', 'done']);
  });
});
