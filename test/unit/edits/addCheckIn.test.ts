import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../../src/core/body.js';
import { addCheckIn } from '../../../src/core/edits/addCheckIn.js';
import { edited } from './editChecks.js';

const frontMatter = '---\nobjective: Pitch my ideas\nquarter: 2026-Q4\n---\n';

describe('addCheckIn', () => {
  it('appends after the last check-in, before the review', () => {
    const text = `${frontMatter}Notes.\n\n## Check-ins\n\n### 2026-10-07\nProgress: Sorted notes.\nConfidence: 0.6\n\n## Review\nLater.\n`;
    const after = edited(text, addCheckIn(text, { date: '2026-10-14', progress: 'Booked a demo', next: 'Rehearse', confidence: 0.7 }));
    expect(after).toBe(
      `${frontMatter}Notes.\n\n## Check-ins\n\n### 2026-10-07\nProgress: Sorted notes.\nConfidence: 0.6\n\n### 2026-10-14\nProgress: Booked a demo\nNext: Rehearse\nConfidence: 0.7\n\n## Review\nLater.\n`,
    );
    expect(parseGoalBody(after).body.checkIns.map((checkIn) => checkIn.date)).toEqual(['2026-10-07', '2026-10-14']);
  });

  it('keeps check-ins chronological when one is back-dated', () => {
    const text = `${frontMatter}## Check-ins\n### 2026-10-01\nProgress: a\n### 2026-10-21\nProgress: c\n`;
    const after = edited(text, addCheckIn(text, { date: '2026-10-14', progress: 'b' }));
    expect(after).toBe(`${frontMatter}## Check-ins\n### 2026-10-01\nProgress: a\n### 2026-10-14\nProgress: b\n\n### 2026-10-21\nProgress: c\n`);
    expect(parseGoalBody(after).body.checkIns.map((checkIn) => checkIn.progress)).toEqual(['a', 'b', 'c']);
  });

  it('adds a second check-in of the same day to that day\'s entry, without a second heading', () => {
    const text = `${frontMatter}## Check-ins\n\n### 2026-10-07\nProgress: a\n\n### 2026-10-14 1:1 with Sam\nProgress: Booked a demo\nConfidence: 0.6\n\n- a note\n\n### 2026-10-21\nProgress: c\n\n## Review\nLater.\n`;
    const after = edited(text, addCheckIn(text, { date: '2026-10-14', progress: 'Rehearsed it', next: 'Give it', confidence: 0.8 }));
    expect(after).toBe(text.replace('- a note\n', '- a note\n\nProgress: Rehearsed it\nNext: Give it\nConfidence: 0.8\n'));
    const checkIns = parseGoalBody(after).body.checkIns;
    expect(checkIns.map((checkIn) => checkIn.date)).toEqual(['2026-10-07', '2026-10-14', '2026-10-21']);
    expect(checkIns[1]).toMatchObject({ progress: 'Rehearsed it', next: 'Give it', confidence: 0.8 });

    // The last check-in of the file, and one directly followed by the next heading.
    const last = `${frontMatter}## Check-ins\n### 2026-10-14\nProgress: a\n`;
    expect(edited(last, addCheckIn(last, { date: '2026-10-14', progress: 'b' }))).toBe(`${last}\nProgress: b\n`);
    const tight = `${frontMatter}## Check-ins\n### 2026-10-14\nProgress: a\n### 2026-10-21\nProgress: c\n`;
    expect(edited(tight, addCheckIn(tight, { date: '2026-10-14', progress: 'b' }))).toBe(tight.replace('Progress: a\n', 'Progress: a\n\nProgress: b\n\n'));
    const crlf = '---\r\nobjective: O\r\n---\r\n## Check-ins\r\n\r\n### 2026-10-14\r\nProgress: a\r\n';
    expect(edited(crlf, addCheckIn(crlf, { date: '2026-10-14', progress: 'b' }))).toBe(`${crlf}\r\nProgress: b\r\n`);
  });

  it('creates the section before the review, or at the end of the body', () => {
    const withReview = `${frontMatter}Notes.\n\n## Review\nDone.\n`;
    expect(edited(withReview, addCheckIn(withReview, { date: '2026-10-14', progress: 'p' }))).toBe(
      `${frontMatter}Notes.\n\n## Check-ins\n\n### 2026-10-14\nProgress: p\n\n## Review\nDone.\n`,
    );
    const plain = `${frontMatter}Notes without a final newline`;
    expect(edited(plain, addCheckIn(plain, { date: '2026-10-14', progress: 'p' }))).toBe(`${plain}\n\n## Check-ins\n\n### 2026-10-14\nProgress: p`);
    expect(edited(frontMatter, addCheckIn(frontMatter, { date: '2026-10-14', progress: 'p' }))).toBe(`${frontMatter}## Check-ins\n\n### 2026-10-14\nProgress: p\n`);
    const noBody = '---\nobjective: O\n---';
    expect(edited(noBody, addCheckIn(noBody, { date: '2026-10-14', progress: 'p' }))).toBe(`${noBody}\n## Check-ins\n\n### 2026-10-14\nProgress: p\n`);
  });

  it('ignores headings inside fenced code blocks', () => {
    const text = `${frontMatter}Example:\n\n\`\`\`md\n## Check-ins\n### 2020-01-01\n## Review\n\`\`\`\n`;
    expect(edited(text, addCheckIn(text, { date: '2026-10-14', progress: 'p' }))).toBe(`${text.slice(0, -1)}\n\n## Check-ins\n\n### 2026-10-14\nProgress: p\n`);
  });

  it('uses the file’s CRLF line endings and keeps the BOM', () => {
    const text = '\uFEFF---\r\nobjective: O\r\n---\r\n## Check-ins\r\n\r\n### 2026-10-07\r\nProgress: a\r\n';
    expect(edited(text, addCheckIn(text, { date: '2026-10-14', progress: 'b', confidence: 1 }))).toBe(`${text.slice(0, -2)}\r\n\r\n### 2026-10-14\r\nProgress: b\r\nConfidence: 1\r\n`);
  });

  it('collapses line breaks so that text cannot inject headings', () => {
    const text = `${frontMatter}## Check-ins\n`;
    const after = edited(text, addCheckIn(text, { date: '2026-10-14', progress: 'first\n## Review\r\n### 2020-01-01\n\nlast', next: 'a\u2028b' }));
    expect(after).toBe(`${text}\n### 2026-10-14\nProgress: first ## Review ### 2020-01-01 last\nNext: a b\n`);
    expect(parseGoalBody(after).body).toMatchObject({ hasReview: false, checkIns: [{ date: '2026-10-14', progress: 'first ## Review ### 2020-01-01 last', next: 'a b' }] });
  });

  it('keeps a setext heading after the section a heading', () => {
    const text = `${frontMatter}## Check-ins\n\n\`\`\`\ncode\n\`\`\`\nReview\n------\nText\n`;
    const after = edited(text, addCheckIn(text, { date: '2026-10-14', progress: 'p' }));
    expect(parseGoalBody(after).body).toMatchObject({ hasReview: true, checkIns: [{ date: '2026-10-14', progress: 'p' }] });
  });

  it('refuses when an unclosed code fence would swallow the check-in', () => {
    const text = `${frontMatter}## Check-ins\n\n\`\`\`\nnever closed\n`;
    expect(addCheckIn(text, { date: '2026-10-14', progress: 'p' })).toMatchObject({ ok: false, code: 'not-editable' });
  });

  it('refuses invalid dates, empty progress and bad confidence', () => {
    for (const date of ['2026-02-30', '2026-1-5', '14.10.2026', '']) expect(addCheckIn(frontMatter, { date, progress: 'p' })).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(addCheckIn(frontMatter, { date: '2026-10-14', progress: ' \n ' })).toMatchObject({ ok: false, code: 'invalid-value' });
    for (const confidence of [NaN, -0.1, 1.5]) expect(addCheckIn(frontMatter, { date: '2026-10-14', progress: 'p', confidence })).toMatchObject({ ok: false, code: 'invalid-value' });
  });

  it('refuses files that are not goals or whose front-matter is broken', () => {
    expect(addCheckIn('# Notes\n', { date: '2026-10-14', progress: 'p' })).toMatchObject({ ok: false, code: 'not-a-goal-file' });
    expect(addCheckIn('---\nobjective: [\n---\n', { date: '2026-10-14', progress: 'p' })).toMatchObject({ ok: false, code: 'yaml-errors' });
  });
});
