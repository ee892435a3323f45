import type { CommitRecord } from './commitEvidence.js';

/**
 * What the core needs from version control: the commits that name key results, and old
 * versions of a goal file. The extension answers through VS Code's Git extension, the CLI
 * with the git executable; a workspace without git has `noGitHistory`. Hosts bound both
 * (how many commits, how large a file) and never touch the network.
 */
export interface GitHistory {
  /** Commits whose message may carry a Key-Result: trailer, newest first. */
  linkedCommits(): Promise<readonly CommitRecord[]>;
  /** The file's text in the last commit made on or before `date` (YYYY-MM-DD); undefined when there is none. */
  textAsOf(uri: string, date: string): Promise<string | undefined>;
}

export const noGitHistory: GitHistory = {
  linkedCommits: async () => [],
  textAsOf: async () => undefined,
};
