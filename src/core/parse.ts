import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import * as l10n from '@vscode/l10n';
import { parseDocument } from 'yaml';
import { splitFrontMatter, type FrontMatterSplit } from './frontMatter.js';
import { documentNode, NeedsExactPositions, plainNode, type ViewNode, type ViewPair } from './frontMatterView.js';
import {
  commitments,
  keyResultStatuses,
  keyResultIdPattern,
  objectiveStatuses,
  type Commitment,
  type DiagnosticCode,
  type GoalDiagnostic,
  type GoalFile,
  type KeyResult,
  type KeyResultStatus,
  type Objective,
  type ObjectiveStatus,
  type Severity,
  type SourceRange,
} from './model.js';
import { suggestKey } from './keySuggestion.js';
import { ownString } from './ownString.js';
import { LineIndex } from './positions.js';
import { isQuarter, normaliseQuarter } from './quarter.js';
import { closestMatches } from './closestMatches.js';
import { hintCodes, isHintCode, silenceAll } from './hints/hintCodes.js';

/** The keys of the format, per level; the unknown-key quick fix renames to one of these. */
export const objectiveKeys: ReadonlySet<string> = new Set(['objective', 'quarter', 'status', 'career', 'theme', 'commitment', 'time', 'budget', 'silence', 'key_results', 'carried_from']);
export const keyResultKeys: ReadonlySet<string> = new Set(['id', 'title', 'status', 'target', 'current', 'baseline', 'unit', 'grade', 'weight', 'silence']);

/** Files larger than this are not read as goals: parsing stays bounded whatever the input. */
export const maxGoalFileChars = 1024 * 1024;
/**
 * Bytes a reader needs at most to classify any file: UTF-8 spends at most 3 bytes per UTF-16
 * code unit, so a longer prefix always decodes to more than `maxGoalFileChars`.
 */
export const maxGoalFileBytes = 3 * maxGoalFileChars + 3;

/**
 * Anchors, aliases, tags and merge keys: js-yaml resolves them silently where the exact path
 * reports them, so files that use them always take the exact path.
 */
const anchorOrAlias = /(?:^|[\s[{,:-])(?:[&*][^\s,\]}]|!)|<</;

/**
 * Where things are. The exact locator reads ranges from the `yaml` document; the fast one
 * finds the two lines the model needs by scanning, and gives up (NeedsExactPositions) on
 * anything else, including every diagnostic.
 */
interface Locator {
  /** The line of the `objective:` key. */
  objectiveLine(pair: ViewPair): SourceRange;
  /** The first line of a key result item (its first key). */
  keyResultLine(node: ViewNode, id: string): SourceRange;
}

/** Collects diagnostics with file positions. */
class Reporter {
  readonly diagnostics: GoalDiagnostic[] = [];

  constructor(
    private readonly lines: LineIndex,
    private readonly split: FrontMatterSplit,
  ) {}

  /** A pair is reported at its value (what is wrong), or at its key when the value is empty. */
  rangeOf(target: ViewNode | ViewPair): SourceRange {
    const node = 'keyNode' in target ? (target.valueNode ?? target.keyNode) : target;
    const [start, end] = node.range();
    const base = this.split.yamlStart;
    return this.lines.range(base + start, base + Math.max(start, end));
  }

  report(code: DiagnosticCode, severity: Severity, message: string, target: ViewNode | ViewPair): void {
    this.diagnostics.push({ code, severity, message: ownString(message), range: this.rangeOf(target) });
  }

  reportAt(code: DiagnosticCode, severity: Severity, message: string, offset: number): void {
    const start = this.split.yamlStart + offset;
    this.diagnostics.push({ code, severity, message: ownString(message), range: this.lines.range(start, start + 1) });
  }

  /** From an offset in the YAML text to the end of that line. */
  lineRange(yamlOffset: number): SourceRange {
    const start = this.split.yamlStart + yamlOffset;
    const newline = this.split.yamlText.indexOf('\n', yamlOffset);
    const end = this.split.yamlStart + (newline === -1 ? this.split.yamlText.length : newline);
    return this.lines.range(start, end);
  }
}

function findPair(map: ViewNode, key: string): ViewPair | undefined {
  for (const pair of map.pairs) if (pair.key === key) return pair;
  return undefined;
}

