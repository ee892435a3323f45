// Property-based tests: random valid goal files in many formatting styles × random edits.
// Each edit must change exactly what was asked and leave every other byte alone.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../../src/core/body.js';
import { addCheckIn } from '../../../src/core/edits/addCheckIn.js';
import { addKeyResult } from '../../../src/core/edits/addKeyResult.js';
import type { EditResult } from '../../../src/core/edits/editableGoal.js';
import { moveObjectiveToQuarter } from '../../../src/core/edits/moveObjectiveToQuarter.js';
import { setGrade } from '../../../src/core/edits/setGrade.js';
import { setKeyResultStatus } from '../../../src/core/edits/setKeyResultStatus.js';
import { setObjectiveStatus } from '../../../src/core/edits/setObjectiveStatus.js';
import { setReviewAnswers } from '../../../src/core/edits/setReviewAnswers.js';
import { setStoryDone } from '../../../src/core/edits/setStoryDone.js';
import { normaliseAnswer, parseReviewAnswers } from '../../../src/core/reviewAnswers.js';
import { readFrontMatter } from '../../../src/core/frontMatter.js';
import { parseGoalFile } from '../../../src/core/parse.js';
import {
  applyChecked,
  collapseLines,
  expectedHeadingsAfterCheckIn,
  expectLineEndings,
  expectLocalEdits,
  expectUnchangedOutsideEdits,
  frontMatterData,
  occurrences,
  okEdits,
  parsed,
  scanHeadings,
  type Data,
} from './editChecks.js';
import { dateArbitrary, goalFileArbitrary, idArbitrary, titleArbitrary, type GeneratedGoal } from './goalFileArbitrary.js';

const numRuns = 300;
/** Each check-in run parses Markdown three times (two in the edit, one in the parser cross-check). */
const checkInRuns = 200;
/** Hundreds of parses per property: generous so a busy CI machine does not time out. */
const propertyTimeout = 120_000;

const keyResultsOf = (data: Data): Data[] => (Array.isArray(data.key_results) ? (data.key_results as Data[]) : []);

/** A generated file is a valid goal: the test is about the edits, not the generator. */
function expectValidGoal(goal: GeneratedGoal): void {
  expect(parseGoalFile('goal.md', '1', goal.text).objective).toBeDefined();
}

interface FrontMatterExpectation {
  /** The old data with just the requested change applied. */
  readonly expected: (before: Data, after: Data) => Data;
  /** A comment that may go, because it sat on a line the edit removes. */
  readonly lostComment?: string;
  readonly removesLine?: RegExp;
}

/** Properties (1)–(4) for a front-matter edit, plus comments, BOM and line endings. */
function expectFrontMatterEdit(goal: GeneratedGoal, result: EditResult, expectation: FrontMatterExpectation): string {
  const edits = okEdits(result);
  const before = parsed(goal.text);
  const after = applyChecked(goal.text, edits);
  const reread = parsed(after);
  // (3) outside the returned ranges the text is byte-identical, and the ranges are small.
  expectUnchangedOutsideEdits(goal.text, after, edits);
  for (const edit of edits) {
    expect(edit.start).toBeGreaterThanOrEqual(before.yamlStart);
    expect(edit.end).toBeLessThanOrEqual(before.bodyStart);
  }
  if (expectation.removesLine) {
    for (const edit of edits) expect(goal.text.slice(edit.start, edit.end)).toMatch(expectation.removesLine);
  } else expectLocalEdits(goal.text, edits, goal.eol);
  // (1) it parses and (2) the data is the old data with only the requested change.
  expect(reread.data).toEqual(expectation.expected(before.data, reread.data));
  // (4) the body is byte-identical.
  expect(reread.body).toBe(before.body);
  for (const comment of goal.comments) {
    if (comment === expectation.lostComment) continue;
    expect(occurrences(after, `# ${comment}\r`) + occurrences(after, `# ${comment}\n`)).toBe(occurrences(goal.text, `# ${comment}\r`) + occurrences(goal.text, `# ${comment}\n`));
  }
  expect(after.startsWith('\uFEFF')).toBe(goal.text.startsWith('\uFEFF'));
  expectLineEndings(after, goal.eol);
  return after;
}

/** Picks a key result id of the file most of the time, otherwise one it does not have. */
const keyResultIdFor = (goal: GeneratedGoal) =>
  goal.ids.length > 0 ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...goal.ids) }, { weight: 1, arbitrary: idArbitrary }) : idArbitrary;

