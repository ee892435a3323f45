/** What `publishInSlices` needs from the publisher; no `vscode`, so the order of steps is unit-tested. */
export interface SliceSteps<T> {
  /** Never published yet: such a slice waits for deferred-work time (`holdMs`). */
  isNew(item: T): boolean;
  /** How long deferred work must still wait; 0 when it may run. */
  holdMs(): number;
  /** Sets a slice's diagnostics; returns the uris that changed. */
  publish(slice: readonly T[]): readonly string[];
  /** Resolves once the window has handled everything sent before this call. */
  windowCaughtUp(): PromiseLike<unknown>;
  wait(ms: number): Promise<void>;
  disposed(): boolean;
  /** A change came in: a new pass will cover what this one did not reach. */
  newPassWanted(): boolean;
}

export interface SliceOptions {
  readonly sliceSize: number;
  /** The host's own pause after a slice that set diagnostics, for other work of the host. */
  readonly gapMs: number;
}

/**
 * Publishes `items` a slice at a time; returns the uris that changed, or `undefined` when
 * disposed midway. After a slice that set diagnostics the next one waits until the window
 * has answered a request sent after it: the window handles markers (the Problems count,
 * decorations) on its one thread, slower than the host sends them. In one profiled start of
 * npm run bench:start, a first pass sent 2,000 files' markers in 0.3 s, and an Open Board
 * given at that moment reached the extension 1.35 s later.
 */
export async function publishInSlices<T>(items: readonly T[], steps: SliceSteps<T>, { sliceSize, gapMs }: SliceOptions): Promise<string[] | undefined> {
  const changed: string[] = [];
  for (let start = 0; start < items.length; start += sliceSize) {
    const slice = items.slice(start, start + sliceSize);
    if (slice.some((item) => steps.isNew(item))) {
      for (let hold = steps.holdMs(); hold > 0; hold = steps.holdMs()) {
        await steps.wait(hold);
        if (steps.disposed()) return undefined;
        // A change while held (a keystroke, a file opened) starts a new pass, which sets the
        // open editors' diagnostics at once rather than after the hold.
        if (steps.newPassWanted()) break;
      }
      if (steps.newPassWanted()) break;
    }
    const set = steps.publish(slice);
    changed.push(...set);
    if (set.length > 0 && start + sliceSize < items.length) {
      // A window that cannot answer (closing) must not stop the pass.
      await steps.windowCaughtUp().then(undefined, () => undefined);
      if (steps.disposed()) return undefined;
      await steps.wait(gapMs);
      if (steps.disposed()) return undefined;
    }
  }
  return changed;
}
