// The words the webviews show, sent by the host in VS Code's display language: the webview
// bundles hold no user-visible English of their own. Each view has a record of named texts
// (its keys listed here, so both sides and the message check agree); a text may hold `{0}`,
// `{1}`… which the webview fills in with `fillText`. Plain data only: no vscode, no DOM.

import { hasOnlyKeys, plainFields } from './messageShape.js';

/** The board's texts (filled in by src/board/boardStrings.ts). */
export const boardStringKeys = [
  'loading',
  'requestChange',
  'couldNot',
  'editFailed',
  'showing',
  'requestMove',
  'requestClearGrade',
  'requestGrade',
  'requestTick',
  'requestUntick',
  'storyDone',
  'storyOpen',
  'gradeCleared',
  'graded',
  'filters',
  'searchPlaceholder',
  'swimlanes',
  'swimlanesTitle',
  'thisWeek',
  'thisWeekTitle',
  'quarter',
  'objective',
  'careerArea',
  'search',
  'allObjectives',
  'allAreas',
  'currentQuarter',
  'unscheduledBacklog',
  'allQuarters',
  'dismiss',
  'dismissMessage',
  'gradeEmpty',
  'gradeNotANumber',
  'gradeOutOfRange',
  'gradeNotAStep',
  'gradeHeading',
  'gradeSuggested',
  'gradeSuggestedTitle',
  'gradeSuggestedLabel',
  'gradeFieldLabel',
  'gradeSet',
  'gradeCancel',
  'gradeClear',
  'gradeClearTitle',
  'gradePick',
  'columnTodo',
  'columnDoing',
  'columnDone',
  'columnDropped',
  'openInEditor',
  'openInEditorLabel',
  'storiesOne',
  'storiesOther',
  'untitled',
  'notGradedLabel',
  'gradeLabel',
  'setGradeTitle',
  'gradeTitle',
  'bandRed',
  'bandYellow',
  'bandGreen',
  'bandNone',
  'progressTitle',
  'progressFromTitle',
  'checkInNone',
  'checkInDays',
  'noCheckInTitle',
  'checkInDaysOne',
  'checkInDaysOther',
  'commitsTitle',
  'noCommits',
  'commitsLabel',
  'cardNoTitle',
  'cardObjective',
  'cardNotGraded',
  'cardGrade',
  'cardProgress',
  'cardStoriesOpen',
  'pickedUp',
  'carriedTo',
  'firstColumn',
  'lastColumn',
  'droppedBack',
  'droppedIn',
  'moveCancelledBack',
  'moveCancelled',
  'gradedNote',
  'summaryOne',
  'summaryOther',
  'boardLabel',
  'objectivesLabel',
  'droppedExpanded',
  'droppedCollapsed',
  'collapseDroppedLabel',
  'expandDroppedLabel',
  'collapseDropped',
  'expandDropped',
  'emptyNoGoals',
  'emptyNoMatch',
  'laneLabel',
  'listLabel',
  'addCheckIn',
  'checkInButton',
  'addKeyResult',
  'keyResultButton',
  'backlog',
  'notScored',
  'objectiveScore',
  'objectiveScoreNote',
  'noCheckInYet',
  'checkedInToday',
  'lastCheckIn',
  'nextStepsOne',
  'nextStepsOther',
  'addCheckInTo',
  'addKeyResultTo',
  'keyResultsOne',
  'keyResultsOther',
  'krCountOne',
  'krCountOther',
  'moved',
] as const;
export type BoardStrings = { readonly [K in (typeof boardStringKeys)[number]]: string };

