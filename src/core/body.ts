import type { Heading, ListItem, Root, RootContent } from 'mdast';
import { readFrontMatter } from './frontMatter.js';
import { parseMarkdownTree } from './markdownTree.js';
import type { CheckIn, GoalBody, GoalDiagnostic, TaskItem } from './model.js';
import { LineIndex } from './positions.js';
import { isIsoDate } from './quarter.js';
import { hasOwnReviewText } from './review.js';

const checkInsHeading = /^check[- ]?ins?$/i;
const reviewHeading = /^(review|retrospective|quarter review)$/i;
const fieldLine = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(progress|next(?: steps)?|confidence)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$/i;

function headingText(heading: Heading): string {
  const parts: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }): void => {
    if (typeof node.value === 'string') parts.push(node.value);
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(heading as never);
  return parts.join('').trim();
}

function collectTasks(node: Root | RootContent, found: ListItem[]): void {
  if (node.type === 'listItem' && typeof node.checked === 'boolean') found.push(node);
  if ('children' in node) for (const child of node.children) collectTasks(child as RootContent, found);
}

export interface ParsedBody {
  readonly body: GoalBody;
  readonly diagnostics: readonly GoalDiagnostic[];
}

/**
 * Reads the body facts of a goal file with remark: dated check-ins under `## Check-ins`,
 * the `## Review` section and `- [ ]` task items. Line numbers are the file's own.
 */
export function parseGoalBody(text: string): ParsedBody {
  const bodyStart = readFrontMatter(text)?.bodyStart ?? 0;
  const source = text.slice(bodyStart);
  const lines = new LineIndex(text);
  const tree = parseMarkdownTree(source);
  const diagnostics: GoalDiagnostic[] = [];
  const checkIns: CheckIn[] = [];
  let section: 'check-ins' | 'review' | 'other' = 'other';
  let reviewStart: number | undefined;
  let reviewEnd: number | undefined;
  let currentCheckIn: { date: string; line: number; start: number } | undefined;
  const pendingCheckIns: { date: string; line: number; start: number; end: number }[] = [];

  const closeCheckIn = (end: number): void => {
    if (currentCheckIn) pendingCheckIns.push({ ...currentCheckIn, end });
    currentCheckIn = undefined;
  };

  for (const node of tree.children) {
    const start = bodyStart + (node.position?.start.offset ?? 0);
    if (node.type === 'heading' && node.depth <= 2) {
      closeCheckIn(start);
      if (section === 'review' && reviewEnd === undefined) reviewEnd = start;
      const title = headingText(node);
      section = checkInsHeading.test(title) ? 'check-ins' : reviewHeading.test(title) ? 'review' : 'other';
      if (section === 'review' && reviewStart === undefined) reviewStart = bodyStart + (node.position?.end.offset ?? 0);
      continue;
    }
    if (section === 'check-ins' && node.type === 'heading' && node.depth === 3) {
      closeCheckIn(start);
      const title = headingText(node);
      const date = /^(\d{4}-\d{2}-\d{2})\b/.exec(title)?.[1];
      const position = lines.position(start);
      if (date && isIsoDate(date)) {
        currentCheckIn = { date, line: position.line, start: bodyStart + (node.position?.end.offset ?? 0) };
      } else {
        diagnostics.push({
          code: 'check-in-not-a-date',
          severity: 'warning',
          message: `Check-in heading "${title.slice(0, 40)}" should be a date such as 2026-10-14.`,
          range: lines.range(start, bodyStart + (node.position?.end.offset ?? 0)),
        });
      }
    }
  }
  closeCheckIn(text.length);
  if (section === 'review' && reviewEnd === undefined) reviewEnd = text.length;

  for (const pending of pendingCheckIns) {
    const fields: { progress?: string; next?: string; confidence?: number } = {};
    let offset = pending.start;
    for (const line of text.slice(pending.start, pending.end).split('\n')) {
      const match = fieldLine.exec(line.replace(/\r$/, ''));
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
              message: `Confidence "${value.slice(0, 20)}" should be a number from 0.0 to 1.0.`,
              range: lines.range(offset, offset + line.length),
            });
          } else fields.confidence = confidence;
        }
      }
      offset += line.length + 1;
    }
    checkIns.push({ date: pending.date, line: pending.line, ...fields });
  }

  const taskNodes: ListItem[] = [];
  collectTasks(tree, taskNodes);
  const tasks: TaskItem[] = taskNodes.map((item) => {
    const start = bodyStart + (item.position?.start.offset ?? 0);
    const firstChild = item.children[0];
    const textStart = bodyStart + (firstChild?.position?.start.offset ?? 0);
    const textEnd = bodyStart + (firstChild?.position?.end.offset ?? 0);
    return { text: text.slice(textStart, textEnd).trim(), done: item.checked === true, line: lines.position(start).line };
  });

  const reviewText = reviewStart !== undefined ? text.slice(reviewStart, reviewEnd).trim() : undefined;
  return {
    body: {
      checkIns,
      tasks,
      // The stub's heading and prompts alone are not a review.
      hasReview: hasOwnReviewText(reviewText),
      ...(reviewText ? { reviewText } : {}),
    },
    diagnostics,
  };
}
