import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { readFrontMatter, type FrontMatter } from './frontMatter.js';
import {
  commitments,
  keyResultStatuses,
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
import { LineIndex } from './positions.js';
import { isQuarter, normaliseQuarter } from './quarter.js';

const objectiveKeys = new Set(['objective', 'quarter', 'status', 'career', 'theme', 'commitment', 'key_results']);
const keyResultKeys = new Set(['id', 'title', 'status', 'target', 'current', 'grade', 'weight']);
const keyResultIdPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Files larger than this are not read as goals: parsing stays bounded whatever the input. */
export const maxGoalFileChars = 1024 * 1024;

/** Collects diagnostics with file positions for nodes of the front-matter YAML. */
class Reporter {
  readonly diagnostics: GoalDiagnostic[] = [];
  readonly lines: LineIndex;

  constructor(
    text: string,
    private readonly frontMatter: FrontMatter,
  ) {
    this.lines = new LineIndex(text, frontMatter.bodyStart);
  }

  /** A pair is reported at its value (what is wrong), or at its key when the value is empty. */
  rangeOf(node: Node | Pair | null | undefined): SourceRange {
    const target = isPairNode(node) ? ((node.value as Node | null)?.range ? (node.value as Node) : (node.key as Node)) : node;
    const [start, end] = target?.range ?? [0, 0];
    const base = this.frontMatter.yamlStart;
    return this.lines.range(base + start, base + Math.max(start, end));
  }

  report(code: DiagnosticCode, severity: Severity, message: string, node: Node | Pair | null | undefined): void {
    this.diagnostics.push({ code, severity, message, range: this.rangeOf(node) });
  }

  reportAt(code: DiagnosticCode, severity: Severity, message: string, offset: number): void {
    const start = this.frontMatter.yamlStart + offset;
    this.diagnostics.push({ code, severity, message, range: this.lines.range(start, start + 1) });
  }
}

function isPairNode(node: unknown): node is Pair {
  return typeof node === 'object' && node !== null && 'key' in node && 'value' in node;
}

function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => keyName(pair) === key);
}

function describe(node: unknown): string {
  if (isAlias(node)) return 'an alias';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    if (node.value === null) return 'empty';
    return typeof node.value === 'string' ? `the text "${truncate(node.value)}"` : `${typeof node.value} ${String(node.value)}`;
  }
  return 'empty';
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function readString(reporter: Reporter, pair: Pair | undefined, what: string): string | undefined {
  if (!pair) return undefined;
  const value = pair.value;
  if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')) {
    return String(value.value).trim();
  }
  if (isScalar(value) && value.value === null) return undefined;
  reporter.report('wrong-type', 'error', `${what} should be text, not ${describe(value)}.`, pair);
  return undefined;
}

function readNumber(reporter: Reporter, pair: Pair | undefined, what: string): number | undefined {
  if (!pair) return undefined;
  const value = pair.value;
  if (isScalar(value) && value.value === null) return undefined;
  if (isScalar(value) && typeof value.value === 'number' && Number.isFinite(value.value)) return value.value;
  reporter.report('bad-number', 'error', `${what} should be a number, not ${describe(value)}.`, pair);
  return undefined;
}

function readEnum<T extends string>(
  reporter: Reporter,
  pair: Pair | undefined,
  allowed: readonly T[],
  what: string,
  code: DiagnosticCode,
): T | undefined {
  const text = readString(reporter, pair, what);
  if (text === undefined) return undefined;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  reporter.report(code, 'error', `Unknown ${what.toLowerCase()} "${truncate(text)}": use one of ${allowed.join(', ')}.`, pair);
  return undefined;
}

function readStringList(reporter: Reporter, pair: Pair | undefined, what: string): string[] {
  if (!pair) return [];
  const value = pair.value;
  if (isScalar(value) && value.value === null) return [];
  if (isScalar(value) && typeof value.value === 'string') return [value.value.trim()].filter(Boolean);
  if (!isSeq(value)) {
    reporter.report('wrong-type', 'error', `${what} should be a list of ids, not ${describe(value)}.`, pair);
    return [];
  }
  const items: string[] = [];
  for (const item of value.items) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) items.push(String(item.value).trim());
    else reporter.report('wrong-type', 'error', `${what} entries should be text, not ${describe(item)}.`, item as Node);
  }
  return items;
}

