import type { CheckIn } from './model.js';

/**
 * The most recent check-in date, if any. Kept apart from body.ts so that views can use it
 * without pulling remark into the extension's activation bundle.
 */
export function latestCheckIn(checkIns: readonly CheckIn[]): string | undefined {
  let latest: string | undefined;
  for (const checkIn of checkIns) if (latest === undefined || checkIn.date > latest) latest = checkIn.date;
  return latest;
}
