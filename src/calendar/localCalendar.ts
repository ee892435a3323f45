import * as vscode from 'vscode';
import { localDate } from '../core/localDay.js';
import type { Clock } from '../core/ports.js';
import { DayWatcher } from './dayWatcher.js';

/** Today's date, and an event for the surfaces whose text depends on it. */
export interface Calendar extends Clock {
  /** Fires with the new date (YYYY-MM-DD) when the local date changes: midnight, a wake-up on a later day, a new time zone. */
  readonly onDidChangeDay: vscode.Event<string>;
}

/** What integration tests read through `api.surfaces.calendar`. */
export interface CalendarSurface {
  /**
   * Moves the extension's clock to noon of `date` (YYYY-MM-DD), or back to the real time
   * without one, and lets the watcher notice as it would notice a real midnight.
   */
  travelTo(date: string | undefined): void;
}

/**
 * The extension's one clock: the system's local time, plus an offset that only tests set.
 * The API that `activate` returns hands this calendar to any extension that asks, so the
 * time-travel hook exists only when the extension runs its tests (ExtensionMode.Test), and
 * the offset is a true private field, out of reach from outside.
 */
export class LocalCalendar implements Calendar, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChangeDay = this.changed.event;
  #offsetMs = 0;
  private readonly watcher = new DayWatcher(
    () => this.now(),
    (today) => this.changed.fire(today),
  );
  private readonly disposables: vscode.Disposable[] = [
    this.changed,
    // Timers stall while the machine sleeps: a window that is used again checks the date.
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) this.watcher.check();
    }),
  ];

  /** The test hook, in ExtensionMode.Test only. */
  readonly surfaceForTests: CalendarSurface | undefined;

  constructor(mode: vscode.ExtensionMode) {
    this.surfaceForTests =
      mode === vscode.ExtensionMode.Test
        ? {
            travelTo: (date) => {
              // A date-time without an offset is local time; noon keeps clear of midnight either way.
              this.#offsetMs = date === undefined ? 0 : new Date(`${date}T12:00:00`).getTime() - Date.now();
              this.watcher.check();
            },
          }
        : undefined;
  }

  today(): string {
    return localDate(this.now());
  }

  private now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  dispose(): void {
    this.watcher.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
