// When the views refresh after index changes. Free of `vscode`, so its timing is unit-tested
// with fake timers; GoalWorkspace owns one.

/**
 * Runs `refresh` on the next turn after a quiet spell, and at most once per `windowMs` during
 * a burst: a single disk write or keystroke shows at once, while typing or a checkout
 * refreshes the views a few times a second rather than per change.
 */
export class RefreshThrottle {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRun = Number.NEGATIVE_INFINITY;

  constructor(
    private windowMs: number,
    private readonly refresh: () => void,
  ) {}

  /** Changes the spacing of refreshes during a burst (from the next one scheduled). */
  setWindow(windowMs: number): void {
    this.windowMs = windowMs;
  }

  /** Asks for a refresh; asks made before it runs are served by that one run. */
  schedule(): void {
    if (this.timer) return;
    // The timer also gathers what lands in the same turn, even after a quiet spell.
    this.timer = setTimeout(() => this.runNow(), Math.max(0, this.lastRun + this.windowMs - Date.now()));
  }

  /** Refreshes now, serving any pending ask. */
  runNow(): void {
    this.cancel();
    this.lastRun = Date.now();
    this.refresh();
  }

  dispose(): void {
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
