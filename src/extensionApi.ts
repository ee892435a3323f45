import type { Calendar } from './calendar/localCalendar.js';
import type { CareerFrameworks } from './career/careerFrameworks.js';
import type { PaintReporter, PassSchedule } from './diagnostics/passSchedule.js';
import type { WorkspaceCommits } from './git/workspaceCommits.js';
import type { GoalWorkspace } from './goalWorkspace/goalWorkspace.js';

/**
 * What `activate` returns. Integration tests read it through `extension.exports` to check
 * the views' models without scraping the UI; other extensions could use it too.
 */
export interface GrowthBacklogApi {
  readonly goals: GoalWorkspace;
  /** Today's date for every surface, and the event that tells them a new day began. */
  readonly calendar: Calendar;
  /** Commits that name key results in Key-Result: trailers (none without git). */
  readonly commits: WorkspaceCommits;
  /** The career framework of each workspace folder. */
  readonly careerFrameworks: CareerFrameworks;
  /** `performance.now()` when activate() began: the log times the tree's first rows from it. */
  readonly activationStartedAt: number;
  /** The tree and the board report their first paint here; the diagnostics' first pass waits for it. */
  readonly paints: PaintReporter & Pick<PassSchedule, 'holdMs' | 'surfacesRepaint'>;
  /** Filled in by the surfaces that want to expose their model for tests. */
  readonly surfaces: Record<string, unknown>;
}
