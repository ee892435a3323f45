// Reading a grade the user typed. Grades are written with one decimal from the board, so
// the reader accepts the ways people type 0.7 and refuses anything finer with a reason.

import { tenthsOf } from '../../src/core/scoring.js';

/** Why a typed grade is refused; the editor words it with the host's strings. */
export type GradeProblem = 'empty' | 'not-a-number' | 'out-of-range' | 'not-a-step';

export type GradeInput = { readonly ok: true; readonly grade: number } | { readonly ok: false; readonly problem: GradeProblem; readonly typed: string };

export function parseGradeInput(text: string): GradeInput {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: false, problem: 'empty', typed: trimmed };
  const percent = /^(\d{1,3})\s*%$/.exec(trimmed);
  const value = percent ? Number(percent[1]) / 100 : /^(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number', typed: trimmed.slice(0, 20) };
  if (value < 0 || value > 1) return { ok: false, problem: 'out-of-range', typed: trimmed };
  const tenths = Math.round(value * 10);
  if (Math.abs(value * 10 - tenths) > 1e-9) return { ok: false, problem: 'not-a-step', typed: trimmed };
  return { ok: true, grade: tenths / 10 };
}

/** One step up or down from the grade as read (0.65 is 0.7), clamped to 0.0–1.0; from no grade, up starts at 0.1 and down at 0.0. */
export function stepGrade(grade: number | undefined, direction: 1 | -1): number {
  const tenths = grade === undefined ? (direction > 0 ? 0 : 1) : tenthsOf(grade);
  return Math.min(10, Math.max(0, tenths + direction)) / 10;
}
