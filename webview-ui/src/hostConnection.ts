// The board's side of the channel to the extension host, typed by the board protocol.

import type { BoardViewState, HostMessage, WebviewMessage } from '../../src/protocol/boardProtocol.js';
import { WebviewChannel } from './webviewChannel.js';

const hostMessageTypes = new Set<HostMessage['type']>(['strings', 'init', 'patch', 'editResult', 'revealObjective', 'today', 'reminderDays']);

export class HostConnection {
  private readonly channel = new WebviewChannel<HostMessage, WebviewMessage, BoardViewState>(hostMessageTypes);

  post(message: WebviewMessage): void {
    this.channel.post(message);
  }

  /** Listens for the host's messages, then says `ready` (with the quarter it will show): the host posts nothing before that. */
  listen(onMessage: (message: HostMessage) => void, quarter?: string): void {
    this.channel.listen(onMessage, quarter === undefined ? { type: 'ready' } : { type: 'ready', quarter });
  }

  viewState(): Partial<BoardViewState> {
    return this.channel.viewState();
  }

  saveViewState(state: BoardViewState): void {
    this.channel.saveViewState(state);
  }
}
