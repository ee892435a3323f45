// One number on every surface: the tree, the board (host model, webview store and toolbar),
// the code lenses, the status bar and the CLI's list and report must all show the score that
// exact decimal arithmetic gives, read at one decimal with halves rounded up. The expected
// values here are computed with BigInt on integers (hundredths of a grade, tenths of a
// weight), never with floating point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoardSync } from '../../src/board/boardModel';
import { boardStrings } from '../../src/board/boardStrings';
import type { GoalFile } from '../../src/core/model';
import { parseGoalFile } from '../../src/core/parse';
import { objectiveRow, quarterReport, type ObjectiveRow } from '../../src/core/report';
import { quarterReview } from '../../src/core/quarterReview';
import { renderQuarterReviewMarkdown } from '../../src/core/quarterReviewMarkdown';
import { objectiveSummary } from '../../src/lenses/lensModel';
import { quarterStatus } from '../../src/statusBar/quarterStatus';
import { buildBacklog, type GroupNode, type ObjectiveNode } from '../../src/tree/backlogModel';
import { backlogRow } from '../../src/tree/backlogRows';
import { BoardStore } from '../../webview-ui/src/boardStore';
import { quarterSummary } from '../../webview-ui/src/boardSummary';
import { setBoardStrings } from '../../webview-ui/src/boardText';

// The board's summary is worded by the host's strings: English, as an English VS Code sends them.
setBoardStrings(boardStrings());

interface KeyResultSpec {
  /** Grade in hundredths (0–100), or undefined for not graded. */
  readonly grade: number | undefined;
  /** Weight in tenths, or undefined for the default 1. */
  readonly weight: number | undefined;
  readonly dropped: boolean;
}

interface ObjectiveSpec {
  readonly dropped: boolean;
  readonly keyResults: readonly KeyResultSpec[];
}

const quarter = '2026-Q4';
const today = '2026-11-25';

/** Hundredths as the decimal a person writes: 45 → `0.45`, 70 → `0.7`, 100 → `1`. */
function decimal(hundredths: number): string {
  const text = (hundredths / 100).toString();
  // Guard the generator itself: the file must say exactly these hundredths.
  if (Math.round(Number(text) * 100) !== hundredths) throw new Error(`cannot write ${hundredths}`);
  return text;
}

function goalText(spec: ObjectiveSpec, index: number): string {
  const lines = ['---', `objective: Objective ${index}`, `quarter: ${quarter}`, `status: ${spec.dropped ? 'dropped' : 'active'}`, 'key_results:'];
  spec.keyResults.forEach((keyResult, n) => {
    lines.push(`  - id: kr-${n}`, `    title: Key result ${n}`, `    status: ${keyResult.dropped ? 'dropped' : 'doing'}`);
    if (keyResult.grade !== undefined) lines.push(`    grade: ${decimal(keyResult.grade)}`);
    if (keyResult.weight !== undefined) lines.push(`    weight: ${keyResult.weight / 10}`);
  });
  lines.push('---', '', 'Notes.', '');
  return lines.join('\n');
}

