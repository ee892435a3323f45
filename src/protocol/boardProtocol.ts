// The one message protocol between the board's host (src/board) and its webview
// (webview-ui). Both sides import these types, so a renamed field fails to compile on both.
// The webview is treated as untrusted: it names goals only by opaque ids that the host
// mapped for this panel (never by path), and every message it sends goes through
// `parseWebviewMessage` before the host acts on it.

import type { KeyResultStatus, ObjectiveStatus } from '../core/model.js';

/** Board columns in display order; they are the key result statuses. */
export const boardColumns = ['todo', 'doing', 'done', 'dropped'] as const satisfies readonly KeyResultStatus[];
export type BoardColumn = (typeof boardColumns)[number];

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
  /** The webview's listener is installed: the host may post now. */
  | { readonly type: 'ready' }
  | { readonly type: 'moveCard'; readonly requestId: number; readonly cardId: string; readonly status: KeyResultStatus }
  | { readonly type: 'setGrade'; readonly requestId: number; readonly cardId: string; readonly grade: number }
  /** Remove the card's grade: the key result counts as not graded again. */
  | { readonly type: 'clearGrade'; readonly requestId: number; readonly cardId: string }
  | { readonly type: 'openCard'; readonly cardId: string }
  | { readonly type: 'addCheckIn'; readonly objectiveId: string };

const cardIdPattern = /^c[1-9]\d{0,8}$/;
const objectiveIdPattern = /^o[1-9]\d{0,8}$/;

export function isCardId(value: unknown): value is string {
  return typeof value === 'string' && cardIdPattern.test(value);
}

export function isObjectiveId(value: unknown): value is string {
  return typeof value === 'string' && objectiveIdPattern.test(value);
}

function isRequestId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isStatus(value: unknown): value is KeyResultStatus {
  return typeof value === 'string' && (boardColumns as readonly string[]).includes(value);
}

/** Grades are written with one decimal from the board; anything finer is a typo or a probe. */
export function isBoardGrade(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 && Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

export type ParsedWebviewMessage = { ok: true; message: WebviewMessage } | { ok: false; reason: string };

/**
 * Checks a message received from the webview. Anything that is not exactly one of the
 * `WebviewMessage` shapes (extra keys included) is refused with a reason for the log.
 */
export function parseWebviewMessage(value: unknown): ParsedWebviewMessage {
  const refuse = (reason: string): ParsedWebviewMessage => ({ ok: false, reason });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('not an object');
  // Only plain data: a structured-cloned message never has another prototype, and fields
  // must not come from one.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return refuse('not a plain object');
  const data = value as Record<string, unknown>;
  switch (data.type) {
    case 'ready':
      return hasOnlyKeys(data, ['type']) ? { ok: true, message: { type: 'ready' } } : refuse('unexpected keys on ready');
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
      if (!isBoardGrade(data.grade)) return refuse('setGrade with a grade outside 0.0–1.0 in steps of 0.1');
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
    case 'addCheckIn':
      if (!hasOnlyKeys(data, ['type', 'objectiveId'])) return refuse('unexpected keys on addCheckIn');
      if (!isObjectiveId(data.objectiveId)) return refuse('addCheckIn without a valid objectiveId');
      return { ok: true, message: { type: 'addCheckIn', objectiveId: data.objectiveId } };
    default:
      return refuse(`unknown message type ${typeof data.type === 'string' ? JSON.stringify(data.type.slice(0, 40)) : typeof data.type}`);
  }
}

/** The state the webview persists with `setState` (restored after a reload). */
export interface BoardViewState {
  /** A quarter (`YYYY-Qn`), or one of the `quarterFilter` words. */
  readonly quarter: string;
  /** The objective's title rather than its id: ids are per panel and change after a reload. */
  readonly objective: string;
  readonly career: string;
  readonly search: string;
  readonly swimlanes: boolean;
  readonly showDropped: boolean;
  readonly scrollTop: number;
  readonly scrollLeft: number;
}
