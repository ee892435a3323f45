import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../src/core/body.js';
import { parseGoalFile } from '../../src/core/parse.js';
import { escapeSnippetText, objectiveTemplates, templateToGoalFile, templateToSnippet, type ObjectiveTemplate } from '../../src/core/templates.js';

/** The competency ids of examples/goals/career-framework.md. */
const careerIds = [
  'communication',
  'technical-ownership',
  'quality',
  'knowledge-sharing',
  'learning',
  'planning',
  'mentoring',
  'leadership',
  'direction',
  'visibility',
  'hiring',
  'collaboration',
];

interface ExpandedSnippet {
  /** The text with every placeholder replaced by its default and tab stops by nothing. */
  readonly text: string;
  /** Tab stop numbers in order of appearance. */
  readonly stops: number[];
  /** Where `$0` sits in the expanded text. */
  readonly finalStopOffsets: number[];
}

/**
 * A strict reader of VS Code snippet syntax as the templates use it: `$n`, `${n}` and
 * `${n:default}` (defaults may nest), with `\$`, `\}` and `\\` as the only escapes.
 * Any other `$`, `\` or an unmatched `}` is an error, so unescaped literal text fails.
 */
function expandSnippet(snippet: string): ExpandedSnippet {
  let position = 0;
  const stops: number[] = [];
  const finalStopOffsets: number[] = [];
  /** The default of each placeholder: a later `$n`/`${n}` mirrors it, as VS Code does. */
  const defaults = new Map<number, string>();

  const readNumber = (): number => {
    const match = /^\d+/.exec(snippet.slice(position));
    if (!match) throw new Error(`expected a tab stop number at ${position}`);
    position += match[0].length;
    return Number(match[0]);
  };

  /** Reads until the end (depth 0) or the `}` closing a placeholder (depth > 0). */
  const readContent = (depth: number, offsetBase: number): string => {
    let out = '';
    while (position < snippet.length) {
      const char = snippet[position] as string;
      if (char === '\\') {
        const next = snippet[position + 1];
        if (next !== '$' && next !== '}' && next !== '\\') throw new Error(`unescaped backslash at ${position}`);
        out += next;
        position += 2;
      } else if (char === '$') {
        position += 1;
        if (snippet[position] === '{') {
          position += 1;
          const stop = readNumber();
          stops.push(stop);
          if (stop === 0) finalStopOffsets.push(offsetBase + out.length);
          if (snippet[position] === ':') {
            position += 1;
            const value = readContent(depth + 1, offsetBase + out.length);
            if (defaults.has(stop)) throw new Error(`tab stop ${stop} has two defaults`);
            defaults.set(stop, value);
            out += value;
          } else if (snippet[position] === '}') {
            position += 1;
            out += defaults.get(stop) ?? '';
          } else {
            throw new Error(`malformed placeholder at ${position}`);
          }
        } else {
          const stop = readNumber();
          stops.push(stop);
          if (stop === 0) finalStopOffsets.push(offsetBase + out.length);
          out += defaults.get(stop) ?? '';
        }
      } else if (char === '}') {
        if (depth === 0) throw new Error(`unescaped } at ${position}`);
        position += 1;
        return out;
      } else {
        out += char;
        position += 1;
      }
    }
    if (depth > 0) throw new Error('unterminated placeholder');
    return out;
  };

  const text = readContent(0, 0);
  return { text, stops, finalStopOffsets };
}

function diagnosticsOf(text: string) {
  return [...parseGoalFile('template.md', '1', text).diagnostics, ...parseGoalBody(text).diagnostics];
}

const cases = objectiveTemplates.map((template) => [template.id, template] as const);

