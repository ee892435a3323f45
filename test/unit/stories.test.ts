import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../src/core/body';
import { setStoryDone } from '../../src/core/edits/setStoryDone';
import { parseGoalFile } from '../../src/core/parse';
import { objectiveStories, openStoryCount, storyKeyResultId, storyTitle } from '../../src/core/stories';
import { applyTextEdits } from '../../src/core/textEdit';

const text = `---
objective: Explain my designs
quarter: 2026-Q4
key_results:
  - id: demo-talks
    title: Present at 2 demos
  - id: doc-review
    title: Get 3 reviewers
---
Notes.

- [x] Ask Lena for a slot #demo-talks
- [ ] Ask for a slot at the 3 December demo (#demo-talks)
- [ ] Post the draft in the design channel #doc-review
- [ ] Fix issue #123 in the renderer
* [X] Star-bullet story, upper-case X

> - [ ] Quoted story #doc-review

\`\`\`md
- [ ] not a story, just an example in a code block
\`\`\`
`;

const ids = new Set(['demo-talks', 'doc-review']);

describe('stories', () => {
  it('links a story to the key result its tag names, and only to ids of the file', () => {
    expect(storyKeyResultId('Book it #demo-talks', ids)).toBe('demo-talks');
    expect(storyKeyResultId('Book it (#doc-review).', ids)).toBe('doc-review');
    expect(storyKeyResultId('Fix #123 and #blocked', ids)).toBeUndefined();
    expect(storyKeyResultId('mail me at a#demo-talks', ids)).toBeUndefined();
    expect(storyKeyResultId('#demo-talks-2 is another id', ids)).toBeUndefined();
  });

  it('shows a linked story without its tag', () => {
    expect(storyTitle('Ask for a slot #demo-talks', 'demo-talks')).toBe('Ask for a slot');
    expect(storyTitle('Ask for a slot (#demo-talks)', 'demo-talks')).toBe('Ask for a slot');
    expect(storyTitle('Fix #123', undefined)).toBe('Fix #123');
  });

  it('groups the body tasks by key result, the rest as the objective’s own', () => {
    const objective = parseGoalFile('x', '1', text).objective!;
    const { tasks } = parseGoalBody(text).body;
    const stories = objectiveStories(objective, tasks);
    expect(stories.byKeyResult.get('demo-talks')?.map((task) => task.line)).toEqual([12, 13]);
    expect(stories.byKeyResult.get('doc-review')?.map((task) => task.line)).toEqual([14, 18]);
    expect(stories.unlinked.map((task) => task.text)).toEqual(['Fix issue #123 in the renderer', 'Star-bullet story, upper-case X']);
    expect(openStoryCount(tasks)).toBe(4);
  });
});

describe('setStoryDone', () => {
  const lineOf = (fragment: string): number => text.slice(0, text.indexOf(fragment)).split('\n').length;

  it('changes exactly the one character between the brackets', () => {
    for (const [fragment, done, from, to] of [
      ['- [ ] Post the draft', true, '- [ ] Post the draft', '- [x] Post the draft'],
      ['- [x] Ask Lena', false, '- [x] Ask Lena', '- [ ] Ask Lena'],
      ['* [X] Star-bullet', false, '* [X] Star-bullet', '* [ ] Star-bullet'],
      ['> - [ ] Quoted', true, '> - [ ] Quoted', '> - [x] Quoted'],
    ] as const) {
      const result = setStoryDone(text, { line: lineOf(fragment), done });
      expect(result.ok, fragment).toBe(true);
      if (!result.ok) continue;
      expect(result.edits).toHaveLength(1);
      expect(result.edits[0]!.end - result.edits[0]!.start).toBe(1);
      expect(applyTextEdits(text, result.edits)).toBe(text.replace(from, to));
    }
  });

  it('keeps CRLF files byte for byte apart from the box', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const result = setStoryDone(crlf, { line: lineOf('- [ ] Post the draft'), done: true });
    expect(result.ok && applyTextEdits(crlf, result.edits)).toBe(crlf.replace('- [ ] Post the draft', '- [x] Post the draft'));
  });

  it('does nothing when the story already is in that state', () => {
    expect(setStoryDone(text, { line: lineOf('- [x] Ask Lena'), done: true })).toEqual({ ok: true, edits: [] });
  });

  it('refuses a line that is not a story, or a story that moved', () => {
    expect(setStoryDone(text, { line: lineOf('- [ ] not a story'), done: true }).ok).toBe(false);
    expect(setStoryDone(text, { line: lineOf('Notes.'), done: true }).ok).toBe(false);
    expect(setStoryDone(text, { line: lineOf('- [ ] Post the draft'), done: true, text: 'Another story' }).ok).toBe(false);
    expect(setStoryDone(text, { line: 0, done: true }).ok).toBe(false);
    expect(setStoryDone(text, { line: lineOf('- [ ] Post the draft'), done: 'yes' as never }).ok).toBe(false);
  });
});
