import * as l10n from '@vscode/l10n';

/** What `vscode.l10n.bundle` holds: the display language's texts by their English key. */
export type L10nBundle = { readonly [key: string]: string };

/**
 * src/core/ may not import `vscode`, so its texts (diagnostics, hints, score notes, edit
 * refusals) go through `@vscode/l10n`: this gives that library the bundle VS Code loaded for
 * the display language. Called from the shared activation, inside out/web/extension.js, so
 * it configures the one copy of the library that both hosts' core code calls
 * (scripts/build.mjs). Without a bundle (English, or no translation) the texts stay as written.
 */
export function configureCoreL10n(bundle: L10nBundle | undefined): void {
  if (bundle) l10n.config({ contents: bundle });
}