function warnUnknownKeys(reporter: Reporter, map: YAMLMap, known: Set<string>, where: string): void {
  for (const pair of map.items) {
    const key = keyName(pair);
    if (key !== undefined && !known.has(key)) {
      reporter.report('unknown-key', 'warning', `Unknown key "${truncate(key)}" ${where} is kept but not used.`, pair.key as Node);
    }
  }
}

function readKeyResult(reporter: Reporter, node: unknown, index: number, seen: Map<string, number>): KeyResult | undefined {
  if (!isMap(node)) {
    reporter.report('wrong-type', 'error', `Key result ${index + 1} should be a mapping with id and title, not ${describe(node)}.`, node as Node);
    return undefined;
  }
  warnUnknownKeys(reporter, node, keyResultKeys, 'in a key result');
  const idPair = findPair(node, 'id');
  const id = readString(reporter, idPair, 'A key result id');
  const label = id ? `key result "${truncate(id)}"` : `key result ${index + 1}`;
  let validId = id;
  if (id === undefined) {
    if (!idPair) reporter.report('missing-kr-id', 'error', `Key result ${index + 1} has no id; add one such as "kr-${index + 1}".`, node);
    validId = undefined;
  } else if (!keyResultIdPattern.test(id)) {
    reporter.report('invalid-kr-id', 'error', `Key result id "${truncate(id)}" must be lowercase letters, digits and dashes, starting with a letter or digit.`, idPair);
    validId = undefined;
  } else if (seen.has(id)) {
    reporter.report('duplicate-kr-id', 'error', `Key result id "${id}" is used twice in this file; ids must be unique.`, idPair);
    validId = undefined;
  }
  if (id !== undefined) seen.set(id, index);

  const title = readString(reporter, findPair(node, 'title'), `The title of ${label}`);
  if (!title) reporter.report('missing-title', 'error', `The ${label} has no title.`, findPair(node, 'title') ?? node);

  const status = readEnum<KeyResultStatus>(reporter, findPair(node, 'status'), keyResultStatuses, 'Key result status', 'unknown-status');
  const target = readNumber(reporter, findPair(node, 'target'), `The target of ${label}`);
  const current = readNumber(reporter, findPair(node, 'current'), `The current value of ${label}`);
  const weightPair = findPair(node, 'weight');
  let weight = readNumber(reporter, weightPair, `The weight of ${label}`);
  if (weight !== undefined && weight < 0) {
    reporter.report('bad-number', 'error', `The weight of ${label} cannot be negative.`, weightPair);
    weight = undefined;
  }
  const gradePair = findPair(node, 'grade');
  let grade = readNumber(reporter, gradePair, `The grade of ${label}`);
  if (grade !== undefined && (grade < 0 || grade > 1)) {
    reporter.report('grade-out-of-range', 'error', `The grade of ${label} is ${grade}; grades go from 0.0 to 1.0.`, gradePair);
    grade = undefined;
  }
  if (validId === undefined) return undefined;
  return {
    id: validId,
    title: title ?? '',
    status: status ?? 'todo',
    weight: weight ?? 1,
    range: reporter.rangeOf(node),
    ...(target === undefined ? {} : { target }),
    ...(current === undefined ? {} : { current }),
    ...(grade === undefined ? {} : { grade }),
  };
}

