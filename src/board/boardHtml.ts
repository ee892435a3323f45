import * as l10n from '@vscode/l10n';
import type * as vscode from 'vscode';
import { webviewHtml } from '../webviewHtml.js';

/** The board's HTML shell: the shared webview shell with the board's bundle. */
export function boardHtml(webview: vscode.Webview, assets: { script: vscode.Uri; styles: vscode.Uri; codicons: vscode.Uri }): string {
  return webviewHtml(webview, { title: l10n.t('Growth Board'), rootId: 'board-root', ...assets });
}
