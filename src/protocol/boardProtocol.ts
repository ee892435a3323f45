// The one message protocol between the board's host (src/board) and its webview
// (webview-ui). Both sides import these types, so a renamed field fails to compile on both.
// The webview is treated as untrusted: it names goals only by opaque ids that the host
// mapped for this panel (never by path), and every message it sends goes through
// `parseWebviewMessage` before the host acts on it.

import type { KeyResultStatus, ObjectiveStatus } from '../core/model.js';
import { hasOnlyKeys, isWebviewGrade, plainFields } from './messageShape.js';
import type { BoardStrings } from './webviewStrings.js';

/** Board columns in display order; they are the key result statuses. */
export const boardColumns = ['todo', 'doing', 'done', 'dropped'] as const satisfies readonly KeyResultStatus[];
export type BoardColumn = (typeof boardColumns)[number];

/** A next-step story (a `- [ ]` item of the goal file's body). */
export interface BoardStory {
  /** Opaque per-panel id (`s<n>`). */
  readonly id: string;
  /** Its text, without the tag that links it to its key result. */
  readonly text: string;
  readonly done: boolean;
}

/** An objective as the board shows it: a swimlane header and the colour of its cards. */
export interface BoardObjective {
  /** Opaque per-panel id (`o<n>`). */
  readonly id: string;
  readonly title: string;
  /** `YYYY-Qn`, or undefined for the unscheduled backlog. */
  readonly quarter?: string;
  readonly status: ObjectiveStatus;
  readonly career: readonly string[];
  /** Date of the last check-in (YYYY-MM-DD); undefined when none, or not read yet. */
  readonly lastCheckIn?: string;
  /** False until the host has read the file's body; the card shows nothing rather than "never". */
  readonly checkInsKnown: boolean;
  /** Stories that name no key result (the objective's own next steps); absent until the body is read. */
  readonly stories?: readonly BoardStory[];
  /** Open stories of the objective, its key results' included; absent until the body is read. */
  readonly openStories?: number;
}

/** A key result card. */
export interface BoardCard {
  /** Opaque per-panel id (`c<n>`). */
  readonly id: string;
  readonly objectiveId: string;
  /** The key result's id in its file: shown in place of a missing title, found by search. */
  readonly keyResultId: string;
  /** Empty when the file gives none (a misspelt `title:`): the card shows the id and a warning. */
  readonly title: string;
  readonly status: KeyResultStatus;
  /** Position of the KR in its file, so cards keep the file's order inside a column. */
  readonly index: number;
  readonly weight: number;
  readonly grade?: number;
  readonly target?: number;
  readonly current?: number;
  readonly baseline?: number;
  readonly unit?: string;
  /** The stories whose tag names this key result; absent until the body is read. */
  readonly stories?: readonly BoardStory[];
  /** Linked commits in words (`3 commits this quarter`); absent when none name the key result. */
  readonly commits?: string;
  /** The grade measured progress points to (src/core/suggestedGrade.ts), in tenths; the grade editor offers it first. */
  readonly suggestedGrade?: number;
}

export interface BoardSnapshot {
  readonly objectives: readonly BoardObjective[];
  readonly cards: readonly BoardCard[];
  /** Today's date on the host (YYYY-MM-DD): "days since check-in" and the default quarter. */
  readonly today: string;
  /** Days after which a check-in counts as stale (the `checkInReminderDays` setting). */
  readonly reminderDays: number;
}

// Extension → Webview
export type HostMessage =
  /** The board's words in the display language; the first message after each `ready` (src/protocol/webviewStrings.ts). */
  | { readonly type: 'strings'; readonly strings: BoardStrings }
  /** The whole board; sent once per `ready` (first load and after a reload). */
  | { readonly type: 'init'; readonly snapshot: BoardSnapshot }
  /** What changed since the last message; everything not named is unchanged. */
  | {
      readonly type: 'patch';
      readonly objectives: readonly BoardObjective[];
      readonly cards: readonly BoardCard[];
      readonly removedObjectives: readonly string[];
      readonly removedCards: readonly string[];
    }
  /**
   * The answer to a move or grade request. `card` is the card as the index now has it
   * (the confirmed state after a success, the state to return to after a refusal).
   */
  | { readonly type: 'editResult'; readonly requestId: number; readonly ok: boolean; readonly reason?: string; readonly card?: BoardCard }
  /** Show this objective (Open Board from a goal file's code lens): its lane scrolled into view. */
  | { readonly type: 'revealObjective'; readonly objectiveId: string }
  /** A new local day began on the host (midnight, a wake-up on a later day): day counts and the current quarter move on. */
  | { readonly type: 'today'; readonly today: string }
  /** The `checkInReminderDays` setting changed: which check-ins count as stale. */
  | { readonly type: 'reminderDays'; readonly reminderDays: number };

