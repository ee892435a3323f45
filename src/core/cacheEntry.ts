// The warm-start cache is a file on disk: an older version of the extension, a crash mid-write
// or another program may have left anything in it. Every restored entry must have exactly the
// shape the views rely on; one that does not is dropped, and its file is simply read again.
import {
  commitments,
  diagnosticCodes,
  keyResultStatuses,
  objectiveStatuses,
  type BodyFacts,
  type GoalDiagnostic,
  type GoalFile,
  type KeyResult,
  type Objective,
  type SourceRange,
  type TaskItem,
} from './model.js';

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isOptional = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || check(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOneOf = (values: readonly string[]) => (value: unknown) => typeof value === 'string' && values.includes(value);
const isListOf = <T>(value: unknown, check: (item: unknown) => item is T): value is T[] => Array.isArray(value) && value.every(check);

function isRange(value: unknown): value is SourceRange {
  return isRecord(value) && isCount(value.start) && isCount(value.end) && isCount(value.line) && isCount(value.column);
}

function isDiagnostic(value: unknown): value is GoalDiagnostic {
  return isRecord(value) && isOneOf(diagnosticCodes)(value.code) && isOneOf(['error', 'warning', 'info'])(value.severity) && isString(value.message) && isRange(value.range);
}

function isKeyResult(value: unknown): value is KeyResult {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.title) &&
    isOneOf(keyResultStatuses)(value.status) &&
    isOptional(value.target, isFiniteNumber) &&
    isOptional(value.current, isFiniteNumber) &&
    isOptional(value.grade, isFiniteNumber) &&
    isFiniteNumber(value.weight) &&
    isRange(value.range)
  );
}

function isObjective(value: unknown): value is Objective {
  return (
    isRecord(value) &&
    isString(value.title) &&
    isOptional(value.quarter, isString) &&
    isOneOf(objectiveStatuses)(value.status) &&
    isListOf(value.career, isString) &&
    isOptional(value.theme, isString) &&
    isOptional(value.commitment, isOneOf(commitments)) &&
    isListOf(value.keyResults, isKeyResult) &&
    isRange(value.range)
  );
}

function isTask(value: unknown): value is TaskItem {
  return isRecord(value) && isString(value.text) && typeof value.done === 'boolean' && isCount(value.line);
}

function isBodyFacts(value: unknown): value is BodyFacts {
  return (
    isRecord(value) &&
    isListOf(value.tasks, isTask) &&
    isCount(value.checkIns) &&
    isOptional(value.lastCheckIn, isString) &&
    typeof value.hasReview === 'boolean' &&
    isListOf(value.diagnostics, isDiagnostic)
  );
}

/** Whether a restored cache entry is an entry the views can use as it is. A goal file without its body facts is not. */
export function isCachedGoalFile(value: unknown): value is GoalFile {
  return (
    isRecord(value) &&
    isString(value.uri) &&
    isString(value.version) &&
    isOptional(value.stamp, isString) &&
    isListOf(value.diagnostics, isDiagnostic) &&
    (value.objective === undefined ? value.body === undefined : isObjective(value.objective) && isBodyFacts(value.body))
  );
}
