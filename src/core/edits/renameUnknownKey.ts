import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { suggestKey } from '../keySuggestion.js';
import { keyResultKeys, objectiveKeys } from '../parse.js';
import { currentData, findPair, isRefusal, keyName, openGoal, refuse, refuseOnException, verifyFrontMatterEdit, type Data, type EditResult } from './editableGoal.js';
import { replaceScalar, stringSource } from './yamlSource.js';

export interface KeyRename {
  readonly from: string;
  readonly to: string;
  readonly result: EditResult;
}

/** The mapping holding the key whose source starts at `relative`, and that mapping's data. */
function mappingWithKeyAt(root: YAMLMap, data: Data, relative: number): { map: YAMLMap; data: Data; known: ReadonlySet<string> } | undefined {
  const startsHere = (map: YAMLMap) => map.items.some((pair) => (pair.key as Node | null)?.range?.[0] === relative);
  if (startsHere(root)) return { map: root, data, known: objectiveKeys };
  const list = findPair(root, 'key_results')?.value;
  const items = data.key_results;
  if (!isSeq(list) || !Array.isArray(items)) return undefined;
  const index = list.items.findIndex((item) => isMap(item) && startsHere(item));
  const item = list.items[index];
  const itemData: unknown = items[index];
  if (!isMap(item) || typeof itemData !== 'object' || itemData === null) return undefined;
  return { map: item, data: itemData as Data, known: keyResultKeys };
}

/**
 * The quick fix for an unknown key: renames the key that starts at file offset `offset` to
 * the known key it most likely misspells (`titel` → `title`), at its own level (objective or
 * key result), keeping its quotes, value and comments. Undefined when there is no such key or
 * no suggestion, so no fix is offered.
 */
export function renameUnknownKey(text: string, offset: number): KeyRename | undefined {
  const goal = openGoal(text);
  if (isRefusal(goal)) return undefined;
  const expected = currentData(goal);
  const found = mappingWithKeyAt(goal.root, expected, offset - goal.yamlStart);
  const pair = found?.map.items.find((candidate) => (candidate.key as Node | null)?.range?.[0] === offset - goal.yamlStart);
  const from = pair ? keyName(pair) : undefined;
  if (!found || !pair || from === undefined || found.known.has(from) || !isScalar(pair.key)) return undefined;
  const present = new Set(found.map.items.map(keyName).filter((key): key is string => key !== undefined));
  const to = suggestKey(from, found.known, present);
  if (!to) return undefined;
  const result = refuseOnException(() => {
    const style = isScalar(pair.key) && (pair.key.type === 'QUOTE_SINGLE' || pair.key.type === 'QUOTE_DOUBLE') ? pair.key.type : undefined;
    const edit = replaceScalar(goal, pair.key, stringSource(to, style ? { style } : {}), `key "${from}"`);
    if (isRefusal(edit)) return edit;
    if (!Object.hasOwn(found.data, from)) return refuse('not-editable', l10n.t('The key "{0}" could not be found in the data.', from));
    found.data[to] = found.data[from];
    delete found.data[from];
    return verifyFrontMatterEdit(goal, [edit], expected);
  });
  return { from, to, result };
}
