import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../src/core/body';
import { latestCheckIn } from '../../src/core/checkIns';

const text = `---
objective: A
---
Some notes.

- [ ] Book a slot at the December demo
- [x] Ask for feedback on the last talk
- a plain bullet

## Check-ins

### 2026-10-14
Progress: drafted the outline
Next: rehearse with Sam
Confidence: 0.6

### 2026-11-02 (1:1 with Kim)
- **Progress:** gave the first demo
- **Next:** pick the second topic

### next week
Progress: nothing

\`\`\`md
### 2026-13-01
\`\`\`

### 2026-11-20
Confidence: 1.7

## Review
Reached both demos; the KR on podcasts was too vague.
`;

describe('parseGoalBody', () => {
  const { body, diagnostics } = parseGoalBody(text);

  it('reads dated check-ins with progress, next steps and confidence', () => {
    expect(body.checkIns).toEqual([
      { date: '2026-10-14', line: 12, progress: 'drafted the outline', next: 'rehearse with Sam', confidence: 0.6 },
      { date: '2026-11-02', line: 17, progress: 'gave the first demo', next: 'pick the second topic' },
      { date: '2026-11-20', line: 28 },
    ]);
    expect(latestCheckIn(body.checkIns)).toBe('2026-11-20');
  });

  it('flags headings that are not dates and confidence outside 0..1, not code blocks', () => {
    expect(diagnostics.map((d) => [d.code, d.range.line])).toEqual([
      ['check-in-not-a-date', 21],
      ['confidence-out-of-range', 29],
    ]);
  });

  it('reads task items and the review', () => {
    expect(body.tasks).toEqual([
      { text: 'Book a slot at the December demo', done: false, line: 6 },
      { text: 'Ask for feedback on the last talk', done: true, line: 7 },
    ]);
    expect(body.hasReview).toBe(true);
    expect(body.reviewText).toBe('Reached both demos; the KR on podcasts was too vague.');
  });

  it('handles a body without sections and CRLF line endings', () => {
    const crlf = parseGoalBody('---\r\nobjective: A\r\n---\r\n## Check-ins\r\n### 2026-01-05\r\nProgress: ok\r\n');
    expect(crlf.body.checkIns).toEqual([{ date: '2026-01-05', line: 5, progress: 'ok' }]);
    expect(parseGoalBody('just text').body).toEqual({ checkIns: [], tasks: [], hasReview: false });
  });
});
