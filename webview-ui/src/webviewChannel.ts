// A webview's side of the channel to the extension host, typed by that view's protocol
// (the board's or the quarter review's): messages out, messages in, and the state VS Code
// keeps for the view across reloads.

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export class WebviewChannel<Incoming extends { readonly type: string }, Outgoing extends { readonly type: string }, State extends object> {
  private readonly api = acquireVsCodeApi();

  /** @param incomingTypes the message types the host sends; anything else (another frame's noise) is ignored. */
  constructor(private readonly incomingTypes: ReadonlySet<Incoming['type']>) {}

  post(message: Outgoing): void {
    this.api.postMessage(message);
  }

  /** Listens for the host's messages, then says `ready`: the host posts nothing before that. */
  listen(onMessage: (message: Incoming) => void, ready: Outgoing): void {
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: unknown } | null;
      if (typeof data === 'object' && data !== null && this.incomingTypes.has(data.type as Incoming['type'])) onMessage(data as Incoming);
    });
    this.post(ready);
  }

  viewState(): Partial<State> {
    const state = this.api.getState();
    return typeof state === 'object' && state !== null ? (state as Partial<State>) : {};
  }

  saveViewState(state: State): void {
    this.api.setState(state);
  }
}
