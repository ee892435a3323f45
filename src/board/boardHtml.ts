import type * as vscode from 'vscode';

/**
 * 18 random bytes from Web Crypto, base64url: Web Crypto is the one random source both
 * extension hosts have (Node's `crypto` module is missing in the web worker host).
 */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * The board's HTML shell. Nothing user-written is ever put in it: cards arrive by
 * postMessage and are built with textContent. The CSP allows only our bundle (by a nonce
 * that is new on every render) and styles/fonts from the webview resource root.
 */
export function boardHtml(webview: vscode.Webview, assets: { script: vscode.Uri; styles: vscode.Uri; codicons: vscode.Uri }): string {
  const nonce = newNonce();
  const source = webview.cspSource;
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${source}`,
    `font-src ${source}`,
    `img-src ${source}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" id="vscode-codicon-stylesheet" href="${webview.asWebviewUri(assets.codicons).toString()}">
<link rel="stylesheet" href="${webview.asWebviewUri(assets.styles).toString()}">
<title>Growth Board</title>
</head>
<body>
<div id="board-root"></div>
<script type="module" nonce="${nonce}" src="${webview.asWebviewUri(assets.script).toString()}"></script>
</body>
</html>`;
}
