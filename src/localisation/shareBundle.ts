import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

/**
 * The editor-free modules (tree rows, lens texts, the pickers' choices, src/core) translate
 * with @vscode/l10n, so they stay unit-testable without `vscode`: it gets the bundle VS Code
 * loaded for this extension's vscode.l10n (none in English, and then every text is its key).
 */
export function shareL10nBundle(): void {
  const bundle = vscode.l10n.bundle;
  if (bundle) l10n.config({ contents: bundle });
}
