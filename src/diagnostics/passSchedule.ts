/**
 * When the diagnostics may do workspace-wide work that is not urgent: the first pass over
 * files no editor shows (hints, `Diagnostic` objects, `DiagnosticCollection.set` for
 * thousands of files) used to start as the index completed, which on a cold start is when the
 * tree builds its first rows and the board its first cards. Pure: the clock is given.
 */

/** What a surface tells the diagnostics about the first paint it owes the user. */
export interface PaintReporter {
  /** The surface began producing what the user waits for (the tree's first rows, a board's first cards). */
  paintStarted(key: string): void;
  /** It handed them over, or gave up. */
  paintFinished(key: string): void;
}

export interface PassScheduleOptions {
  /** Quiet wanted after a paint finished (and after start-up) before deferred work runs. */
  readonly quietMs: number;
  /** Longest one slice waits, and how long a paint that never finishes counts (a board restored in a background tab posts nothing until shown). */
  readonly maxHoldMs: number;
  /**
   * Quiet wanted after activation: the workbench restores views and editors and the user opens
   * the Backlog in those first seconds, and each `DiagnosticCollection.set` of a first pass makes
   * the window's renderer work through thousands of files' markers just then. Not above `maxHoldMs`.
   */
  readonly startupQuietMs?: number;
}

/**
 * Problems must be complete within a few seconds: at most 2.5 s of waiting, once per stuck
 * paint; 2 s after activation before the first pass. In the real VS Code on 2,000 goal files
 * with the cache present (npm run bench:start), the pass otherwise ran as the Backlog view
 * opened: the tree's rows left the host at the same moment as with 20 files, and showed 0.4 s later.
 */
export const defaultPassSchedule: PassScheduleOptions = { quietMs: 400, maxHoldMs: 2_500, startupQuietMs: 2_000 };

export class PassSchedule implements PaintReporter {
  /** Paints under way, by surface key, with when they started. */
  private readonly painting = new Map<string, number>();
  private lastPaintAt: number;
  /** When the slice now waiting first asked. */
  private heldSince: number | undefined;
  /** Until when start-up is quiet time (see `startupQuietMs`). */
  private readonly startupUntil: number;

  constructor(
    private readonly now: () => number,
    private readonly options: PassScheduleOptions = defaultPassSchedule,
  ) {
    // Start-up counts as a paint: the workbench is busy restoring views right after activation.
    this.lastPaintAt = now();
    this.startupUntil = this.lastPaintAt + (options.startupQuietMs ?? 0);
  }

  paintStarted(key: string): void {
    if (!this.painting.has(key)) this.painting.set(key, this.now());
  }

  paintFinished(key: string): void {
    if (this.painting.delete(key)) this.lastPaintAt = this.now();
  }

  /**
   * The index changed (it completed, files arrived): the tree and an open board repaint now,
   * though their requests may not have reached the extension host yet. Counts as a paint that
   * just finished, so deferred work leaves them the quiet first.
   */
  surfacesRepaint(): void {
    this.lastPaintAt = this.now();
  }

  /** How long the next slice of deferred work should wait before asking again; 0 means run it now. */
  holdMs(): number {
    const now = this.now();
    this.heldSince ??= now;
    const { quietMs, maxHoldMs } = this.options;
    const capLeft = this.heldSince + maxHoldMs - now;
    const activePaints = [...this.painting.values()].filter((startedAt) => now - startedAt < maxHoldMs);
    const paintsLeft = activePaints.length > 0 ? Math.min(quietMs, ...activePaints.map((startedAt) => startedAt + maxHoldMs - now)) : this.lastPaintAt + quietMs - now;
    const quietLeft = Math.max(paintsLeft, this.startupUntil - now);
    const hold = Math.min(capLeft, quietLeft);
    if (hold > 0) return hold;
    this.heldSince = undefined;
    return 0;
  }
}
