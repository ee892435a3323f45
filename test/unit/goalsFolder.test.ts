import { describe, expect, it } from 'vitest';
import { existingGoalsFolder } from '../../src/core/goalsFolder';

describe('the goals folder goal files already live in', () => {
  it('is the workspace folder itself when its quarter folders sit at the root', () => {
    expect(existingGoalsFolder(['2026-Q4/explain-designs-clearly.md', '2027-Q1/share.md', 'backlog/revive.md'])).toBe('');
  });

  it('is the folder that holds the quarter and backlog folders, however deep', () => {
    expect(existingGoalsFolder(['docs/career/goals/2026-Q3/a.md', 'docs/career/goals/backlog/b.md'])).toBe('docs/career/goals');
    expect(existingGoalsFolder(['goals/2026-Q4/a.md'])).toBe('goals');
  });

  it('is unknown when no goal file sits in a quarter or backlog folder', () => {
    expect(existingGoalsFolder([])).toBeUndefined();
    expect(existingGoalsFolder(['README.md', 'notes/growth.md', '2026-Q4.md', 'Q4-2026/a.md'])).toBeUndefined();
  });

  it('follows most of the goal files, then the shallowest folder, then the name', () => {
    expect(existingGoalsFolder(['old/2025-Q1/a.md', 'goals/2026-Q4/b.md', 'goals/2026-Q4/c.md'])).toBe('goals');
    expect(existingGoalsFolder(['team/goals/2026-Q4/a.md', 'me/2026-Q4/b.md'])).toBe('me');
    expect(existingGoalsFolder(['b/2026-Q4/a.md', 'a/2026-Q4/b.md'])).toBe('a');
    expect(existingGoalsFolder(['b/2026-Q4/a.md', '2026-Q4/b.md', 'a/2026-Q4/b.md'])).toBe('');
  });
});
