// Notices that the local date changed without polling: one timer aimed at the next local
// midnight, re-armed after it fires. Free of `vscode` so its timing is unit-tested with fake
// timers; LocalCalendar adds the editor's signals.
import { localDate, msUntilNextLocalMidnight } from '../core/localDay.js';

export class DayWatcher {
  private day: string;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly now: () => Date,
    private readonly onDayChange: (today: string) => void,
  ) {
    this.day = localDate(now());
    this.arm();
  }

  /**
   * Reads the clock again and reports a new date, forwards or back. Cheap enough to call on
   * any hint that time may have jumped: timers stall while the machine sleeps, and the
   * user may have moved to another time zone.
   */
  check(): void {
    if (this.disposed) return;
    const today = localDate(this.now());
    // After a jump the pending timer aims at the wrong midnight (or fired early): aim again.
    this.arm();
    if (today === this.day) return;
    this.day = today;
    this.onDayChange(today);
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), msUntilNextLocalMidnight(this.now()));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
