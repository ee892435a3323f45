// The new goal file that continues a carried objective in the next quarter. The old file
// keeps its record (grades, statuses, check-ins, review); the new one starts clean with the
// key results that were not finished: no grades, status todo, and where a KR measured
// something, its old `current` as the new `baseline`.

import { numberSource, stringSource } from '../edits/yamlSource.js';
import type { KeyResult, Objective, TaskItem } from '../model.js';
import { parseGoalFile } from '../parse.js';

export interface ContinuationArgs {
  readonly objective: Objective;
  /** The quarter the new file is for. */
  readonly quarter: string;
  /** The quarter the objective is carried from, for the note at the top of the body. */
  readonly from: string;
  /** `carried_from:`: the old file's path relative to the new one's folder. */
  readonly carriedFrom: string;
  /** Next steps of the old file that are still open. */
  readonly openTasks: readonly TaskItem[];
  /** The old file's line ending. */
  readonly eol: string;
}

/** Key results that go on: neither done nor dropped. */
export function unfinishedKeyResults(objective: Objective): KeyResult[] {
  return objective.keyResults.filter((keyResult) => keyResult.status === 'todo' || keyResult.status === 'doing');
}

/** Where a carried KR starts again: its last `current`, or its old baseline if it never moved. */
function newBaseline(keyResult: KeyResult): number | undefined {
  if (keyResult.target === undefined) return undefined;
  return keyResult.current ?? keyResult.baseline;
}

function keyResultLines(keyResult: KeyResult): string[] {
  const lines = [`  - id: ${stringSource(keyResult.id)}`, `    title: ${stringSource(keyResult.title)}`, '    status: todo'];
  const baseline = newBaseline(keyResult);
  if (keyResult.target !== undefined) lines.push(`    target: ${numberSource(keyResult.target)}`);
  if (baseline !== undefined) lines.push(`    baseline: ${numberSource(baseline)}`, `    current: ${numberSource(baseline)}`);
  if (keyResult.unit !== undefined) lines.push(`    unit: ${stringSource(keyResult.unit)}`);
  if (keyResult.weight !== 1) lines.push(`    weight: ${numberSource(keyResult.weight)}`);
  return lines;
}

/** Link text and target for the body's note; the target in `<…>` so spaces need no escaping. */
function link(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/[[\]\\]/g, '\\$&');
  return `[${name}](<${path.replace(/[<>]/g, encodeURIComponent)}>)`;
}

/** One line of Markdown for a task: its text without line breaks. */
function taskLine(task: TaskItem): string {
  return `- [ ] ${task.text.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

/** The text of the continuation file. */
export function continuationText(args: ContinuationArgs): string {
  const { objective } = args;
  const frontMatter = ['---', `objective: ${stringSource(objective.title)}`, `quarter: ${args.quarter}`, 'status: active', `carried_from: ${stringSource(args.carriedFrom)}`];
  if (objective.career.length > 0) frontMatter.push(`career: [${objective.career.map((career) => stringSource(career, { inFlow: true })).join(', ')}]`);
  if (objective.theme !== undefined) frontMatter.push(`theme: ${stringSource(objective.theme)}`);
  if (objective.commitment !== undefined) frontMatter.push(`commitment: ${objective.commitment}`);
  const keyResults = unfinishedKeyResults(objective);
  if (keyResults.length === 0) frontMatter.push('key_results: []');
  else frontMatter.push('key_results:', ...keyResults.flatMap(keyResultLines));
  frontMatter.push('---');
  const body = [`Carried over from ${args.from} (${link(args.carriedFrom)}), with the key results that were not finished there.`, ''];
  if (args.openTasks.length > 0) body.push(...args.openTasks.map(taskLine), '');
  body.push('## Check-ins', '');
  return [...frontMatter, ...body].join(args.eol);
}

/**
 * Checks that the continuation reads back as meant: the same objective and key results,
 * the new quarter, no grades, no diagnostics. A title or id that YAML would read
 * differently is caught here instead of writing a file that says something else.
 */
export function continuationReadsBack(text: string, args: ContinuationArgs): boolean {
  const file = parseGoalFile('continuation', '1', text);
  const read = file.objective;
  if (!read || file.diagnostics.length > 0) return false;
  const expected = unfinishedKeyResults(args.objective);
  return (
    read.title === args.objective.title &&
    read.quarter === args.quarter &&
    read.status === 'active' &&
    read.carriedFrom === args.carriedFrom &&
    read.career.join('\n') === args.objective.career.join('\n') &&
    read.theme === args.objective.theme &&
    read.keyResults.length === expected.length &&
    read.keyResults.every((keyResult, i) => {
      const old = expected[i] as KeyResult;
      return (
        keyResult.id === old.id &&
        keyResult.title === old.title &&
        keyResult.status === 'todo' &&
        keyResult.grade === undefined &&
        keyResult.target === old.target &&
        keyResult.baseline === newBaseline(old) &&
        keyResult.unit === old.unit &&
        keyResult.weight === old.weight
      );
    })
  );
}
