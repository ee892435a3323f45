import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate, msUntilNextLocalMidnight } from '../../src/core/localDay';

const hour = 3_600_000;
const minute = 60_000;

// Node reads TZ again whenever it is assigned, so a zone can be set per test and restored
// for the files that share this worker.
const originalZone = process.env.TZ;
function inZone(zone: string): void {
  process.env.TZ = zone;
}
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('local day in Europe/Berlin', () => {
  beforeAll(() => inZone('Europe/Berlin'));

  it('names the local date, not the UTC one', () => {
    // 23:30 UTC on 31 Dec is already New Year in Berlin.
    expect(localDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(localDate(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });

  it('counts to the next midnight within a month, across a month end and a year end', () => {
    expect(msUntilNextLocalMidnight(new Date(2026, 10, 25, 14, 30))).toBe(9 * hour + 30 * minute);
    expect(msUntilNextLocalMidnight(new Date(2026, 1, 28, 23, 59, 59, 999))).toBe(1);
    expect(new Date(new Date(2026, 1, 28, 12).getTime() + msUntilNextLocalMidnight(new Date(2026, 1, 28, 12)))).toEqual(new Date(2026, 2, 1));
    expect(msUntilNextLocalMidnight(new Date(2026, 11, 31, 18))).toBe(6 * hour);
    expect(localDate(new Date(new Date(2026, 11, 31, 18).getTime() + 6 * hour))).toBe('2027-01-01');
  });

  it('is a whole day from midnight, however long that day is (daylight saving)', () => {
    expect(msUntilNextLocalMidnight(new Date(2026, 5, 10))).toBe(24 * hour);
    // 29 Mar 2026: 02:00 CET becomes 03:00 CEST, a 23-hour day.
    expect(msUntilNextLocalMidnight(new Date(2026, 2, 29))).toBe(23 * hour);
    // 03:30 CEST, just after the jump: 20.5 hours left, where a 24-hour day would say 21.5.
    expect(msUntilNextLocalMidnight(new Date('2026-03-29T01:30:00Z'))).toBe(20 * hour + 30 * minute);
    // 25 Oct 2026: 03:00 CEST becomes 02:00 CET, a 25-hour day.
    expect(msUntilNextLocalMidnight(new Date(2026, 9, 25))).toBe(25 * hour);
    // The repeated hour: 02:30 CEST, then 02:30 CET an hour later; both are 25 Oct.
    expect(msUntilNextLocalMidnight(new Date('2026-10-25T00:30:00Z'))).toBe(22 * hour + 30 * minute);
    expect(msUntilNextLocalMidnight(new Date('2026-10-25T01:30:00Z'))).toBe(21 * hour + 30 * minute);
  });
});

describe('local day where the clocks skip midnight', () => {
  beforeAll(() => inZone('America/Sao_Paulo'));

  it('ends the day when 00:00 would have been: the clocks go from 23:59:59 to 01:00', () => {
    // 4 Nov 2018 began at 01:00 -02: the day before lasted 23 hours.
    const lateEvening = new Date('2018-11-04T02:30:00Z');
    expect(localDate(lateEvening)).toBe('2018-11-03');
    expect(msUntilNextLocalMidnight(lateEvening)).toBe(30 * minute);
    expect(localDate(new Date(lateEvening.getTime() + 30 * minute))).toBe('2018-11-04');
    expect(localDate(new Date(lateEvening.getTime() + 30 * minute - 1))).toBe('2018-11-03');
  });
});
