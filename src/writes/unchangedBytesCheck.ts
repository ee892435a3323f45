import * as vscode from 'vscode';
import { maxGoalFileBytes } from '../core/parse.js';
import { decodeFileBytes, unsafeBytesMessage, unsafeBytesOf, type DecodedText } from '../core/unsafeBytes.js';

/** The encodings in which VS Code writes a goal file's text back as the same UTF-8 bytes. */
const utf8Encodings = new Set(['utf8', 'utf8bom']);

/**
 * Why saving an edit of `document` would change bytes of the file the user did not touch,
 * or undefined when it would not. VS Code saves the whole document in its own encoding and
 * with one line ending: a file that is not UTF-8 (its invalid bytes were decoded to U+FFFD),
 * one opened in another encoding, or one with mixed or CR-only line endings (normalised when
 * it was opened) would be rewritten far beyond the edit. Such a file is read-only to us.
 */
export async function whyEditWouldChangeOtherBytes(document: vscode.TextDocument): Promise<string | undefined> {
  if (!utf8Encodings.has(document.encoding)) {
    return vscode.l10n.t('VS Code has this file open as {0}, and goal files are UTF-8: saving the edit would re-encode the whole file. Save it with the UTF-8 encoding first.', document.encoding);
  }
  const read = await bytesOnDisk(document.uri).catch(() => undefined);
  // Not on disk (yet), or too large to be a goal file: the edit itself says no to the latter.
  if (!read) return undefined;
  const unsafe = unsafeBytesOf(read.text, read.unsafe);
  if (unsafe) return unsafeBytesMessage(unsafe);
  // A document with unsaved changes is not saved by us; its text cannot be compared with the disk.
  if (document.isDirty) return undefined;
  // The editor keeps a UTF-8 byte order mark out of the document and writes it back on save.
  const onDisk = read.text.startsWith('\uFEFF') ? read.text.slice(1) : read.text;
  const inEditor = document.getText();
  if (inEditor === onDisk) return undefined;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  if (onDisk.replace(/\r\n|\r|\n/g, eol) === inEditor) {
    return vscode.l10n.t('This file mixes line endings (CRLF and LF, or a lone CR), and VS Code would save every line with the same one: the edit would rewrite lines you did not touch. Make the line endings uniform (the CRLF/LF selector in the status bar), save, and try again.');
  }
  return vscode.l10n.t('The file on disk is not the text shown in the editor (it may have changed a moment ago); try again.');
}

/**
 * The file's bytes as the index reads them, through `workspace.fs` (one file, in either
 * extension host); undefined when the file is over the size limit.
 */
async function bytesOnDisk(uri: vscode.Uri): Promise<DecodedText | undefined> {
  if ((await vscode.workspace.fs.stat(uri)).size > maxGoalFileBytes) return undefined;
  const bytes = await vscode.workspace.fs.readFile(uri);
  return bytes.length > maxGoalFileBytes ? undefined : decodeFileBytes(bytes);
}
