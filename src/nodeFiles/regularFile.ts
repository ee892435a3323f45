import { constants, type Stats } from 'node:fs';

/**
 * Flags for opening a file to read it. O_NONBLOCK: opening a FIFO (a named pipe called
 * goal.md) would otherwise wait for a writer forever; with it the open returns at once and
 * fstat shows what the path really is. It changes nothing for regular files. O_NOCTTY: a
 * terminal device never becomes the process's controlling terminal.
 */
export const readFlags = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/** What a path is, in the words of a message. */
export function fileKindOf(stats: Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string {
  if (stats.isFile()) return 'a regular file';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** A path that is a FIFO, socket, device or folder where a goal file was expected: it is never read. */
export class NotARegularFileError extends Error {
  readonly code = 'ENOTREGULAR';

  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path} is ${kind}, not a regular file`);
  }
}
