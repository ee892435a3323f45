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
 * The HTML shell of a webview (the board, the quarter review). Nothing user-written is ever
 * put in it: content arrives by postMessage and is built with textContent. The CSP allows
 * only our bundle (by a nonce that is new on every render) and styles, fonts and images from
 * the webview resource root.
 */
export function webviewHtml(webview: vscode.Webview, page: { title: string; rootId: string; script: vscode.Uri; styles: vscode.Uri; codicons: vscode.Uri }): string {
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
<link rel="stylesheet" id="vscode-codicon-stylesheet" href="${webview.asWebviewUri(page.codicons).toString()}">
<link rel="stylesheet" href="${webview.asWebviewUri(page.styles).toString()}">
<title>${page.title}</title>
</head>
<body>
<div id="${page.rootId}"></div>
<script type="module" nonce="${nonce}" src="${webview.asWebviewUri(page.script).toString()}"></script>
</body>
</html>`;
}
