import * as vscode from 'vscode';
import type { SourceRange } from '../core/model.js';

/**
 * A core range as an editor range. With the document open (and indexed at this version) the
 * offsets are exact; for a closed file only the start line and column are known, so the range
 * runs that many characters along the start line, which is what the Problems panel shows.
 */
export function toRange(range: SourceRange, document: vscode.TextDocument | undefined, options: { firstLineOnly?: boolean } = {}): vscode.Range {
  if (document) {
    const start = document.positionAt(range.start);
    const end = options.firstLineOnly ? document.lineAt(start.line).range.end : document.positionAt(range.end);
    return new vscode.Range(start, end.isBefore(start) ? start : end);
  }
  const start = new vscode.Position(Math.max(range.line - 1, 0), Math.max(range.column - 1, 0));
  return new vscode.Range(start, start.translate(0, Math.max(range.end - range.start, 1)));
}
