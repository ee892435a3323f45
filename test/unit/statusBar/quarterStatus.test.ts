import { describe, expect, it } from 'vitest';
import type { Objective } from '../../../src/core/model';
import { quarterStatus } from '../../../src/statusBar/quarterStatus';
import { goalFile, kr, sampleFiles } from '../tree/goalTexts';

const objectives = (): Objective[] => sampleFiles().flatMap((file) => (file.objective ? [file.objective] : []));

describe('quarter status bar', () => {
  it("shows the current quarter's score with its band and a per-objective tooltip", () => {
    const status = quarterStatus(objectives(), '2026-11-25');
    expect(status).toMatchObject({ quarter: '2026-Q4', text: '$(target) 2026-Q4 0.7 · 2 of 3 graded', band: 'green' });
    expect(status?.score).toBe(0.7);
    expect(status?.tooltip).toContain('**2026-Q4** quarter score: **0.7** (2 of 3 graded)');
    expect(status?.tooltip).toContain('| 1.0 (1 of 2 graded) | Own webhooks |');
    expect(status?.tooltip).toContain('| 0.3 | Learn tracing |');
    expect(status?.tooltip).toContain('| – | Abandoned guild (dropped, not counted) |');
  });

  it('shows a dash before anything is graded', () => {
    const status = quarterStatus([goalFile('a', { title: 'A', quarter: '2026-Q4', keyResults: kr('x', 'status: doing') }).objective!], '2026-10-01');
    expect(status?.text).toBe('$(target) 2026-Q4 –');
    expect(status?.band).toBeUndefined();
  });

  it('is absent when the current quarter has no objectives', () => {
    expect(quarterStatus(objectives(), '2026-05-10')).toBeDefined();
    expect(quarterStatus(objectives(), '2028-02-01')).toBeUndefined();
    expect(quarterStatus([], '2026-11-25')).toBeUndefined();
  });

  it('escapes objective titles in the tooltip table', () => {
    const status = quarterStatus([goalFile('p', { title: 'a | b', quarter: '2026-Q4' }).objective!], '2026-11-25');
    expect(status?.tooltip).toContain('| – | a \\| b |');
  });
});
