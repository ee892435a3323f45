// The domain model of a goal file. Plain data only: it is serialised to the warm-start
// cache and posted to the board webview, so no classes, functions or Maps.
import type { UnsafeBytes } from './unsafeBytes.js';

export const objectiveStatuses = ['backlog', 'active', 'done', 'dropped'] as const;
export type ObjectiveStatus = (typeof objectiveStatuses)[number];

export const keyResultStatuses = ['todo', 'doing', 'done', 'dropped'] as const;
export type KeyResultStatus = (typeof keyResultStatuses)[number];

/** A key result id: lowercase letters, digits and dashes, starting with a letter or digit. */
export const keyResultIdPattern = /^[a-z0-9][a-z0-9-]*$/;

export const commitments = ['committed', 'aspirational'] as const;
export type Commitment = (typeof commitments)[number];

/** A half-open character range in the file text, plus its 1-based start line and column. */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

export interface KeyResult {
  readonly id: string;
  readonly title: string;
  readonly status: KeyResultStatus;
  readonly target?: number;
  readonly current?: number;
  /** Where `current` started (progress runs from it to `target`); 0 when absent. */
  readonly baseline?: number;
  /** What `target`, `current` and `baseline` count, e.g. `ms` or `talks`. */
  readonly unit?: string;
  readonly grade?: number;
  /** Relative weight in the objective score; 1 when absent. */
  readonly weight: number;
  /** Hint codes silenced for this key result (`silence:`), or `all`. */
  readonly silence?: readonly string[];
  /** Where the KR's mapping item starts in the file (the `- id:` line). */
  readonly range: SourceRange;
}

export interface CheckIn {
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly progress?: string;
  readonly next?: string;
  readonly confidence?: number;
  readonly line: number;
}

export interface TaskItem {
  readonly text: string;
  readonly done: boolean;
  readonly line: number;
}

/** Facts read from the Markdown body (see bodyFacts.ts). */
export interface GoalBody {
  readonly checkIns: readonly CheckIn[];
  readonly tasks: readonly TaskItem[];
  /** A `## Review` section with text of the person's own (the prompts of the stub alone do not count). */
  readonly hasReview: boolean;
  readonly reviewText?: string;
}

/**
 * What the hints, career evidence, the views and the CLI read of a body: few enough facts that
 * the index can keep them for thousands of files (and cache them), not the notes themselves.
 */
export interface BodySummary {
  readonly tasks: readonly TaskItem[];
  /** How many dated check-ins there are. */
  readonly checkIns: number;
  /** The check-in with the latest date (the later one in the file on a tie): its next step and confidence. */
  readonly latestCheckIn?: CheckIn;
  /** A `## Review` section with text of the person's own. */
  readonly hasReview: boolean;
  /** The review's opening (its first lines, at most 240 characters), as career evidence quotes it. */
  readonly reviewOpening?: string;
  /**
   * Whether the review goes on past its opening (career evidence ends the quote with "…").
   * Kept apart from the text: the "…" in it made V8 store a Latin-1 opening two bytes a character.
   */
  readonly reviewOpeningCut?: boolean;
}

/** What the index keeps of a goal file's body, per file version: its summary and its diagnostics. */
export interface BodyFacts extends BodySummary {
  /** The latest check-in's date (`latestCheckIn.date`). */
  readonly lastCheckIn?: string;
  readonly diagnostics: readonly GoalDiagnostic[];
}

export interface Objective {
  readonly title: string;
  /** `YYYY-Qn`, or undefined for the unscheduled backlog. */
  readonly quarter?: string;
  readonly status: ObjectiveStatus;
  readonly career: readonly string[];
  readonly theme?: string;
  readonly commitment?: Commitment;
  /** Time set aside for the goal, as written (`time: 4h per sprint`). */
  readonly time?: string;
  /** Money the goal needs, as written (`budget: 600 EUR for the course`). */
  readonly budget?: string;
  /** Hint codes silenced for the whole file (`silence:`), or `all`. */
  readonly silence?: readonly string[];
  readonly keyResults: readonly KeyResult[];
  /** `carried_from:` as written: the path of the goal file this one continues, relative to this file. */
  readonly carriedFrom?: string;
  /** The `objective:` line. */
  readonly range: SourceRange;
}

export type Severity = 'error' | 'warning' | 'info';

/** Stable diagnostic codes: the CLI's JSON output and the quick fixes key on these. */
export const diagnosticCodes = [
  'yaml-syntax',
  'tab-indentation',
  'front-matter-not-mapping',
  'wrong-type',
  'missing-title',
  'grade-out-of-range',
  'confidence-out-of-range',
  'unknown-status',
  'unknown-commitment',
  'bad-quarter',
  'missing-kr-id',
  'invalid-kr-id',
  'duplicate-kr-id',
  'unknown-key',
  'bad-number',
  'check-in-not-a-date',
  'file-too-large',
  'body-too-large',
  'internal-error',
  'not-utf8',
  'cr-line-endings',
  'unknown-hint',
] as const;
export type DiagnosticCode = (typeof diagnosticCodes)[number];

export interface GoalDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: SourceRange;
}

/** Everything known about one indexed file. `objective` is absent when the file is not a goal file. */
export interface GoalFile {
  /** The file's URI or path as a string; the core never interprets it. */
  readonly uri: string;
  /** What the text is (see fileVersion.ts): the same text has the same version, from an editor or from disk. */
  readonly version: string;
  /** The disk stat the text matches, when it was read from disk or saved (see fileVersion.ts). */
  readonly stamp?: string;
  readonly objective?: Objective;
  /** Front-matter diagnostics; the body's are in `body`. */
  readonly diagnostics: readonly GoalDiagnostic[];
  /** Set when the file's bytes cannot be written back unchanged (not UTF-8, UTF-16, CR line endings): it is read-only. */
  readonly unsafeBytes?: UnsafeBytes;
  /** Body facts, for goal files. */
  readonly body?: BodyFacts;
}
