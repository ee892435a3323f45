// The index owns body facts: read with the front-matter, once per text, the line scanner first
// and remark only for the bodies it refuses, and never remark on a body too large to parse.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseGoalBody } from '../../src/core/body';
import type { ParsedBody } from '../../src/core/bodyFacts';
import { splitFrontMatter } from '../../src/core/frontMatter';
import { GoalIndex } from '../../src/core/goalIndex';
import { bodyStartOf, maxParsedBodyChars } from '../../src/core/readBody';
import { goalFileArbitrary } from './edits/goalFileArbitrary';

const frontMatter = '---\nobjective: Speak up\nquarter: 2026-Q4\nkey_results:\n  - id: talk\n    title: Give a talk\n---\n';
const notes = [
  'Why this matters.',
  '',
  '- [ ] Book the demo slot',
  '- [x] Ask Sam for feedback',
  '',
  '## Check-ins',
  '',
  '### 2026-10-14',
  'Progress: outline drafted',
  'Confidence: 0.6',
  '',
  '### 2026-11-02 1:1',
  'Progress: gave the first demo',
  '',
  '### next week',
  '',
  '## Review',
  'Both demos done.',
  '',
].join('\n');

/** A remark that counts its calls. */
function countingRemark(): { parse: (text: string, bodyStart: number) => ParsedBody; calls: () => number } {
  const parse = vi.fn((text: string, bodyStart: number) => parseGoalBody(text, bodyStart));
  return { parse, calls: () => parse.mock.calls.length };
}

describe('body facts in the index', () => {
  it('come with the goal file, read by the line scanner without remark', () => {
    const remark = countingRemark();
    const index = new GoalIndex(remark.parse);
    const file = index.update('a.md', frontMatter + notes);
    expect(file.body).toEqual({
      tasks: [
        { text: 'Book the demo slot', done: false, line: 10 },
        { text: 'Ask Sam for feedback', done: true, line: 11 },
      ],
      checkIns: 2,
      latestCheckIn: { date: '2026-11-02', line: 19, progress: 'gave the first demo' },
      lastCheckIn: '2026-11-02',
      hasReview: true,
      reviewOpening: 'Both demos done.',
      diagnostics: [expect.objectContaining({ code: 'check-in-not-a-date', range: expect.objectContaining({ line: 22 }) })],
    });
    expect(remark.calls()).toBe(0);
    // Files that are not goals have no body facts.
    expect(index.update('notes.md', '# Meeting\n\n- [ ] not a goal task\n').body).toBeUndefined();
  });

  it('are read by remark when the scanner refuses the body, with the same facts', () => {
    const remark = countingRemark();
    const index = new GoalIndex(remark.parse);
    const quoted = `${notes}\n> - [ ] a task in a quote\n`;
    const file = index.update('a.md', frontMatter + quoted);
    expect(remark.calls()).toBe(1);
    expect(file.body?.tasks.map((task) => task.text)).toEqual(['Book the demo slot', 'Ask Sam for feedback', 'a task in a quote']);
    // Once per text: the same text again is not read again.
    index.update('a.md', frontMatter + quoted, '1:2::');
    expect(remark.calls()).toBe(1);
  });

  it('read a huge body of task items with the scanner alone', () => {
    const remark = countingRemark();
    const index = new GoalIndex(remark.parse);
    const tasks = Array.from({ length: 6_000 }, (_, i) => `- [${i % 3 ? ' ' : 'x'}] step ${i} of the migration, with notes`).join('\n');
    const file = index.update('big.md', `${frontMatter}${tasks}\n`);
    expect(tasks.length).toBeGreaterThan(256 * 1024);
    expect(remark.calls()).toBe(0);
    expect(file.body?.tasks).toHaveLength(6_000);
    expect(file.body?.diagnostics).toEqual([]);
  });

  it('never hand a large body the scanner refuses to remark: it is read line by line, with an information diagnostic', () => {
    const remark = countingRemark();
    const index = new GoalIndex(remark.parse);
    const filler = Array.from({ length: 800 }, (_, i) => `- [ ] item ${i} of a long list with some words in it`).join('\n');
    // A fence inside a list item: the scanner refuses it, and the body is far over the bound.
    const body = `- [ ] first\n  \`\`\`\n  ## Check-ins\n  \`\`\`\n\n${filler}\n\n## Check-ins\n\n### 2026-11-20\nProgress: still going\n`;
    expect(body.length).toBeGreaterThan(maxParsedBodyChars);
    const file = index.update('big.md', frontMatter + body);
    expect(remark.calls()).toBe(0);
    expect(file.body?.lastCheckIn).toBe('2026-11-20');
    expect(file.body?.tasks).toHaveLength(801);
    const notice = file.body?.diagnostics.find((diagnostic) => diagnostic.code === 'body-too-large');
    expect(notice).toMatchObject({ severity: 'info', range: { line: 9 } });
    expect(notice?.message).toMatch(/fence/);
  });
});

describe('where the body starts', () => {
  it('is where splitFrontMatter puts it, on generated goal files and on odd fences', () => {
    const expected = (text: string) => splitFrontMatter(text)?.bodyStart ?? 0;
    fc.assert(fc.property(goalFileArbitrary, (goal) => bodyStartOf(goal.text) === expected(goal.text)), { numRuns: 300 });
    const odd = ['---\nobjective: A\n---', '---\nobjective: A\n--- trailing\nbody', '---\nobjective: A\n----\nbody', '---\r\nobjective: A\r\n---\r\n\r\nbody', '---\n---\nbody', '---yaml\nobjective: A\n---\nbody', '\uFEFF---\nobjective: A\n---\nbody', '---\nobjective: A\n', '# no front-matter', `---\n${'a: b\n'.repeat(20_000)}---\nbody`];
    for (const text of odd) expect([text.slice(0, 20), bodyStartOf(text)]).toEqual([text.slice(0, 20), expected(text)]);
  });
});
