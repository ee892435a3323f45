import * as l10n from '@vscode/l10n';
import { isAlias, isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { keyResultIdPattern } from '../model.js';
import type { TextEdit } from '../textEdit.js';
import {
  argsOf,
  currentData,
  describeValue,
  findPair,
  isEmptyValue,
  isRefusal,
  keyResultIds,
  openGoal,
  refuse,
  refuseOnException,
  verifyFrontMatterEdit,
  type Data,
  type EditableGoal,
  type EditRefusal,
  type EditResult,
} from './editableGoal.js';
import { insertPair, keyColumn, lineAfter, numberSource, replaceScalar, stringSource } from './yamlSource.js';
import { oneLine } from './oneLine.js';

export interface AddKeyResultArgs {
  /** Lowercase letters, digits and dashes; unique in the file. */
  readonly id: string;
  readonly title: string;
  readonly target?: number;
}

/** How the items of a block list are laid out: `  - id: a` or `  -` with keys on the next line. */
interface ItemLayout {
  readonly dashColumn: number;
  /** Text between the dash and the first key: spaces, or a line break (written with the file's EOL) and indentation. */
  readonly afterDash: string;
  readonly keyColumn: number;
}

/** A flow mapping item such as `{id: a, title: b}`; `spaced` for `{ id: a }`. */
interface FlowItemStyle {
  readonly spaced: boolean;
}

interface NewKeyResult {
  readonly id: string;
  readonly title: string;
  readonly target?: number;
}

const pad = (width: number): string => ' '.repeat(width);

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Reads the dash and key columns of an existing block list item, if it has a plain layout. */
function itemLayout(goal: EditableGoal, item: Node): ItemLayout | undefined {
  if (!item.range) return undefined;
  const start = goal.yamlStart + item.range[0];
  const from = Math.max(goal.yamlStart, lineStart(goal.text, lineStart(goal.text, start) - 1));
  const match = /(?:^|\n)( *)-( +|[ \t]*\r?\n *)$/.exec(goal.text.slice(from, start));
  if (!match) return undefined;
  const dashColumn = (match[1] ?? '').length;
  const between = match[2] ?? '';
  const newline = between.lastIndexOf('\n');
  if (newline === -1) return { dashColumn, afterDash: between, keyColumn: dashColumn + 1 + between.length };
  const keyColumn = between.length - newline - 1;
  return { dashColumn, afterDash: `${goal.eol}${pad(keyColumn)}`, keyColumn };
}

function flowItemStyle(goal: EditableGoal, map: YAMLMap): FlowItemStyle {
  const open = goal.yamlStart + (map.range?.[0] ?? 0);
  return { spaced: goal.text.charAt(open + 1) === ' ' };
}

function flowItemSource(keyResult: NewKeyResult, style: FlowItemStyle): string {
  const parts = [`id: ${stringSource(keyResult.id, { inFlow: true })}`, `title: ${stringSource(keyResult.title, { inFlow: true })}`];
  if (keyResult.target !== undefined) parts.push(`target: ${numberSource(keyResult.target)}`);
  return style.spaced ? `{ ${parts.join(', ')} }` : `{${parts.join(', ')}}`;
}

function blockItemLines(goal: EditableGoal, keyResult: NewKeyResult, layout: ItemLayout): string {
  const lines = [`${pad(layout.dashColumn)}-${layout.afterDash}id: ${stringSource(keyResult.id)}`, `${pad(layout.keyColumn)}title: ${stringSource(keyResult.title)}`];
  if (keyResult.target !== undefined) lines.push(`${pad(layout.keyColumn)}target: ${numberSource(keyResult.target)}`);
  return lines.map((line) => `${line}${goal.eol}`).join('');
}

/**
 * Layout for a list that has no items yet: copied from another block list in the
 * front-matter (e.g. `career:`) relative to its key, else the common two-space style.
 */
function freshLayout(goal: EditableGoal, keyColumnOfList: number): ItemLayout {
  for (const pair of goal.root.items) {
    const value = pair.value;
    if (!isSeq(value) || value.flow || !value.items[0]) continue;
    const layout = itemLayout(goal, value.items[0] as Node);
    const rootColumn = keyColumn(goal, goal.root);
    if (layout && rootColumn !== undefined) {
      const dashColumn = keyColumnOfList + (layout.dashColumn - rootColumn);
      return { dashColumn, afterDash: ' ', keyColumn: dashColumn + 2 };
    }
  }
  return { dashColumn: keyColumnOfList + 2, afterDash: ' ', keyColumn: keyColumnOfList + 4 };
}

function appendToBlockList(goal: EditableGoal, list: YAMLSeq, keyResult: NewKeyResult): TextEdit | EditRefusal {
  const items = list.items as Node[];
  const last = items[items.length - 1];
  const at = last ? lineAfter(goal, last) : undefined;
  if (!last || at === undefined) return refuse('not-editable', l10n.t('The key_results list is laid out in a way that cannot be extended safely; please edit it by hand.'));
  // Follow the style of the nearest item that shows one: flow items `- {id: a}` or block items.
  for (const item of [...items].reverse()) {
    const layout = itemLayout(goal, item);
    if (!layout) continue;
    if (isMap(item) && item.flow) {
      if (!/^ +$/.test(layout.afterDash)) continue;
      const line = `${pad(layout.dashColumn)}-${layout.afterDash}${flowItemSource(keyResult, flowItemStyle(goal, item))}${goal.eol}`;
      return { start: at, end: at, newText: line };
    }
    if (isMap(item)) return { start: at, end: at, newText: blockItemLines(goal, keyResult, layout) };
  }
  const layout = itemLayout(goal, last);
  if (!layout) return refuse('not-editable', l10n.t('The key_results list is laid out in a way that cannot be extended safely; please edit it by hand.'));
  return { start: at, end: at, newText: blockItemLines(goal, keyResult, { ...layout, keyColumn: layout.dashColumn + 2, afterDash: ' ' }) };
}

function appendToFlowList(goal: EditableGoal, list: YAMLSeq, keyResult: NewKeyResult): TextEdit | EditRefusal {
  const items = list.items as Node[];
  const last = items[items.length - 1];
  const example = [...items].reverse().find((item): item is YAMLMap => isMap(item) && item.flow === true);
  const source = flowItemSource(keyResult, example ? flowItemStyle(goal, example) : { spaced: false });
  if (last?.range) {
    const end = goal.yamlStart + last.range[1];
    return { start: end, end, newText: `, ${source}` };
  }
  const open = goal.yamlStart + (list.range?.[0] ?? 0);
  if (goal.text.charAt(open) !== '[') return refuse('not-editable', l10n.t('The key_results list cannot be extended safely; please edit it by hand.'));
  return { start: open + 1, end: open + 1, newText: source };
}

/** `key_results:` with no value (or `~`): the list is written under the key, block style. */
function fillEmptyList(goal: EditableGoal, value: Node, keyResult: NewKeyResult): TextEdit[] | EditRefusal {
  if (goal.root.flow) {
    const edit = replaceScalar(goal, value, `[${flowItemSource(keyResult, { spaced: false })}]`, 'key_results value');
    return isRefusal(edit) ? edit : [edit];
  }
  const column = keyColumn(goal, goal.root);
  const at = lineAfter(goal, value);
  if (column === undefined || at === undefined || !value.range || !isScalar(value) || value.anchor || value.tag) {
    return refuse('not-editable', l10n.t('The empty key_results value cannot be filled in safely; please edit it by hand.'));
  }
  const edits: TextEdit[] = [];
  let start = goal.yamlStart + value.range[0];
  const end = goal.yamlStart + value.range[1];
  if (end > start) {
    // `key_results: ~` loses the `~`; its separating spaces go too unless a comment follows.
    const restOfLine = /^[ \t]*(?:\r?\n|$)/.test(goal.text.slice(end));
    if (restOfLine) while (/[ \t]/.test(goal.text.charAt(start - 1))) start -= 1;
    edits.push({ start, end, newText: '' });
  }
  edits.push({ start: at, end: at, newText: blockItemLines(goal, keyResult, freshLayout(goal, column)) });
  return edits;
}

function addMissingList(goal: EditableGoal, keyResult: NewKeyResult): TextEdit | EditRefusal {
  if (goal.root.flow) return insertPair(goal, goal.root, 'key_results', `[${flowItemSource(keyResult, { spaced: false })}]`);
  const column = keyColumn(goal, goal.root);
  const lastPair = goal.root.items[goal.root.items.length - 1];
  const lastNode = (lastPair?.value as Node | null) ?? (lastPair?.key as Node | undefined);
  const at = lastNode ? lineAfter(goal, lastNode) : undefined;
  if (column === undefined || at === undefined) return refuse('not-editable', l10n.t('A key_results list cannot be added safely here; please edit it by hand.'));
  const newText = `${pad(column)}key_results:${goal.eol}${blockItemLines(goal, keyResult, freshLayout(goal, column))}`;
  return { start: at, end: at, newText };
}

/**
 * Appends a key result at the end of `key_results`, in the style of the existing items
 * (block or flow, dash and key columns); creates the list if the file has none.
 */
export function addKeyResult(text: string, args: AddKeyResultArgs): EditResult {
  return refuseOnException(() => {
    const { id, title, target } = argsOf(args);
    if (typeof id !== 'string' || !keyResultIdPattern.test(id)) {
      return refuse('invalid-value', l10n.t('A key result id uses lowercase letters, digits and dashes, such as "demo-talks"; {0} is not one.', describeValue(id)));
    }
    const cleanTitle = typeof title === 'string' ? oneLine(title) : '';
    if (!cleanTitle) return refuse('invalid-value', l10n.t('A key result needs a title.'));
    if (target !== undefined && (typeof target !== 'number' || !Number.isFinite(target) || target < 0)) {
      return refuse('invalid-value', l10n.t('A target must be a number of zero or more, not {0}.', describeValue(target)));
    }
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;
    if (keyResultIds(goal).includes(id)) return refuse('duplicate-id', l10n.t('A key result with id "{0}" already exists in this file.', id));

    const keyResult: NewKeyResult = { id, title: cleanTitle, ...(target === undefined ? {} : { target: target + 0 }) };
    const pair = findPair(goal.root, 'key_results');
    const value = pair?.value;
    let edits: TextEdit[] | TextEdit | EditRefusal;
    if (!pair) edits = addMissingList(goal, keyResult);
    else if (isAlias(value) || (value as Node | null)?.anchor) {
      edits = refuse('not-editable', l10n.t('key_results is shared through a YAML anchor or alias; edit it by hand.'));
    } else if (isSeq(value)) edits = value.flow ? appendToFlowList(goal, value, keyResult) : appendToBlockList(goal, value, keyResult);
    else if (isEmptyValue(value) && value) edits = fillEmptyList(goal, value as Node, keyResult);
    else edits = refuse('not-editable', l10n.t('key_results is not a list; fix it before adding key results.'));
    if (isRefusal(edits)) return edits;

    const expected = currentData(goal);
    const existing = Array.isArray(expected.key_results) ? (expected.key_results as Data[]) : [];
    expected.key_results = [...existing, { ...keyResult }];
    return verifyFrontMatterEdit(goal, Array.isArray(edits) ? edits : [edits], expected);
  });
}
