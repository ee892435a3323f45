import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/core/quarter';

/** The definition: what the calendar of `Date` says. */
const byDate = (value: string) => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};

describe('isIsoDate', () => {
  it('agrees with the calendar on every YYYY-MM-DD, leap years and impossible days included', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(fc.property(date, (value) => isIsoDate(value) === byDate(value)), { numRuns: 20_000 });
    for (const value of ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2026-04-31', '2026-12-31', '2026-1-01', '2026-01-01x']) {
      expect(isIsoDate(value)).toBe(byDate(value) && /^\d{4}-\d{2}-\d{2}$/.test(value));
    }
  });
});