function describe(node: ViewNode | undefined): string {
  if (!node) return l10n.t('empty');
  if (node.kind === 'alias') return l10n.t('an alias');
  if (node.kind === 'map') return l10n.t('a mapping');
  if (node.kind === 'seq') return l10n.t('a list');
  if (node.value === null || node.value === undefined) return l10n.t('empty');
  return typeof node.value === 'string' ? l10n.t('the text "{0}"', truncate(node.value)) : `${typeof node.value} ${String(node.value)}`;
}

/**
 * What a value is called in a message, such as "The title of key result "x"". A function, so
 * that the valid files of the fast path never pay for a translated label nobody reads.
 */
type Label = () => string;

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function isTextual(node: ViewNode | undefined): node is ViewNode & { value: string | number } {
  return node?.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number');
}

function readString(reporter: Reporter, pair: ViewPair | undefined, what: Label): string | undefined {
  if (!pair?.valueNode) return undefined;
  if (isTextual(pair.valueNode)) return ownString(String(pair.valueNode.value).trim());
  reporter.report('wrong-type', 'error', l10n.t('{0} should be text, not {1}.', what(), describe(pair.valueNode)), pair);
  return undefined;
}

function readNumber(reporter: Reporter, pair: ViewPair | undefined, what: Label): number | undefined {
  const node = pair?.valueNode;
  if (!pair || !node) return undefined;
  // `+ 0` turns -0 into 0: the two YAML parsers disagree on its sign, and it means nothing here.
  if (node.kind === 'scalar' && typeof node.value === 'number' && Number.isFinite(node.value)) return node.value + 0;
  reporter.report('bad-number', 'error', l10n.t('{0} should be a number, not {1}.', what(), describe(node)), pair);
  return undefined;
}

/** `unknown` says the value is not one of `allowed`: it gets the value and the allowed list. */
function readEnum<T extends string>(
  reporter: Reporter,
  pair: ViewPair | undefined,
  allowed: readonly T[],
  what: Label,
  code: DiagnosticCode,
  unknown: (text: string, allowed: string) => string,
): T | undefined {
  const text = readString(reporter, pair, what);
  if (text === undefined || !pair) return undefined;
  // The constant from `allowed`, not the parsed string: nothing kept points into the file.
  const known = allowed.indexOf(text as T);
  if (known !== -1) return allowed[known];
  reporter.report(code, 'error', unknown(truncate(text), allowed.join(', ')), pair);
  return undefined;
}

function readStringList(reporter: Reporter, pair: ViewPair | undefined, what: Label): string[] {
  const node = pair?.valueNode;
  if (!pair || !node) return [];
  if (node.kind === 'scalar' && typeof node.value === 'string') return [ownString(node.value.trim())].filter(Boolean);
  if (node.kind !== 'seq') {
    reporter.report('wrong-type', 'error', l10n.t('{0} should be a list of ids, not {1}.', what(), describe(node)), pair);
    return [];
  }
  const items: string[] = [];
  for (const item of node.items) {
    if (isTextual(item)) items.push(ownString(String(item.value).trim()));
    else reporter.report('wrong-type', 'error', l10n.t('{0} entries should be text, not {1}.', what(), describe(item)), item);
  }
  // A copy the exact size: pushing left room for 16, and the index keeps one list per goal file.
  return items.slice();
}

/** `silence: [routine-work]` or `silence: all`: hint codes, each checked so a typo does not silently keep a hint. */
function readSilence(reporter: Reporter, pair: ViewPair | undefined): string[] | undefined {
  if (!pair?.valueNode) return undefined;
  const codes = readStringList(reporter, pair, () => l10n.t('Silenced hints'));
  const node = pair.valueNode;
  const items = node.kind === 'seq' ? node.items : [node];
  codes.forEach((code, index) => {
    if (code === silenceAll || isHintCode(code)) return;
    const closest = closestMatches(code, hintCodes)[0];
    const target = (items[index] as ViewNode | undefined) ?? node;
    const message = closest
      ? l10n.t('Unknown hint "{0}" in silence: did you mean {1}?', truncate(code), closest)
      : l10n.t('Unknown hint "{0}" in silence: use "all" or a hint code such as {1}.', truncate(code), hintCodes[0] ?? '');
    reporter.report('unknown-hint', 'warning', message, target);
  });
  return codes;
}

