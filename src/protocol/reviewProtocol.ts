// The message protocol between the Quarter Review's host (src/review) and its webview
// (webview-ui/src/review). As on the board, the webview is untrusted: it names objectives and
// key results only by the opaque ids this panel handed out, and every message it sends is
// checked by `parseReviewWebviewMessage` before the host acts on it. The host sends values
// computed by the core (scores, calibration, chart data); the webview only draws them.

import type { ReviewStrings } from './webviewStrings.js';
import type { CalibrationVerdict } from '../core/calibration.js';
import type { KeyResultStatus, ObjectiveStatus } from '../core/model.js';
import type { ScoreBand } from '../core/scoring.js';
import { hasOnlyKeys, isWebviewGrade, plainFields } from './messageShape.js';

export interface ReviewKeyResultView {
  /** Opaque per-panel id (`c<n>`). */
  readonly id: string;
  readonly title: string;
  readonly status: KeyResultStatus;
  readonly weight: number;
  readonly grade?: number;
  readonly suggestedGrade?: number;
  readonly target?: number;
  readonly current?: number;
  /** `5/8`, `420/300 ms`, as the core reads the progress. */
  readonly progress?: string;
  /** A closed quarter's grade is a record: the view shows it but does not offer to change it. */
  readonly gradeLocked: boolean;
}

export interface ReviewAnswersView {
  readonly achieved: string;
  readonly formulation: string;
  readonly notes: string;
}

export interface ReviewObjectiveView {
  /** Opaque per-panel id (`o<n>`). */
  readonly id: string;
  readonly title: string;
  readonly status: ObjectiveStatus;
  readonly commitment?: string;
  readonly career: readonly string[];
  readonly score?: number;
  readonly band?: ScoreBand;
  /** `2 of 3 graded` beside a partial score, as every surface says it. */
  readonly gradedNote?: string;
  readonly keyResults: readonly ReviewKeyResultView[];
  readonly answers: ReviewAnswersView;
  /** Answers already written for a closed quarter are a record, shown read-only. */
  readonly answersLocked: { readonly achieved: boolean; readonly formulation: boolean };
  readonly checkIns: number;
  readonly lastCheckIn?: string;
  readonly confidence: readonly { readonly date: string; readonly value: number }[];
}

export interface ReviewViewModel {
  readonly quarter: string;
  /** Quarters that can be reviewed, newest first. */
  readonly quarters: readonly string[];
  /** Today on the host (YYYY-MM-DD). */
  readonly today: string;
  /** The quarter is over: grades and answers written already are a record. */
  readonly closed: boolean;
  readonly score?: number;
  readonly band?: ScoreBand;
  readonly graded: number;
  readonly keyResultsCounted: number;
  readonly calibration: {
    readonly verdict: CalibrationVerdict;
    readonly sentence: string;
    readonly quarters: readonly { readonly quarter: string; readonly averageGrade: number | null }[];
  };
  readonly objectives: readonly ReviewObjectiveView[];
  /** Graded key results per grade in tenths (index 0 is 0.0, index 10 is 1.0). */
  readonly gradeDistribution: readonly number[];
  readonly quarterScores: readonly { readonly quarter: string; readonly score: number; readonly band: ScoreBand }[];
}

// Extension → Webview
export type ReviewHostMessage =
  /** The review's words in the display language; the first message after each `ready`. */
  | { readonly type: 'strings'; readonly strings: ReviewStrings }
  /** The whole review; sent after `ready`, when the quarter changes and when goal files change. */
  | { readonly type: 'review'; readonly review: ReviewViewModel }
  /** The answer to a save or grade request. */
  | { readonly type: 'saveResult'; readonly requestId: number; readonly ok: boolean; readonly reason?: string };

