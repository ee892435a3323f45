// Shared ground for the lossless edits: opening a goal file for editing, locating its
// nodes, building results, and the final check that an edit changed only what was asked.
// Every edit is a handful of TextEdits computed from node ranges, never a re-serialisation:
// re-stringifying the YAML would drop comments, quoting and layout the user chose.

import * as l10n from '@vscode/l10n';
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { readFrontMatter } from '../frontMatter.js';
import { maxGoalFileChars } from '../parse.js';
import { applyTextEdits, type TextEdit } from '../textEdit.js';

export type EditFailureCode = 'not-a-goal-file' | 'yaml-errors' | 'unknown-key-result' | 'invalid-value' | 'duplicate-id' | 'not-editable';

export type EditResult = { ok: true; edits: TextEdit[] } | { ok: false; code: EditFailureCode; message: string };

export type EditRefusal = Extract<EditResult, { ok: false }>;

export function refuse(code: EditFailureCode, message: string): EditRefusal {
  return { ok: false, code, message };
}

export function accept(edits: TextEdit[]): EditResult {
  return { ok: true, edits };
}

export function isRefusal(value: unknown): value is EditRefusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

/** Runs an edit so that no input, however malformed, makes it throw. */
export function refuseOnException(run: () => EditResult): EditResult {
  try {
    return run();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse('not-editable', l10n.t('This file could not be edited safely ({0}); please edit it by hand.', detail.split('\n')[0] ?? ''));
  }
}

/** A goal file opened for editing: where its YAML sits and the parsed front-matter. */
export interface EditableGoal {
  readonly text: string;
  /** Offset of the YAML text in `text`; node ranges are relative to it. */
  readonly yamlStart: number;
  /** Offset of the closing `---` line: new front-matter lines may be inserted up to here. */
  readonly fenceStart: number;
  readonly bodyStart: number;
  readonly document: Document.Parsed;
  readonly root: YAMLMap;
  /** The file's own line ending, used for every line an edit adds. */
  readonly eol: string;
}

/** Plain JSON-like data of a YAML value, as the `yaml` package resolves it. */
export type Data = Record<string, unknown>;

const notAGoal = (): string => l10n.t('This file is not a goal file: it needs YAML front-matter with an `objective:` key.');

/** Opens `text` for editing, or says why it cannot be edited at all. */
export function openGoal(text: string): EditableGoal | EditRefusal {
  if (typeof text !== 'string' || text.length > maxGoalFileChars) return refuse('not-a-goal-file', notAGoal());
  const frontMatter = readFrontMatter(text);
  if (!frontMatter || frontMatter.refusedLanguage !== undefined) return refuse('not-a-goal-file', notAGoal());
  const { yamlStart, yamlText, bodyStart, document } = frontMatter;
  if (document.errors.length > 0) {
    const first = document.errors[0]?.message.split('\n')[0] ?? '';
    return refuse('yaml-errors', l10n.t('The front-matter has YAML errors; fix them before editing ({0}).', first));
  }
  // Odd keys (a mapping used as a key) make toJS() log to the console; the edits only compare data.
  document.options.logLevel = 'error';
  const root = document.contents;
  if (!isMap(root) || !findPair(root, 'objective')) return refuse('not-a-goal-file', notAGoal());
  // Node ranges are only trustworthy if the YAML text is where the splitter says it is.
  const yamlEnd = yamlStart + yamlText.length;
  if (!text.startsWith(yamlText, yamlStart)) {
    return refuse('not-editable', l10n.t('The opening `---` line of this file has extra characters; remove them before editing.'));
  }
  // The splitter leaves the line break before the closing fence out of the YAML text.
  const closing = /^\r?\n---/.exec(text.slice(yamlEnd, yamlEnd + 5));
  if (!closing) return refuse('not-editable', l10n.t('The front-matter has no closing `---` line; add one before editing.'));
  const firstBreak = /\r?\n/.exec(text);
  return { text, yamlStart, fenceStart: yamlEnd + closing[0].length - 3, bodyStart, document, root, eol: firstBreak?.[0] ?? '\n' };
}

export function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) && pair.key.value !== null ? String(pair.key.value) : undefined;
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => keyName(pair) === key);
}

/** A fresh copy of the front-matter data, to describe what an edit is expected to produce. */
export function currentData(goal: EditableGoal): Data {
  return goal.document.toJS() as Data;
}

/** A value that is present but empty (`key:` or `key: ~`) counts as missing. */
export function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

export interface LocatedKeyResult {
  readonly map: YAMLMap;
  /** Position in `key_results`, which is also its index in the data. */
  readonly index: number;
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const id = (item as Data).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id).trim() : undefined;
}

/** Ids of all key results, read from the resolved data so that aliased items count too. */
export function keyResultIds(goal: EditableGoal): string[] {
  const list = currentData(goal).key_results;
  return Array.isArray(list) ? list.map(idOf).filter((id): id is string => id !== undefined) : [];
}