function warnUnknownKeys(reporter: Reporter, map: ViewNode, known: ReadonlySet<string>, level: 'front-matter' | 'key-result'): void {
  const present = new Set(map.pairs.flatMap((pair) => (pair.key === undefined ? [] : [pair.key])));
  for (const pair of map.pairs) {
    if (pair.key !== undefined && !known.has(pair.key)) {
      const suggestion = suggestKey(pair.key, known, present);
      const key = truncate(pair.key);
      const message =
        level === 'front-matter'
          ? suggestion
            ? l10n.t('Unknown key "{0}" in the front-matter: did you mean "{1}"? It is kept but not used.', key, suggestion)
            : l10n.t('Unknown key "{0}" in the front-matter is kept but not used.', key)
          : suggestion
            ? l10n.t('Unknown key "{0}" in a key result: did you mean "{1}"? It is kept but not used.', key, suggestion)
            : l10n.t('Unknown key "{0}" in a key result is kept but not used.', key);
      reporter.report('unknown-key', 'warning', message, pair.keyNode);
    }
  }
}

function readKeyResult(reporter: Reporter, locator: Locator, node: ViewNode, index: number, seen: Set<string>): KeyResult | undefined {
  if (node.kind !== 'map') {
    reporter.report('wrong-type', 'error', l10n.t('Key result {0} should be a mapping with id and title, not {1}.', index + 1, describe(node)), node);
    return undefined;
  }
  warnUnknownKeys(reporter, node, keyResultKeys, 'key-result');
  const idPair = findPair(node, 'id');
  const id = readString(reporter, idPair, () => l10n.t('A key result id'));
  // The key result as messages name it: its id in quotes, or its number in the list.
  const name = id ? `"${truncate(id)}"` : String(index + 1);
  let validId = id;
  if (id === undefined || !idPair) {
    if (!idPair?.valueNode) reporter.report('missing-kr-id', 'error', l10n.t('Key result {0} has no id; add one such as "kr-{0}".', index + 1), idPair ?? node);
    validId = undefined;
  } else if (!keyResultIdPattern.test(id)) {
    reporter.report('invalid-kr-id', 'error', l10n.t('Key result id "{0}" must be lowercase letters, digits and dashes, starting with a letter or digit.', truncate(id)), idPair);
    validId = undefined;
  } else if (seen.has(id)) {
    reporter.report('duplicate-kr-id', 'error', l10n.t('Key result id "{0}" is used twice in this file; ids must be unique.', id), idPair);
    validId = undefined;
  }
  if (id !== undefined) seen.add(id);

  const titlePair = findPair(node, 'title');
  const title = readString(reporter, titlePair, () => l10n.t('The title of key result {0}', name));
  if (!title) reporter.report('missing-title', 'error', l10n.t('The key result {0} has no title.', name), titlePair ?? node);

  const status = readEnum<KeyResultStatus>(reporter, findPair(node, 'status'), keyResultStatuses, () => l10n.t('Key result status'), 'unknown-status', (text, allowed) =>
    l10n.t('Unknown key result status "{0}": use one of {1}.', text, allowed),
  );
  const target = readNumber(reporter, findPair(node, 'target'), () => l10n.t('The target of key result {0}', name));
  const current = readNumber(reporter, findPair(node, 'current'), () => l10n.t('The current value of key result {0}', name));
  const baseline = readNumber(reporter, findPair(node, 'baseline'), () => l10n.t('The baseline of key result {0}', name));
  const unit = readString(reporter, findPair(node, 'unit'), () => l10n.t('The unit of key result {0}', name));
  const weightPair = findPair(node, 'weight');
  let weight = readNumber(reporter, weightPair, () => l10n.t('The weight of key result {0}', name));
  if (weight !== undefined && weightPair && weight < 0) {
    reporter.report('bad-number', 'error', l10n.t('The weight of key result {0} cannot be negative.', name), weightPair);
    weight = undefined;
  }
  const gradePair = findPair(node, 'grade');
  let grade = readNumber(reporter, gradePair, () => l10n.t('The grade of key result {0}', name));
  if (grade !== undefined && gradePair && (grade < 0 || grade > 1)) {
    reporter.report('grade-out-of-range', 'error', l10n.t('The grade of key result {0} is {1}; grades go from 0.0 to 1.0.', name, grade), gradePair);
    grade = undefined;
  }
  const silence = readSilence(reporter, findPair(node, 'silence'));
  if (validId === undefined) return undefined;
  return {
    id: validId,
    title: title ?? '',
    status: status ?? 'todo',
    weight: weight ?? 1,
    ...(silence === undefined ? {} : { silence }),
    range: locator.keyResultLine(node, validId),
    ...(target === undefined ? {} : { target }),
    ...(current === undefined ? {} : { current }),
    ...(baseline === undefined ? {} : { baseline }),
    ...(unit ? { unit } : {}),
    ...(grade === undefined ? {} : { grade }),
  };
}

