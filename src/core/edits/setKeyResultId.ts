import * as l10n from '@vscode/l10n';
import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import { keyResultIdPattern } from '../model.js';
import { slugOf, uniqueName } from '../slug.js';
import {
  accept,
  argsOf,
  currentData,
  describeValue,
  findPair,
  isRefusal,
  openGoal,
  refuse,
  refuseOnException,
  verifyFrontMatterEdit,
  type Data,
  type EditableGoal,
  type EditRefusal,
  type EditResult,
} from './editableGoal.js';
import { keyColumn, replaceScalar, stringSource } from './yamlSource.js';
import type { TextEdit } from '../textEdit.js';

export interface SetKeyResultIdArgs {
  /** Position of the key result in `key_results`: a key result without a valid id has no other handle. */
  readonly index: number;
  /** Lowercase letters, digits and dashes; unique in the file. */
  readonly id: string;
}

/** Ids of the other key results, by position (aliased items included, as the data resolves them). */
function otherIds(goal: EditableGoal, index: number): Set<string> {
  const list = currentData(goal).key_results;
  const ids = new Set<string>();
  if (!Array.isArray(list)) return ids;
  list.forEach((item: unknown, position) => {
    const id = typeof item === 'object' && item !== null ? (item as Data).id : undefined;
    if (position !== index && (typeof id === 'string' || typeof id === 'number')) ids.add(String(id).trim());
  });
  return ids;
}

function keyResultItem(goal: EditableGoal, index: number): YAMLMap | EditRefusal {
  const list = findPair(goal.root, 'key_results')?.value;
  if (!isSeq(list) || list.anchor) return refuse('not-editable', l10n.t('key_results is not a plain list here; please edit it by hand.'));
  const item = list.items[index];
  if (item === undefined) return refuse('unknown-key-result', l10n.t('There is no key result {0} in this file.', index + 1));
  if (!isMap(item) || item.anchor) return refuse('not-editable', l10n.t('Key result {0} is not a plain mapping; please edit it by hand.', index + 1));
  return item;
}

/**
 * `id: <id>` as the first key of the item, where readers look for it: `- title: x` becomes
 * `- id: a` followed by `title: x` on the next line at the same column, `{title: x}` becomes
 * `{id: a, title: x}`.
 */
function insertFirstPair(goal: EditableGoal, item: YAMLMap, source: string): TextEdit | EditRefusal {
  const firstKey = item.items[0]?.key as Node | null | undefined;
  const cannot = refuse('not-editable', l10n.t('This key result is laid out in a way that cannot get an id safely; please add it by hand.'));
  if (item.flow) {
    if (firstKey?.range) {
      const at = goal.yamlStart + firstKey.range[0];
      return { start: at, end: at, newText: `id: ${source}, ` };
    }
    const open = goal.yamlStart + (item.range?.[0] ?? -1);
    if (goal.text.charAt(open) !== '{') return cannot;
    return { start: open + 1, end: open + 1, newText: `id: ${source}` };
  }
  const column = keyColumn(goal, item);
  if (!firstKey?.range || column === undefined) return cannot;
  const at = goal.yamlStart + firstKey.range[0];
  return { start: at, end: at, newText: `id: ${source}${goal.eol}${' '.repeat(column)}` };
}

/**
 * Sets the id of the key result at `index`, adding `id:` as its first key when it has none.
 * Powers the quick fix for a missing or malformed id; other keys and comments stay as written.
 */
export function setKeyResultId(text: string, args: SetKeyResultIdArgs): EditResult {
  return refuseOnException(() => {
    const { index, id } = argsOf(args);
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return refuse('invalid-value', l10n.t('A key result position is a whole number, not {0}.', describeValue(index)));
    if (typeof id !== 'string' || !keyResultIdPattern.test(id)) {
      return refuse('invalid-value', l10n.t('A key result id is lowercase letters, digits and dashes, not {0}.', describeValue(id)));
    }
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;
    const item = keyResultItem(goal, index);
    if (isRefusal(item)) return item;

    const expected = currentData(goal);
    const data = (expected.key_results as Data[])[index] as Data;
    if (data.id === id) return accept([]);
    if (otherIds(goal, index).has(id)) return refuse('duplicate-id', l10n.t('Key result id "{0}" is already used in this file.', id));
    const source = stringSource(id, { inFlow: item.flow === true });
    const pair = findPair(item, 'id');
    const edit = pair ? replaceScalar(goal, pair.value, source, `id of key result ${index + 1}`) : insertFirstPair(goal, item, source);
    if (isRefusal(edit)) return edit;
    data.id = id;
    return verifyFrontMatterEdit(goal, [edit], expected);
  });
}

/** Index in `key_results` of the item whose source covers `offset` (a file offset). */
export function keyResultIndexAt(text: string, offset: number): number | undefined {
  const goal = openGoal(text);
  if (isRefusal(goal)) return undefined;
  const list = findPair(goal.root, 'key_results')?.value;
  if (!isSeq(list)) return undefined;
  const relative = offset - goal.yamlStart;
  const index = list.items.findIndex((item) => {
    const range = (item as Node | null)?.range;
    return range != null && range[0] <= relative && relative < Math.max(range[1], range[0] + 1);
  });
  return index === -1 ? undefined : index;
}

/** An id for the key result at `index` derived from its title, unique in the file (`kr-<n>` without a title). */
export function suggestKeyResultId(text: string, index: number): string | undefined {
  const goal = openGoal(text);
  if (isRefusal(goal)) return undefined;
  const items = currentData(goal).key_results;
  const item: unknown = Array.isArray(items) ? items[index] : undefined;
  if (typeof item !== 'object' || item === null) return undefined;
  const title = (item as Data).title;
  const base = (typeof title === 'string' ? slugOf(title, 30) : '') || `kr-${index + 1}`;
  const taken = otherIds(goal, index);
  return uniqueName(base, (candidate) => taken.has(candidate));
}
