// The calendar's test hook (moving today) exists only when VS Code runs the extension in test
// mode. The run against the installed .vsix is a user's install, in production mode: there the
// hook must be absent, and the checks that travel in time are skipped rather than failed.
import * as assert from 'node:assert/strict';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import type { CalendarSurface } from '../../src/calendar/localCalendar';

/** Set by test/installed/index.ts before its suites run. */
export const installedRun = { active: false };

/** The hook, or a skip of the current test or hook in the installed run (where its absence is checked instead). */
export function calendarHook(api: GrowthBacklogApi, context: Mocha.Context): CalendarSurface {
  const calendar = api.surfaces.calendar as CalendarSurface | undefined;
  if (!calendar && installedRun.active) context.skip();
  assert.ok(calendar, 'the calendar exposes its test hook');
  return calendar;
}
