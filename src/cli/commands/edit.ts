import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfidence } from '../../core/confidence.js';
import { addCheckIn } from '../../core/edits/addCheckIn.js';
import type { EditResult } from '../../core/edits/editableGoal.js';
import { clearGrade } from '../../core/edits/clearGrade.js';
import { setGrade } from '../../core/edits/setGrade.js';
import { setKeyResultStatus } from '../../core/edits/setKeyResultStatus.js';
import { decimalSource, hasAtMostTwoDecimals } from '../../core/edits/yamlSource.js';
import { keyResultStatuses, type KeyResultStatus } from '../../core/model.js';
import { maxGoalFileBytes } from '../../core/parse.js';
import { applyTextEdits } from '../../core/textEdit.js';
import { FileUpdateError, updateFileAtomically, type FileUpdateResult } from '../../nodeFiles/atomicWrite.js';
import { editableText } from '../../nodeFiles/editableText.js';
import { displayPath, exitCodes, UsageError, type CliContext } from '../cliContext.js';
import { terminalLine } from '../terminalText.js';

/**
 * Applies one lossless core edit to a file, atomically (see updateFileAtomically). A refused
 * edit (bad value, unknown id, broken YAML, bytes that are not UTF-8) or a failed write (full
 * disk, no permission, a FIFO) exits 2 with the reason and leaves the file untouched; success
 * is reported only for an edit that is in the file.
 */
async function editFile(context: CliContext, file: string, edit: (text: string) => EditResult, done: string): Promise<number> {
  const path = resolve(context.cwd, file);
  const shown = terminalLine(displayPath(context, path));
  let refusal: string | undefined;
  let result: FileUpdateResult;
  try {
    result = await updateFileAtomically(
      path,
      (bytes) => {
        // Runs again if the file changed before the rename: the last run's answer is the one that counts.
        const read = editableText(bytes);
        const outcome: EditResult = 'refusal' in read ? { ok: false, code: 'not-editable', message: read.refusal } : edit(read.text);
        refusal = outcome.ok ? undefined : outcome.message;
        return outcome.ok && 'text' in read ? Buffer.from(applyTextEdits(read.text, outcome.edits), 'utf8') : undefined;
      },
      { maxBytes: maxGoalFileBytes },
    );
  } catch (error) {
    if (!(error instanceof FileUpdateError)) throw error;
    context.err(terminalLine(`${shown}: ${error.message} (file unchanged)`));
    return exitCodes.usage;
  }
  if (refusal !== undefined) {
    context.err(terminalLine(`${shown}: ${refusal} (file unchanged)`));
    return exitCodes.usage;
  }
  if (result.hardLinks > 1) context.err(`${shown}: note: this file has ${result.hardLinks} names (hard links); the others still show the old text`);
  context.out(terminalLine(`${shown}: ${done}`));
  return exitCodes.ok;
}

/** Goal files keep two decimals (decimalSource): a finer value is refused rather than written rounded. */
function refuseRounding(what: string, typed: string, value: number): void {
  if (hasAtMostTwoDecimals(value)) return;
  throw new UsageError(`${what} has at most two decimals in a goal file; ${typed} would be written as ${decimalSource(value)}. Give ${decimalSource(value)} if that is what you mean.`);
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
  refuseRounding('A grade', value, grade);
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
  if (confidence !== undefined) refuseRounding('--confidence', values.confidence as string, confidence);
  const date = values.date ?? context.clock.today();
  return editFile(
    context,
    files[0] as string,
    (text) => addCheckIn(text, { date, progress: values.progress as string, ...(values.next ? { next: values.next } : {}), ...(confidence === undefined ? {} : { confidence }) }),
    `check-in added for ${date}`,
  );
}