describe('objectiveTemplates', () => {
  it('offers at least 12 kinds of goal with unique ids', () => {
    expect(objectiveTemplates.length).toBeGreaterThanOrEqual(12);
    const ids = objectiveTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('covers the kinds of goal the extension promises', () => {
    const ids = objectiveTemplates.map((template) => template.id);
    for (const id of [
      'communication',
      'component-ownership',
      'quality',
      'knowledge-sharing',
      'learning',
      'planning',
      'mentoring',
      'enabling-others',
      'direction',
      'visibility',
      'hiring',
      'working-group',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(cases)('%s has 2 to 4 measurable key results with unique ids', (_id, template) => {
    expect(template.label.trim()).not.toBe('');
    expect(template.description.trim()).not.toBe('');
    expect(template.objective.trim()).not.toBe('');
    expect(template.keyResults.length).toBeGreaterThanOrEqual(2);
    expect(template.keyResults.length).toBeLessThanOrEqual(4);
    const krIds = template.keyResults.map((keyResult) => keyResult.id);
    expect(new Set(krIds).size).toBe(krIds.length);
    for (const keyResult of template.keyResults) {
      expect(keyResult.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      // Measurable: a number, a date or a deadline in the wording, or an explicit target.
      expect(keyResult.target !== undefined || /\d|\bevery\b|\beach\b|\bbefore\b/i.test(keyResult.title), keyResult.title).toBe(true);
      if (keyResult.target !== undefined) expect(keyResult.target).toBeGreaterThan(0);
    }
    expect(template.career.length).toBeGreaterThan(0);
    for (const career of template.career) expect(careerIds).toContain(career);
  });
});

describe('templateToGoalFile', () => {
  it.each(cases)('%s renders a valid goal file for a quarter', (_id, template) => {
    const text = templateToGoalFile(template, { quarter: '2026-Q4' });
    expect(diagnosticsOf(text)).toEqual([]);
    const objective = parseGoalFile('template.md', '1', text).objective;
    expect(objective).toBeDefined();
    expect(objective?.title).toBe(template.objective);
    expect(objective?.quarter).toBe('2026-Q4');
    expect(objective?.status).toBe('active');
    expect(objective?.career).toEqual(template.career);
    expect(objective?.keyResults.map((kr) => [kr.id, kr.title, kr.status, kr.target])).toEqual(
      template.keyResults.map((kr) => [kr.id, kr.title, 'todo', kr.target]),
    );
    const body = parseGoalBody(text).body;
    expect(body.checkIns).toEqual([]);
    expect(body.tasks).toMatchObject([{ text: template.firstStep, done: false }]);
    expect(text).toMatch(/\n\n- \[ \] .+\n\n## Check-ins\n$/);
  });

  it.each(cases)('%s renders a valid backlog goal without a quarter', (_id, template) => {
    const text = templateToGoalFile(template);
    expect(diagnosticsOf(text)).toEqual([]);
    const objective = parseGoalFile('template.md', '1', text).objective;
    expect(objective?.quarter).toBeUndefined();
    expect(objective?.status).toBe('backlog');
    expect(text).not.toContain('quarter:');
    expect(templateToGoalFile(template, { quarter: '  ' })).toBe(text);
  });

  it('normalises near-miss quarters and rejects others', () => {
    const template = objectiveTemplates[0] as ObjectiveTemplate;
    expect(templateToGoalFile(template, { quarter: 'Q1 2027' })).toContain('quarter: 2027-Q1\n');
    expect(() => templateToGoalFile(template, { quarter: 'next quarter' })).toThrow(RangeError);
  });

  it('quotes text that would not survive as plain YAML', () => {
    const awkward: ObjectiveTemplate = {
      id: 'awkward',
      label: 'Awkward',
      description: 'Text with YAML and snippet syntax in it.',
      career: ['communication', 'needs quoting'],
      objective: 'Cost: cut the bill # really',
      firstStep: 'Ask: who pays? # soon',
      keyResults: [
        { id: 'quote', title: '"Quoted" at the start', target: 1 },
        { id: 'bool', title: 'true' },
        { id: 'number', title: '42' },
        { id: 'dash', title: '- looks like a list' },
        { id: 'alias', title: '*not-an-alias' },
      ],
    };
    const text = templateToGoalFile(awkward, { quarter: '2026-Q4' });
    expect(diagnosticsOf(text)).toEqual([]);
    const objective = parseGoalFile('awkward.md', '1', text).objective;
    expect(objective?.title).toBe(awkward.objective);
    expect(objective?.career).toEqual(awkward.career);
    expect(objective?.keyResults.map((kr) => kr.title)).toEqual(awkward.keyResults.map((kr) => kr.title));
  });
});

describe('templateToSnippet', () => {
  it.each(cases)('%s has well-formed tab stops whose defaults give the goal file', (_id, template) => {
    for (const options of [{ quarter: '2026-Q4' }, {}]) {
      const snippet = templateToSnippet(template, options);
      const expanded = expandSnippet(snippet);
      expect(expanded.text).toBe(templateToGoalFile(template, options));
      expect(snippet.endsWith('$0')).toBe(true);
      expect(expanded.finalStopOffsets).toEqual([expanded.text.length]);
      // Tab stops 1..n, each with one default; a number in a title is visited before the title.
      const numbered = [...new Set(expanded.stops.filter((stop) => stop !== 0))].sort((a, b) => a - b);
      expect(numbered).toEqual(numbered.map((_stop, index) => index + 1));
      expect(snippet.startsWith(`---\nobjective: \${1:${escapeSnippetText(template.objective)}}\n`)).toBe(true);
      for (const keyResult of template.keyResults) {
        const number = keyResult.target === undefined ? undefined : String(keyResult.target);
        const title = escapeRegExp(escapeSnippetText(keyResult.title));
        const nested = number === undefined ? undefined : title.replace(number, `\\$\\{(\\d+):${number}\\}`);
        if (nested !== undefined && nested !== title) {
          // The target mirrors the number in the title: one edit changes both.
          const match = new RegExp(`title: \\$\\{(\\d+):${nested}\\}\\n    status: todo\\n    target: \\$\\{(\\d+)\\}\\n`).exec(snippet);
          expect(match, keyResult.title).not.toBeNull();
          expect(Number(match?.[2])).toBe(Number(match?.[1]) - 1);
          expect(match?.[3]).toBe(match?.[2]);
        } else {
          expect(snippet).toMatch(new RegExp(`title: \\$\\{\\d+:${title}\\}`));
        }
      }
      expect(snippet).toContain(`\n\n- [ ] \${${numbered.length}:${escapeSnippetText(template.firstStep)}}\n\n## Check-ins\n$0`);
    }
  });

  it('escapes $, } and \\ in literal text and in defaults', () => {
    const tricky: ObjectiveTemplate = {
      id: 'tricky',
      label: 'Tricky',
      description: 'Spend under $5 per {day} on C:\\temp}',
      career: ['quality'],
      objective: 'Save $10k a month on ${cloud} \\ storage',
      firstStep: 'Price ${it} at $1 \\ day}',
      keyResults: [{ id: 'cost', title: 'Bring the bill below $2,000 by ${month} end \\o/', target: 2000 }],
    };
    const snippet = templateToSnippet(tricky, { quarter: '2026-Q4' });
    const expanded = expandSnippet(snippet);
    expect(expanded.text).toBe(templateToGoalFile(tricky, { quarter: '2026-Q4' }));
    expect(expanded.stops).toEqual([1, 2, 3, 4, 5, 0]);
    expect(diagnosticsOf(expanded.text)).toEqual([]);
    expect(escapeSnippetText('a$b}c\\d{e')).toBe('a\\$b\\}c\\\\d{e');
  });

  it('the strict reader rejects unescaped syntax', () => {
    expect(() => expandSnippet('costs $ five')).toThrow();
    expect(() => expandSnippet('a $variable')).toThrow();
    expect(() => expandSnippet('a } b')).toThrow();
    expect(() => expandSnippet('C:\\temp')).toThrow();
    expect(() => expandSnippet('${1:open')).toThrow();
    expect(expandSnippet('a ${1:b ${2:c}} \\$d$0').text).toBe('a b c $d');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
