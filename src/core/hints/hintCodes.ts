// The stable codes of the coaching hints. The CLI's JSON, the settings, the `silence:` key
// of goal files and the docs all use them, so they never change once shipped.

export const hintCodes = [
  'no-measurable-target',
  'too-many-objectives',
  'too-many-key-results',
  'no-career-link',
  'unknown-career-id',
  'check-in-overdue',
  'no-next-step',
  'low-confidence',
  'routine-work',
  'quarter-not-graded',
  'quarter-not-reviewed',
  'template-text-unchanged',
  'no-time-planned',
  'open-key-results',
] as const;
export type HintCode = (typeof hintCodes)[number];

/** Hints a workspace must switch on (`growthBacklog.hints`): not every team plans time per goal. */
export const hintsOffByDefault: ReadonlySet<HintCode> = new Set(['no-time-planned']);

/** `silence: all` in a goal file silences every hint of the file (or of the key result). */
export const silenceAll = 'all';

export function isHintCode(value: string): value is HintCode {
  return (hintCodes as readonly string[]).includes(value);
}
