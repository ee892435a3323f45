import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PassSchedule } from '../../../src/diagnostics/passSchedule';

const options = { quietMs: 400, maxHoldMs: 2_500 };

function scheduleAt(start = 1_000) {
  const clock = { now: start };
  const schedule = new PassSchedule(() => clock.now, options);
  return { clock, schedule };
}

describe('PassSchedule', () => {
  it('waits out the quiet after start-up, then lets work run', () => {
    const { clock, schedule } = scheduleAt();
    expect(schedule.holdMs()).toBe(400);
    clock.now += 150;
    expect(schedule.holdMs()).toBe(250);
    clock.now += 250;
    expect(schedule.holdMs()).toBe(0);
  });

  it('with a start-up quiet, holds the first pass that long after activation, paints or not', () => {
    const clock = { now: 1_000 };
    const schedule = new PassSchedule(() => clock.now, { ...options, startupQuietMs: 2_000 });
    expect(schedule.holdMs()).toBe(2_000);
    clock.now += 500;
    schedule.paintStarted('tree');
    clock.now += 100;
    schedule.paintFinished('tree');
    expect(schedule.holdMs()).toBe(1_400);
    clock.now += 1_400;
    expect(schedule.holdMs()).toBe(0);
    // After start-up only paints hold work.
    schedule.surfacesRepaint();
    expect(schedule.holdMs()).toBe(400);
  });

  it('leaves the surfaces the quiet after the index changes, before their requests arrive', () => {
    const { clock, schedule } = scheduleAt();
    clock.now += 2_000;
    expect(schedule.holdMs()).toBe(0);
    schedule.surfacesRepaint();
    expect(schedule.holdMs()).toBe(400);
    clock.now += 400;
    expect(schedule.holdMs()).toBe(0);
  });

  it('holds work while a first paint is under way, and for the quiet after it', () => {
    const { clock, schedule } = scheduleAt();
    clock.now += 1_000;
    schedule.paintStarted('tree');
    expect(schedule.holdMs()).toBe(400);
    clock.now += 700;
    expect(schedule.holdMs()).toBe(400);
    schedule.paintFinished('tree');
    clock.now += 100;
    expect(schedule.holdMs()).toBe(300);
    clock.now += 300;
    expect(schedule.holdMs()).toBe(0);
  });

  it('waits for every surface painting, not only the first to finish', () => {
    const { clock, schedule } = scheduleAt();
    clock.now += 1_000;
    schedule.paintStarted('tree');
    schedule.paintStarted('board');
    clock.now += 200;
    schedule.paintFinished('tree');
    clock.now += 500;
    expect(schedule.holdMs()).toBeGreaterThan(0);
    schedule.paintFinished('board');
    clock.now += 400;
    expect(schedule.holdMs()).toBe(0);
  });

  it('a paint that never finishes holds work for at most the cap, and only once', () => {
    const { clock, schedule } = scheduleAt();
    clock.now += 1_000;
    schedule.paintStarted('board');
    let waited = 0;
    for (let hold = schedule.holdMs(); hold > 0; hold = schedule.holdMs()) {
      clock.now += hold;
      waited += hold;
    }
    expect(waited).toBe(2_500);
    // The stuck paint no longer counts: the next slice runs at once.
    clock.now += 15;
    expect(schedule.holdMs()).toBe(0);
  });

  it('ignores a finish it never saw start, and a second start of the same paint', () => {
    const { clock, schedule } = scheduleAt();
    clock.now += 1_000;
    schedule.paintFinished('board');
    expect(schedule.holdMs()).toBe(0);
    schedule.paintStarted('tree');
    clock.now += 2_000;
    schedule.paintStarted('tree');
    clock.now += 500;
    expect(schedule.holdMs()).toBe(0);
  });

  it('whatever the paints do, one slice never waits longer than the cap', () => {
    const event = fc.tuple(fc.constantFrom('start', 'finish'), fc.constantFrom('tree', 'board'), fc.nat(700));
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const { clock, schedule } = scheduleAt();
        let waited = 0;
        let next = 0;
        for (let hold = schedule.holdMs(); hold > 0; hold = schedule.holdMs()) {
          expect(hold).toBeLessThanOrEqual(options.maxHoldMs);
          clock.now += hold;
          waited += hold;
          // Surfaces report paints while the slice waits.
          const [kind, key, after] = events[next++] ?? ['finish', 'none', 0];
          clock.now += after;
          waited += after;
          if (kind === 'start') schedule.paintStarted(key);
          else schedule.paintFinished(key);
        }
        // The last report may come up to one step after the cap ran out.
        expect(waited).toBeLessThanOrEqual(options.maxHoldMs + 700);
      }),
    );
  });
});
