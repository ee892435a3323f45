import type { CheckIn } from './model.js';

/** The most recent check-in date, if any: the index keeps it with each goal file's body facts (see bodyFacts.ts). */
export function latestCheckIn(checkIns: readonly CheckIn[]): string | undefined {
  let latest: string | undefined;
  for (const checkIn of checkIns) if (latest === undefined || checkIn.date > latest) latest = checkIn.date;
  return latest;
}
