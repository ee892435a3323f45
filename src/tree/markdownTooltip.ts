import * as vscode from 'vscode';

/**
 * A hover from Markdown built by the row models: theme icons on, HTML and command links off,
 * because the text includes the user's own goal titles (escaped, but defence in depth).
 */
export function markdownTooltip(markdown: string): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(markdown, true);
  tooltip.supportHtml = false;
  tooltip.isTrusted = false;
  return tooltip;
}
