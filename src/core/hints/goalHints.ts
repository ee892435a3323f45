// Coaching hints: advice on how goals are written and followed up, never errors (a goal file
// with hints is valid). One rule set for every surface: the Problems panel, `growth-backlog
// lint` and the quarter report all call `workspaceHints`. Each hint names a known reason why
// personal goals fail (nothing to measure, too many, not tied to the career path, no time, no
// clear next step, drifting into routine work) in one line.

import * as l10n from '@vscode/l10n';
import { closestMatches } from '../closestMatches.js';
import type { BodySummary, KeyResult, Objective, SourceRange } from '../model.js';
import { daysBetween, quarterOfDate } from '../quarter.js';
import { hintsOffByDefault, silenceAll, type HintCode } from './hintCodes.js';
import { measurabilityOf } from './measurability.js';
import { routineWorkOf } from './routineWork.js';
import { templateTitles } from './templateTitles.js';

/** `hint` is advice; `warning` marks what is most likely a typo (an unknown career id). */
export type HintSeverity = 'hint' | 'warning';

export interface GoalHint {
  readonly code: HintCode;
  readonly severity: HintSeverity;
  readonly message: string;
  /** Hints mark the first line of this range only: they point at a line, not at a span. */
  readonly range: SourceRange;
  /** Set on hints about one key result. */
  readonly keyResultId?: string;
  /** `unknown-career-id`: the id as written and the closest ids of the framework, nearest first. */
  readonly careerId?: string;
  readonly suggestions?: readonly string[];
}

export interface HintSettings {
  readonly checkInReminderDays: number;
  readonly maxObjectivesPerQuarter: number;
  readonly maxKeyResultsPerObjective: number;
  /** Per code: `false` silences a hint in this workspace, `true` switches on one that is off by default. */
  readonly enabled?: Readonly<Record<string, boolean>>;
}

export const defaultHintSettings: HintSettings = { checkInReminderDays: 14, maxObjectivesPerQuarter: 3, maxKeyResultsPerObjective: 5 };

export interface HintGoal {
  readonly uri: string;
  readonly objective: Objective;
  /** The body's facts; without them the hints that need them (check-ins, tasks, review) are left out rather than guessed. */
  readonly body?: BodySummary;
}

export interface HintContext {
  /** Today, YYYY-MM-DD. */
  readonly today: string;
  readonly settings: HintSettings;
  /** The career framework's competency ids in its order; without a framework no id is unknown. */
  readonly careerIds?: readonly string[];
  /** Per goal file, when folders have frameworks of their own (multi-root); wins over `careerIds`. */
  readonly careerIdsOf?: (uri: string) => readonly string[] | undefined;
}

export function isHintEnabled(code: HintCode, settings: HintSettings): boolean {
  return settings.enabled?.[code] ?? !hintsOffByDefault.has(code);
}

function isSilenced(code: HintCode, silence: readonly string[] | undefined): boolean {
  return silence !== undefined && (silence.includes(code) || silence.includes(silenceAll));
}

const isOpenObjective = (objective: Objective): boolean => objective.status === 'active' || objective.status === 'backlog';
const isOpenKeyResult = (keyResult: KeyResult): boolean => keyResult.status === 'todo' || keyResult.status === 'doing';

/** A quarter before today's: its goals are history, graded and reviewed rather than coached. */
function isPastQuarter(quarter: string | undefined, today: string): boolean {
  return quarter !== undefined && quarter < quarterOfDate(today);
}

