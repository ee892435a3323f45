import { execFile } from 'node:child_process';
import { dirname, relative, sep } from 'node:path';
import type { CommitRecord } from '../core/commitEvidence.js';
import type { GitHistory } from '../core/gitHistory.js';
import { maxGoalFileBytes } from '../core/parse.js';

/** Enough for years of commits; git is stopped past it rather than filling memory. */
const maxLogBytes = 64 * 1024 * 1024;
const maxCommits = 5000;
const timeoutMs = 20_000;

/**
 * Runs git without a shell, a pager, prompts or optional locks, so reading history never
 * waits for input, never writes to the repository and never reaches the network.
 */
function git(cwd: string, args: readonly string[], maxBuffer: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['--no-pager', '-c', 'core.fsmonitor=false', '-c', 'core.quotePath=off', ...args],
      { cwd, maxBuffer, timeout: timeoutMs, encoding: 'utf8', windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => resolve(error ? undefined : stdout),
    );
  });
}

/**
 * The CLI's view of git: the repositories that hold the given goal files, read with the
 * git executable. Files outside any repository (or no git installed) simply have no history.
 */
export class GitCli implements GitHistory {
  private readonly roots = new Map<string, Promise<string | undefined>>();

  constructor(private readonly goalFiles: readonly string[]) {}

  private root(file: string): Promise<string | undefined> {
    const folder = dirname(file);
    let root = this.roots.get(folder);
    if (!root) {
      root = git(folder, ['rev-parse', '--show-toplevel'], 64 * 1024).then((out) => out?.trim() || undefined);
      this.roots.set(folder, root);
    }
    return root;
  }

  async linkedCommits(): Promise<readonly CommitRecord[]> {
    const roots = new Set<string>();
    for (const file of this.goalFiles) {
      const root = await this.root(file);
      if (root) roots.add(root);
    }
    const commits: CommitRecord[] = [];
    for (const root of roots) {
      const out = await git(
        root,
        ['log', '-z', `--max-count=${maxCommits}`, '--regexp-ignore-case', '--grep=key-result', '--date=short', '--format=%H%x1f%ad%x1f%B'],
        maxLogBytes,
      );
      for (const entry of (out ?? '').split('\0')) {
        const [hash, date, message] = entry.replace(/^\n/, '').split('\x1f');
        if (hash && date && message !== undefined && /^[0-9a-f]{7,64}$/.test(hash)) commits.push({ hash, date, message, repository: root });
      }
    }
    return commits;
  }

  async textAsOf(file: string, date: string): Promise<string | undefined> {
    const root = await this.root(file);
    if (!root || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
    const path = relative(root, file).split(sep).join('/');
    const hash = (await git(root, ['log', '-1', '--format=%H', `--before=${date}T23:59:59`, '--', path], 64 * 1024))?.trim();
    if (!hash || !/^[0-9a-f]{7,64}$/.test(hash)) return undefined;
    return git(root, ['cat-file', 'blob', `${hash}:${path}`], maxGoalFileBytes + 1);
  }
}
