import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DayWatcher } from '../../../src/calendar/dayWatcher';

const hour = 3_600_000;

// Berlin has daylight saving; Node reads TZ again whenever it is assigned.
const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('DayWatcher', () => {
  let days: string[];
  let watcher: DayWatcher | undefined;
  const watch = (now: () => Date = () => new Date()): DayWatcher => (watcher = new DayWatcher(now, (today) => days.push(today)));

  beforeEach(() => {
    days = [];
    vi.useFakeTimers();
  });
  afterEach(() => {
    watcher?.dispose();
    vi.useRealTimers();
  });

  it('reports the new date at local midnight, not before, and keeps one timer for the next one', () => {
    vi.setSystemTime(new Date(2026, 10, 25, 23, 59));
    watch();
    vi.advanceTimersByTime(60_000 - 1);
    expect(days).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(days).toEqual(['2026-11-26']);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(24 * hour);
    expect(days).toEqual(['2026-11-26', '2026-11-27']);
  });

  it('follows the calendar across a month end and a year end', () => {
    vi.setSystemTime(new Date(2026, 11, 30, 8));
    watch();
    vi.advanceTimersByTime(16 * hour + 24 * hour);
    expect(days).toEqual(['2026-12-31', '2027-01-01']);
    vi.setSystemTime(new Date(2027, 0, 31, 20));
    watcher?.check();
    vi.advanceTimersByTime(4 * hour);
    expect(days).toEqual(['2026-12-31', '2027-01-01', '2027-01-31', '2027-02-01']);
  });

  it('takes 23 and 25 hours for the days the clocks change, as the wall clock does', () => {
    vi.setSystemTime(new Date(2026, 2, 28, 23));
    watch();
    vi.advanceTimersByTime(hour);
    expect(days).toEqual(['2026-03-29']);
    // 29 March lasts 23 hours: a fixed 24-hour step would report 30 March an hour late.
    vi.advanceTimersByTime(23 * hour - 1);
    expect(days).toEqual(['2026-03-29']);
    vi.advanceTimersByTime(1);
    expect(days).toEqual(['2026-03-29', '2026-03-30']);

    vi.setSystemTime(new Date(2026, 9, 25));
    watcher?.check();
    expect(days.at(-1)).toBe('2026-10-25');
    // 25 October lasts 25 hours: a fixed 24-hour step would report 26 October an hour early.
    vi.advanceTimersByTime(24 * hour);
    expect(days.at(-1)).toBe('2026-10-25');
    vi.advanceTimersByTime(hour);
    expect(days.at(-1)).toBe('2026-10-26');
  });

  it('notices a day missed while the timers stalled (sleep) when asked to check, and aims at the new midnight', () => {
    vi.setSystemTime(new Date(2026, 10, 25, 22));
    watch();
    // Asleep: the wall clock moves on, the timer does not run.
    vi.setSystemTime(new Date(2026, 10, 27, 9));
    watcher?.check();
    expect(days).toEqual(['2026-11-27']);
    watcher?.check();
    expect(days).toEqual(['2026-11-27']);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(15 * hour);
    expect(days).toEqual(['2026-11-27', '2026-11-28']);
  });

  it('reports a date that moved back (a time zone to the west)', () => {
    vi.setSystemTime(new Date(2026, 10, 26, 0, 30));
    watch();
    vi.setSystemTime(new Date(2026, 10, 25, 18, 30));
    watcher?.check();
    expect(days).toEqual(['2026-11-25']);
  });

  it('stays quiet when a timer fires a moment before midnight, and reports once just after', () => {
    vi.setSystemTime(new Date(2026, 10, 25, 23));
    // A clock 5 ms behind the timers: the first wake-up still sees 25 November.
    watch(() => new Date(Date.now() - 5));
    vi.advanceTimersByTime(hour);
    expect(days).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5);
    expect(days).toEqual(['2026-11-26']);
  });

  it('stops when disposed', () => {
    vi.setSystemTime(new Date(2026, 10, 25, 23));
    watch().dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(2 * hour);
    watcher?.check();
    expect(days).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
