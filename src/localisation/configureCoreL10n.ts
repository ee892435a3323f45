import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

/**
 * src/core/ may not import `vscode`, so its texts (diagnostics, hints, score notes) go through
 * `@vscode/l10n`: give that the bundle VS Code loaded for the display language. It runs in
 * the shared activation, inside out/web/extension.js, the one copy of the library that both
 * hosts' core code calls (scripts/build.mjs). Without a bundle (English) the texts stay as written.
 */
export function configureCoreL10n(bundle: typeof vscode.l10n.bundle = vscode.l10n.bundle): void {
  if (bundle) l10n.config({ contents: bundle });
}
