import type * as vscode from 'vscode';

export type ParsedMessage<M> = { ok: true; message: M } | { ok: false; reason: string };

/**
 * Takes one message from a webview (the board, the quarter review): it is checked by the view's
 * protocol parser before anything acts on it, and a refused message or a failing handler is
 * logged, never thrown into the webview's event loop.
 */
export async function receiveWebviewMessage<M extends { type: string }>(
  raw: unknown,
  view: { name: string; parse: (raw: unknown) => ParsedMessage<M>; handle: (message: M) => Promise<void>; log: vscode.LogOutputChannel },
): Promise<void> {
  const parsed = view.parse(raw);
  if (!parsed.ok) {
    let shown: string;
    try {
      shown = JSON.stringify(raw)?.slice(0, 200) ?? String(raw);
    } catch {
      shown = typeof raw;
    }
    view.log.warn(`Dropped a message from the ${view.name.toLowerCase()} webview (${parsed.reason}): ${shown}`);
    return;
  }
  try {
    await view.handle(parsed.message);
  } catch (error) {
    view.log.error(`${view.name} message ${parsed.message.type} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