function readObjective(reporter: Reporter, locator: Locator, map: ViewNode, objectivePair: ViewPair): Objective {
  warnUnknownKeys(reporter, map, objectiveKeys, 'front-matter');
  const title = readString(reporter, objectivePair, () => l10n.t('The objective'));
  if (!title) reporter.report('missing-title', 'error', l10n.t('The objective is empty; write what you want to achieve.'), objectivePair);

  const quarterPair = findPair(map, 'quarter');
  let quarter = readString(reporter, quarterPair, () => l10n.t('The quarter'));
  if (quarter !== undefined && quarterPair && !isQuarter(quarter)) {
    const suggestion = normaliseQuarter(quarter);
    const message = suggestion
      ? l10n.t('Quarter "{0}" is not in the form YYYY-Qn; did you mean {1}?', truncate(quarter), suggestion)
      : l10n.t('Quarter "{0}" is not in the form YYYY-Qn (for example 2026-Q4).', truncate(quarter));
    reporter.report('bad-quarter', 'error', message, quarterPair);
    quarter = undefined;
  }
  const status = readEnum<ObjectiveStatus>(reporter, findPair(map, 'status'), objectiveStatuses, () => l10n.t('Objective status'), 'unknown-status', (text, allowed) =>
    l10n.t('Unknown objective status "{0}": use one of {1}.', text, allowed),
  );
  const commitment = readEnum<Commitment>(reporter, findPair(map, 'commitment'), commitments, () => l10n.t('Commitment'), 'unknown-commitment', (text, allowed) =>
    l10n.t('Unknown commitment "{0}": use one of {1}.', text, allowed),
  );
  const career = readStringList(reporter, findPair(map, 'career'), () => l10n.t('Career areas'));
  const theme = readString(reporter, findPair(map, 'theme'), () => l10n.t('The theme'));
  const carriedFrom = readString(reporter, findPair(map, 'carried_from'), () => 'carried_from');
  const time = readString(reporter, findPair(map, 'time'), () => l10n.t('The time set aside'));
  const budget = readString(reporter, findPair(map, 'budget'), () => l10n.t('The budget'));
  const silence = readSilence(reporter, findPair(map, 'silence'));

  const keyResults: KeyResult[] = [];
  const krPair = findPair(map, 'key_results');
  const krNode = krPair?.valueNode;
  if (krPair && krNode) {
    if (krNode.kind !== 'seq') {
      reporter.report('wrong-type', 'error', l10n.t('key_results should be a list of key results, not {0}.', describe(krNode)), krPair);
    } else {
      const seen = new Set<string>();
      for (let index = 0; index < krNode.items.length; index++) {
        const keyResult = readKeyResult(reporter, locator, krNode.items[index] as ViewNode, index, seen);
        if (keyResult) keyResults.push(keyResult);
      }
    }
  }
  return {
    title: title ?? '',
    status: status ?? (quarter ? 'active' : 'backlog'),
    career,
    // The exact size, as for the career list.
    keyResults: keyResults.slice(),
    range: locator.objectiveLine(objectivePair),
    ...(quarter === undefined ? {} : { quarter }),
    ...(theme === undefined ? {} : { theme }),
    ...(commitment === undefined ? {} : { commitment }),
    ...(carriedFrom ? { carriedFrom } : {}),
    ...(time ? { time } : {}),
    ...(budget ? { budget } : {}),
    ...(silence === undefined ? {} : { silence }),
  };
}

/** A front-matter that fails to parse still counts as a goal file if it looks like one. */
const objectiveLinePattern = /^objective\s*:/m;

/** Where a diagnostic about the whole file goes: the opening fence. */
const fileStart = { start: 0, end: 3, line: 1, column: 1 };

function exactLocator(reporter: Reporter): Locator {
  return {
    objectiveLine: (pair) => reporter.lineRange(pair.keyNode.range()[0]),
    keyResultLine: (node) => reporter.lineRange(node.range()[0]),
  };
}

/**
 * Finds the lines by scanning, for the common layout only: `objective:` at the start of a
 * line and key results written as `- id: x` block items. Anything else asks for the exact path.
 */
