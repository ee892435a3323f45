import * as l10n from '@vscode/l10n';
import { parseGoalBody } from '../body.js';
import { readFrontMatter } from '../frontMatter.js';
import { normaliseAnswer, parseReviewAnswers, questionAt, reviewQuestionOrder, reviewQuestions, type ReviewQuestion } from '../reviewAnswers.js';
import { applyTextEdits, type TextEdit } from '../textEdit.js';
import { isSectionHeading, outlineBody, type BodyOutline, type OutlineBlock } from './bodyOutline.js';
import { accept, describeValue, isRefusal, openGoal, refuse, refuseOnException, type EditableGoal, type EditResult } from './editableGoal.js';

/** Answers to write; a question left out keeps its answer. */
export type SetReviewAnswersArgs = Partial<Record<ReviewQuestion, string>>;

/** Longer answers belong in a linked document; the limit keeps a goal file readable. */
export const maxAnswerLength = 20_000;

interface FoundQuestion {
  readonly question: ReviewQuestion;
  readonly lineStart: number;
  /** End of the question text itself (before the spaces that follow it). */
  readonly questionEnd: number;
  /** End of its answer: the last non-blank character before the next question or the section end. */
  answerEnd: number;
}

function lastContent(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end;
}

/** The questions of a review section, scanned line by line as `parseReviewAnswers` reads them. */
function findQuestions(text: string, start: number, end: number): FoundQuestion[] {
  const found: FoundQuestion[] = [];
  let fence: string | undefined;
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined) {
      const question = questionAt(line);
      if (question && !found.some((known) => known.question === question.question)) {
        const previous = found.at(-1);
        if (previous) previous.answerEnd = lastContent(text, previous.questionEnd, lineStart);
        const questionEnd = lineStart + line.slice(0, question.answerStart).replace(/[ \t]+$/, '').length;
        found.push({ question: question.question, lineStart, questionEnd, answerEnd: end });
      } else if (question) {
        // The same question asked again ends the previous answer, as the parser reads it.
        const previous = found.at(-1);
        if (previous && previous.answerEnd === end) previous.answerEnd = lastContent(text, previous.questionEnd, lineStart);
      } else if (fenceMatch) fence = fenceMatch[1]?.[0];
    } else if (fenceMatch && fenceMatch[1]?.[0] === fence) fence = undefined;
    lineStart = lineEnd + 1;
  }
  const last = found.at(-1);
  if (last && last.answerEnd === end) last.answerEnd = lastContent(text, last.questionEnd, end);
  return found;
}

/** Just before the line break that ends the line where a block ends (or the block end itself). */
function endOfLine(text: string, offset: number): number {
  let at = offset;
  while (text.charAt(at) === ' ' || text.charAt(at) === '\t') at += 1;
  return at === text.length || text.charAt(at) === '\n' || text.charAt(at) === '\r' ? at : offset;
}

const headingsOf = (blocks: readonly OutlineBlock[]) => blocks.filter((block) => block.type === 'heading').map((block) => `${block.depth} ${block.text}`);

function answerSource(answer: string, eol: string): string {
  return answer.split('\n').join(eol);
}

/**
 * Writes review answers into the goal file's `## Review` section: each after its question,
 * replacing only the old answer's text; a missing question is added (in the order they are
 * asked), and a file without a review section gets one at the end of its notes. The rest of
 * the file, the notes in the section included, stays byte for byte. An answer that would
 * change the outline of the notes (a line that starts a heading, say) is refused.
 */
export function setReviewAnswers(text: string, args: SetReviewAnswersArgs): EditResult {
  return refuseOnException(() => {
    const wanted: Partial<Record<ReviewQuestion, string>> = {};
    for (const question of reviewQuestionOrder) {
      const value = (args as Record<string, unknown>)[question];
      if (value === undefined) continue;
      if (typeof value !== 'string') return refuse('invalid-value', l10n.t('A review answer is text, not {0}.', describeValue(value)));
      if (value.length > maxAnswerLength) return refuse('invalid-value', l10n.t('A review answer may have up to {0} characters; link a longer write-up instead.', maxAnswerLength));
      wanted[question] = normaliseAnswer(value);
    }
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;
    const outline = outlineBody(text.slice(goal.bodyStart));
    const edits = outline.review ? editSection(goal, outline.blocks, outline.review, wanted) : addSection(goal, outline.blocks, wanted);
    if (edits.length === 0) return accept([]);
    return verify(goal, outline, edits, wanted) ? accept(edits) : refuse('not-editable', l10n.t('This answer would change how the notes read (a line that starts with # or a list or a fence, say); please rephrase it, or edit the review by hand.'));
  });
}

