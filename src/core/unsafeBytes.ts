// Goal files whose bytes an edit could not keep: not UTF-8, UTF-16, or lines that end in a
// lone CR. They are still read (read-only, with a diagnostic) but every edit is refused, in
// the CLI and in the editor: writing one back would re-encode bytes the user never touched
// (a Latin-1 é becomes U+FFFD, a CR becomes the editor's line ending).
import * as l10n from '@vscode/l10n';
import { hasFrontMatterFence, splitFrontMatter } from './frontMatter.js';
import type { GoalDiagnostic, GoalFile } from './model.js';
import { parseGoalFile } from './parse.js';
import { LineIndex } from './positions.js';

export type UnsafeBytes =
  /** The first byte that is not part of a valid UTF-8 sequence, and where it shows in the decoded text. */
  | { readonly kind: 'invalid-utf8'; readonly byteOffset: number; readonly byte: number; readonly textOffset: number }
  /** A UTF-16 byte order mark: the text was decoded as UTF-16. */
  | { readonly kind: 'utf16'; readonly byteOrder: 'le' | 'be' }
  /** Lines end in CR alone (classic Mac OS); read as if they ended in LF. */
  | { readonly kind: 'cr-line-endings' };

/**
 * Offset of the lead byte of the first sequence that is not valid UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF), or -1 when all of `bytes` is valid.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let continuations: number;
    // The allowed range of the second byte; later ones are always 0x80–0xBF.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuations = 1;
    else if (lead === 0xe0) [continuations, low] = [2, 0xa0];
    else if (lead === 0xed) [continuations, high] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) continuations = 2;
    else if (lead === 0xf0) [continuations, low] = [3, 0x90];
    else if (lead === 0xf4) [continuations, high] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) continuations = 3;
    else return i;
    if (i + continuations >= length) return i;
    const second = bytes[i + 1] as number;
    if (second < low || second > high) return i;
    for (let k = 2; k <= continuations; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += continuations + 1;
  }
  return -1;
}

// `ignoreBOM` keeps a UTF-8 byte order mark in the text, as Node's Buffer does: an edit must write it back.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
// The same, refusing invalid bytes: where there is no Node (the web worker host) this is the
// validity check, the native counterpart of Node's isUtf8.
const strictUtf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

/** A text decoded from a file's bytes, with what makes those bytes unsafe to write back. */
export interface DecodedText {
  readonly text: string;
  readonly unsafe?: UnsafeBytes;
}

/** UTF-16 by its byte order mark, which UTF-8 text can never start with. */
export function utf16ByteOrder(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return undefined;
}

/** Decodes a UTF-16 file (its byte order mark left out, as the editor leaves it out of the document). */
export function decodeUtf16(bytes: Uint8Array, byteOrder: 'le' | 'be'): DecodedText {
  return { text: new TextDecoder(byteOrder === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes), unsafe: { kind: 'utf16', byteOrder } };
}

/** What is wrong with UTF-8 bytes that decoded to `text` with replacement characters, if anything. */
export function invalidUtf8(bytes: Uint8Array): UnsafeBytes | undefined {
  const byteOffset = firstInvalidUtf8Byte(bytes);
  if (byteOffset === -1) return undefined;
  return { kind: 'invalid-utf8', byteOffset, byte: bytes[byteOffset] as number, textOffset: utf8.decode(bytes.subarray(0, byteOffset)).length };
}

/**
 * Decodes a file the way the index reads it, without Node (the web host's reader; the Node
 * reader's decodeBytes gives the same result): UTF-8, or UTF-16 when it starts with that byte
 * order mark. A fatal decoder says whether the bytes are UTF-8; only when they are not is the
 * offending byte looked for. `complete` is false when a bounded read stopped early: a sequence
 * cut at the end is then not a problem of the file (which is too large to be read anyway).
 */
export function decodeFileBytes(bytes: Uint8Array, complete = true): DecodedText {
  const byteOrder = utf16ByteOrder(bytes);
  if (byteOrder) return decodeUtf16(bytes, byteOrder);
  if (!complete) return { text: utf8.decode(bytes) };
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const text = utf8.decode(bytes);
    const unsafe = invalidUtf8(bytes);
    return unsafe ? { text, unsafe } : { text };
  }
}

