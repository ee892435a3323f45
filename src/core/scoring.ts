import * as l10n from '@vscode/l10n';
import type { KeyResult, KeyResultStatus, ObjectiveStatus } from './model.js';

/**
 * The classic OKR reading: 0.0–0.3 missed, 0.4–0.6 progress, 0.7–1.0 success. Scores are
 * read at one decimal, so 0.65 counts as 0.7.
 */
export type ScoreBand = 'red' | 'yellow' | 'green';

/**
 * What the score rule reads of a key result. A board card has the same fields, so the
 * webview scores its cards (with a grade the user just picked) by this very rule.
 */
export interface ScorableKeyResult {
  readonly status: KeyResultStatus;
  readonly weight: number;
  readonly grade?: number;
}

export interface ScorableObjective {
  readonly status: ObjectiveStatus;
  readonly keyResults: readonly ScorableKeyResult[];
}

// Scores are computed exactly, on the decimals as written (0.6 is six tenths, not the binary
// 0.59999…), and rounded once, half up, to one decimal: 0.6 and 0.3 average to 0.45, read as
// 0.5. Floating point would make it 0.4499… and show 0.4 on one surface and 0.5 on another.

/** A non-negative exact fraction. */
interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const zero: Fraction = { numerator: 0n, denominator: 1n };
const decimalPattern = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** Grades and weights repeat (0.5, 1, 2…): their fractions are made once. */
const decimals = new Map<number, Fraction>();

/** The decimal a number was written as: JavaScript prints the shortest decimal that reads back as the same number. */
function exactDecimal(value: number): Fraction {
  let known = decimals.get(value);
  if (known === undefined) {
    known = parseDecimal(value);
    // Bounded: goal files could hold any number of distinct values.
    if (decimals.size < 4096) decimals.set(value, known);
  }
  return known;
}

function parseDecimal(value: number): Fraction {
  const match = Number.isFinite(value) && value > 0 ? decimalPattern.exec(String(value)) : null;
  if (!match) return zero;
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? 0) - fraction.length;
  const digits = BigInt(`${match[1]}${fraction}`);
  return exponent >= 0 ? { numerator: digits * 10n ** BigInt(exponent), denominator: 1n } : reduced(digits, 10n ** BigInt(-exponent));
}

function gcd(a: bigint, b: bigint): bigint {
  while (b > 0n) [a, b] = [b, a % b];
  return a;
}

/** Kept in lowest terms, so a quarter of thousands of objectives stays small numbers. */
function reduced(numerator: bigint, denominator: bigint): Fraction {
  const divisor = gcd(numerator, denominator);
  return divisor > 1n ? { numerator: numerator / divisor, denominator: denominator / divisor } : { numerator, denominator };
}

