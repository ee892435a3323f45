// Reading a grade the user typed. Grades are written with one decimal from the board, so
// the reader accepts the ways people type 0.7 and refuses anything finer with a reason.

import { tenthsOf } from '../../src/core/scoring.js';

export type GradeInput = { readonly ok: true; readonly grade: number } | { readonly ok: false; readonly message: string };

export function parseGradeInput(text: string): GradeInput {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: false, message: 'Type a grade from 0.0 to 1.0.' };
  const percent = /^(\d{1,3})\s*%$/.exec(trimmed);
  const value = percent ? Number(percent[1]) / 100 : /^(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(value)) return { ok: false, message: `"${trimmed.slice(0, 20)}" is not a number; type a grade such as 0.7.` };
  if (value < 0 || value > 1) return { ok: false, message: 'A grade goes from 0.0 to 1.0.' };
  const tenths = Math.round(value * 10);
  if (Math.abs(value * 10 - tenths) > 1e-9) return { ok: false, message: 'Grades go in steps of 0.1, such as 0.7.' };
  return { ok: true, grade: tenths / 10 };
}

/** One step up or down from the grade as read (0.65 is 0.7), clamped to 0.0–1.0; from no grade, up starts at 0.1 and down at 0.0. */
export function stepGrade(grade: number | undefined, direction: 1 | -1): number {
  const tenths = grade === undefined ? (direction > 0 ? 0 : 1) : tenthsOf(grade);
  return Math.min(10, Math.max(0, tenths + direction)) / 10;
}