/** True when the first line break of `text` is a CR alone: a classic Mac OS file. */
export function hasCrLineEndings(text: string): boolean {
  const cr = text.indexOf('\r');
  if (cr === -1 || text.charCodeAt(cr + 1) === 0x0a) return false;
  const lf = text.indexOf('\n');
  return lf === -1 || cr < lf;
}

/** Why a goal file's bytes cannot be edited losslessly: the bytes' problem, else its line endings. */
export function unsafeBytesOf(text: string, unsafe: UnsafeBytes | undefined): UnsafeBytes | undefined {
  return unsafe ?? (hasCrLineEndings(text) ? { kind: 'cr-line-endings' } : undefined);
}

/** The message shown for a file with unsafe bytes: what is wrong, why edits are refused, and the fix. */
export function unsafeBytesMessage(unsafe: UnsafeBytes): string {
  switch (unsafe.kind) {
    case 'invalid-utf8':
      return l10n.t(
        'Byte {0} (0x{1}) is not valid UTF-8, and goal files are UTF-8 text. The file is read, but edits are refused so that no byte of it is re-encoded: convert it to UTF-8 to edit it (in VS Code: Reopen with Encoding, then Save with Encoding, UTF-8).',
        unsafe.byteOffset,
        unsafe.byte.toString(16).padStart(2, '0'),
      );
    case 'utf16':
      return unsafe.byteOrder === 'le'
        ? l10n.t('This file is saved as UTF-16 (little-endian, with a byte order mark), and goal files are UTF-8 text. The file is read, but edits are refused so that no byte of it is re-encoded: save it as UTF-8 to edit it (in VS Code: Save with Encoding, UTF-8).')
        : l10n.t('This file is saved as UTF-16 (big-endian, with a byte order mark), and goal files are UTF-8 text. The file is read, but edits are refused so that no byte of it is re-encoded: save it as UTF-8 to edit it (in VS Code: Save with Encoding, UTF-8).');
    case 'cr-line-endings':
      return l10n.t('Lines in this file end in a CR alone (classic Mac OS). The file is read, but edits are refused because writing it back would change its line endings: change the line endings to LF or CRLF to edit it.');
  }
}

const goalHead = /^objective\s*:/m;

/**
 * Parses a file's text into the index's entry, with the `not-utf8` or `cr-line-endings`
 * diagnostic when its bytes are unsafe to write back (`unsafe` comes from the reader, which
 * saw the bytes). A CR-only file is read with its CRs as line breaks (same offsets). When
 * an invalid byte sits in the front-matter, the objective is not taken from it: only the
 * diagnostic is kept, so nothing garbled is shown as the user's goal.
 */
export function parseGoalText(uri: string, version: string, text: string, unsafe?: UnsafeBytes): GoalFile {
  const crLineEndings = hasCrLineEndings(text);
  const readable = crLineEndings ? text.replace(/\r/g, '\n') : text;
  const file: GoalFile = hasFrontMatterFence(readable) ? parseGoalFile(uri, version, readable) : { uri, version, diagnostics: [] };
  const problem = unsafe ?? (crLineEndings ? ({ kind: 'cr-line-endings' } as const) : undefined);
  if (!problem) return file;
  // Plain Markdown in another encoding is not a goal file, and not ours to report.
  if (!file.objective && file.diagnostics.length === 0 && !(hasFrontMatterFence(readable) && goalHead.test(readable.slice(0, 4096)))) return file;
  const offset = problem.kind === 'invalid-utf8' ? Math.min(problem.textOffset, readable.length) : 0;
  const diagnostic: GoalDiagnostic = {
    code: problem.kind === 'cr-line-endings' ? 'cr-line-endings' : 'not-utf8',
    severity: problem.kind === 'cr-line-endings' ? 'warning' : 'error',
    message: unsafeBytesMessage(problem),
    range: new LineIndex(readable, offset).range(offset, Math.min(offset + 1, readable.length)),
  };
  const inFrontMatter = problem.kind === 'invalid-utf8' && file.objective !== undefined && offset < (splitFrontMatter(readable)?.bodyStart ?? 0);
  if (inFrontMatter) return { uri, version, diagnostics: [diagnostic], unsafeBytes: problem };
  return { ...file, diagnostics: [diagnostic, ...file.diagnostics], unsafeBytes: problem };
}
