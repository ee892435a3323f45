// The domain model of a goal file. Plain data only: it is serialised to the warm-start
// cache and posted to the board webview, so no classes, functions or Maps.

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

/** Facts read from the Markdown body with remark; computed lazily because remark is slow. */
export interface GoalBody {
  readonly checkIns: readonly CheckIn[];
  readonly tasks: readonly TaskItem[];
  /** A `## Review` section with text of the person's own (the prompts of the stub alone do not count). */
  readonly hasReview: boolean;
  readonly reviewText?: string;
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
  'internal-error',
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
  /** Content version used for cache checks (editor version, or `size:mtime` on disk). */
  readonly version: string;
  readonly objective?: Objective;
  readonly diagnostics: readonly GoalDiagnostic[];
}
