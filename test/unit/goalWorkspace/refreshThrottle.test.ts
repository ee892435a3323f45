import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefreshThrottle } from '../../../src/goalWorkspace/refreshThrottle';

describe('RefreshThrottle', () => {
  let runs: number[];
  let throttle: RefreshThrottle;

  beforeEach(() => {
    vi.useFakeTimers();
    runs = [];
    throttle = new RefreshThrottle(40, () => runs.push(Date.now()));
  });
  afterEach(() => {
    throttle.dispose();
    vi.useRealTimers();
  });

  it('refreshes on the next turn after a quiet spell, not after the window', () => {
    const start = Date.now();
    throttle.schedule();
    expect(runs).toEqual([]); // never inside the call: asks in the same turn share the run
    vi.advanceTimersByTime(0);
    expect(runs).toEqual([start]);
  });

  it('refreshes at most once per window during a burst, serving every ask in it', () => {
    const start = Date.now();
    throttle.schedule();
    vi.advanceTimersByTime(0);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(5);
      throttle.schedule();
    }
    vi.advanceTimersByTime(14);
    expect(runs).toEqual([start]); // 39 ms after the first run: still waiting
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([start, start + 40]);
    vi.advanceTimersByTime(200);
    expect(runs).toHaveLength(2);
  });

  it('runs at once on request, serving a pending ask, and a disposed throttle never runs', () => {
    throttle.schedule();
    throttle.runNow();
    vi.advanceTimersByTime(100);
    expect(runs).toHaveLength(1);
    throttle.schedule();
    throttle.dispose();
    vi.advanceTimersByTime(100);
    expect(runs).toHaveLength(1);
  });

  it('spaces a burst by the window in force when the refresh is scheduled (a scan widens it)', () => {
    const start = Date.now();
    throttle.setWindow(500);
    throttle.schedule();
    vi.advanceTimersByTime(0);
    expect(runs).toEqual([start]);
    throttle.schedule();
    vi.advanceTimersByTime(499);
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([start, start + 500]);
    throttle.setWindow(40);
    throttle.schedule();
    vi.advanceTimersByTime(40);
    expect(runs).toEqual([start, start + 500, start + 540]);
  });
});