function fastLocator(reporter: Reporter, yamlText: string): Locator {
  // `- id: x` item lines. Global: each call resumes where the last one stopped, so the text is
  // scanned once, and a fresh pattern for every file keeps that state out of module scope.
  const keyResultIdLine = /^[ \t]*-[ \t]+(id[ \t]*:[ \t]*(["']?)([a-z0-9][a-z0-9-]*)\2)[ \t]*(?:#.*)?\r?$/gm;
  return {
    objectiveLine: () => {
      const match = /^objective[ \t]*:/m.exec(yamlText);
      if (!match) throw new NeedsExactPositions();
      return reporter.lineRange(match.index);
    },
    keyResultLine: (node, id) => {
      if (node.pairs[0]?.key !== 'id') throw new NeedsExactPositions();
      // Key results are located in file order; a mismatch means a layout the scan cannot vouch for.
      const match = keyResultIdLine.exec(yamlText);
      if (!match || match[3] !== id) throw new NeedsExactPositions();
      return reporter.lineRange(match.index + match[0].indexOf(match[1] ?? ''));
    },
  };
}

/** Blanks only, or a comment, through the end of the line: the layout check skips it. Sticky. */
const blankOrCommentLine = /[^\S\n]*(?:#|\n|$)/y;
/** One line of the simple block layout, through its newline. Sticky: run at each line start. */
const simpleLine = / *(?:- +)?(?:[A-Za-z_][\w-]*:(?:[ ].*)?|-(?:[ ].*)?)?\r?(?:\n|$)/y;

/**
 * js-yaml is more lenient than `yaml` about layout (flow lists continued on under-indented
 * lines, `]#comment`, tabs, folded plain scalars). The fast path takes only the simple block
 * layout that hand-written goal files use, where both parsers provably agree (a property
 * test compares them on damaged files); everything else goes the exact way. Lines are
 * checked in place (sticky patterns, char codes): no line strings are made for every file.
 */
function isSimpleBlockYaml(yamlText: string): boolean {
  if (yamlText.includes('\t') || /["'\]}]#/.test(yamlText) || anchorOrAlias.test(yamlText)) return false;
  for (let start = 0; start < yamlText.length; ) {
    const newline = yamlText.indexOf('\n', start);
    const end = newline === -1 ? yamlText.length : newline;
    blankOrCommentLine.lastIndex = start;
    if (!blankOrCommentLine.test(yamlText)) {
      simpleLine.lastIndex = start;
      if (!simpleLine.test(yamlText)) return false;
      // A flow list or mapping must close on the line it opens on.
      let depth = 0;
      for (let i = start; i < end; i++) {
        const char = yamlText.charCodeAt(i);
        if (char === 0x5b || char === 0x7b) depth++;
        else if (char === 0x5d || char === 0x7d) depth--;
      }
      if (depth !== 0) return false;
    }
    start = end + 1;
  }
  return true;
}

/** The fast path: js-yaml data, valid files only. Returns undefined to ask for the exact path. */
function parseFast(uri: string, version: string, text: string, split: FrontMatterSplit): GoalFile | undefined {
  if (!isSimpleBlockYaml(split.yamlText)) return undefined;
  let data: unknown;
  try {
    data = loadYaml(split.yamlText, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const root = plainNode(data);
  const objectivePair = findPair(root, 'objective');
  if (!objectivePair) return { uri, version, diagnostics: [] };
  const reporter = new Reporter(new LineIndex(text, split.bodyStart), split);
  try {
    const objective = readObjective(reporter, fastLocator(reporter, split.yamlText), root, objectivePair);
    return { uri, version, objective, diagnostics: [] };
  } catch (error) {
    if (error instanceof NeedsExactPositions) return undefined;
    throw error;
  }
}

/** Goal files nest two levels; thousands of `[` are an attack on the parser's stack, not a goal. */
const maxFlowDepth = 64;

function flowDepthExceeded(yamlText: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < yamlText.length; i++) {
    const char = yamlText.charCodeAt(i);
    if (char === 0x5b || char === 0x7b) {
      if (++depth > maxFlowDepth) return i;
    } else if (char === 0x5d || char === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}


/**
 * Offset of the first tab in the YAML text's indentation: among the blanks and `-` item
 * markers that open a line. Tabs inside values are text and are left alone.
 */
export function firstIndentationTab(yamlText: string): number | undefined {
  const match = /^[ -]*\t/m.exec(yamlText);
  return match ? match.index + match[0].length - 1 : undefined;
}

function parseExact(uri: string, version: string, text: string, split: FrontMatterSplit): GoalFile {
  const reporter = new Reporter(new LineIndex(text, split.bodyStart), split);
  const tooDeep = flowDepthExceeded(split.yamlText);
  if (tooDeep !== undefined) {
    if (!objectiveLinePattern.test(split.yamlText)) return { uri, version, diagnostics: [] };
    reporter.reportAt('yaml-syntax', 'error', l10n.t('The front-matter nests more than {0} levels of [ or { and is not read.', maxFlowDepth), tooDeep);
    return { uri, version, diagnostics: reporter.diagnostics };
  }
  const document = parseDocument(split.yamlText, { uniqueKeys: true, prettyErrors: false });
  if (split.refusedLanguage !== undefined || document.errors.length > 0) {
    const looksLikeGoal = split.refusedLanguage !== undefined ? /objective/.test(text.slice(0, 4096)) : objectiveLinePattern.test(split.yamlText);
    if (!looksLikeGoal) return { uri, version, diagnostics: [] };
    if (split.refusedLanguage !== undefined) {
      reporter.reportAt('yaml-syntax', 'error', l10n.t('Front-matter in "{0}" is not read; goal files use YAML.', split.refusedLanguage), -3);
    }
    // A tab in the indentation confuses the parser about every line after it: name that one
    // cause, at the tab, rather than the dozen misleading errors that follow from it.
    let tab = firstIndentationTab(split.yamlText);
    const tabLine = tab === undefined ? Infinity : split.yamlText.lastIndexOf('\n', tab) + 1;
    // A tab that nothing went wrong after is not the cause (a tab in a block scalar's text is fine).
    if (!document.errors.some((error) => error.pos[0] >= tabLine)) tab = undefined;
    for (const error of document.errors) {
      if (tab === undefined || error.pos[0] < tabLine) reporter.reportAt('yaml-syntax', 'error', l10n.t('YAML syntax error: {0}', error.message.split('\n')[0] ?? ''), error.pos[0]);
    }
    if (tab !== undefined) {
      const message = l10n.t('A tab indents this line, and YAML allows only spaces for indentation: everything below it may be misread. Indent with spaces.');
      reporter.reportAt('tab-indentation', 'error', message, tab);
    }
    return { uri, version, diagnostics: reporter.diagnostics };
  }
  const root = documentNode(document.contents);
  const objectivePair = root.kind === 'map' ? findPair(root, 'objective') : undefined;
  if (!objectivePair) return { uri, version, diagnostics: [] };
  const objective = readObjective(reporter, exactLocator(reporter), root, objectivePair);
  return { uri, version, objective, diagnostics: reporter.diagnostics };
}

/**
 * Reads the front-matter facts of one file. Never throws. Files without an `objective:`
 * key are not goal files and get no diagnostics; goal files get every problem found.
 * Valid files take the fast path; any problem re-reads the file exactly, so diagnostics
 * always carry exact positions. The Markdown body is not parsed here (see parseGoalBody).
 */
export function parseGoalFile(uri: string, version: string, text: string): GoalFile {
  try {
    if (text.length > maxGoalFileChars) {
      const head = text.slice(0, 4096);
      if (!head.startsWith('---') || !objectiveLinePattern.test(head)) return { uri, version, diagnostics: [] };
      const message = l10n.t('This goal file is larger than {0} KiB and is not read.', maxGoalFileChars / 1024);
      return { uri, version, diagnostics: [{ code: 'file-too-large', severity: 'error', message, range: fileStart }] };
    }
    const split = splitFrontMatter(text);
    if (!split) return { uri, version, diagnostics: [] };
    return (split.refusedLanguage === undefined ? parseFast(uri, version, text, split) : undefined) ?? parseExact(uri, version, text, split);
  } catch (error) {
    if (!objectiveLinePattern.test(text.slice(0, 4096))) return { uri, version, diagnostics: [] };
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // Deeply nested or pathological input can exhaust the parser's stack: a problem of the file.
    // Anything else is a bug of ours (or an API this host lacks), and says so rather than
    // passing for "not a goal file".
    const diagnostic: GoalDiagnostic =
      error instanceof RangeError
        ? { code: 'yaml-syntax', severity: 'error', message: l10n.t('The front-matter could not be read: {0}', error.message), range: fileStart }
        : { code: 'internal-error', severity: 'error', message: l10n.t('Growth Backlog failed to read this file ({0}). This is a bug, not a problem in your file; please report it.', detail.split('\n')[0] ?? ''), range: fileStart };
    return { uri, version, diagnostics: [diagnostic] };
  }
}

/** The exact path alone: tests use it to prove that both paths agree. */
export function parseGoalFileExactly(uri: string, version: string, text: string): GoalFile {
  const split = splitFrontMatter(text);
  return split ? parseExact(uri, version, text, split) : { uri, version, diagnostics: [] };
}
