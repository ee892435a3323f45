// The webview's side of the channel to the extension host, typed by the shared protocol.

import type { BoardViewState, HostMessage, WebviewMessage } from '../../src/protocol/boardProtocol.js';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const hostMessageTypes = new Set<HostMessage['type']>(['init', 'patch', 'editResult', 'revealObjective', 'today', 'reminderDays']);

export class HostConnection {
  private readonly api = acquireVsCodeApi();

  post(message: WebviewMessage): void {
    this.api.postMessage(message);
  }

  /** Listens for the host's messages, then says `ready`: the host posts nothing before that. */
  listen(onMessage: (message: HostMessage) => void): void {
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: unknown } | null;
      if (typeof data === 'object' && data !== null && hostMessageTypes.has(data.type as HostMessage['type'])) onMessage(data as HostMessage);
    });
    this.post({ type: 'ready' });
  }

  viewState(): Partial<BoardViewState> {
    const state = this.api.getState();
    return typeof state === 'object' && state !== null ? (state as Partial<BoardViewState>) : {};
  }

  saveViewState(state: BoardViewState): void {
    this.api.setState(state);
  }
}