/** The Quarter Review's texts (filled in by src/review/reviewStrings.ts). */
export const reviewStringKeys = [
  'title',
  'quarter',
  'export',
  'exportTitle',
  'loading',
  'dismiss',
  'dismissMessage',
  'saved',
  'save',
  'couldNot',
  'editFailed',
  'notScoredYet',
  'scoreWithBand',
  'summary',
  'summaryClosed',
  'calibration',
  'saveAnswers',
  'savedAnswers',
  'gradeRequest',
  'gradeDone',
  'noObjectives',
  'bandRed',
  'bandYellow',
  'bandGreen',
  'questionAchieved',
  'questionFormulation',
  'statusTodo',
  'statusDoing',
  'statusDone',
  'statusDropped',
  'statusActive',
  'statusBacklog',
  'objectiveNotScored',
  'gradeNotScored',
  'objectiveScoreChip',
  'gradeChip',
  'openTitle',
  'open',
  'questions',
  'saveButton',
  'answerLocked',
  'alsoInReview',
  'droppedNotScored',
  'checkInsOne',
  'checkInsOther',
  'checkInsLastOne',
  'checkInsLastOther',
  'keyResultsOf',
  'columnKeyResult',
  'columnStatus',
  'columnProgress',
  'columnGrade',
  'gradeFor',
  'notGraded',
  'suggestedGrade',
  'saving',
  'savedInFile',
  'notSaved',
  'chartData',
  'notScored',
  'noObjectiveScore',
  'objectiveScores',
  'titleScoreBand',
  'objectiveScoresCaption',
  'noObjectivesInQuarter',
  'columnObjective',
  'columnScore',
  'columnBand',
  'noGrades',
  'gradesUngraded',
  'grades',
  'gradesCaption',
  'notGradedRow',
  'columnKeyResults',
  'confidenceCaption',
  'noConfidence',
  'confidenceSummary',
  'valueOnDate',
  'columnCheckIn',
  'columnConfidence',
  'quarterScoresCaption',
  'noQuarterScore',
  'quarterScores',
  'countAtGrade',
] as const;
export type ReviewStrings = { readonly [K in (typeof reviewStringKeys)[number]]: string };

/** Longer than any sentence of ours in any language; a bound so a bad message cannot flood the DOM. */
const maxTextLength = 1000;

/**
 * The record when `value` is exactly one (plain data, every key a string, no other keys), else
 * undefined. The webview checks the host's strings like the host checks the webview's messages.
 */
export function parseStrings<K extends string>(value: unknown, keys: readonly K[]): { readonly [Key in K]: string } | undefined {
  const checked = plainFields(value);
  if (!checked.ok || !hasOnlyKeys(checked.fields, keys)) return undefined;
  const fields = checked.fields;
  for (const key of keys) {
    const text = fields[key];
    if (typeof text !== 'string' || text.length > maxTextLength) return undefined;
  }
  return fields as { readonly [Key in K]: string };
}

export function parseBoardStrings(value: unknown): BoardStrings | undefined {
  return parseStrings(value, boardStringKeys);
}

export function parseReviewStrings(value: unknown): ReviewStrings | undefined {
  return parseStrings(value, reviewStringKeys);
}

/**
 * A text with its `{0}`, `{1}`… replaced by `args`, in one pass (an argument that itself holds
 * `{1}` stays as written); a placeholder without an argument stays too. The result goes into
 * the DOM as text (textContent or an attribute), never as markup.
 */
export function fillText(template: string, args: readonly (string | number)[]): string {
  if (args.length === 0) return template;
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? match : String(arg);
  });
}

/**
 * What a webview keeps of the host's words: the record once it arrives, each text with its
 * arguments filled in (empty until then), and the one-or-other choice for a count.
 */
export class HostTexts<K extends string> {
  private strings: { readonly [Key in K]: string } | undefined;

  set(next: { readonly [Key in K]: string }): void {
    this.strings = next;
  }

  text(key: K, ...args: readonly (string | number)[]): string {
    return this.strings ? fillText(this.strings[key], args) : '';
  }

  /** `one` for a count of 1, `other` for any other count, with the count as `{0}`. */
  count(count: number, one: K, other: K, ...rest: readonly (string | number)[]): string {
    return this.text(count === 1 ? one : other, count, ...rest);
  }
}
