import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The extension's log ("Growth Backlog" in the Output view), created on first use. */
export function extensionLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Growth Backlog', { log: true });
  return channel;
}

export function disposeExtensionLog(): void {
  channel?.dispose();
  channel = undefined;
}
