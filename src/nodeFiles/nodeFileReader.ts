import { isUtf8 } from 'node:buffer';
import { close, fstat, open, read, stat as statWithCallback, type Stats } from 'node:fs';
import { maxGoalFileBytes } from '../core/parse.js';
import type { FileReader, FileStat } from '../core/ports.js';
import { decodeUtf16, invalidUtf8, utf16ByteOrder, type UnsafeBytes } from '../core/unsafeBytes.js';
import { fileKindOf, NotARegularFileError, readFlags } from './regularFile.js';

function fileStat(info: Stats): FileStat {
  return { size: info.size, mtime: info.mtimeMs, ctime: info.ctimeMs, ino: info.ino };
}

/** The core's file port on the local disk, for the CLI and the extension host; uris are absolute paths here. */
export const nodeFileReader: FileReader = {
  // Bounded like every other read: a file past the limit is too large to be a goal anyway.
  readText: async (path: string) => (await readTextWithStat(path, maxGoalFileBytes)).text,
  // Callbacks, as in readTextWithStat: a warm start is mostly stats, and a promise stat costs more.
  stat: (path: string) =>
    new Promise<FileStat>((settle, reject) => statWithCallback(path, (error, info) => (error ? reject(error) : settle(fileStat(info))))),
  readWithStat: readTextWithStat,
};

/** The bytes of a file (at most `maxBytes`), its full stat, and whether the read reached its end. */
export interface BytesWithStat {
  readonly bytes: Buffer;
  readonly stats: Stats;
  readonly complete: boolean;
}

/**
 * Bytes (at most `maxBytes` of them) and stat from one open: open, fstat, read, close. The
 * stat is taken before reading, so a write racing the read can only make the recorded
 * version older than the text, and the next sync re-reads it. Anything but a regular file
 * (a FIFO, socket, device or folder) is refused with NotARegularFileError before a byte is
 * read, so a named pipe cannot block the read. Callbacks rather than a promise
 * `FileHandle`: on Node 20 this costs about half of `fs.promises.readFile` alone (measured
 * on 10,000 files), and indexing a workspace is mostly this.
 */
export function readBytesWithStat(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<BytesWithStat> {
  return readOnce(path, maxBytes, (bytes, stats, complete) => ({ bytes, stats, complete }));
}

/** One open, fstat, read and close, then `finish` on the bytes: one promise per file, as indexing needs. */
function readOnce<T>(path: string, maxBytes: number, finish: (bytes: Buffer, stats: Stats, complete: boolean) => T): Promise<T> {
  return new Promise((settle, reject) => {
    open(path, readFlags, (openError, fd) => {
      if (openError) return reject(openError);
      const fail = (error: Error): void => close(fd, () => reject(error));
      fstat(fd, (statError, stats) => {
        if (statError) return fail(statError);
        if (!stats.isFile()) return fail(new NotARegularFileError(path, fileKindOf(stats)));
        const buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes));
        const readFrom = (offset: number): void => {
          read(fd, buffer, offset, buffer.length - offset, offset, (readError, bytesRead) => {
            if (readError) return fail(readError);
            // A short read is legal; zero bytes means the file shrank since the fstat.
            if (bytesRead > 0 && offset + bytesRead < buffer.length) return readFrom(offset + bytesRead);
            const length = offset + bytesRead;
            close(fd, () => {
              try {
                settle(finish(buffer.subarray(0, length), stats, stats.size <= maxBytes));
              } catch (error) {
                reject(error);
              }
            });
          });
        };
        readFrom(0);
      });
    });
  });
}

/**
 * The text of file bytes, UTF-8 unless a UTF-16 byte order mark says otherwise, and what
 * makes them unsafe to write back. Node's native UTF-8 check keeps the common case as fast
 * as a plain decode; the core finds the offending byte only when there is one.
 */
export function decodeBytes(bytes: Buffer, complete: boolean): { text: string; unsafe?: UnsafeBytes } {
  const byteOrder = utf16ByteOrder(bytes);
  if (byteOrder) return decodeUtf16(bytes, byteOrder);
  const text = bytes.toString('utf8');
  // A read cut short may end inside a character: that is not a fault of the file.
  const unsafe = complete && !isUtf8(bytes) ? invalidUtf8(bytes) : undefined;
  return unsafe ? { text, unsafe } : { text };
}

/** Text (at most `maxBytes` of it), stat and byte problems from one open; see readBytesWithStat. */
export function readTextWithStat(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<{ text: string; stat: FileStat; unsafe?: UnsafeBytes }> {
  return readOnce(path, maxBytes, (bytes, stats, complete) => {
    const { text, unsafe } = decodeBytes(bytes, complete);
    const stat = fileStat(stats);
    return unsafe ? { text, stat, unsafe } : { text, stat };
  });
}
