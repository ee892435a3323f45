/** The quarter before `2026-Q1` is `2025-Q4`; text that is not a quarter is returned as it is. */
export function previousQuarter(quarter: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return quarter;
  const year = Number(match[1]);
  const number = Number(match[2]);
  return number > 1 ? `${year}-Q${number - 1}` : `${year - 1}-Q4`;
}
