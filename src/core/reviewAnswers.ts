// The two questions of an end-of-quarter review, and their answers as they are written in a
// goal file's `## Review` section: each answer follows its question at the start of a line,
//
//   Achieved: three of four alerts, and the README.
//
//   Was the goal well formulated? Mostly; the alert count depended on on-call.
//
// and runs until the other question or the end of the section. Text before the first
// question is the person's own notes and is left as it is.

import { reviewPrompts } from './review.js';

// The questions as written in the file are the prompts Start Next Quarter… puts in a new
// review section (src/core/review.ts); an answer follows its prompt.
export const reviewQuestions = {
  achieved: reviewPrompts[0],
  formulation: reviewPrompts[1],
} as const;

export type ReviewQuestion = keyof typeof reviewQuestions;

/** In the order they are asked and written. */
export const reviewQuestionOrder: readonly ReviewQuestion[] = ['achieved', 'formulation'];

/** What the view asks, in full: the file keeps the short form above. */
export const reviewQuestionTexts: Record<ReviewQuestion, string> = {
  achieved: 'What was achieved?',
  formulation: 'Was the goal well formulated: measurable, realistic, relevant to your career path? How would you phrase it next time?',
};

export interface ReviewAnswers {
  readonly achieved: string;
  readonly formulation: string;
  /** The section's text before the first question (free notes); empty when there is none. */
  readonly notes: string;
}

const questionLine: Record<ReviewQuestion, RegExp> = {
  achieved: /^(?:\*\*|__)?achieved:(?:\*\*|__)?[ \t]*/i,
  formulation: /^(?:\*\*|__)?was the goal well formulated\?(?:\*\*|__)?[ \t]*/i,
};

/** Which question a line starts with, and where its answer begins on the line. */
export function questionAt(line: string): { question: ReviewQuestion; answerStart: number } | undefined {
  for (const question of reviewQuestionOrder) {
    const match = questionLine[question].exec(line);
    if (match) return { question, answerStart: match[0].length };
  }
  return undefined;
}

/** An answer as it is compared and written: line breaks as `\n`, no trailing spaces, no blank lines at either end. */
export function normaliseAnswer(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/^[ \t]+/, '');
}

/** The answers in a review section's text (`GoalBody.reviewText`); a question asked twice keeps its first answer. */
export function parseReviewAnswers(reviewText: string | undefined): ReviewAnswers {
  const answers: Record<ReviewQuestion, string[] | undefined> = { achieved: undefined, formulation: undefined };
  const notes: string[] = [];
  let current: string[] = notes;
  let fence: string | undefined;
  for (const line of (reviewText ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined) {
      const found = questionAt(line);
      if (found && answers[found.question] === undefined) {
        current = answers[found.question] = [line.slice(found.answerStart)];
        continue;
      }
      if (fenceMatch) fence = fenceMatch[1]?.[0];
    } else if (fenceMatch && fenceMatch[1]?.[0] === fence) fence = undefined;
    current.push(line);
  }
  return {
    achieved: normaliseAnswer((answers.achieved ?? []).join('\n')),
    formulation: normaliseAnswer((answers.formulation ?? []).join('\n')),
    notes: normaliseAnswer(notes.join('\n')),
  };
}
