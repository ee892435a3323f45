import * as l10n from '@vscode/l10n';
import { readFrontMatter } from '../frontMatter.js';
import { isIsoDate } from '../quarter.js';
import { applyTextEdits, type TextEdit } from '../textEdit.js';
import { isCheckInsHeading, isSectionHeading, outlineBody, type BodyOutline, type CheckInsSection, type OutlineBlock } from './bodyOutline.js';
import { accept, argsOf, describeValue, isRefusal, openGoal, refuse, refuseOnException, type EditableGoal, type EditResult } from './editableGoal.js';
import { decimalSource } from './yamlSource.js';
import { oneLine } from './oneLine.js';

export interface AddCheckInArgs {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly progress: string;
  readonly next?: string;
  /** 0.0 to 1.0; written with at most two decimals. */
  readonly confidence?: number;
}

/**
 * Where the new text goes and where its headings will start in the edited file; or, for a
 * second check-in on one day, where the added lines start below that day's heading.
 */
type Placement =
  | { readonly edit: TextEdit; readonly sectionHeading?: number; readonly checkInHeading: number }
  | { readonly edit: TextEdit; readonly sameDay: { readonly heading: number; readonly lines: number } };

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Just before the line break that ends the line where a block ends (or the block end itself). */
function endOfLine(text: string, offset: number): number {
  let at = offset;
  while (text.charAt(at) === ' ' || text.charAt(at) === '\t') at += 1;
  return at === text.length || text.charAt(at) === '\n' || text.charAt(at) === '\r' ? at : offset;
}

/** True when the line after the one ending at `offset` has content: a paragraph there must be kept apart. */
function nextLineHasContent(text: string, offset: number): boolean {
  const match = /^\r?\n([^\r\n]*)/.exec(text.slice(offset, offset + 512));
  return match !== null && (match[1] ?? '').trim() !== '';
}

/** End of the dated check-in whose heading is `heading`: the next heading of level 1 to 3, or the section's end. */
function checkInEnd(outline: BodyOutline, section: CheckInsSection, heading: OutlineBlock): number {
  const next = outline.blocks.find((block) => block.start > heading.start && block.start < section.contentEnd && block.type === 'heading' && (block.depth ?? 7) <= 3);
  if (!next) return section.contentEnd;
  // The last block before that heading (the heading itself when the check-in is empty).
  const inside = outline.blocks.filter((block) => block.start >= heading.start && block.end <= next.start);
  return inside[inside.length - 1]?.end ?? heading.end;
}

function place(goal: EditableGoal, outline: BodyOutline, entry: string): Placement {
  const { text, bodyStart, eol } = goal;
  const section = `## Check-ins`;
  const date = entry.slice(4, 14);
  const checkIns = outline.checkIns;
  // A second check-in on one day adds to that day's entry rather than repeating its heading.
  const sameDay = checkIns?.dated.filter((dated) => dated.date === date).pop();
  if (checkIns && sameDay) {
    const at = endOfLine(text, bodyStart + checkInEnd(outline, checkIns, sameDay.heading));
    const gap = nextLineHasContent(text, at) ? eol : '';
    const lines = entry.slice(entry.indexOf(eol) + eol.length);
    return { edit: { start: at, end: at, newText: `${eol}${eol}${lines}${gap}` }, sameDay: { heading: bodyStart + sameDay.heading.start, lines: at + 2 * eol.length } };
  }
  if (checkIns) {
    // Chronological: a back-dated check-in goes before the first later one.
    const later = checkIns.dated.find((dated) => dated.date > date);
    if (later) {
      const at = lineStart(text, bodyStart + later.heading.start);
      return { edit: { start: at, end: at, newText: `${entry}${eol}${eol}` }, checkInHeading: at };
    }
    const at = endOfLine(text, bodyStart + checkIns.contentEnd);
    const gap = nextLineHasContent(text, at) ? eol : '';
    return { edit: { start: at, end: at, newText: `${eol}${eol}${entry}${gap}` }, checkInHeading: at + 2 * eol.length };
  }
  if (outline.review) {
    const at = lineStart(text, bodyStart + outline.review.start);
    const newText = `${section}${eol}${eol}${entry}${eol}${eol}`;
    return { edit: { start: at, end: at, newText }, sectionHeading: at, checkInHeading: at + section.length + 2 * eol.length };
  }
  const last = outline.blocks[outline.blocks.length - 1];
  if (last) {
    const at = endOfLine(text, bodyStart + last.end);
    const sectionHeading = at + 2 * eol.length;
    const newText = `${eol}${eol}${section}${eol}${eol}${entry}`;
    return { edit: { start: at, end: at, newText }, sectionHeading, checkInHeading: sectionHeading + section.length + 2 * eol.length };
  }
  const at = text.length;
  const prefix = text.endsWith('\n') ? '' : eol;
  const sectionHeading = at + prefix.length;
  const newText = `${prefix}${section}${eol}${eol}${entry}${eol}`;
  return { edit: { start: at, end: at, newText }, sectionHeading, checkInHeading: sectionHeading + section.length + 2 * eol.length };
}

