import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxFrameworkChars, parseCareerFramework } from '../../../src/core/careerFramework';

describe('parseCareerFramework', () => {
  it('reads the sample: ids in order, names, areas from headings (not the title), per-level expectations', () => {
    const framework = parseCareerFramework(readFileSync('examples/goals/career-framework.md', 'utf8'));
    expect(framework.diagnostics).toEqual([]);
    expect(framework.title).toBe('Career framework');
    expect(framework.competencies.map((competency) => competency.id)).toEqual([
      'technical-ownership', 'quality', 'learning', 'communication', 'knowledge-sharing', 'visibility', 'collaboration', 'planning', 'mentoring', 'leadership', 'direction', 'hiring',
    ]);
    const communication = framework.competencies.find((competency) => competency.id === 'communication');
    expect(communication).toMatchObject({
      name: 'Communication',
      area: 'Communication and influence',
      description: 'explains ideas, designs and trade-offs clearly, in writing and out loud.',
      range: { line: 20, column: 1 },
    });
    expect(communication?.levels).toEqual([
      { level: 'L2', expectation: 'writes clear pull request descriptions and stories.' },
      { level: 'L3', expectation: 'writes design notes that get decisions made, and presents at team demos.' },
      { level: 'L4', expectation: 'explains trade-offs to audiences outside engineering.' },
    ]);
  });

  it('takes the plain format of the issue: id, dash, description; no name; any dash or a colon', () => {
    const framework = parseCareerFramework('- `communication` — explains ideas\n- `quality` - ships well\n- `hiring`: interviews\n- `x` – a, b - c\n');
    expect(framework.competencies.map(({ id, name, description, area }) => ({ id, name, description, area }))).toEqual([
      { id: 'communication', name: undefined, description: 'explains ideas', area: undefined },
      { id: 'quality', name: undefined, description: 'ships well', area: undefined },
      { id: 'hiring', name: undefined, description: 'interviews', area: undefined },
      { id: 'x', name: undefined, description: 'a, b - c', area: undefined },
    ]);
  });

  it('ignores notes and code blocks; reports duplicates, bad ids and missing descriptions without failing', () => {
    const text = ['# Ladder', '', 'Intro with `code`.', '', '- a note, not a competency', '- `good` — fine', '- `good` — again', '- `has space` — no', '- `bare`', '', '```', '- `fenced` — not read', '```'].join('\n');
    const framework = parseCareerFramework(text);
    expect(framework.competencies.map((competency) => competency.id)).toEqual(['good', 'bare']);
    expect(framework.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.line])).toEqual([
      ['framework-duplicate-id', 7],
      ['framework-bad-id', 8],
      ['framework-no-description', 9],
    ]);
  });

  it('gives a diagnostic, never a crash, for malformed files', () => {
    expect(parseCareerFramework('').diagnostics.map((d) => d.code)).toEqual(['framework-empty']);
    expect(parseCareerFramework('\u0000\u0001 binary \uFFFD\n- `').diagnostics.map((d) => d.code)).toEqual(['framework-empty']);
    expect(parseCareerFramework('x'.repeat(maxFrameworkChars + 1))).toMatchObject({ competencies: [], diagnostics: [{ code: 'framework-too-large', severity: 'error' }] });
    // Deep nesting and thousands of items: one linear pass (remark took 10 s on 4 KB of nested "- ").
    const big = parseCareerFramework(`${'- '.repeat(20000)}x\n${'- `a` — b\n'.repeat(20000)}`);
    expect(big.competencies.map((competency) => competency.id)).toEqual(['a']);
    expect(big.diagnostics.length).toBe(19999);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const framework = parseCareerFramework(text);
        expect(Array.isArray(framework.competencies)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
