// The only things the core needs from its host. The VS Code extension implements them with
// `workspace.fs`, the CLI with `node:fs`, and tests with in-memory fakes.
import type { UnsafeBytes } from './unsafeBytes.js';

/** What a stat tells about a file; with the change time and inode where the host has them (see diskStamp). */
export interface FileStat {
  readonly size: number;
  readonly mtime: number;
  /** Change time (Node's ctimeMs); `workspace.fs` offers its own ctime. */
  readonly ctime?: number;
  readonly ino?: number;
}

export interface FileReader {
  readText(uri: string): Promise<string>;
  stat(uri: string): Promise<FileStat>;
  /**
   * Text (its first `maxBytes` bytes at most) and stat of one file from a single open, when
   * the host can: a cold index then costs one round trip per file instead of two, and a huge
   * file costs a bounded read. `unsafe` says when the bytes are not UTF-8 (decodeFileBytes).
   */
  readWithStat?(uri: string, maxBytes: number): Promise<{ text: string; stat: FileStat; unsafe?: UnsafeBytes }>;
  /**
   * The text and what makes its bytes unsafe to write back, for a reader without
   * readWithStat that sees the bytes; called (by statThenRead) once a stat has shown the
   * file within the size limit.
   */
  readDecoded?(uri: string): Promise<{ text: string; unsafe?: UnsafeBytes }>;
}

export interface Clock {
  /** Today's date in the user's calendar, as YYYY-MM-DD. */
  today(): string;
}