type Shape = readonly { readonly depth?: number; readonly text?: string }[];

const sameShape = (a: Shape, b: Shape): boolean => a.length === b.length && a.every((item, i) => item.depth === b[i]?.depth && item.text === b[i]?.text);

/**
 * Re-reads the edited body and accepts the edit only if the new headings are where they
 * were meant to be (and read as a check-in of the check-ins section), and every heading
 * the file had before is still there unchanged. This catches unclosed code fences or
 * HTML blocks that would swallow the new text, and text that would absorb an old heading.
 */
function verify(goal: EditableGoal, outline: BodyOutline, placement: Placement, date: string): boolean {
  const next = applyTextEdits(goal.text, [placement.edit]);
  const reread = readFrontMatter(next);
  if (!reread || reread.document.errors.length > 0 || next.slice(0, goal.bodyStart) !== goal.text.slice(0, goal.bodyStart)) return false;
  const base = reread.bodyStart;
  const blocks = outlineBody(next.slice(base)).blocks;
  const headings = (list: readonly OutlineBlock[]) => list.filter((block) => block.type === 'heading');
  if ('sameDay' in placement) {
    // The added lines are a paragraph of their own, under that day's heading, in the check-ins section.
    const index = blocks.findIndex((block) => base + block.start === placement.sameDay.lines);
    if (blocks[index]?.type !== 'paragraph') return false;
    const heading = [...blocks.slice(0, index)].reverse().find((block) => block.type === 'heading');
    if (!heading || base + heading.start !== placement.sameDay.heading || heading.depth !== 3 || !heading.text?.startsWith(date)) return false;
    const section = [...blocks.slice(0, index)].reverse().find(isSectionHeading);
    return section !== undefined && isCheckInsHeading(section) && sameShape(headings(outline.blocks), headings(blocks));
  }
  const ours = new Set([placement.checkInHeading, placement.sectionHeading].filter((offset) => offset !== undefined));
  const index = blocks.findIndex((block) => base + block.start === placement.checkInHeading);
  const heading = blocks[index];
  if (!heading || heading.type !== 'heading' || heading.depth !== 3 || heading.text !== date) return false;
  if (blocks[index + 1]?.type !== 'paragraph') return false;
  const section = [...blocks.slice(0, index)].reverse().find(isSectionHeading);
  if (!section || !isCheckInsHeading(section)) return false;
  const before = headings(outline.blocks);
  const after = headings(blocks).filter((block) => !ours.has(base + block.start));
  const added = headings(blocks).length - after.length;
  return added === ours.size && sameShape(before, after);
}

/**
 * Adds a dated check-in under `## Check-ins`, creating that section at the end of the body
 * (before `## Review` when there is one). Check-ins stay chronological: a new one goes after
 * the existing ones unless it is back-dated. A day that already has a check-in gets the new
 * lines at the end of its entry, so there is one heading per day and the latest values are
 * the ones read. Only text is inserted; nothing is rewritten.
 */
export function addCheckIn(text: string, args: AddCheckInArgs): EditResult {
  return refuseOnException(() => {
    const { date, progress, next, confidence } = argsOf(args);
    if (typeof date !== 'string' || !isIsoDate(date)) return refuse('invalid-value', l10n.t('A check-in date is a real date written YYYY-MM-DD, not {0}.', describeValue(date)));
    const progressLine = typeof progress === 'string' ? oneLine(progress) : '';
    if (!progressLine) return refuse('invalid-value', l10n.t('A check-in needs some progress text.'));
    if (next !== undefined && typeof next !== 'string') return refuse('invalid-value', l10n.t('The next step must be text, not {0}.', describeValue(next)));
    if (confidence !== undefined && (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1)) {
      return refuse('invalid-value', l10n.t('Confidence must be a number from 0.0 to 1.0, not {0}.', describeValue(confidence)));
    }
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;

    const lines = [`### ${date}`, `Progress: ${progressLine}`];
    const nextLine = next === undefined ? '' : oneLine(next);
    if (nextLine) lines.push(`Next: ${nextLine}`);
    if (confidence !== undefined) lines.push(`Confidence: ${decimalSource(confidence)}`);
    const outline = outlineBody(text.slice(goal.bodyStart));
    const placement = place(goal, outline, lines.join(goal.eol));
    if (!verify(goal, outline, placement, date)) {
      return refuse(
        'not-editable',
        l10n.t('A check-in added here would not be read back correctly (is a ``` code block or an HTML block left open near the end of the notes?); please add it by hand.'),
      );
    }
    return accept([placement.edit]);
  });
}
