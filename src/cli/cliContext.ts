import { relative } from 'node:path';
import type { Clock } from '../core/ports.js';

/** What a CLI command may touch: injected so tests run commands in-process. */
export interface CliContext {
  readonly cwd: string;
  readonly clock: Clock;
  out(text: string): void;
  err(text: string): void;
}

/** A mistake in how the command was called: exit code 2 with the message. */
export class UsageError extends Error {}

export const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

export function displayPath(context: CliContext, path: string): string {
  return relative(context.cwd, path) || path;
}