/** First day of a `YYYY-Qn` quarter. */
function quarterStart(quarter: string): string {
  const month = (Number(quarter.slice(6)) - 1) * 3 + 1;
  return `${quarter.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

/** User text inside a message: no control characters (terminals), one line, bounded. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

type Draft = Omit<GoalHint, 'severity'> & { readonly severity?: HintSeverity };

function keyResultHints(objective: Objective, today: string): Draft[] {
  if (!isOpenObjective(objective) || isPastQuarter(objective.quarter, today)) return [];
  const hints: Draft[] = [];
  const templates = templateTitles();
  for (const keyResult of objective.keyResults) {
    if (!isOpenKeyResult(keyResult)) continue;
    const at = { range: keyResult.range, keyResultId: keyResult.id };
    if (keyResult.target === undefined && keyResult.title && !measurabilityOf(keyResult.title).measurable) {
      hints.push({
        ...at,
        code: 'no-measurable-target',
        message: l10n.t('Key result "{0}" has nothing to measure: say how many, by when or what "done" is (or add target:), or it cannot be graded honestly.', keyResult.id),
      });
    }
    const routine = keyResult.title ? routineWorkOf(keyResult.title) : undefined;
    if (routine) {
      hints.push({
        ...at,
        code: 'routine-work',
        message: l10n.t('Key result "{0}" reads like regular duties ({1}): a growth goal should stretch you beyond the day job. Silence with silence: [routine-work] if it does.', keyResult.id, routine),
      });
    }
    if (templates.keyResults.has(normalise(keyResult.title))) {
      hints.push({
        ...at,
        code: 'template-text-unchanged',
        message: l10n.t('Key result "{0}" is still the template\'s wording: goals work when the person who owns them phrases them.', keyResult.id),
      });
    }
  }
  return hints;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function objectiveHints(goal: HintGoal, context: HintContext): Draft[] {
  const { objective, body } = goal;
  const { today, settings } = context;
  const at = { range: objective.range };
  const hints: Draft[] = [];
  const current = quarterOfDate(today);
  const past = isPastQuarter(objective.quarter, today);
  const active = objective.status === 'active';
  const activeNow = active && !past;

  if (isOpenObjective(objective) && !past) {
    const counted = objective.keyResults.filter((keyResult) => keyResult.status !== 'dropped').length;
    if (counted > settings.maxKeyResultsPerObjective) {
      hints.push({
        ...at,
        code: 'too-many-key-results',
        message: l10n.t('{0} key results, more than {1}: an over-ambitious objective rarely gets done; keep the few that matter most.', counted, settings.maxKeyResultsPerObjective),
      });
    }
    if (templateTitles().objectives.has(normalise(objective.title))) {
      hints.push({ ...at, code: 'template-text-unchanged', message: l10n.t('The objective is still the template\'s wording: rewrite it in your own words, so it is your goal and not the tool\'s.') });
    }
  }
  // A done or dropped objective whose key results are still open: finishing the objective
  // should finish them too (a quick fix in src/diagnostics/quickFixes.ts sets them). Past quarters are history.
  if ((objective.status === 'done' || objective.status === 'dropped') && !past) {
    const open = objective.keyResults.filter(isOpenKeyResult);
    if (open.length > 0) {
      const which = open.map((keyResult) => `"${keyResult.id}"`).join(', ');
      hints.push({
        ...at,
        code: 'open-key-results',
        message:
          open.length === 1
            ? l10n.t('This objective is {0}, but key result {1} is still in To do or Doing: set it done or dropped too.', objective.status, which)
            : l10n.t('This objective is {0}, but key results {1} are still in To do or Doing: set them done or dropped too.', objective.status, which),
      });
    }
  }
  if (activeNow && objective.career.length === 0) {
    hints.push({ ...at, code: 'no-career-link', message: l10n.t('No career ids: add career: with the competencies this goal grows, so its progress counts in levelling and promotion talks.') });
  }
  if (activeNow && !objective.time) {
    hints.push({ ...at, code: 'no-time-planned', message: l10n.t('No time set aside: add time: (e.g. time: 4h per sprint), since a goal without time in the plan loses to the sprint.') });
  }
  const careerIds = context.careerIdsOf ? context.careerIdsOf(goal.uri) : context.careerIds;
  if (careerIds && careerIds.length > 0) {
    const known = new Set(careerIds);
    for (const id of new Set(objective.career)) {
      if (known.has(id)) continue;
      const suggestions = closestMatches(id, careerIds);
      hints.push({
        ...at,
        code: 'unknown-career-id',
        severity: 'warning',
        careerId: id,
        suggestions,
        message:
          suggestions.length > 0
            ? l10n.t('Career id "{0}" is not in the career framework; did you mean {1}? Unknown ids do not count as evidence for a competency.', printable(id), suggestions.join(l10n.t(' or ')))
            : l10n.t('Career id "{0}" is not in the career framework. Unknown ids do not count as evidence for a competency.', printable(id)),
      });
    }
  }
  if (body && activeNow && objective.quarter !== undefined && objective.quarter === current) {
    const last = body.latestCheckIn;
    const since = last?.date ?? quarterStart(objective.quarter);
    const days = daysBetween(since, today);
    if (days > settings.checkInReminderDays) {
      hints.push({
        ...at,
        code: 'check-in-overdue',
        message:
          last === undefined
            ? l10n.t('No check-in yet, {0} days into the quarter: add one at your next 1:1 (Growth Backlog: Add Check-in…).', days)
            : l10n.t('No check-in for {0} days (reminder after {1}): add one at your next 1:1 (Growth Backlog: Add Check-in…).', days, settings.checkInReminderDays),
      });
    }
  }
  if (body && activeNow) {
    const last = body.latestCheckIn;
    if (!body.tasks.some((task) => !task.done) && !last?.next) {
      hints.push({ ...at, code: 'no-next-step', message: l10n.t('No open "- [ ]" task and no Next: in the last check-in: write the next small step, so it is clear how to start.') });
    }
    if (last?.confidence !== undefined && last.confidence < 0.5) {
      hints.push({
        ...at,
        code: 'low-confidence',
        message: l10n.t('The last check-in ({0}) says confidence {1}: bring it to your next 1:1 and ask what would help, such as less sprint scope.', last.date, last.confidence),
      });
    }
  }
  if (past && objective.status !== 'dropped') {
    const ungraded = objective.keyResults.filter((keyResult) => keyResult.status !== 'dropped' && keyResult.grade === undefined);
    if (ungraded.length > 0) {
      const ids = ungraded.map((keyResult) => keyResult.id).join(', ');
      hints.push({
        ...at,
        code: 'quarter-not-graded',
        message:
          ungraded.length === 1
            ? l10n.t('{0} is over and key result {1} has no grade: grade it so the quarter has a score.', objective.quarter ?? '', ids)
            : l10n.t('{0} is over and {1} key results {2} have no grade: grade them so the quarter has a score.', objective.quarter ?? '', ungraded.length, ids),
      });
    }
    // hasReview says the review section has text of the person's own (the stub's prompts do not count).
    if (body && !body.hasReview) {
      hints.push({ ...at, code: 'quarter-not-reviewed', message: l10n.t('{0} is over and there is no ## Review text: note what was achieved and whether the goal was well phrased.', objective.quarter ?? '') });
    }
  }
  return hints;
}

/**
 * One hint per objective of a current or future quarter that holds more than
 * `maxObjectivesPerQuarter` objectives (dropped ones do not count). Past quarters are history.
 */
function quarterLoadHints(goals: readonly HintGoal[], context: HintContext): Map<string, Draft> {
  const current = quarterOfDate(context.today);
  const limit = context.settings.maxObjectivesPerQuarter;
  const byQuarter = new Map<string, HintGoal[]>();
  for (const goal of goals) {
    const quarter = goal.objective.quarter;
    if (quarter === undefined || quarter < current || goal.objective.status === 'dropped') continue;
    const list = byQuarter.get(quarter);
    if (list) list.push(goal);
    else byQuarter.set(quarter, [goal]);
  }
  const hints = new Map<string, Draft>();
  for (const [quarter, entries] of byQuarter) {
    if (entries.length <= limit) continue;
    // One message per quarter, not per objective: this runs over every goal after each edit.
    const message = l10n.t('{0} has {1} objectives, more than {2}: a few goals get done, many get diluted. Consider moving some to the backlog.', quarter, entries.length, limit);
    for (const entry of entries) {
      hints.set(entry.uri, {
        code: 'too-many-objectives',
        message,
        range: entry.objective.range,
      });
    }
  }
  return hints;
}

/** A file's own hints, kept while its parse results, today, the settings and the framework ids stay the same. */
interface OwnHints {
  readonly body: BodySummary | undefined;
  readonly today: string;
  readonly settingsKey: string;
  readonly careerIds: readonly string[] | undefined;
  readonly hints: readonly GoalHint[];
}

/**
 * Keyed by the index's Objective object, which is replaced whenever its file changes: a pass
 * after one edit recomputes one file, not the workspace (10,000 files took 0.6–1.9 s a pass
 * without it; see npm run bench:hints).
 */
const ownHintsCache = new WeakMap<Objective, OwnHints>();

function isKept(hint: Draft, goal: HintGoal, settings: HintSettings): boolean {
  if (!isHintEnabled(hint.code, settings) || isSilenced(hint.code, goal.objective.silence)) return false;
  return hint.keyResultId === undefined || !isSilenced(hint.code, goal.objective.keyResults.find((keyResult) => keyResult.id === hint.keyResultId)?.silence);
}

const withSeverity = (hint: Draft): GoalHint => ({ ...hint, severity: hint.severity ?? 'hint' });

/**
 * Every hint for every goal, by uri, after the workspace setting and the files' own
 * `silence:` keys (objective-wide, or on one key result) have had their say. Careers ids are
 * compared by identity for the cache: pass the same array while the framework is unchanged.
 * Given `only`, the hints of those files alone, still counted against every goal (quarter
 * load): a caller can work through thousands of files a slice at a time.
 */
export function workspaceHints(goals: readonly HintGoal[], context: HintContext, only?: ReadonlySet<string>): Map<string, GoalHint[]> {
  const load = quarterLoadHints(goals, context);
  const settingsKey = JSON.stringify(context.settings);
  const result = new Map<string, GoalHint[]>();
  for (const goal of goals) {
    if (only && !only.has(goal.uri)) continue;
    const careerIds = context.careerIdsOf ? context.careerIdsOf(goal.uri) : context.careerIds;
    const cached = ownHintsCache.get(goal.objective);
    let own = cached?.hints;
    if (!cached || cached.body !== goal.body || cached.today !== context.today || cached.settingsKey !== settingsKey || cached.careerIds !== careerIds) {
      const drafts = [...objectiveHints(goal, { ...context, careerIds, careerIdsOf: undefined }), ...keyResultHints(goal.objective, context.today)];
      own = drafts.filter((hint) => isKept(hint, goal, context.settings)).map(withSeverity);
      ownHintsCache.set(goal.objective, { body: goal.body, today: context.today, settingsKey, careerIds, hints: own });
    }
    const loadHint = load.get(goal.uri);
    result.set(goal.uri, loadHint && isKept(loadHint, goal, context.settings) ? [...(own ?? []), withSeverity(loadHint)] : [...(own ?? [])]);
  }
  return result;
}
