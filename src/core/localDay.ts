// The user's calendar day, read from a Date in the host's local time zone. Everything the
// extension shows "today" for (day counts, the current quarter) keys off this string.

/** The local date of `at` as YYYY-MM-DD: a check-in written at 23:30 belongs to that day. */
export function localDate(at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * Milliseconds from `at` until the local date changes. Built from tomorrow's calendar date
 * rather than `+24h`: days around a daylight-saving change last 23 or 25 hours, and where
 * the clocks skip midnight itself, Date resolves it to the first instant of the new day.
 */
export function msUntilNextLocalMidnight(at: Date): number {
  const nextMidnight = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1);
  return nextMidnight.getTime() - at.getTime();
}