function readObjective(reporter: Reporter, map: YAMLMap, objectivePair: Pair): Objective {
  warnUnknownKeys(reporter, map, objectiveKeys, 'in the front-matter');
  const title = readString(reporter, objectivePair, 'The objective');
  if (!title) reporter.report('missing-title', 'error', 'The objective is empty; write what you want to achieve.', objectivePair);

  const quarterPair = findPair(map, 'quarter');
  let quarter = readString(reporter, quarterPair, 'The quarter');
  if (quarter !== undefined && !isQuarter(quarter)) {
    const suggestion = normaliseQuarter(quarter);
    reporter.report(
      'bad-quarter',
      'error',
      `Quarter "${truncate(quarter)}" is not in the form YYYY-Qn${suggestion ? `; did you mean ${suggestion}?` : ' (for example 2026-Q4).'}`,
      quarterPair,
    );
    quarter = undefined;
  }
  const status = readEnum<ObjectiveStatus>(reporter, findPair(map, 'status'), objectiveStatuses, 'Objective status', 'unknown-status');
  const commitment = readEnum<Commitment>(reporter, findPair(map, 'commitment'), commitments, 'Commitment', 'unknown-commitment');
  const career = readStringList(reporter, findPair(map, 'career'), 'Career areas');
  const theme = readString(reporter, findPair(map, 'theme'), 'The theme');

  const keyResults: KeyResult[] = [];
  const krPair = findPair(map, 'key_results');
  const krNode = krPair?.value;
  if (krPair && !(isScalar(krNode) && krNode.value === null)) {
    if (!isSeq(krNode)) {
      reporter.report('wrong-type', 'error', `key_results should be a list of key results, not ${describe(krNode)}.`, krPair);
    } else {
      const seen = new Map<string, number>();
      krNode.items.forEach((item, index) => {
        const keyResult = readKeyResult(reporter, item, index, seen);
        if (keyResult) keyResults.push(keyResult);
      });
    }
  }
  return {
    title: title ?? '',
    status: status ?? (quarter ? 'active' : 'backlog'),
    career,
    keyResults,
    range: reporter.rangeOf(objectivePair),
    ...(quarter === undefined ? {} : { quarter }),
    ...(theme === undefined ? {} : { theme }),
    ...(commitment === undefined ? {} : { commitment }),
  };
}

/** A front-matter that fails to parse still counts as a goal file if it looks like one. */
const objectiveLinePattern = /^objective\s*:/m;

/**
 * Reads the front-matter facts of one file. Never throws. Files without an `objective:`
 * key are not goal files and get no diagnostics; goal files get every problem found.
 * The Markdown body is not parsed here (see `parseGoalBody`): remark is the slow part.
 */
export function parseGoalFile(uri: string, version: string, text: string): GoalFile {
  const notAGoal: GoalFile = { uri, version, diagnostics: [] };
  try {
    if (text.length > maxGoalFileChars) {
      const head = text.slice(0, 4096);
      if (!head.startsWith('---') || !objectiveLinePattern.test(head)) return notAGoal;
      const diagnostic: GoalDiagnostic = {
        code: 'file-too-large',
        severity: 'error',
        message: `This goal file is larger than ${maxGoalFileChars / 1024} KiB and is not read.`,
        range: { start: 0, end: 3, line: 1, column: 1 },
      };
      return { uri, version, diagnostics: [diagnostic] };
    }
    const frontMatter = readFrontMatter(text);
    if (!frontMatter) return notAGoal;
    const reporter = new Reporter(text, frontMatter);
    const document = frontMatter.document;
    if (frontMatter.refusedLanguage !== undefined || document.errors.length > 0) {
      const looksLikeGoal = objectiveLinePattern.test(frontMatter.yamlText);
      if (!looksLikeGoal && frontMatter.refusedLanguage === undefined) return notAGoal;
      if (frontMatter.refusedLanguage !== undefined) {
        if (!/objective/.test(text.slice(0, 4096))) return notAGoal;
        reporter.reportAt('yaml-syntax', 'error', `Front-matter in "${frontMatter.refusedLanguage}" is not read; goal files use YAML.`, -3);
      }
      for (const error of document.errors) {
        reporter.reportAt('yaml-syntax', 'error', `YAML syntax error: ${error.message.split('\n')[0]}`, error.pos[0]);
      }
      return { uri, version, diagnostics: reporter.diagnostics };
    }
    const contents = document.contents;
    if (!isMap(contents)) return notAGoal;
    const objectivePair = findPair(contents, 'objective');
    if (!objectivePair) return notAGoal;
    const objective = readObjective(reporter, contents, objectivePair);
    return { uri, version, objective, diagnostics: reporter.diagnostics };
  } catch (error) {
    // Deeply nested or pathological input can exhaust the parser's stack; report, do not crash.
    const message = error instanceof Error ? error.message : String(error);
    if (!objectiveLinePattern.test(text.slice(0, 4096))) return notAGoal;
    return {
      uri,
      version,
      diagnostics: [{ code: 'yaml-syntax', severity: 'error', message: `The front-matter could not be read: ${message}`, range: { start: 0, end: 3, line: 1, column: 1 } }],
    };
  }
}
