import { basename, resolve, sep } from 'node:path';
import { maxFrameworkBytes, parseCareerFramework, type CareerFramework } from '../core/careerFramework.js';
import { readTextWithStat } from '../nodeFiles/nodeFileReader.js';
import { UsageError } from './cliContext.js';

export const defaultFrameworkName = 'career-framework.md';

export interface LoadedFramework {
  readonly path: string;
  readonly framework: CareerFramework;
}

/**
 * The career framework for a CLI run: `--framework`, else the shallowest career-framework.md
 * among the files found under the given paths. None is fine: then no id is unknown.
 */
export async function loadCareerFramework(option: string | undefined, cwd: string, markdownFiles: readonly string[]): Promise<LoadedFramework | undefined> {
  let path: string | undefined;
  if (option !== undefined) path = resolve(cwd, option);
  else {
    path = markdownFiles
      .filter((file) => basename(file) === defaultFrameworkName)
      .sort((a, b) => a.split(sep).length - b.split(sep).length || a.localeCompare(b))[0];
  }
  if (path === undefined) return undefined;
  let text: string;
  try {
    // Bounded like every read (a framework past the limit is refused by the parser, so more is never
    // needed), and a FIFO or device is refused at once instead of blocking the run.
    text = (await readTextWithStat(path, maxFrameworkBytes)).text;
  } catch {
    if (option !== undefined) throw new UsageError(`Cannot read the career framework ${option}.`);
    return undefined;
  }
  return { path, framework: parseCareerFramework(text) };
}
