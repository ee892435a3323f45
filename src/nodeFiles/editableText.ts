import { maxGoalFileBytes } from '../core/parse.js';
import { unsafeBytesMessage, unsafeBytesOf } from '../core/unsafeBytes.js';
import { decodeBytes, readBytesWithStat } from './nodeFileReader.js';

/**
 * The text of a goal file's bytes for an edit, or why an edit would re-encode bytes the user
 * did not touch (not UTF-8, UTF-16, CR-only line endings). Valid UTF-8 decodes and encodes
 * back to the very same bytes, so what an edit leaves alone stays byte-for-byte.
 */
export function editableText(bytes: Buffer): { readonly text: string } | { readonly refusal: string } {
  const { text, unsafe } = decodeBytes(bytes, true);
  const problem = unsafeBytesOf(text, unsafe);
  return problem ? { refusal: unsafeBytesMessage(problem) } : { text };
}

/** Reads a goal file for an edit, bounded; an Error says why it cannot be edited. */
export async function readEditableText(path: string): Promise<string> {
  const { bytes, complete } = await readBytesWithStat(path, maxGoalFileBytes);
  if (!complete) throw new Error(`it is larger than ${maxGoalFileBytes} bytes, too large to be a goal file`);
  const read = editableText(bytes);
  if ('refusal' in read) throw new Error(read.refusal);
  return read.text;
}