// Webview → Extension
export type WebviewMessage =
  /**
   * The webview's listener is installed: the host may post now. `quarter` is the quarter
   * filter it will show (its saved state): the host posts those cards first.
   */
  | { readonly type: 'ready'; readonly quarter?: string }
  /** The first cards of an `init` are on screen (a frame after it): the host posts the other quarters' now. */
  | { readonly type: 'firstCardsShown' }
  | { readonly type: 'moveCard'; readonly requestId: number; readonly cardId: string; readonly status: KeyResultStatus }
  | { readonly type: 'setGrade'; readonly requestId: number; readonly cardId: string; readonly grade: number }
  /** Remove the card's grade: the key result counts as not graded again. */
  | { readonly type: 'clearGrade'; readonly requestId: number; readonly cardId: string }
  | { readonly type: 'openCard'; readonly cardId: string }
  /** Open (one of) the commits that name the card's key result. */
  | { readonly type: 'openCommits'; readonly cardId: string }
  | { readonly type: 'addCheckIn'; readonly objectiveId: string }
  | { readonly type: 'addKeyResult'; readonly objectiveId: string }
  /** Tick (or untick) a story: the host changes the one character between its brackets. */
  | { readonly type: 'setStoryDone'; readonly requestId: number; readonly storyId: string; readonly done: boolean };

/** Quarter filter values besides a `YYYY-Qn` quarter. */
export const allQuarters = 'all';
export const unscheduledQuarter = 'backlog';

/** A value of the board's quarter filter: a quarter, every quarter, or the objectives without one. */
export function isQuarterFilter(value: unknown): value is string {
  return typeof value === 'string' && (/^\d{4}-Q[1-4]$/.test(value) || value === allQuarters || value === unscheduledQuarter);
}

/**
 * The quarter filters the board offers, newest first: the current quarter and every quarter
 * that has an objective, then the unscheduled backlog and every quarter. A saved filter that
 * is not offered gives way to the current quarter: the board's and the host's one rule.
 */
export function offeredQuarterFilters(objectiveQuarters: Iterable<string | undefined>, currentQuarter: string): string[] {
  const quarters = new Set<string>([currentQuarter]);
  for (const quarter of objectiveQuarters) if (quarter) quarters.add(quarter);
  return [...[...quarters].sort().reverse(), unscheduledQuarter, allQuarters];
}

/** Whether an objective of `quarter` (undefined: unscheduled) is in the quarter filter's view: the board's and the host's one rule. */
export function inQuarterFilter(quarter: string | undefined, filter: string): boolean {
  if (filter === allQuarters) return true;
  return filter === unscheduledQuarter ? quarter === undefined : quarter === filter;
}

const cardIdPattern = /^c[1-9]\d{0,8}$/;
const objectiveIdPattern = /^o[1-9]\d{0,8}$/;
const storyIdPattern = /^s[1-9]\d{0,8}$/;

export function isCardId(value: unknown): value is string {
  return typeof value === 'string' && cardIdPattern.test(value);
}

export function isObjectiveId(value: unknown): value is string {
  return typeof value === 'string' && objectiveIdPattern.test(value);
}

export function isStoryId(value: unknown): value is string {
  return typeof value === 'string' && storyIdPattern.test(value);
}

function isRequestId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isStatus(value: unknown): value is KeyResultStatus {
  return typeof value === 'string' && (boardColumns as readonly string[]).includes(value);
}

export type ParsedWebviewMessage = { ok: true; message: WebviewMessage } | { ok: false; reason: string };

/**
 * Checks a message received from the webview. Anything that is not exactly one of the
 * `WebviewMessage` shapes (extra keys included) is refused with a reason for the log.
 */
