import { readFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { parseCareerFramework, type CareerFramework } from '../core/careerFramework.js';
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
    text = await readFile(path, 'utf8');
  } catch {
    if (option !== undefined) throw new UsageError(`Cannot read the career framework ${option}.`);
    return undefined;
  }
  return { path, framework: parseCareerFramework(text) };
}
