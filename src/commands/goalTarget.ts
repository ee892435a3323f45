import type { GoalTarget } from '../commandIds.js';
import type { KeyResultStatus } from '../core/model.js';
import { keyResultStatuses } from '../core/model.js';

/**
 * The GoalTarget a command was invoked with, if any. Commands are public: anything can call
 * them with anything, so the argument is checked rather than trusted.
 */
export function asGoalTarget(argument: unknown): GoalTarget | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { uri, keyResultId } = argument as Record<string, unknown>;
  if (typeof uri !== 'string' || uri === '') return undefined;
  return typeof keyResultId === 'string' && keyResultId !== '' ? { uri, keyResultId } : { uri };
}

/** The `{uri, keyResultId, status}` argument of growthBacklog.moveKeyResult. */
export function asMoveTarget(argument: unknown): (GoalTarget & { keyResultId: string; status: KeyResultStatus }) | undefined {
  const target = asGoalTarget(argument);
  const status = (argument as Record<string, unknown> | undefined)?.status;
  if (!target?.keyResultId || !(keyResultStatuses as readonly unknown[]).includes(status)) return undefined;
  return { uri: target.uri, keyResultId: target.keyResultId, status: status as KeyResultStatus };
}

/**
 * A command's optional second argument: answers to its prompts given up front, so tests and
 * other extensions can run it without a person at the keyboard. A tree view passes its
 * selection there as an array, which is not answers.
 */
export function answersOf(argument: unknown): Readonly<Record<string, unknown>> {
  return typeof argument === 'object' && argument !== null && !Array.isArray(argument) ? (argument as Record<string, unknown>) : {};
}
