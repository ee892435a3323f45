import { describe, expect, it } from 'vitest';
import { publishInSlices, type SliceSteps } from '../../../src/diagnostics/slicedPublish';

/** Steps that record what happened, in order; the window answers when the test says so. */
function recordingSteps(options: { published?: ReadonlySet<string>; holds?: number[]; changes?: (slice: readonly string[]) => readonly string[] } = {}) {
  const events: string[] = [];
  const holds = [...(options.holds ?? [])];
  let answer: (() => void) | undefined;
  let disposed = false;
  let wanted = false;
  const steps: SliceSteps<string> = {
    isNew: (item) => !(options.published ?? new Set()).has(item),
    holdMs: () => holds.shift() ?? 0,
    publish: (slice) => {
      events.push(`publish ${slice.join(',')}`);
      return options.changes ? options.changes(slice) : slice;
    },
    windowCaughtUp: () => {
      events.push('ask window');
      return new Promise<void>((resolve) => (answer = resolve));
    },
    wait: async (ms) => {
      events.push(`wait ${ms}`);
    },
    disposed: () => disposed,
    newPassWanted: () => wanted,
  };
  return {
    steps,
    events,
    answerWindow: () => {
      events.push('window answers');
      answer?.();
      answer = undefined;
    },
    dispose: () => (disposed = true),
    wantNewPass: () => (wanted = true),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('publishInSlices', () => {
  it('sends the next slice only after the window has answered for the last one', async () => {
    const run = recordingSteps();
    const done = publishInSlices(['a', 'b', 'c', 'd', 'e'], run.steps, { sliceSize: 2, gapMs: 15 });
    await settle();
    // Held: the window has not answered, so only the first slice went out.
    expect(run.events).toEqual(['publish a,b', 'ask window']);
    run.answerWindow();
    await settle();
    expect(run.events.slice(2)).toEqual(['window answers', 'wait 15', 'publish c,d', 'ask window']);
    run.answerWindow();
    // The last slice asks nothing: nothing follows it.
    await expect(done).resolves.toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(run.events.slice(6)).toEqual(['window answers', 'wait 15', 'publish e']);
  });

  it('does not wait on the window after a slice that changed nothing', async () => {
    const run = recordingSteps({ changes: (slice) => slice.filter((item) => item === 'c') });
    const done = publishInSlices(['a', 'b', 'c', 'd'], run.steps, { sliceSize: 2, gapMs: 15 });
    await settle();
    expect(run.events).toEqual(['publish a,b', 'publish c,d']);
    await expect(done).resolves.toEqual(['c']);
  });

  it('goes on when the window cannot answer', async () => {
    const run = recordingSteps();
    run.steps.windowCaughtUp = () => Promise.reject(new Error('window closed'));
    await expect(publishInSlices(['a', 'b', 'c'], run.steps, { sliceSize: 1, gapMs: 5 })).resolves.toEqual(['a', 'b', 'c']);
    expect(run.events).toEqual(['publish a', 'wait 5', 'publish b', 'wait 5', 'publish c']);
  });

  it('holds a slice of new files while deferred work must wait; published ones go straight through', async () => {
    const run = recordingSteps({ published: new Set(['a', 'b']), holds: [300, 120] });
    run.steps.windowCaughtUp = async () => run.events.push('ask window');
    await publishInSlices(['a', 'b', 'c', 'd'], run.steps, { sliceSize: 2, gapMs: 15 });
    expect(run.events).toEqual(['publish a,b', 'ask window', 'wait 15', 'wait 300', 'wait 120', 'publish c,d']);
  });

  it('stops for a newer pass while held, and returns nothing once disposed', async () => {
    const wanted = recordingSteps({ holds: [300, 300] });
    wanted.steps.wait = async (ms) => {
      wanted.events.push(`wait ${ms}`);
      wanted.wantNewPass();
    };
    await expect(publishInSlices(['a', 'b'], wanted.steps, { sliceSize: 1, gapMs: 15 })).resolves.toEqual([]);
    expect(wanted.events).toEqual(['wait 300']);

    const disposed = recordingSteps();
    const done = publishInSlices(['a', 'b'], disposed.steps, { sliceSize: 1, gapMs: 15 });
    await settle();
    disposed.dispose();
    disposed.answerWindow();
    await expect(done).resolves.toBeUndefined();
    expect(disposed.events).toEqual(['publish a', 'ask window', 'window answers']);
  });
});
