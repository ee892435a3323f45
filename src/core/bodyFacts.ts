// What the notes below a goal file's front-matter say: dated check-ins under `## Check-ins`,
// the `## Review` section, `- [ ]` task items. Two readers find the outline these facts come
// from — remark (body.ts, the authority) and a line scanner (bodyScanner.ts, the fast path
// for bodies it can read exactly) — and this file alone turns an outline into facts, so the
// readers can only differ in the outline, which the property tests compare.
import * as l10n from '@vscode/l10n';
import type { BodyFacts, BodySummary, CheckIn, GoalBody, GoalDiagnostic, TaskItem } from './model.js';
import { ownString } from './ownString.js';
import { LineIndex } from './positions.js';
import { isIsoDate } from './quarter.js';
import { hasOwnReviewText, reviewOpening } from './review.js';

/** A top-level heading of depth 1–3 (deeper ones never start or end a section). Offsets are the file's. */
export interface BodyHeading {
  readonly depth: number;
  /** Its plain text, markup removed, trimmed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The 1-based line it is on. */
  readonly line: number;
}

/** Where the sections and tasks of a body are, in file order. */
export interface BodyOutline {
  readonly headings: readonly BodyHeading[];
  readonly tasks: readonly TaskItem[];
}

export interface ParsedBody {
  readonly body: GoalBody;
  readonly diagnostics: readonly GoalDiagnostic[];
}

const checkInsHeading = /^check[- ]?ins?$/i;
const reviewHeading = /^(review|retrospective|quarter review)$/i;
const fieldLine = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(progress|next(?: steps)?|confidence)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$/i;

/** Check-ins, the review and the tasks of a body from its outline; labels are read from the lines themselves. */
export function goalBodyFromOutline(text: string, outline: BodyOutline): ParsedBody {
  // Only diagnostics need positions beyond the outline's own lines: most bodies have none.
  let lineIndex: LineIndex | undefined;
  const lines = (): LineIndex => (lineIndex ??= new LineIndex(text));
  const diagnostics: GoalDiagnostic[] = [];
  const checkIns: CheckIn[] = [];
  let section: 'check-ins' | 'review' | 'other' = 'other';
  let reviewStart: number | undefined;
  let reviewEnd: number | undefined;
  let currentCheckIn: { date: string; line: number; start: number } | undefined;
  const pendingCheckIns: { date: string; line: number; start: number; end: number }[] = [];

  const closeCheckIn = (end: number): void => {
    if (currentCheckIn) pendingCheckIns.push({ date: currentCheckIn.date, line: currentCheckIn.line, start: currentCheckIn.start, end });
    currentCheckIn = undefined;
  };

  for (const heading of outline.headings) {
    if (heading.depth <= 2) {
      closeCheckIn(heading.start);
      if (section === 'review' && reviewEnd === undefined) reviewEnd = heading.start;
      section = checkInsHeading.test(heading.text) ? 'check-ins' : reviewHeading.test(heading.text) ? 'review' : 'other';
      if (section === 'review' && reviewStart === undefined) reviewStart = heading.end;
      continue;
    }
    if (section === 'check-ins' && heading.depth === 3) {
      closeCheckIn(heading.start);
      const date = /^(\d{4}-\d{2}-\d{2})\b/.exec(heading.text)?.[1];
      if (date && isIsoDate(date)) {
        currentCheckIn = { date, line: heading.line, start: heading.end };
      } else {
        diagnostics.push({
          code: 'check-in-not-a-date',
          severity: 'warning',
          message: l10n.t('Check-in heading "{0}" should be a date such as 2026-10-14.', heading.text.slice(0, 40)),
          range: lines().range(heading.start, heading.end),
        });
      }
    }
  }
  closeCheckIn(text.length);
  if (section === 'review' && reviewEnd === undefined) reviewEnd = text.length;

  for (const pending of pendingCheckIns) {
    const fields: { progress?: string; next?: string; confidence?: number } = {};
    for (let offset = pending.start; offset <= pending.end; ) {
      const newline = text.indexOf('\n', offset);
      const lineEnd = newline === -1 || newline > pending.end ? pending.end : newline;
      const line = text.slice(offset, lineEnd);
      const lineStart = offset;
      offset = lineEnd + 1;
      // Every label line has a colon: most lines are ruled out without the pattern.
      const match = line.includes(':') ? fieldLine.exec(line.endsWith('\r') ? line.slice(0, -1) : line) : null;
      if (match) {
        const name = (match[1] ?? '').toLowerCase();
        const value = (match[2] ?? '').replace(/(\*\*|__)\s*$/, '').trim();
        if (name === 'progress') fields.progress = value;
        else if (name.startsWith('next')) fields.next = value;
        else {
          const confidence = Number(value);
          if (value === '' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
            diagnostics.push({
              code: 'confidence-out-of-range',
              severity: 'warning',
              message: l10n.t('Confidence "{0}" should be a number from 0.0 to 1.0.', value.slice(0, 20)),
              range: lines().range(lineStart, lineStart + line.length),
            });
          } else fields.confidence = confidence;
        }
      }
    }
    const checkIn: { -readonly [K in keyof CheckIn]: CheckIn[K] } = { date: pending.date, line: pending.line };
    if (fields.progress !== undefined) checkIn.progress = fields.progress;
    if (fields.next !== undefined) checkIn.next = fields.next;
    if (fields.confidence !== undefined) checkIn.confidence = fields.confidence;
    checkIns.push(checkIn);
  }

  const reviewText = reviewStart !== undefined ? text.slice(reviewStart, reviewEnd).trim() : undefined;
  // The stub's heading and prompts alone are not a review.
  const body: { -readonly [K in keyof GoalBody]: GoalBody[K] } = { checkIns, tasks: outline.tasks, hasReview: hasOwnReviewText(reviewText) };
  if (reviewText) body.reviewText = reviewText;
  return { body, diagnostics };
}

