// Work linked to key results: a commit names the key result it serves with a trailer in
// the last paragraph of its message, as git's own trailers do (Signed-off-by:, Co-authored-by:):
//
//   Retry webhooks with jitter
//
//   Key-Result: own-webhook-delivery/alerting
//
// The value is the goal file's name without `.md`, a slash and the key result's id. Folders
// may be put in front of the name to tell two files of the same name apart
// (`2026-Q4/own-webhook-delivery/alerting`). Several trailers name several key results.

import { keyResultIdPattern } from './model.js';

/** The trailer's key; matched without regard to case, as git does. */
export const keyResultTrailer = 'Key-Result';

export interface KeyResultReference {
  /** The goal file's name without `.md`, with any folders written before it (`2026-Q4/talks`). */
  readonly name: string;
  readonly keyResultId: string;
}

const trailerLine = /^key-result[ \t]*:[ \t]*(\S.*?)[ \t]*$/i;
/** Any `Token: value` line: a trailer paragraph may mix ours with git's own. */
const anyTrailer = /^[A-Za-z0-9][A-Za-z0-9-]*[ \t]*:[ \t]*\S/;

/** A reference written after `Key-Result:`; undefined when it is not `name/kr-id`. */
export function parseKeyResultReference(value: string): KeyResultReference | undefined {
  const text = value.trim().replace(/\.md(?=\/[^/]*$)/i, '');
  const slash = text.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const name = text.slice(0, slash).replace(/^\.?\/+/, '');
  const keyResultId = text.slice(slash + 1);
  if (name === '' || !keyResultIdPattern.test(keyResultId) || /[\s\\]/.test(name)) return undefined;
  return { name, keyResultId };
}

/**
 * The key results a commit message names. Only the last paragraph counts (and never the
 * subject line), and only when every line of it is a trailer, so a message that merely
 * talks about `Key-Result:` in its body links nothing.
 */
export function keyResultTrailers(message: string): KeyResultReference[] {
  const paragraphs = message
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !paragraph.split('\n').every((line) => line.startsWith('#')));
  if (paragraphs.length < 2) return [];
  const lines = (paragraphs.at(-1) ?? '').split('\n').filter((line) => !line.startsWith('#'));
  if (!lines.every((line) => anyTrailer.test(line) || /^[ \t]+\S/.test(line))) return [];
  const references: KeyResultReference[] = [];
  for (const line of lines) {
    const value = trailerLine.exec(line)?.[1];
    const reference = value === undefined ? undefined : parseKeyResultReference(value);
    if (reference && !references.some((known) => known.name === reference.name && known.keyResultId === reference.keyResultId)) references.push(reference);
  }
  return references;
}

/** The trailer line that names a key result of a goal file: what "Link Commit to Key Result…" writes. */
export function keyResultTrailerLine(fileName: string, keyResultId: string): string {
  return `${keyResultTrailer}: ${fileName}/${keyResultId}`;
}

/**
 * Adds the trailer for a key result to a commit message being written: into its trailer
 * paragraph when it ends with one, else as a new last paragraph. A message that already
 * names the key result is returned unchanged.
 */
export function withKeyResultTrailer(message: string, reference: KeyResultReference): string {
  if (keyResultTrailers(message).some((known) => known.name === reference.name && known.keyResultId === reference.keyResultId)) return message;
  const line = keyResultTrailerLine(reference.name, reference.keyResultId);
  const trimmed = message.replace(/\s+$/, '');
  if (trimmed === '') return `\n\n${line}`;
  const lastBreak = trimmed.lastIndexOf('\n\n');
  const lastParagraph = lastBreak === -1 ? '' : trimmed.slice(lastBreak + 2);
  const endsWithTrailers = lastParagraph !== '' && lastParagraph.split('\n').every((text) => anyTrailer.test(text));
  return endsWithTrailers ? `${trimmed}\n${line}` : `${trimmed}\n\n${line}`;
}
