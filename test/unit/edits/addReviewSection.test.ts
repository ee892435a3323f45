import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../../src/core/body.js';
import { addReviewSection, reviewSectionOffset } from '../../../src/core/edits/addReviewSection.js';
import { edited, expectLineEndings, expectUnchangedOutsideEdits, okEdits, scanHeadings } from './editChecks.js';

const frontMatter = '---\nobjective: Learn tracing\nquarter: 2026-Q4\n---\n';
const prompts = '## Review\n\nAchieved:\n\nWas the goal well formulated?';

describe('addReviewSection', () => {
  it('appends the review with its prompts after the last block, keeping the final newline', () => {
    const text = `${frontMatter}Notes.\n\n## Check-ins\n\n### 2026-11-05\nProgress: done\n`;
    const after = edited(text, addReviewSection(text));
    expect(after).toBe(`${text.slice(0, -1)}\n\n${prompts}\n`);
    expectUnchangedOutsideEdits(text, after, okEdits(addReviewSection(text)));
    // The section is there, but its prompts alone are not a written review yet.
    expect(reviewSectionOffset(after)).toBe(after.indexOf('## Review'));
    expect(parseGoalBody(after).body.hasReview).toBe(false);
    expect(scanHeadings(after.slice(frontMatter.length)).map((heading) => heading.text)).toEqual(['Check-ins', '2026-11-05', 'Review']);
  });

  it('works on an empty body, without a final newline and with CRLF', () => {
    expect(edited(frontMatter, addReviewSection(frontMatter))).toBe(`${frontMatter}${prompts}\n`);
    const noNewline = `${frontMatter}Notes.`;
    expect(edited(noNewline, addReviewSection(noNewline))).toBe(`${noNewline}\n\n${prompts}`);
    const crlf = `${frontMatter}Notes.\n`.replace(/\n/g, '\r\n');
    const after = edited(crlf, addReviewSection(crlf));
    expectLineEndings(after, '\r\n');
    expect(after).toContain('\r\n\r\n## Review\r\n\r\nAchieved:\r\n');
  });

  it('leaves a file that already has a review alone', () => {
    const text = `${frontMatter}## Retrospective\n\nWent well.\n`;
    expect(addReviewSection(text)).toEqual({ ok: true, edits: [] });
    expect(reviewSectionOffset(text)).toBe(frontMatter.length);
  });

  it('does not count a heading inside a code block, and refuses when the new one would land in an open fence', () => {
    const fenced = `${frontMatter}\`\`\`md\n## Review\n\`\`\`\n`;
    expect(reviewSectionOffset(fenced)).toBeUndefined();
    expect(edited(fenced, addReviewSection(fenced))).toBe(`${fenced.slice(0, -1)}\n\n${prompts}\n`);
    const open = `${frontMatter}\`\`\`\nnever closed\n`;
    expect(addReviewSection(open)).toMatchObject({ ok: false, code: 'not-editable' });
  });

  it('refuses files that are not goal files', () => {
    expect(addReviewSection('# Just notes\n')).toMatchObject({ ok: false, code: 'not-a-goal-file' });
  });
});
