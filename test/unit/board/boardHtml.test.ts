import { describe, expect, it } from 'vitest';
import type * as vscode from 'vscode';
import { boardHtml, newNonce } from '../../../src/board/boardHtml';

const uri = (path: string) => ({ toString: () => `https://webview.test${path}` }) as unknown as vscode.Uri;
const webview = { cspSource: 'https://webview.test', asWebviewUri: (value: vscode.Uri) => value } as unknown as vscode.Webview;
const assets = { script: uri('/board.js'), styles: uri('/board.css'), codicons: uri('/codicon.css') };

describe('the board shell', () => {
  it('makes nonces of 18 random bytes in base64url, from Web Crypto', () => {
    const nonces = Array.from({ length: 50 }, newNonce);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(new Set(nonces).size).toBe(50);
  });

  it('allows only the script carrying this render’s nonce, and a new one on every render', () => {
    const nonceOf = (html: string) => /script-src 'nonce-([^']+)'/.exec(html)?.[1];
    const first = boardHtml(webview, assets);
    const second = boardHtml(webview, assets);
    const nonce = nonceOf(first);
    expect(nonce).toBeDefined();
    expect(first).toContain(`<script type="module" nonce="${nonce}" src="https://webview.test/board.js">`);
    expect(nonceOf(second)).not.toBe(nonce);
  });
});