export function parseWebviewMessage(value: unknown): ParsedWebviewMessage {
  const refuse = (reason: string): ParsedWebviewMessage => ({ ok: false, reason });
  const checked = plainFields(value);
  if (!checked.ok) return checked;
  const data = checked.fields;
  switch (data.type) {
    case 'ready':
      if (!hasOnlyKeys(data, ['type', 'quarter'])) return refuse('unexpected keys on ready');
      if (data.quarter === undefined) return { ok: true, message: { type: 'ready' } };
      return isQuarterFilter(data.quarter) ? { ok: true, message: { type: 'ready', quarter: data.quarter } } : refuse('ready with a quarter that is not a quarter filter');
    case 'firstCardsShown':
      return hasOnlyKeys(data, ['type']) ? { ok: true, message: { type: 'firstCardsShown' } } : refuse('unexpected keys on firstCardsShown');
    case 'moveCard':
      if (!hasOnlyKeys(data, ['type', 'requestId', 'cardId', 'status'])) return refuse('unexpected keys on moveCard');
      if (!isRequestId(data.requestId)) return refuse('moveCard without a valid requestId');
      if (!isCardId(data.cardId)) return refuse('moveCard without a valid cardId');
      if (!isStatus(data.status)) return refuse('moveCard with an unknown status');
      return { ok: true, message: { type: 'moveCard', requestId: data.requestId, cardId: data.cardId, status: data.status } };
    case 'setGrade':
      if (!hasOnlyKeys(data, ['type', 'requestId', 'cardId', 'grade'])) return refuse('unexpected keys on setGrade');
      if (!isRequestId(data.requestId)) return refuse('setGrade without a valid requestId');
      if (!isCardId(data.cardId)) return refuse('setGrade without a valid cardId');
      if (!isWebviewGrade(data.grade)) return refuse('setGrade with a grade outside 0.0–1.0 in steps of 0.1');
      return { ok: true, message: { type: 'setGrade', requestId: data.requestId, cardId: data.cardId, grade: data.grade } };
    case 'clearGrade':
      if (!hasOnlyKeys(data, ['type', 'requestId', 'cardId'])) return refuse('unexpected keys on clearGrade');
      if (!isRequestId(data.requestId)) return refuse('clearGrade without a valid requestId');
      if (!isCardId(data.cardId)) return refuse('clearGrade without a valid cardId');
      return { ok: true, message: { type: 'clearGrade', requestId: data.requestId, cardId: data.cardId } };
    case 'openCard':
      if (!hasOnlyKeys(data, ['type', 'cardId'])) return refuse('unexpected keys on openCard');
      if (!isCardId(data.cardId)) return refuse('openCard without a valid cardId');
      return { ok: true, message: { type: 'openCard', cardId: data.cardId } };
    case 'openCommits':
      if (!hasOnlyKeys(data, ['type', 'cardId'])) return refuse('unexpected keys on openCommits');
      if (!isCardId(data.cardId)) return refuse('openCommits without a valid cardId');
      return { ok: true, message: { type: 'openCommits', cardId: data.cardId } };
    case 'addCheckIn':
      if (!hasOnlyKeys(data, ['type', 'objectiveId'])) return refuse('unexpected keys on addCheckIn');
      if (!isObjectiveId(data.objectiveId)) return refuse('addCheckIn without a valid objectiveId');
      return { ok: true, message: { type: 'addCheckIn', objectiveId: data.objectiveId } };
    case 'addKeyResult':
      if (!hasOnlyKeys(data, ['type', 'objectiveId'])) return refuse('unexpected keys on addKeyResult');
      if (!isObjectiveId(data.objectiveId)) return refuse('addKeyResult without a valid objectiveId');
      return { ok: true, message: { type: 'addKeyResult', objectiveId: data.objectiveId } };
    case 'setStoryDone':
      if (!hasOnlyKeys(data, ['type', 'requestId', 'storyId', 'done'])) return refuse('unexpected keys on setStoryDone');
      if (!isRequestId(data.requestId)) return refuse('setStoryDone without a valid requestId');
      if (!isStoryId(data.storyId)) return refuse('setStoryDone without a valid storyId');
      if (typeof data.done !== 'boolean') return refuse('setStoryDone without a boolean done');
      return { ok: true, message: { type: 'setStoryDone', requestId: data.requestId, storyId: data.storyId, done: data.done } };
    default:
      return refuse(`unknown message type ${typeof data.type === 'string' ? JSON.stringify(data.type.slice(0, 40)) : typeof data.type}`);
  }
}

/** The state the webview persists with `setState` (restored after a reload). */
export interface BoardViewState {
  /** A quarter (`YYYY-Qn`), `allQuarters` or `unscheduledQuarter`. */
  readonly quarter: string;
  /** The objective's title rather than its id: ids are per panel and change after a reload. */
  readonly objective: string;
  readonly career: string;
  readonly search: string;
  readonly swimlanes: boolean;
  readonly showDropped: boolean;
  /** Only objectives with open stories: what is pulled into this week. */
  readonly thisWeek?: boolean;
  readonly scrollTop: number;
  readonly scrollLeft: number;
}
