// The only things the core needs from its host. The VS Code extension implements them with
// `workspace.fs`, the CLI with `node:fs`, and tests with in-memory fakes.

/** Size and modification time: enough to decide whether a cached parse is still valid. */
export interface FileStat {
  readonly size: number;
  readonly mtime: number;
}

export interface FileReader {
  readText(uri: string): Promise<string>;
  stat(uri: string): Promise<FileStat>;
  /**
   * Text and stat of one file from a single open, when the host can: a cold index then
   * costs one file-system round trip per file instead of two.
   */
  readWithStat?(uri: string): Promise<{ text: string; stat: FileStat }>;
}

export interface Clock {
  /** Today's date in the user's calendar, as YYYY-MM-DD. */
  today(): string;
}