// Webview → Extension
export type ReviewWebviewMessage =
  /** The webview's listener is installed: the host may post now. */
  | { readonly type: 'ready' }
  | { readonly type: 'showQuarter'; readonly quarter: string }
  /** Both answers of one objective, written into its ## Review section in one edit. */
  | { readonly type: 'saveAnswers'; readonly requestId: number; readonly objectiveId: string; readonly achieved: string; readonly formulation: string }
  | { readonly type: 'setGrade'; readonly requestId: number; readonly keyResultId: string; readonly grade: number }
  | { readonly type: 'openObjective'; readonly objectiveId: string }
  /** Save the review as one Markdown file. */
  | { readonly type: 'export' };

/** What the webview keeps across reloads. */
export interface ReviewViewState {
  readonly quarter?: string;
}

/** Longest answer the host accepts from the view (the edit has the same limit). */
export const maxAnswerChars = 20_000;

const keyResultIdPattern = /^c[1-9]\d{0,8}$/;
const objectiveIdPattern = /^o[1-9]\d{0,8}$/;
const quarterPattern = /^\d{4}-Q[1-4]$/;

function isRequestId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isAnswer(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxAnswerChars;
}

export type ParsedReviewMessage = { ok: true; message: ReviewWebviewMessage } | { ok: false; reason: string };

/** Checks a message from the review webview: exactly one of the shapes above, or a reason to drop it. */
export function parseReviewWebviewMessage(value: unknown): ParsedReviewMessage {
  const refuse = (reason: string): ParsedReviewMessage => ({ ok: false, reason });
  const checked = plainFields(value);
  if (!checked.ok) return checked;
  const data = checked.fields;
  switch (data.type) {
    case 'ready':
    case 'export':
      return hasOnlyKeys(data, ['type']) ? { ok: true, message: { type: data.type } } : refuse(`unexpected keys on ${data.type}`);
    case 'showQuarter':
      if (!hasOnlyKeys(data, ['type', 'quarter'])) return refuse('unexpected keys on showQuarter');
      if (typeof data.quarter !== 'string' || !quarterPattern.test(data.quarter)) return refuse('showQuarter without a YYYY-Qn quarter');
      return { ok: true, message: { type: 'showQuarter', quarter: data.quarter } };
    case 'saveAnswers':
      if (!hasOnlyKeys(data, ['type', 'requestId', 'objectiveId', 'achieved', 'formulation'])) return refuse('unexpected keys on saveAnswers');
      if (!isRequestId(data.requestId)) return refuse('saveAnswers without a valid requestId');
      if (typeof data.objectiveId !== 'string' || !objectiveIdPattern.test(data.objectiveId)) return refuse('saveAnswers without a valid objectiveId');
      if (!isAnswer(data.achieved) || !isAnswer(data.formulation)) return refuse(`saveAnswers with answers that are not text of up to ${maxAnswerChars} characters`);
      return { ok: true, message: { type: 'saveAnswers', requestId: data.requestId, objectiveId: data.objectiveId, achieved: data.achieved, formulation: data.formulation } };
    case 'setGrade':
      if (!hasOnlyKeys(data, ['type', 'requestId', 'keyResultId', 'grade'])) return refuse('unexpected keys on setGrade');
      if (!isRequestId(data.requestId)) return refuse('setGrade without a valid requestId');
      if (typeof data.keyResultId !== 'string' || !keyResultIdPattern.test(data.keyResultId)) return refuse('setGrade without a valid keyResultId');
      if (!isWebviewGrade(data.grade)) return refuse('setGrade with a grade outside 0.0–1.0 in steps of 0.1');
      return { ok: true, message: { type: 'setGrade', requestId: data.requestId, keyResultId: data.keyResultId, grade: data.grade } };
    case 'openObjective':
      if (!hasOnlyKeys(data, ['type', 'objectiveId'])) return refuse('unexpected keys on openObjective');
      if (typeof data.objectiveId !== 'string' || !objectiveIdPattern.test(data.objectiveId)) return refuse('openObjective without a valid objectiveId');
      return { ok: true, message: { type: 'openObjective', objectiveId: data.objectiveId } };
    default:
      return refuse(`unknown message type ${typeof data.type === 'string' ? JSON.stringify(data.type.slice(0, 40)) : typeof data.type}`);
  }
}
