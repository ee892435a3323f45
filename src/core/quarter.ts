// Quarters are written `YYYY-Qn`. Parsing is strict so that sorting and grouping by the
// string is always right; `normaliseQuarter` powers the quick fix for near misses.

const quarterPattern = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: string): boolean {
  return quarterPattern.test(value);
}

/** `2026-q4`, `Q4 2026`, `2026 Q4`, `Q4-2026`, `2026Q4` → `2026-Q4`; undefined when unsure. */
export function normaliseQuarter(value: string): string | undefined {
  const trimmed = value.trim();
  const yearFirst = /^(\d{4})\s*[-/ ]?\s*q([1-4])$/i.exec(trimmed);
  if (yearFirst) return `${yearFirst[1]}-Q${yearFirst[2]}`;
  const quarterFirst = /^q([1-4])\s*[-/ ]?\s*(\d{4})$/i.exec(trimmed);
  if (quarterFirst) return `${quarterFirst[2]}-Q${quarterFirst[1]}`;
  return undefined;
}

/** The quarter a YYYY-MM-DD date falls in. */
export function quarterOfDate(isoDate: string): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function nextQuarter(quarter: string): string {
  const match = quarterPattern.exec(quarter);
  if (!match) return quarter;
  const year = Number(match[1]);
  const q = Number(match[2]);
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

export function previousQuarter(quarter: string): string {
  const match = quarterPattern.exec(quarter);
  if (!match) return quarter;
  const year = Number(match[1]);
  const q = Number(match[2]);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD (calendar days, no time zones involved). */
export function daysBetween(from: string, to: string): number {
  const msPerDay = 86_400_000;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / msPerDay);
}

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
