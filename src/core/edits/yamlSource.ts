// Writing YAML source surgically: a new scalar value in place of an old one, a new
// `key: value` line among its siblings, or one pair taken out. Everything works on node
// ranges from the `yaml` package and on the text around them, so comments, quoting and
// layout elsewhere stay byte-for-byte.

import * as l10n from '@vscode/l10n';
import { isAlias, isScalar, stringify, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { TextEdit } from '../textEdit.js';
import { findPair, refuse, sharedValueRefusal, type EditableGoal, type EditRefusal } from './editableGoal.js';

export type QuoteStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';

/**
 * Characters that can end a plain scalar inside `{ }` or `[ ]` (flow indicators, and `:`
 * or `#` next to them); quoting whenever they appear is simpler than YAML's exact rules.
 */
const flowIndicators = /[,[\]{}:#]/;

/**
 * YAML source for a string, quoted only when YAML needs it (`: `, `#`, a leading `*`,
 * `true`, `1.5`...) or in `style` when the value it replaces was quoted that way.
 * Always a single line: `lineWidth: 0` stops folding and block scalars are disabled.
 */
export function stringSource(value: string, options: { style?: QuoteStyle; inFlow?: boolean } = {}): string {
  const write = (defaultStringType: QuoteStyle): string =>
    stringify(value, { lineWidth: 0, blockQuote: false, defaultStringType, singleQuote: defaultStringType === 'QUOTE_SINGLE' ? true : null }).replace(
      /\r?\n$/,
      '',
    );
  const source = write(options.style ?? 'PLAIN');
  const plain = !source.startsWith('"') && !source.startsWith("'");
  if (/[\r\n]/.test(source) || (plain && options.inFlow && flowIndicators.test(source))) return write('QUOTE_DOUBLE');
  return source;
}

/** A number with at most two decimals, as grades and confidences are written: 0.7, 1, 0.35. */
export function decimalSource(value: number): string {
  // `+ 0` turns -0 into 0 so that it is written as `0`.
  return String(Math.round(value * 100) / 100 + 0);
}

/** Whether decimalSource writes `value` exactly: grades and confidences keep two decimals at most. */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Number(decimalSource(value)) === value;
}

export function numberSource(value: number): string {
  return stringify(value + 0).replace(/\r?\n$/, '');
}

/** The quoting of an existing scalar, so a replacement can keep the user's style. */
export function quoteStyleOf(node: unknown): QuoteStyle | undefined {
  if (!isScalar(node)) return undefined;
  return node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE' ? node.type : undefined;
}

function absolute(goal: EditableGoal, offset: number): number {
  return goal.yamlStart + offset;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break ending the line that holds `offset`, within the front-matter. */
function nextLineStart(goal: EditableGoal, offset: number): number | undefined {
  const newline = goal.text.indexOf('\n', offset);
  return newline === -1 || newline + 1 > goal.fenceStart ? undefined : newline + 1;
}

/** Offset of the last non-blank character of a node's value, skipping its trailing line breaks. */
function lastContentOffset(goal: EditableGoal, node: Node): number {
  let offset = absolute(goal, node.range?.[1] ?? 0);
  while (offset > goal.yamlStart && /[ \t\r\n]/.test(goal.text.charAt(offset - 1))) offset -= 1;
  return Math.max(goal.yamlStart, offset - 1);
}

/** The node a pair ends with: its value, or its key when the value is missing altogether. */
function pairEnd(pair: Pair): Node {
  return (pair.value as Node | null) ?? (pair.key as Node);
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Start of the line after the one where a node ends: new sibling lines go there. */
export function lineAfter(goal: EditableGoal, node: Node): number | undefined {
  // A block scalar's range ends after its last line, and with keep chomping (`|+`) after
  // the blank lines that belong to its value: a new line must not cut them off.
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range) {
    const end = absolute(goal, node.range[1]);
    if (goal.text.charAt(end - 1) === '\n' && end <= goal.fenceStart) return end;
  }
  return nextLineStart(goal, lastContentOffset(goal, node));
}

/** Column of a block mapping's keys; all keys of one block mapping share it. */
export function keyColumn(goal: EditableGoal, map: YAMLMap): number | undefined {
  const first = map.items[0]?.key as Node | undefined;
  return first?.range ? columnOf(goal.text, absolute(goal, first.range[0])) : undefined;
}

const cannotEdit = (what: string): EditRefusal => refuse('not-editable', l10n.t('The {0} is written in a way that cannot be changed safely; please edit it by hand.', what));

/**
 * Replaces a scalar's source with `source`, leaving its key, tag-free layout and any
 * trailing comment in place. An empty value (`key:`) gets the separating space it needs.
 */
export function replaceScalar(goal: EditableGoal, node: unknown, source: string, what: string): TextEdit | EditRefusal {
  const shared = sharedValueRefusal(node, what);
  if (shared) return shared;
  if (!isScalar(node)) return refuse('not-editable', l10n.t('The {0} is not a single value; please edit it by hand.', what));
  const scalar: Scalar = node;
  // A tag would reinterpret the new value (`!!str 0.7`); block scalars span lines.
  if (!scalar.range || scalar.tag || scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') return cannotEdit(what);
  const start = absolute(goal, scalar.range[0]);
  const end = absolute(goal, scalar.range[1]);
  if (start !== end) return { start, end, newText: source };
  const before = goal.text.charAt(start - 1);
  const after = goal.text.charAt(start);
  const newText = `${before === ' ' || before === '\t' ? '' : ' '}${source}${after === '#' ? ' ' : ''}`;
  return { start, end, newText };
}

/**
 * Adds `key: source` to a mapping: in a block mapping as a new line indented like its
 * sibling keys, after `after` (default: the last pair); in a flow mapping as `, key: source`.
 */
export function insertPair(goal: EditableGoal, map: YAMLMap, key: string, source: string, after?: Pair): TextEdit | EditRefusal {
  const anchorPair = after ?? map.items[map.items.length - 1];
  if (map.flow) {
    if (!anchorPair) {
      const open = absolute(goal, map.range?.[0] ?? 0);
      if (goal.text.charAt(open) !== '{') return cannotEdit('mapping');
      return { start: open + 1, end: open + 1, newText: `${key}: ${source}` };
    }
    const end = absolute(goal, pairEnd(anchorPair).range?.[1] ?? 0);
    return { start: end, end, newText: `, ${key}: ${source}` };
  }
  const column = keyColumn(goal, map);
  const at = anchorPair ? lineAfter(goal, pairEnd(anchorPair)) : undefined;
  if (column === undefined || at === undefined) return cannotEdit('mapping');
  return { start: at, end: at, newText: `${' '.repeat(column)}${key}: ${source}${goal.eol}` };
}

/**
 * Takes a pair out of a mapping. In a block mapping the pair must own its lines (including
 * a comment at the end of them, which goes with it); in a flow mapping the separating comma
 * goes too. Comments on lines of their own stay.
 */
export function removePair(goal: EditableGoal, map: YAMLMap, pair: Pair, what: string): TextEdit | EditRefusal {
  const shared = sharedValueRefusal(pair.value, what) ?? sharedValueRefusal(pair.key, what);
  if (shared) return shared;
  const key = pair.key as Node | null;
  if (!key?.range || isAlias(key)) return cannotEdit(what);
  const keyStart = absolute(goal, key.range[0]);
  const index = map.items.indexOf(pair);
  if (map.flow) {
    const next = map.items[index + 1];
    const previous = map.items[index - 1];
    let start: number;
    let end: number;
    if (next) {
      start = keyStart;
      end = absolute(goal, (next.key as Node | null)?.range?.[0] ?? -1);
    } else if (previous) {
      start = absolute(goal, pairEnd(previous).range?.[1] ?? -1);
      end = absolute(goal, pairEnd(pair).range?.[1] ?? -1);
    } else {
      start = keyStart;
      end = absolute(goal, pairEnd(pair).range?.[1] ?? -1);
    }
    // A comment inside the span would be lost (or would swallow the closing bracket).
    if (end <= start || goal.text.slice(start, end).includes('#')) return cannotEdit(what);
    return { start, end, newText: '' };
  }
  const start = lineStart(goal.text, keyStart);
  const end = lineAfter(goal, pairEnd(pair));
  if (end === undefined || !/^[ ]*$/.test(goal.text.slice(start, keyStart))) return cannotEdit(what);
  return { start, end, newText: '' };
}

/**
 * Sets `key` in a mapping to `source`: replaces the existing value in place, or adds the
 * pair (after `after` when given) if the key is missing.
 */
export function writePairValue(goal: EditableGoal, map: YAMLMap, key: string, source: string, what: string, after?: Pair): TextEdit | EditRefusal {
  const pair = findPair(map, key);
  if (!pair) return insertPair(goal, map, key, source, after);
  if (pair.value === null) return cannotEdit(what);
  return replaceScalar(goal, pair.value, source, what);
}