const withKeyResultId = goalFileArbitrary.chain((goal) => fc.tuple(fc.constant(goal), keyResultIdFor(goal)));

function withKeyResult(before: Data, id: string, change: (keyResult: Data) => void): Data {
  const copy = structuredClone(before);
  const keyResult = keyResultsOf(copy).find((item) => String(item.id) === id);
  if (keyResult) change(keyResult);
  return copy;
}

describe('edit properties on random valid goal files', () => {
  it('setGrade writes the grade (two decimals at most) and nothing else; idempotent', () => {
    const grade = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 100 }).map((n) => n / 100));
    fc.assert(
      fc.property(withKeyResultId, grade, ([goal, id], value) => {
        expectValidGoal(goal);
        const result = setGrade(goal.text, { keyResultId: id, grade: value });
        if (!goal.ids.includes(id)) {
          expect(result).toMatchObject({ ok: false, code: 'unknown-key-result' });
          return;
        }
        const after = expectFrontMatterEdit(goal, result, {
          expected: (before, afterData) => {
            const written = keyResultsOf(afterData).find((item) => String(item.id) === id)?.grade as number;
            expect(Math.abs(written - value)).toBeLessThanOrEqual(0.005 + 1e-9);
            expect(Math.abs(written * 100 - Math.round(written * 100))).toBeLessThan(1e-9);
            return withKeyResult(before, id, (keyResult) => (keyResult.grade = written));
          },
        });
        // (5) idempotent: the same edit again changes nothing.
        expect(okEdits(setGrade(after, { keyResultId: id, grade: value }))).toEqual([]);
      }),
      { numRuns },
    );
  }, propertyTimeout);

  it('setKeyResultStatus writes the status and nothing else; idempotent', () => {
    fc.assert(
      fc.property(withKeyResultId, fc.constantFrom('todo', 'doing', 'done', 'dropped' as const), ([goal, id], status) => {
        const result = setKeyResultStatus(goal.text, { keyResultId: id, status });
        if (!goal.ids.includes(id)) {
          expect(result).toMatchObject({ ok: false, code: 'unknown-key-result' });
          return;
        }
        const after = expectFrontMatterEdit(goal, result, {
          expected: (before) => withKeyResult(before, id, (keyResult) => (keyResult.status = status)),
        });
        expect(okEdits(setKeyResultStatus(after, { keyResultId: id, status }))).toEqual([]);
      }),
      { numRuns },
    );
  }, propertyTimeout);

  it('setObjectiveStatus writes the status and nothing else; idempotent', () => {
    fc.assert(
      fc.property(goalFileArbitrary, fc.constantFrom('backlog', 'active', 'done', 'dropped' as const), (goal, status) => {
        const after = expectFrontMatterEdit(goal, setObjectiveStatus(goal.text, { status }), {
          expected: (before) => ({ ...before, status }),
        });
        expect(okEdits(setObjectiveStatus(after, { status }))).toEqual([]);
      }),
      { numRuns },
    );
  }, propertyTimeout);

  it('moveObjectiveToQuarter sets or removes the quarter and nothing else; idempotent', () => {
    const quarter = fc.option(
      fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 4 })).map(([year, q]) => `${year}-Q${q}`),
      { nil: undefined, freq: 3 },
    );
    fc.assert(
      fc.property(goalFileArbitrary, quarter, (goal, value) => {
        const result = moveObjectiveToQuarter(goal.text, { quarter: value });
        const after = expectFrontMatterEdit(goal, result, {
          expected: (before) => {
            const copy = { ...before };
            if (value === undefined) delete copy.quarter;
            else copy.quarter = value;
            return copy;
          },
          ...(value === undefined ? { removesLine: /^(|quarter: [^\r\n]*\r?\n)$/ } : {}),
          ...(value === undefined && goal.quarterComment ? { lostComment: goal.quarterComment } : {}),
        });
        expect(okEdits(moveObjectiveToQuarter(after, { quarter: value }))).toEqual([]);
      }),
      { numRuns },
    );
  }, propertyTimeout);

  it('addKeyResult appends one key result in the file’s style and nothing else; refuses it twice', () => {
    const title = fc.oneof({ weight: 4, arbitrary: titleArbitrary }, { weight: 1, arbitrary: fc.tuple(titleArbitrary, titleArbitrary).map(([a, b]) => `${a}\n${b}`) });
    const newId = (goal: GeneratedGoal) => (goal.ids.length > 0 ? fc.oneof({ weight: 6, arbitrary: idArbitrary }, { weight: 1, arbitrary: fc.constantFrom(...goal.ids) }) : idArbitrary);
    const cases = goalFileArbitrary.chain((goal) =>
      fc.tuple(fc.constant(goal), newId(goal), title.filter((text) => collapseLines(text) !== ''), fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined })),
    );
    fc.assert(
      fc.property(cases, ([goal, id, text, target]) => {
        const args = { id, title: text, ...(target === undefined ? {} : { target }) };
        const result = addKeyResult(goal.text, args);
        if (goal.ids.includes(id)) {
          expect(result).toMatchObject({ ok: false, code: 'duplicate-id' });
          return;
        }
        const expectedKeyResult = { id, title: collapseLines(text), ...(target === undefined ? {} : { target }) };
        const after = expectFrontMatterEdit(goal, result, {
          expected: (before) => ({ ...before, key_results: [...keyResultsOf(before), expectedKeyResult] }),
          // `key_results: ~` loses its `~` when the list is written under it.
          ...(/key_results: ~/.test(goal.text) ? { removesLine: /^ *~?$/ } : {}),
        });
        const parsed = parseGoalFile('goal.md', '1', after).objective?.keyResults.find((keyResult) => keyResult.id === id);
        expect(parsed).toMatchObject({ id, title: collapseLines(text) });
        expect(addKeyResult(after, args)).toMatchObject({ ok: false, code: 'duplicate-id' });
      }),
      { numRuns },
    );
  }, propertyTimeout);

  it('addCheckIn inserts one dated check-in where the parser reads it and nothing else', () => {
    const progress = fc
      .array(fc.oneof(titleArbitrary.map((text) => text.replace(/[*_]/g, '')), fc.constantFrom('\n## Review\n', '\r\n### 2026-01-01', '\n```\n', '\n\n', '  ')), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(''))
      .filter((text) => collapseLines(text) !== '');
    const next = fc.option(titleArbitrary.map((text) => text.replace(/[*_]/g, '')), { nil: undefined });
    const confidence = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(goalFileArbitrary, dateArbitrary, progress, next, confidence, (goal, date, progressText, nextText, confidenceValue) => {
        // A second check-in on a day that has one joins that day's entry (addCheckIn.test.ts covers it); here the day is new.
        fc.pre(!goal.checkInDates.includes(date));
        const args = { date, progress: progressText, ...(nextText === undefined ? {} : { next: nextText }), ...(confidenceValue === undefined ? {} : { confidence: confidenceValue }) };
        const edits = okEdits(addCheckIn(goal.text, args));
        expect(edits).toHaveLength(1);
        const [edit] = edits;
        const before = parsed(goal.text);
        expect(edit?.start).toBe(edit?.end);
        expect(edit?.start).toBeGreaterThanOrEqual(before.bodyStart);
        const after = applyChecked(goal.text, edits);
        const reread = parsed(after);
        expectUnchangedOutsideEdits(goal.text, after, edits);
        // The front-matter is untouched, byte for byte.
        expect(after.slice(0, before.bodyStart)).toBe(goal.text.slice(0, before.bodyStart));
        expect(reread.data).toEqual(before.data);
        // The outline gained exactly the promised headings, and no text became a heading.
        expect(scanHeadings(reread.body)).toEqual(expectedHeadingsAfterCheckIn(scanHeadings(before.body), date));
        const eol = goal.eol;
        const lines = [`### ${date}`, `Progress: ${collapseLines(progressText)}`];
        if (nextText !== undefined && collapseLines(nextText) !== '') lines.push(`Next: ${collapseLines(nextText)}`);
        expect(edit?.newText).toContain(lines.join(eol));
        expectLineEndings(after, eol);
        expect(after.startsWith('\uFEFF')).toBe(goal.text.startsWith('\uFEFF'));
        // The product's own body parser reads it back.
        const newCheckIns = parseGoalBody(after).body.checkIns;
        expect(newCheckIns).toHaveLength(goal.checkInDates.length + 1);
        const added = newCheckIns.find((checkIn) => checkIn.date === date && checkIn.progress === collapseLines(progressText));
        expect(added).toBeDefined();
        if (confidenceValue !== undefined) expect(Math.abs((added?.confidence ?? NaN) - confidenceValue)).toBeLessThanOrEqual(0.005 + 1e-9);
        // Chronological: the generated check-ins are in date order, and stay so.
        const dates = newCheckIns.map((checkIn) => checkIn.date);
        expect(dates).toEqual([...dates].sort());
      }),
      { numRuns: checkInRuns },
    );
  }, propertyTimeout);
});

