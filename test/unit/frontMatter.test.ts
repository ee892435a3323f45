import fc from 'fast-check';
import matter from 'gray-matter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setGrade } from '../../src/core/edits/setGrade';
import { splitFrontMatter } from '../../src/core/frontMatter';
import { parseGoalFile } from '../../src/core/parse';

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

describe('splitFrontMatter on a host without Node', () => {
  const goal = '---\nobjective: Pitch my ideas\nkey_results:\n  - id: demo\n    title: Two demos\n---\nBody\n';

  it('refuses a front-matter language it has no reader for, rather than treating the file as plain Markdown', () => {
    expect(splitFrontMatter('---markdown\nobjective: A\n---\n')).toMatchObject({ refusedLanguage: 'markdown', yamlStart: 11 });
    expect(parseGoalFile('u', '1', '---markdown\nobjective: A\n---\n').diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
    const yml = splitFrontMatter('---YML\nobjective: A\n---\n');
    expect(yml?.yamlText).toBe('\nobjective: A');
    expect(yml?.refusedLanguage).toBeUndefined();
  });

  describe('when a platform API is missing (gray-matter calls Buffer.from)', () => {
    beforeEach(() => {
      vi.stubGlobal('Buffer', undefined);
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('lets the exception through instead of answering "no front-matter"', () => {
      expect(() => splitFrontMatter(goal)).toThrow(TypeError);
    });

    it('reports the failure on the goal file as a bug, and refuses edits with the reason', () => {
      const file = parseGoalFile('u', '1', goal);
      expect(file.diagnostics.map((d) => [d.code, d.severity])).toEqual([['internal-error', 'error']]);
      expect(file.diagnostics[0]?.message).toMatch(/TypeError: .*please report it/);
      const refused = setGrade(goal, { keyResultId: 'demo', grade: 0.5 });
      expect(refused).toMatchObject({ ok: false, code: 'not-editable' });
      expect(refused.ok ? '' : refused.message).toMatch(/could not be edited safely \(Cannot read properties of undefined/);
    });
  });
});