function editSection(goal: EditableGoal, blocks: readonly OutlineBlock[], review: OutlineBlock, wanted: Partial<Record<ReviewQuestion, string>>): TextEdit[] {
  const { text, bodyStart, eol } = goal;
  const sectionStart = bodyStart + review.end;
  const next = blocks.find((block) => block.start > review.start && isSectionHeading(block));
  const sectionEnd = next ? bodyStart + next.start : text.length;
  const found = findQuestions(text, sectionStart, sectionEnd);
  const current = parseReviewAnswers(text.slice(sectionStart, sectionEnd));
  const edits: TextEdit[] = [];
  const missing: string[] = [];
  for (const question of reviewQuestionOrder) {
    const answer = wanted[question];
    if (answer === undefined || answer === current[question]) continue;
    const at = found.find((candidate) => candidate.question === question);
    if (at) {
      edits.push({ start: at.questionEnd, end: Math.max(at.questionEnd, at.answerEnd), newText: answer ? ` ${answerSource(answer, eol)}` : '' });
    } else if (answer) {
      const later = found.find((candidate) => reviewQuestionOrder.indexOf(candidate.question) > reviewQuestionOrder.indexOf(question));
      const line = `${reviewQuestions[question]} ${answerSource(answer, eol)}`;
      if (later) edits.push({ start: later.lineStart, end: later.lineStart, newText: `${line}${eol}${eol}` });
      else missing.push(line);
    }
  }
  if (missing.length > 0) {
    const at = lastContent(text, sectionStart, sectionEnd);
    edits.push({ start: at, end: at, newText: missing.map((line) => `${eol}${eol}${line}`).join('') });
  }
  return edits;
}

function addSection(goal: EditableGoal, blocks: readonly OutlineBlock[], wanted: Partial<Record<ReviewQuestion, string>>): TextEdit[] {
  const { text, bodyStart, eol } = goal;
  const answers = reviewQuestionOrder.filter((question) => wanted[question]).map((question) => `${reviewQuestions[question]} ${answerSource(wanted[question] ?? '', eol)}`);
  if (answers.length === 0) return [];
  const section = ['## Review', ...answers].join(`${eol}${eol}`);
  const last = blocks.at(-1);
  if (last) {
    const at = endOfLine(text, bodyStart + last.end);
    return [{ start: at, end: at, newText: `${eol}${eol}${section}` }];
  }
  const prefix = text.endsWith('\n') ? '' : eol;
  return [{ start: text.length, end: text.length, newText: `${prefix}${section}${eol}` }];
}

/** Re-reads the edited file: the answers read back as written, the notes and every old heading are unchanged. */
function verify(goal: EditableGoal, before: BodyOutline, edits: readonly TextEdit[], wanted: Partial<Record<ReviewQuestion, string>>): boolean {
  const next = applyTextEdits(goal.text, edits);
  const reread = readFrontMatter(next);
  if (!reread || reread.document.errors.length > 0 || next.slice(0, goal.bodyStart) !== goal.text.slice(0, goal.bodyStart)) return false;
  const oldAnswers = parseReviewAnswers(parseGoalBody(goal.text).body.reviewText);
  const newAnswers = parseReviewAnswers(parseGoalBody(next).body.reviewText);
  if (newAnswers.notes !== oldAnswers.notes) return false;
  for (const question of reviewQuestionOrder) {
    if (newAnswers[question] !== (wanted[question] ?? oldAnswers[question])) return false;
  }
  const after = outlineBody(next.slice(reread.bodyStart));
  if (!after.review) return false;
  // A section this edit added is the one new heading; every other heading stays as it was.
  const headingsAfter = headingsOf(after.blocks.filter((block) => before.review !== undefined || block !== after.review));
  const headingsBefore = headingsOf(before.blocks);
  return headingsAfter.length === headingsBefore.length && headingsAfter.every((line, index) => line === headingsBefore[index]);
}