describe('review answers and story ticks on random valid goal files', () => {
  it('setReviewAnswers writes answers that read back, or refuses; notes, headings and front-matter stay', () => {
    const answer = fc
      .array(fc.oneof(titleArbitrary, fc.constantFrom('\n', '\n\n', '\n## Review\n', '\n- a list item', '\nAchieved: again', '  ', '\r\n')), { minLength: 0, maxLength: 4 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(goalFileArbitrary, fc.option(answer, { nil: undefined }), fc.option(answer, { nil: undefined }), (goal, achieved, formulation) => {
        const args = { ...(achieved === undefined ? {} : { achieved }), ...(formulation === undefined ? {} : { formulation }) };
        const result = setReviewAnswers(goal.text, args);
        if (!result.ok) return;
        const before = parsed(goal.text);
        const after = applyChecked(goal.text, result.edits);
        expectUnchangedOutsideEdits(goal.text, after, result.edits);
        expect(after.slice(0, before.bodyStart)).toBe(goal.text.slice(0, before.bodyStart));
        expectLineEndings(after, goal.eol);
        const oldAnswers = parseReviewAnswers(parseGoalBody(goal.text).body.reviewText);
        const newAnswers = parseReviewAnswers(parseGoalBody(after).body.reviewText);
        expect(newAnswers.notes).toBe(oldAnswers.notes);
        expect(newAnswers.achieved).toBe(achieved === undefined ? oldAnswers.achieved : normaliseAnswer(achieved));
        expect(newAnswers.formulation).toBe(formulation === undefined ? oldAnswers.formulation : normaliseAnswer(formulation));
        const notReview = (heading: { level: number; text: string }) => !(heading.level <= 2 && heading.text === 'Review');
        expect(scanHeadings(parsed(after).body).filter(notReview)).toEqual(scanHeadings(before.body).filter(notReview));
      }),
      { numRuns: checkInRuns },
    );
  }, propertyTimeout);

  it('setStoryDone changes one bracket character of a task line, or nothing', () => {
    const withTasks = goalFileArbitrary.map((goal) => ({ ...goal, text: `${goal.text}${goal.text.endsWith('\n') ? '' : goal.eol}- [ ] one${goal.eol}- [x] two${goal.eol}` }));
    fc.assert(
      fc.property(withTasks, fc.boolean(), fc.nat({ max: 3 }), (goal, done, pick) => {
        const tasks = parseGoalBody(goal.text).body.tasks;
        const task = tasks[pick % tasks.length];
        if (!task) return;
        const result = setStoryDone(goal.text, { line: task.line, done, text: task.text });
        if (!result.ok) return;
        const after = applyChecked(goal.text, result.edits);
        expect(after.length).toBe(goal.text.length);
        let changed = 0;
        for (let index = 0; index < after.length; index++) if (after.charCodeAt(index) !== goal.text.charCodeAt(index)) changed += 1;
        expect(changed).toBeLessThanOrEqual(1);
        const reread = parseGoalBody(after).body.tasks.find((candidate) => candidate.line === task.line);
        expect(reread?.done).toBe(done);
      }),
      { numRuns: checkInRuns },
    );
  }, propertyTimeout);
});

describe('edits never throw and never damage a file, whatever the input', () => {
  const junk = fc.constantFrom(':', ' ', '#', '-', '[', ']', '{', '}', '&a ', '*a', '!', '|', '>', "'", '"', '\n', '\r\n', '---', '\t', '~', ',', '? ', '\uFEFF', 'é');
  const mutated = fc
    .tuple(goalFileArbitrary, fc.nat(), fc.nat({ max: 6 }), fc.array(junk, { maxLength: 3 }))
    .map(([goal, at, length, inserted]) => {
      const start = at % (goal.text.length + 1);
      return { ...goal, text: goal.text.slice(0, start) + inserted.join('') + goal.text.slice(start + length) };
    });
  const anyEdit = fc.oneof(
    fc.record({ kind: fc.constant('grade' as const), id: idArbitrary, value: fc.oneof(fc.double(), fc.constant(0.5)) }),
    fc.record({ kind: fc.constant('krStatus' as const), id: idArbitrary, value: fc.constantFrom('todo', 'done', 'bogus') }),
    fc.record({ kind: fc.constant('status' as const), value: fc.constantFrom('active', 'done', 'nope') }),
    fc.record({ kind: fc.constant('quarter' as const), value: fc.constantFrom(undefined, '2027-Q2', '2027-Q9') }),
    fc.record({ kind: fc.constant('addKr' as const), id: idArbitrary, value: titleArbitrary }),
    fc.record({ kind: fc.constant('checkIn' as const), value: titleArbitrary }),
  );

  it('returns a result for mutated files and arbitrary values; any success keeps the YAML valid and the rest unchanged', () => {
    fc.assert(
      fc.property(mutated, anyEdit, (goal, edit) => {
        // Edits of a file's real key results are the interesting ones: use one when there is one.
        let ids: string[] = [];
        try {
          const document = readFrontMatter(goal.text)?.document;
          if (document) document.options.logLevel = 'error';
          ids = keyResultsOf((document?.toJS() as Data | null) ?? {}).map((item) => String(item.id));
        } catch {
          // An alias to nowhere only fails when resolved; the edits must refuse such a file.
        }
        const id = 'id' in edit ? (ids[0] ?? edit.id) : '';
        let result: EditResult;
        switch (edit.kind) {
          case 'grade':
            result = setGrade(goal.text, { keyResultId: id, grade: edit.value });
            break;
          case 'krStatus':
            result = setKeyResultStatus(goal.text, { keyResultId: id, status: edit.value as 'todo' });
            break;
          case 'status':
            result = setObjectiveStatus(goal.text, { status: edit.value as 'active' });
            break;
          case 'quarter':
            result = moveObjectiveToQuarter(goal.text, { quarter: edit.value });
            break;
          case 'addKr':
            result = addKeyResult(goal.text, { id: edit.id, title: edit.value });
            break;
          case 'checkIn':
            result = addCheckIn(goal.text, { date: '2026-10-14', progress: edit.value });
            break;
        }
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(result.message.length).toBeGreaterThan(0);
          return;
        }
        const before = readFrontMatter(goal.text);
        const after = applyChecked(goal.text, result.edits);
        const reread = readFrontMatter(after);
        expect(before?.document.errors).toEqual([]);
        expect(reread?.document.errors).toEqual([]);
        if (edit.kind === 'checkIn') {
          expect(after.slice(0, before?.bodyStart)).toBe(goal.text.slice(0, before?.bodyStart));
          return;
        }
        expect(after.slice(reread?.bodyStart)).toBe(goal.text.slice(before?.bodyStart));
        // Outside the one edited field, every value is the same.
        const strip = (data: Data): Data => {
          const copy = structuredClone(data);
          if (edit.kind === 'status') delete copy.status;
          if (edit.kind === 'quarter') delete copy.quarter;
          // A list item may be empty (`- # a comment` reads as null): it is kept as it was.
          if (edit.kind === 'addKr') copy.key_results = keyResultsOf(copy).filter((item) => String(item?.id) !== edit.id);
          if (edit.kind === 'grade' || edit.kind === 'krStatus') {
            for (const item of keyResultsOf(copy)) if (item && String(item.id) === id) delete item[edit.kind === 'grade' ? 'grade' : 'status'];
          }
          if (edit.kind === 'addKr' && copy.key_results !== undefined && keyResultsOf(copy).length === 0) delete copy.key_results;
          return copy;
        };
        expect(strip(frontMatterData(after))).toEqual(strip(frontMatterData(goal.text)));
      }),
      { numRuns },
    );
  }, propertyTimeout);

  it('never throws on arbitrary strings and argument objects', () => {
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }).map((s) => `---\nobjective: x\n${s}\n---\n${s}`));
    const anything = fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(null));
    fc.assert(
      fc.property(text, anything, (input, args) => {
        const edits = [setGrade, setKeyResultStatus, setObjectiveStatus, moveObjectiveToQuarter, addKeyResult, addCheckIn, setReviewAnswers, setStoryDone] as ((text: string, args: unknown) => EditResult)[];
        for (const edit of edits) {
          const result = edit(input, args);
          expect(typeof result.ok).toBe('boolean');
        }
      }),
      { numRuns: 200 },
    );
  }, propertyTimeout);
});
