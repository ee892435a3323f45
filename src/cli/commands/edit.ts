import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfidence } from '../../core/confidence.js';
import { addCheckIn } from '../../core/edits/addCheckIn.js';
import type { EditResult } from '../../core/edits/editableGoal.js';
import { clearGrade } from '../../core/edits/clearGrade.js';
import { setGrade } from '../../core/edits/setGrade.js';
import { setKeyResultStatus } from '../../core/edits/setKeyResultStatus.js';
import { keyResultStatuses, type KeyResultStatus } from '../../core/model.js';
import { applyTextEdits } from '../../core/textEdit.js';
import { displayPath, exitCodes, UsageError, type CliContext } from '../cliContext.js';

/**
 * Applies one lossless core edit to a file in place. A refused edit (bad value, unknown id,
 * broken YAML) exits 2 with the reason and leaves the file untouched.
 */
async function editFile(context: CliContext, file: string, edit: (text: string) => EditResult, done: string): Promise<number> {
  const path = resolve(context.cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read ${file}.`);
  }
  const result = edit(text);
  if (!result.ok) {
    context.err(`${displayPath(context, path)}: ${result.message} (file unchanged)`);
    return exitCodes.usage;
  }
  await writeFile(path, applyTextEdits(text, result.edits), 'utf8');
  context.out(`${displayPath(context, path)}: ${done}`);
  return exitCodes.ok;
}

function positionals(args: string[], count: number, usage: string): string[] {
  const { positionals: values } = parseArgs({ args, allowPositionals: true, options: {} });
  if (values.length !== count) throw new UsageError(`usage: growth-backlog ${usage}`);
  return values;
}

export async function gradeCommand(args: string[], context: CliContext): Promise<number> {
  const { values: flags, positionals: given } = parseArgs({ args, allowPositionals: true, options: { clear: { type: 'boolean' } } });
  if (flags.clear) {
    if (given.length !== 2) throw new UsageError('usage: growth-backlog grade <file> <kr-id> --clear');
    const [file, keyResultId] = given as [string, string];
    return editFile(context, file, (text) => clearGrade(text, { keyResultId }), `cleared the grade of ${keyResultId}`);
  }
  const [file, keyResultId, value] = positionals(given, 3, 'grade <file> <kr-id> <0..1> (or --clear)') as [string, string, string];
  const grade = Number(value);
  if (value.trim() === '' || !Number.isFinite(grade) || grade < 0 || grade > 1) throw new UsageError(`A grade is a number from 0.0 to 1.0, not "${value}".`);
  return editFile(context, file, (text) => setGrade(text, { keyResultId, grade }), `graded ${keyResultId} ${grade}`);
}

export async function moveCommand(args: string[], context: CliContext): Promise<number> {
  const [file, keyResultId, status] = positionals(args, 3, 'move <file> <kr-id> <todo|doing|done|dropped>') as [string, string, string];
  if (!(keyResultStatuses as readonly string[]).includes(status)) throw new UsageError(`A key result status is one of ${keyResultStatuses.join(', ')}, not "${status}".`);
  return editFile(context, file, (text) => setKeyResultStatus(text, { keyResultId, status: status as KeyResultStatus }), `moved ${keyResultId} to ${status}`);
}

export async function checkinCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args,
    allowPositionals: true,
    options: { progress: { type: 'string' }, next: { type: 'string' }, confidence: { type: 'string' }, date: { type: 'string' } },
  });
  if (files.length !== 1 || !values.progress) throw new UsageError('usage: growth-backlog checkin <file> --progress TEXT [--next TEXT] [--confidence 0..1|N%] [--date YYYY-MM-DD]');
  const parsed = parseConfidence(values.confidence ?? '');
  if ('error' in parsed) throw new UsageError(`--confidence: ${parsed.error}`);
  const { confidence } = parsed;
  const date = values.date ?? context.clock.today();
  return editFile(
    context,
    files[0] as string,
    (text) => addCheckIn(text, { date, progress: values.progress as string, ...(values.next ? { next: values.next } : {}), ...(confidence === undefined ? {} : { confidence }) }),
    `check-in added for ${date}`,
  );
}
