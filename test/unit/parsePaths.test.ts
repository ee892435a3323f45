import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoalFile, parseGoalFileExactly } from '../../src/core/parse';
import { objectiveTemplates, templateToGoalFile } from '../../src/core/templates';

function examples(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? examples(join(dir, entry.name)) : entry.name.endsWith('.md') ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  );
}

const seeds = [...examples('examples/goals'), ...objectiveTemplates.map((template) => templateToGoalFile(template, { quarter: '2026-Q4' }))];
const noise = [':', ' ', '-', '"', "'", '#', '\t', '\n', '[', ']', '{', '}', ',', '&a ', '*a', '!', '|', '>', '0', '1.5', 'x', '  ', '\r\n', 'id: z\n'];

/**
 * parseGoalFile reads valid files with js-yaml (fast) and everything else with `yaml`
 * (exact). Whatever the input, the two must give the same result, or views would disagree
 * with diagnostics and edits.
 */
describe('fast and exact parse paths', () => {
  it('agree on every example and template', () => {
    for (const text of seeds) expect(parseGoalFile('u', '1', text)).toEqual(parseGoalFileExactly('u', '1', text));
  });

  it('agree on randomly damaged goal files', () => {
    const mutation = fc.record({ seed: fc.constantFrom(...seeds), at: fc.nat(), cut: fc.nat({ max: 3 }), insert: fc.constantFrom(...noise) });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        let text = mutations[0]!.seed;
        for (const { at, cut, insert } of mutations) {
          const end = text.indexOf('\n---', 4);
          const position = end > 0 ? at % end : 0; // damage the front-matter, where the paths differ
          text = text.slice(0, position) + insert + text.slice(position + cut);
        }
        expect(parseGoalFile('u', '1', text)).toEqual(parseGoalFileExactly('u', '1', text));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe('fast path guards', () => {
  it.each([
    ['an alias', 'objective: &t Pitch\nkey_results:\n  - id: a\n    title: *t'],
    ['a tag', 'objective: !!str 5\nquarter: 2026-Q4'],
    ['a flow list over two lines', 'objective: A\ncareer: [a,\nb]'],
    ['a comment glued to a bracket', 'objective: A\ncareer: [a]#note'],
    ['a tab', 'objective: A\nkey_results:\n\t- id: a'],
  ])('sends %s to the exact parser, and both agree', (_label, yaml) => {
    const text = `---\n${yaml}\n---\n`;
    expect(parseGoalFile('u', '1', text)).toEqual(parseGoalFileExactly('u', '1', text));
  });
});
