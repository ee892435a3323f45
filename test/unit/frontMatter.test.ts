import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/core/frontMatter';

/** gray-matter on the whole text, the way splitFrontMatter used it before it passed only the head. */
function wholeTextSplit(text: string): { yamlText: string; bodyStart: number } {
  let yamlText: string | undefined;
  const file = matter(text, { engines: { yaml: { parse: (source: string) => ((yamlText = source), {}) } } });
  return { yamlText: (yamlText ?? file.matter ?? '').replace(/\r$/, ''), bodyStart: text.length - file.content.length };
}

const fragment = fc.constantFrom('---', '----', '--- ', '---yaml', '\n', '\r\n', '\r', ' ', 'objective: A', 'body', '# x', '\uFEFF', '- [ ] t', 'a: "---"');

describe('splitFrontMatter', () => {
  it('locates the body exactly where gray-matter on the whole text does', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), (parts) => {
        const text = `---\n${parts.join('')}`;
        const split = splitFrontMatter(text);
        if (!split || split.refusedLanguage !== undefined) return;
        expect({ yamlText: split.yamlText, bodyStart: split.bodyStart }).toEqual(wholeTextSplit(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