interface Exact {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** The exact objective score as a fraction of 1, or undefined when nothing that counts is graded. */
function exactObjective(spec: ObjectiveSpec): Exact | undefined {
  let weighted = 0n;
  let weights = 0n;
  for (const keyResult of spec.keyResults) {
    if (keyResult.dropped || keyResult.grade === undefined) continue;
    const weight = BigInt(keyResult.weight ?? 10);
    weighted += BigInt(keyResult.grade) * weight;
    weights += weight;
  }
  return weights > 0n ? { numerator: weighted, denominator: 100n * weights } : undefined;
}

function exactQuarter(specs: readonly ObjectiveSpec[]): Exact | undefined {
  const scores = specs.filter((spec) => !spec.dropped).map(exactObjective).filter((score): score is Exact => score !== undefined);
  if (scores.length === 0) return undefined;
  // Σ n_i/d_i over a common denominator, divided by the count.
  const denominator = scores.reduce((product, score) => product * score.denominator, 1n);
  const numerator = scores.reduce((sum, score) => sum + score.numerator * (denominator / score.denominator), 0n);
  return { numerator, denominator: denominator * BigInt(scores.length) };
}

/** Read at one decimal, halves up: `0.5` for 0.45, `–` for no score. */
function shown(score: Exact | undefined): string {
  if (score === undefined) return '–';
  const tenths = (score.numerator * 20n + score.denominator) / (2n * score.denominator);
  return tenths === 10n ? '1.0' : `0.${tenths}`;
}

function bandOf(text: string): string | undefined {
  if (text === '–') return undefined;
  const tenths = Math.round(Number(text) * 10);
  return tenths >= 7 ? 'green' : tenths >= 4 ? 'yellow' : 'red';
}

/** What each surface shows as the score, taken from its own output text. */
function surfaces(specs: readonly ObjectiveSpec[]) {
  const files: GoalFile[] = specs.map((spec, index) => parseGoalFile(`file:///ws/goals/o${index}.md`, '1', goalText(spec, index)));
  const uriOf = (index: number) => `file:///ws/goals/o${index}.md`;
  const objectives = files.map((file) => file.objective!);

  const groups = buildBacklog(files, { grouping: 'quarter', showFinished: true, today, maxObjectivesPerQuarter: 99 });
  const group = groups.find((node): node is GroupNode => node.kind === 'group' && node.quarter === quarter)!;
  const treeQuarter = backlogRow(group, today).description.split(' · ')[1];
  const treeObjectives = specs.map((_, index) => {
    const node = group.children.find((child): child is ObjectiveNode => child.kind === 'objective' && child.uri === uriOf(index))!;
    return backlogRow(node, today).description.split(' ')[0];
  });

  const sync = new BoardSync();
  const snapshot = sync.snapshot(files, today, 14);
  const store = new BoardStore();
  store.init(snapshot);
  const boardObjectives = specs.map((_, index) => {
    const id = snapshot.objectives[index]!.id;
    const score = store.objectiveScore(id);
    return score === undefined ? '–' : score.toFixed(1);
  });
  const boardQuarter = /score (\S+)/.exec(quarterSummary(snapshot.objectives, (id) => store.cardsOf(id)))?.[1];

  const lenses = objectives.map((objective) => /^Score (\S+)/.exec(objectiveSummary(objective, { lastCheckIn: undefined, today }))?.[1]);
  const status = quarterStatus(objectives, today);
  const statusQuarter = status?.text.split(' ')[2];

  const rows = files.map((file, index) => objectiveRow(file, `o${index}.md`)).filter((row): row is ObjectiveRow => row !== undefined);
  const report = quarterReport(quarter, files, rows);
  const json = JSON.parse(JSON.stringify(report)) as { score?: number; band?: string; objectives: { file: string; score?: number; band?: string }[] };
  // The Markdown is the quarter review (report --format md, and the view's export).
  const markdown = renderQuarterReviewMarkdown(quarterReview(quarter, files.flatMap((file) => (file.objective ? [{ uri: file.uri, objective: file.objective }] : []))));
  const markdownQuarter = /Quarter score: \*\*(\S+?)\*\*/.exec(markdown)?.[1];
  const markdownObjectives = specs.map((_, index) => new RegExp(`## Objective ${index}\\n\\nScore (\\S+)`).exec(markdown)?.[1]);

  return { treeQuarter, treeObjectives, boardObjectives, boardQuarter, lenses, status, statusQuarter, json, markdownQuarter, markdownObjectives };
}

const keyResultSpec = (grades: fc.Arbitrary<number>) =>
  fc.record({
    grade: fc.option(grades, { nil: undefined }),
    weight: fc.option(fc.constantFrom(0, 5, 10, 15, 20, 30), { nil: undefined }),
    dropped: fc.boolean(),
  });

const quarterSpec = (grades: fc.Arbitrary<number>) =>
  fc.array(fc.record({ dropped: fc.boolean(), keyResults: fc.array(keyResultSpec(grades), { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 4 });

const tenths = fc.integer({ min: 0, max: 10 }).map((n) => n * 10);
const twentieths = fc.integer({ min: 0, max: 20 }).map((n) => n * 5);

function checkEverySurface(specs: readonly ObjectiveSpec[]): void {
  const seen = surfaces(specs);
  const expectedQuarter = shown(exactQuarter(specs));
  const expectedObjectives = specs.map((spec) => shown(exactObjective(spec)));

  expect(seen.boardObjectives).toEqual(expectedObjectives);
  expect(seen.lenses).toEqual(expectedObjectives);
  expect(seen.markdownObjectives).toEqual(expectedObjectives);
  expect(seen.json.objectives.map((row) => (row.score === undefined ? '–' : row.score.toFixed(1)))).toEqual(expectedObjectives);
  expect(seen.json.objectives.map((row) => row.band)).toEqual(expectedObjectives.map(bandOf));
  // The tree leaves "not graded" for objectives without a score.
  expect(seen.treeObjectives).toEqual(expectedObjectives.map((text) => (text === '–' ? 'not' : text)));

  expect(seen.boardQuarter).toBe(expectedQuarter);
  expect(seen.statusQuarter).toBe(expectedQuarter);
  expect(seen.markdownQuarter).toBe(expectedQuarter);
  expect(seen.json.score === undefined ? '–' : seen.json.score.toFixed(1)).toBe(expectedQuarter);
  expect(seen.json.band).toBe(bandOf(expectedQuarter));
  expect(seen.status?.band).toBe(bandOf(expectedQuarter));
  if (expectedQuarter !== '–') expect(seen.treeQuarter).toBe(expectedQuarter);
}

describe('every surface shows the one score', () => {
  it('for grades 0.6 and 0.3 (0.45 exactly): 0.5 everywhere', () => {
    const specs = [{ dropped: false, keyResults: [60, 30].map((grade) => ({ grade, weight: undefined, dropped: false })) }];
    expect(surfaces(specs)).toMatchObject({ treeQuarter: '0.5', treeObjectives: ['0.5'], boardObjectives: ['0.5'], boardQuarter: '0.5', lenses: ['0.5'], statusQuarter: '0.5', markdownQuarter: '0.5' });
    expect(surfaces(specs).json).toMatchObject({ score: 0.5, band: 'yellow' });
  });

  it('for grades 0.45, 1 and 0.2 (0.55 exactly): 0.6 everywhere', () => {
    const specs = [{ dropped: false, keyResults: [45, 100, 20].map((grade) => ({ grade, weight: undefined, dropped: false })) }];
    expect(surfaces(specs)).toMatchObject({ treeQuarter: '0.6', treeObjectives: ['0.6'], boardObjectives: ['0.6'], boardQuarter: '0.6', lenses: ['0.6'], statusQuarter: '0.6', markdownQuarter: '0.6' });
    expect(surfaces(specs).json).toMatchObject({ score: 0.6, band: 'yellow' });
  });

  it('for a quarter whose mean is 0.65: 0.7 and green, in the JSON report too', () => {
    const specs = [60, 70].map((grade) => ({ dropped: false, keyResults: [{ grade, weight: undefined, dropped: false }] }));
    expect(surfaces(specs)).toMatchObject({ treeQuarter: '0.7', boardQuarter: '0.7', statusQuarter: '0.7', markdownQuarter: '0.7', status: { band: 'green' } });
    expect(surfaces(specs).json).toMatchObject({ score: 0.7, band: 'green' });
  });

  it('for any grades in steps of 0.1, with weights and dropped items', () => {
    fc.assert(fc.property(quarterSpec(tenths), checkEverySurface), { numRuns: 300 });
  });

  it('for any grades in steps of 0.05, with weights and dropped items', () => {
    fc.assert(fc.property(quarterSpec(twentieths), checkEverySurface), { numRuns: 300 });
  });
});