function add(a: Fraction, b: Fraction): Fraction {
  if (a.denominator === b.denominator) return reduced(a.numerator + b.numerator, a.denominator);
  return reduced(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

function multiply(a: Fraction, b: Fraction): Fraction {
  return reduced(a.numerator * b.numerator, a.denominator * b.denominator);
}

function divide(a: Fraction, b: Fraction): Fraction {
  return reduced(a.numerator * b.denominator, a.denominator * b.numerator);
}

/** Tenths, rounded half up: 0.45 → 5, 0.65 → 7. */
function tenthsOfFraction(value: Fraction): number {
  return Number((value.numerator * 20n + value.denominator) / (2n * value.denominator));
}

function isScored(keyResult: ScorableKeyResult): keyResult is ScorableKeyResult & { grade: number } {
  return keyResult.grade !== undefined && keyResult.status !== 'dropped';
}

/** Key results that count in a score: not dropped and with a weight above 0. */
function counts(keyResult: ScorableKeyResult): boolean {
  return keyResult.status !== 'dropped' && keyResult.weight > 0;
}

function exactObjectiveScore(keyResults: readonly ScorableKeyResult[]): Fraction | undefined {
  let weighted = zero;
  let weights = zero;
  for (const keyResult of keyResults) {
    if (!isScored(keyResult)) continue;
    const weight = exactDecimal(keyResult.weight);
    weighted = add(weighted, multiply(exactDecimal(keyResult.grade), weight));
    weights = add(weights, weight);
  }
  return weights.numerator > 0n ? divide(weighted, weights) : undefined;
}

function exactQuarterScore(objectives: readonly ScorableObjective[]): Fraction | undefined {
  let sum = zero;
  let count = 0n;
  for (const objective of objectives) {
    if (objective.status === 'dropped') continue;
    const score = exactObjectiveScore(objective.keyResults);
    if (score === undefined) continue;
    sum = add(sum, score);
    count += 1n;
  }
  return count > 0n ? divide(sum, { numerator: count, denominator: 1n }) : undefined;
}

// Exact arithmetic costs: a quarter of 10,000 objectives takes tens of milliseconds in
// BigInt. Floating point is off from the exact value by far less than 1e-9, so its rounding
// can only differ when the value sits that close to a halfway point (0.45, 0.65…): only then
// is the exact path taken. The result is the exact one either way.

/** True when `value` is so close to a halfway point between tenths that floating point cannot tell the side. */
function nearHalfway(value: number): boolean {
  const scaled = value * 10;
  return Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-9;
}

/** The weighted mean in floating point; undefined when nothing that counts is graded. */
function approximateObjectiveScore(keyResults: readonly ScorableKeyResult[]): number | undefined {
  let weighted = 0;
  let weights = 0;
  for (const keyResult of keyResults) {
    if (!isScored(keyResult)) continue;
    weighted += keyResult.grade * keyResult.weight;
    weights += keyResult.weight;
  }
  return weights > 0 ? weighted / weights : undefined;
}

function approximateQuarterScore(objectives: readonly ScorableObjective[]): number | undefined {
  let sum = 0;
  let count = 0;
  for (const objective of objectives) {
    if (objective.status === 'dropped') continue;
    const score = approximateObjectiveScore(objective.keyResults);
    if (score === undefined) continue;
    sum += score;
    count += 1;
  }
  return count > 0 ? sum / count : undefined;
}

/** Rounded to tenths, halves up: by floating point when it is sure, else exactly. */
function read(approximate: number | undefined, exact: () => Fraction | undefined): number | undefined {
  if (approximate === undefined || !Number.isFinite(approximate)) return undefined;
  if (!nearHalfway(approximate)) return Math.floor(approximate * 10 + 0.5) / 10;
  const value = exact();
  return value === undefined ? undefined : tenthsOfFraction(value) / 10;
}

/**
 * A grade or score read at one decimal, the way every surface shows it: 0.65 → 0.7,
 * 0.35 → 0.4 (the decimal as written, not its binary approximation).
 */
export function readScore(value: number): number {
  return tenthsOf(value) / 10;
}

/** The same reading in whole tenths: 0.65 → 7. */
export function tenthsOf(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  return nearHalfway(value) ? tenthsOfFraction(exactDecimal(value)) : Math.floor(value * 10 + 0.5);
}

export function scoreBand(score: number): ScoreBand {
  const tenths = tenthsOf(score);
  if (tenths >= 7) return 'green';
  if (tenths >= 4) return 'yellow';
  return 'red';
}

/**
 * The weighted mean of the graded, not dropped key results, read at one decimal; undefined
 * until one is graded.
 */
export function keyResultsScore(keyResults: readonly ScorableKeyResult[]): number | undefined {
  return read(approximateObjectiveScore(keyResults), () => exactObjectiveScore(keyResults));
}

/** An objective's score, read at one decimal (see keyResultsScore). */
export function objectiveScore(objective: { readonly keyResults: readonly ScorableKeyResult[] }): number | undefined {
  return keyResultsScore(objective.keyResults);
}

/**
 * The mean of the quarter's objective scores (dropped objectives and those without a score
 * do not count), computed on the exact objective scores and read at one decimal once.
 */
export function quarterScore(objectives: readonly ScorableObjective[]): number | undefined {
  return read(approximateQuarterScore(objectives), () => exactQuarterScore(objectives));
}

/** How many of the key results that count in a score are graded. */
export interface GradedCount {
  readonly graded: number;
  /** Key results that count: not dropped, weight above 0 (of objectives that are not dropped). */
  readonly total: number;
}

/**
 * Graded key results of one objective (`keyResults`) or of a quarter (`objectives`, where
 * dropped objectives do not count): a score from 1 of 11 graded key results is not a result yet.
 */
export function gradedCount(of: { readonly keyResults: readonly ScorableKeyResult[] } | { readonly objectives: readonly ScorableObjective[] }): GradedCount {
  let graded = 0;
  let total = 0;
  const tally = (keyResults: readonly ScorableKeyResult[]): void => {
    for (const keyResult of keyResults) {
      if (!counts(keyResult)) continue;
      total += 1;
      if (keyResult.grade !== undefined) graded += 1;
    }
  };
  if ('keyResults' in of) tally(of.keyResults);
  else for (const objective of of.objectives) if (objective.status !== 'dropped') tally(objective.keyResults);
  return { graded, total };
}

/** True when a score exists but not every key result that counts is graded yet. */
export function isPartial(count: GradedCount): boolean {
  return count.graded > 0 && count.graded < count.total;
}

/** `2 of 11 graded`, said beside a partial score on every surface; undefined when the score is complete (or absent). */
export function gradedNote(count: GradedCount): string | undefined {
  return isPartial(count) ? l10n.t('{0} of {1} graded', count.graded, count.total) : undefined;
}

/** `0.7`, or `–` without a score. */
export function formatScore(score: number | undefined): string {
  return score === undefined ? '–' : readScore(score).toFixed(1);
}

/**
 * Progress of a measurable key result from its `baseline` (0 when absent) to its `target`:
 * `(current − baseline) / (target − baseline)`, capped to 0..1. Works for targets below the
 * baseline too (latency from 800 down to 300 ms). `current` defaults to the baseline.
 * Undefined without a target, or when target and baseline are equal.
 */
export function keyResultProgress(keyResult: Pick<KeyResult, 'target' | 'current' | 'baseline'>): number | undefined {
  const { target } = keyResult;
  if (target === undefined) return undefined;
  const baseline = keyResult.baseline ?? 0;
  if (target === baseline) return undefined;
  const current = keyResult.current ?? baseline;
  return Math.min(1, Math.max(0, (current - baseline) / (target - baseline)));
}

/** Where a measurable key result stands: `current`, or its baseline (0 without one) before any progress is written. */
export function currentValue(keyResult: Pick<KeyResult, 'current' | 'baseline'>): number {
  return keyResult.current ?? keyResult.baseline ?? 0;
}

/** `5/8`, `420/300 ms` (with `separator` ` of `: `5 of 8`); undefined without a target. */
export function progressText(keyResult: Pick<KeyResult, 'target' | 'current' | 'baseline' | 'unit'>, separator = '/'): string | undefined {
  if (keyResult.target === undefined) return undefined;
  return `${currentValue(keyResult)}${separator}${keyResult.target}${keyResult.unit ? ` ${keyResult.unit}` : ''}`;
}
