// The warm-start cache is a file on disk: an older version of the extension, a crash mid-write
// or another program may have left anything in it. Every restored entry must have exactly the
// shape the views rely on; one that does not is dropped, and its file is simply read again.
import {
  commitments,
  diagnosticCodes,
  keyResultStatuses,
  objectiveStatuses,
  type BodyFacts,
  type CheckIn,
  type GoalDiagnostic,
  type GoalFile,
  type KeyResult,
  type Objective,
  type SourceRange,
  type TaskItem,
} from './model.js';

type Fields = Record<string, unknown>;

// Plain loops and Sets rather than closures: a warm start checks every entry once, mostly
// before the JIT has warmed up, so each check is kept to a few cheap operations.
const diagnosticCodeSet = new Set<unknown>(diagnosticCodes);
const severitySet = new Set<unknown>(['error', 'warning', 'info']);
const keyResultStatusSet = new Set<unknown>(keyResultStatuses);
const objectiveStatusSet = new Set<unknown>(objectiveStatuses);
const commitmentSet = new Set<unknown>(commitments);

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isOptionalNumber(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value));
}

function isRange(value: unknown): value is SourceRange {
  return isRecord(value) && isCount(value.start) && isCount(value.end) && isCount(value.line) && isCount(value.column);
}

function areDiagnostics(value: unknown): value is GoalDiagnostic[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) {
    if (!isRecord(item) || !diagnosticCodeSet.has(item.code) || !severitySet.has(item.severity) || typeof item.message !== 'string' || !isRange(item.range)) return false;
  }
  return true;
}

function areKeyResults(value: unknown): value is KeyResult[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) {
    if (
      !isRecord(item) ||
      typeof item.id !== 'string' ||
      typeof item.title !== 'string' ||
      !keyResultStatusSet.has(item.status) ||
      !isOptionalNumber(item.target) ||
      !isOptionalNumber(item.current) ||
      !isOptionalNumber(item.baseline) ||
      !isOptionalString(item.unit) ||
      !isOptionalNumber(item.grade) ||
      !isOptionalStrings(item.silence) ||
      typeof item.weight !== 'number' ||
      !Number.isFinite(item.weight) ||
      !isRange(item.range)
    ) {
      return false;
    }
  }
  return true;
}

function areStrings(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

function isOptionalStrings(value: unknown): boolean {
  return value === undefined || areStrings(value);
}

function isObjective(value: unknown): value is Objective {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    isOptionalString(value.quarter) &&
    objectiveStatusSet.has(value.status) &&
    areStrings(value.career) &&
    isOptionalString(value.theme) &&
    (value.commitment === undefined || commitmentSet.has(value.commitment)) &&
    isOptionalString(value.time) &&
    isOptionalString(value.budget) &&
    isOptionalStrings(value.silence) &&
    isOptionalString(value.carriedFrom) &&
    areKeyResults(value.keyResults) &&
    isRange(value.range)
  );
}

function areTasks(value: unknown): value is TaskItem[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isRecord(item) || typeof item.text !== 'string' || typeof item.done !== 'boolean' || !isCount(item.line)) return false;
  return true;
}

function isOptionalCheckIn(item: unknown): item is CheckIn | undefined {
  return (
    item === undefined ||
    (isRecord(item) &&
      typeof item.date === 'string' &&
      isCount(item.line) &&
      isOptionalString(item.progress) &&
      isOptionalString(item.next) &&
      isOptionalNumber(item.confidence))
  );
}

function isBodyFacts(value: unknown): value is BodyFacts {
  return (
    isRecord(value) &&
    areTasks(value.tasks) &&
    isCount(value.checkIns) &&
    isOptionalCheckIn(value.latestCheckIn) &&
    isOptionalString(value.lastCheckIn) &&
    typeof value.hasReview === 'boolean' &&
    isOptionalString(value.reviewOpening) &&
    (value.reviewOpeningCut === undefined || typeof value.reviewOpeningCut === 'boolean') &&
    areDiagnostics(value.diagnostics)
  );
}

/** Whether a restored cache entry is an entry the views can use as it is. A goal file without its body facts is not. */
export function isCachedGoalFile(value: unknown): value is GoalFile {
  return (
    isRecord(value) &&
    typeof value.uri === 'string' &&
    typeof value.version === 'string' &&
    isOptionalString(value.stamp) &&
    // A file whose bytes are unsafe to write back is read again rather than trusted from here.
    value.unsafeBytes === undefined &&
    areDiagnostics(value.diagnostics) &&
    (value.objective === undefined ? value.body === undefined : isObjective(value.objective) && isBodyFacts(value.body))
  );
}
