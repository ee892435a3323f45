import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseGoalBody } from '../core/body.js';
import type { ParsedBody } from '../core/bodyFacts.js';
import { diskStamp } from '../core/fileVersion.js';
import { forEachLimited, GoalIndex } from '../core/goalIndex.js';
import type { GoalFile } from '../core/model.js';
import { maxGoalFileBytes } from '../core/parse.js';
import { readGoalBody } from '../core/readBody.js';
import { readTextWithStat } from '../nodeFiles/nodeFileReader.js';
import { fileKindOf, NotARegularFileError } from '../nodeFiles/regularFile.js';
import { displayPath, type CliContext } from './cliContext.js';
import { findMarkdownFiles } from './findMarkdownFiles.js';
import { terminalLine } from './terminalText.js';

/** localeCompare's order at a fraction of its cost: one collator, not one per comparison. */
const byPath = new Intl.Collator();

/** A file that could not be read. Skipped with a message; an error when the user named it. */
export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
  readonly named: boolean;
}

/** The Markdown files under the CLI's paths, and the folders that could not be listed. */
export interface MarkdownListing {
  readonly files: readonly string[];
  readonly skipped: readonly SkippedFile[];
}

/**
 * Lists the Markdown files under `paths` once, for the index and for whatever else a command
 * looks for among them (the career framework). A folder that cannot be listed is skipped.
 */
export async function listMarkdownFiles(paths: readonly string[], cwd: string): Promise<MarkdownListing> {
  const named = new Set(paths.map((path) => resolve(cwd, path)));
  const skipped: SkippedFile[] = [];
  const files = await findMarkdownFiles(paths, cwd, (path, reason) => skipped.push({ path, reason, named: named.has(path) }));
  return { files, skipped };
}

export interface IndexedFiles {
  /** Goal files (and broken ones, which carry diagnostics) with the index's body summary, by path. */
  readonly goals: GoalFile[];
  /** Every check-in and the review's text, by path: only when asked for (`fullBodies`). */
  readonly bodies: ReadonlyMap<string, ParsedBody>;
  readonly skipped: SkippedFile[];
}

export interface IndexOptions {
  /** The commands that show every check-in or the review's text (report, prep) ask for whole bodies. */
  readonly fullBodies?: boolean;
}

/**
 * Indexes the Markdown files under `paths`, each read once with a bounded read (a file larger
 * than the limit costs at most that many bytes, and gets `file-too-large`). A file that cannot
 * be read (gone since it was listed, turned into a folder, a FIFO, no permission) is skipped
 * and the others are still read.
 */
export async function indexGoalFiles(paths: readonly string[], cwd: string, listing?: MarkdownListing, options: IndexOptions = {}): Promise<IndexedFiles> {
  const named = new Set(paths.map((path) => resolve(cwd, path)));
  const { files, skipped: unlisted } = listing ?? (await listMarkdownFiles(paths, cwd));
  const skipped = [...unlisted];
  const index = new GoalIndex(parseGoalBody);
  const bodies = new Map<string, ParsedBody>();
  await forEachLimited(files, 32, async (path) => {
    try {
      const { text, stat: fileStat, unsafe } = await readTextWithStat(path, maxGoalFileBytes);
      const file = index.update(path, text, diskStamp(fileStat), unsafe);
      // Only a goal file's body: one over the size limit has no objective.
      if (options.fullBodies && file.objective) bodies.set(path, readGoalBody(text, parseGoalBody));
    } catch (error) {
      skipped.push({ path, reason: await whyUnreadable(path, error), named: named.has(path) });
    }
  });
  const goals = index.goalFiles().sort((a, b) => byPath.compare(a.uri, b.uri));
  return { goals, bodies, skipped: skipped.sort((a, b) => byPath.compare(a.path, b.path)) };
}

async function whyUnreadable(path: string, error: unknown): Promise<string> {
  if (error instanceof NotARegularFileError) return `it is ${error.kind}, not a regular file`;
  // Sockets refuse the open (ENXIO); say what the path is rather than the error code.
  const info = await stat(path).catch(() => undefined);
  if (info && !info.isFile()) return `it is ${fileKindOf(info)}, not a regular file`;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'it was removed before it could be read';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `it could not be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/**
 * Tells the user about every skipped file, on stderr. Returns true when one of them was
 * named on the command line: that is an error (exit 1), where a file met in a folder is not.
 */
export function reportSkipped(context: CliContext, skipped: readonly SkippedFile[]): boolean {
  for (const file of skipped) {
    const shown = terminalLine(displayPath(context, file.path));
    context.err(file.named ? `${shown}: error: cannot read it: ${file.reason}` : `${shown}: skipped: ${file.reason}`);
  }
  return skipped.some((file) => file.named);
}
