import { parseGoalBody } from '../core/body.js';
import { GoalIndex, syncIndex } from '../core/goalIndex.js';
import type { GoalFile } from '../core/model.js';
import { nodeFileReader } from '../nodeFiles/nodeFileReader.js';
import { findMarkdownFiles } from './findMarkdownFiles.js';

/** localeCompare's order at a fraction of its cost: one collator, not one per comparison. */
const byPath = new Intl.Collator();

/**
 * Indexes the given paths (or the Markdown files already found under them): goal files and
 * the files that look like one, each with its body facts, by path.
 */
export async function indexGoalFiles(paths: readonly string[], cwd: string, markdownFiles?: readonly string[]): Promise<GoalFile[]> {
  const index = new GoalIndex(parseGoalBody);
  await syncIndex(index, nodeFileReader, markdownFiles ?? (await findMarkdownFiles(paths, cwd)));
  return index.goalFiles().sort((a, b) => byPath.compare(a.uri, b.uri));
}