/** The summary of a body (see BodySummary), its strings copied so that it never pins the file's text in memory. */
export function summariseGoalBody(body: GoalBody): BodySummary {
  let latest: CheckIn | undefined;
  for (const checkIn of body.checkIns) if (latest === undefined || checkIn.date >= latest.date) latest = checkIn;
  const summary: { -readonly [K in keyof BodySummary]: BodySummary[K] } = {
    tasks: body.tasks.map((task) => ({ text: ownString(task.text), done: task.done, line: task.line })),
    checkIns: body.checkIns.length,
    // A body built by hand (not by the parser) may claim a review without its text.
    hasReview: body.hasReview && hasOwnReviewText(body.reviewText),
  };
  if (latest) summary.latestCheckIn = ownCheckIn(latest);
  const opening = reviewOpening(body.reviewText);
  if (opening !== undefined) summary.reviewOpening = ownString(opening.text);
  if (opening?.cut) summary.reviewOpeningCut = true;
  return summary;
}

/** What the index keeps of a parsed body: its summary, the latest check-in's date and its diagnostics. */
export function summariseBody(parsed: ParsedBody): BodyFacts {
  const summary = summariseGoalBody(parsed.body);
  // Built field by field in one order, not spread from the summary: a spread gave every
  // file's facts a hidden class of their own (about 300 bytes of heap each).
  const facts: { -readonly [K in keyof BodyFacts]: BodyFacts[K] } = {
    tasks: summary.tasks,
    checkIns: summary.checkIns,
    hasReview: summary.hasReview,
    diagnostics: parsed.diagnostics.length === 0 ? [] : parsed.diagnostics.map((diagnostic) => ({ ...diagnostic, message: ownString(diagnostic.message) })),
  };
  if (summary.latestCheckIn) {
    facts.latestCheckIn = summary.latestCheckIn;
    facts.lastCheckIn = summary.latestCheckIn.date;
  }
  if (summary.reviewOpening !== undefined) facts.reviewOpening = summary.reviewOpening;
  if (summary.reviewOpeningCut) facts.reviewOpeningCut = true;
  return facts;
}

function ownCheckIn(checkIn: CheckIn): CheckIn {
  const own: { -readonly [K in keyof CheckIn]: CheckIn[K] } = { date: ownString(checkIn.date), line: checkIn.line };
  if (checkIn.progress !== undefined) own.progress = ownString(checkIn.progress);
  if (checkIn.next !== undefined) own.next = ownString(checkIn.next);
  if (checkIn.confidence !== undefined) own.confidence = checkIn.confidence;
  return own;
}
