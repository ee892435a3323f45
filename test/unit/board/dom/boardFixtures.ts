// A board driven the way the host drives it: a stubbed acquireVsCodeApi records what the
// webview posts, and host messages are dispatched as window message events.
import type { BoardCard, BoardObjective, BoardSnapshot, HostMessage, WebviewMessage } from '../../../../src/protocol/boardProtocol';
import { boardStrings } from '../../../../src/board/boardStrings';
import { BoardApp } from '../../../../webview-ui/src/boardApp';
import { HostConnection } from '../../../../webview-ui/src/hostConnection';

export const hostileTitles = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=2</script>',
  '<a href="javascript:window.__pwned=3">click</a>',
  'javascript:window.__pwned=4',
  `${'Very long title without spaces '.repeat(3)}${'x'.repeat(2000)}`,
  'تعلم التتبع الموزع مع OpenTelemetry',
  '"><svg onload=window.__pwned=5>',
  '{{constructor.constructor("window.__pwned=6")()}}',
];

export const objective = (id: string, title: string, extra: Partial<BoardObjective> = {}): BoardObjective => ({
  id,
  title,
  quarter: '2026-Q4',
  status: 'active',
  career: ['learning'],
  checkInsKnown: true,
  lastCheckIn: '2026-11-05',
  ...extra,
});

export const card = (id: string, objectiveId: string, title: string, extra: Partial<BoardCard> = {}): BoardCard => ({
  id,
  objectiveId,
  keyResultId: `kr-${id}`,
  title,
  status: 'todo',
  index: Number(id.slice(1)),
  weight: 1,
  ...extra,
});

export interface BoardHarness {
  readonly posted: WebviewMessage[];
  readonly state: { value: unknown };
  readonly root: HTMLElement;
  send(message: HostMessage): void;
  cardElement(id: string): HTMLElement | null;
}

export function startBoard(snapshot?: BoardSnapshot, savedState?: unknown): BoardHarness {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.id = 'board-root';
  document.body.appendChild(root);
  const posted: WebviewMessage[] = [];
  const state = { value: savedState };
  (globalThis as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
    postMessage: (message: WebviewMessage) => posted.push(message),
    getState: () => state.value,
    setState: (value: unknown) => {
      state.value = value;
    },
  });
  new BoardApp(root, new HostConnection()).start();
  const send = (message: HostMessage): void => {
    window.dispatchEvent(new MessageEvent('message', { data: message }));
  };
  // As the host does after `ready`: the words (English here), then the board.
  send({ type: 'strings', strings: boardStrings() });
  if (snapshot) send({ type: 'init', snapshot });
  return { posted, state, root, send, cardElement: (id) => root.querySelector(`[data-card-id="${id}"]`) };
}

export function snapshotOf(objectives: BoardObjective[], cards: BoardCard[]): BoardSnapshot {
  return { objectives, cards, today: '2026-11-25', reminderDays: 14 };
}
