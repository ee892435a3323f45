import { readFile } from 'node:fs/promises';
import { GoalIndex, syncIndex } from '../core/goalIndex.js';
import { parseGoalBody, type ParsedBody } from '../core/body.js';
import type { GoalFile } from '../core/model.js';
import { nodeFileReader } from '../nodeFiles/nodeFileReader.js';
import { findMarkdownFiles } from './findMarkdownFiles.js';

export interface IndexedGoal {
  readonly file: GoalFile;
  readonly body: ParsedBody;
  readonly text: string;
}

/** Indexes the given paths and parses the bodies of goal files (the CLI needs all facts). */
export async function indexGoalFiles(paths: readonly string[], cwd: string, markdownFiles?: readonly string[]): Promise<IndexedGoal[]> {
  const index = new GoalIndex(parseGoalBody);
  await syncIndex(index, nodeFileReader, markdownFiles ?? (await findMarkdownFiles(paths, cwd)));
  const goals: IndexedGoal[] = [];
  for (const file of index.goalFiles().sort((a, b) => a.uri.localeCompare(b.uri))) {
    const text = await readFile(file.uri, 'utf8');
    goals.push({ file, body: index.body(file.uri, file.version, text), text });
  }
  return goals;
}
