import * as vscode from 'vscode';
import { isHintCode } from '../core/hints/hintCodes.js';
import type { ReviewHint } from '../core/quarterReview.js';
import { diagnosticSource } from '../diagnostics/goalDiagnosticsPublisher.js';

/**
 * The coaching hints the Problems panel shows for a goal file, so the exported review talks
 * about the same ones (the hint settings already applied); `report --format md` gets its own
 * from the same core rules.
 */
export function problemsPanelHints(uri: string): ReviewHint[] {
  return vscode.languages
    .getDiagnostics(vscode.Uri.parse(uri))
    .flatMap((diagnostic) => {
      const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
      return diagnostic.source === diagnosticSource && isHintCode(code) ? [{ code, message: diagnostic.message }] : [];
    });
}