/** Finds the one key result with `id` and checks that it can be edited in place. */
export function findKeyResult(goal: EditableGoal, id: string): LocatedKeyResult | EditRefusal {
  const list = currentData(goal).key_results;
  const matches = Array.isArray(list) ? list.flatMap((item, index) => (idOf(item) === id ? [index] : [])) : [];
  if (matches.length === 0) return refuse('unknown-key-result', l10n.t('No key result "{0}" in this file.', id));
  if (matches.length > 1) {
    return refuse('duplicate-id', l10n.t('Key result "{0}" appears {1} times in this file; make the ids unique first.', id, matches.length));
  }
  const index = matches[0] ?? 0;
  const sequence = findPair(goal.root, 'key_results')?.value;
  if (!isSeq(sequence) || sequence.anchor) {
    return refuse('not-editable', l10n.t('key_results is shared through a YAML anchor or alias; edit it by hand.'));
  }
  const item = sequence.items[index];
  if (!isMap(item) || isAlias(item) || item.anchor) {
    return refuse('not-editable', l10n.t('Key result "{0}" is shared through a YAML anchor or alias; edit it by hand.', id));
  }
  return { map: item, index };
}

/** What an edit of one key result starts from; `data` is the key result inside `expected`. */
export interface KeyResultEdit {
  readonly goal: EditableGoal;
  readonly keyResult: LocatedKeyResult;
  /** The whole front-matter as data: the edit changes `data`, then verifies the result equals it. */
  readonly expected: Data;
  readonly data: Data;
}

/** The shared start of every key-result edit: a text id, a goal that opens, one key result with that id. */
export function openKeyResult(text: string, keyResultId: unknown): KeyResultEdit | EditRefusal {
  if (typeof keyResultId !== 'string') return refuse('invalid-value', l10n.t('A key result id must be text, not {0}.', describeValue(keyResultId)));
  const goal = openGoal(text);
  if (isRefusal(goal)) return goal;
  const keyResult = findKeyResult(goal, keyResultId);
  if (isRefusal(keyResult)) return keyResult;
  const expected = currentData(goal);
  return { goal, keyResult, expected, data: (expected.key_results as Data[])[keyResult.index] as Data };
}

/** Refuses a value that other values may share, or that is a reference itself. */
export function sharedValueRefusal(node: unknown, what: string): EditRefusal | undefined {
  if (isAlias(node)) return refuse('not-editable', l10n.t('The {0} is a YAML alias (*{1}); edit it by hand.', what, node.source));
  const anchor = (node as Node | null | undefined)?.anchor;
  if (anchor) return refuse('not-editable', l10n.t('The {0} has a YAML anchor (&{1}) that other values may share; edit it by hand.', what, anchor));
  return undefined;
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (a instanceof Map || a instanceof Set || b instanceof Map || b instanceof Set) {
    if (a.constructor !== b.constructor) return false;
    return sameData([...(a as Map<unknown, unknown>).entries()], [...(b as Map<unknown, unknown>).entries()]);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  return aKeys.length === bKeys.length && aKeys.every((key) => Object.hasOwn(b, key) && sameData((a as Data)[key], (b as Data)[key]));
}

const tooUnusual = (): string => l10n.t('This front-matter is laid out in a way that cannot be edited without touching other values; please edit it by hand.');

/**
 * The last line of defence for "user data is sacred": applies the edits, re-reads the file
 * and accepts them only if the YAML still parses, the body is byte-identical and the data
 * equals `expected` (the old data with just the requested change). Layouts the edits did
 * not foresee are refused here instead of being silently damaged.
 */
export function verifyFrontMatterEdit(goal: EditableGoal, edits: TextEdit[], expected: Data): EditResult {
  if (edits.length === 0) return accept(edits);
  if (edits.some((edit) => edit.start < goal.yamlStart || edit.end > goal.fenceStart)) return refuse('not-editable', tooUnusual());
  const next = applyTextEdits(goal.text, edits);
  const reread = readFrontMatter(next);
  if (!reread || reread.refusedLanguage !== undefined || reread.document.errors.length > 0) return refuse('not-editable', tooUnusual());
  if (next.slice(reread.bodyStart) !== goal.text.slice(goal.bodyStart)) return refuse('not-editable', tooUnusual());
  if (reread.document.warnings.length > goal.document.warnings.length) return refuse('not-editable', tooUnusual());
  reread.document.options.logLevel = 'error';
  if (!sameData(reread.document.toJS(), expected)) return refuse('not-editable', tooUnusual());
  return accept(edits);
}

/** An argument as shown in a message: strings quoted and shortened, anything else as is. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null || value === undefined) return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The arguments object of an edit, tolerating a missing one from untyped callers. */
export function argsOf<T extends object>(args: T | null | undefined): Partial<T> {
  return typeof args === 'object' && args !== null ? args : {};
}
