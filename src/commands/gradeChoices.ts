// The grade picker's items and the check of a typed grade. Editor-free for unit tests.

import * as l10n from '@vscode/l10n';
import { formatScore, scoreBand, type ScoreBand } from '../core/scoring.js';

export interface GradeChoice {
  readonly label: string;
  readonly grade: number;
}

const bandNames = (): Record<ScoreBand, string> => ({ red: l10n.t('missed (red)'), yellow: l10n.t('progress (yellow)'), green: l10n.t('success (green)') });

/** `success (green)`: the OKR reading of a grade, so the scale teaches itself. */
export function bandName(grade: number): string {
  return bandNames()[scoreBand(grade)];
}

/** `0.7 — success (green)` for a grade in tenths. */
export function gradeLabel(grade: number): string {
  return `${formatScore(grade)} — ${bandName(grade)}`;
}

/** The picker's last item when the key result has a grade: back to not graded. */
export const clearGradeChoice = (): { readonly label: string; readonly detail: string } => ({
  label: `$(close) ${l10n.t('Clear grade')}`,
  detail: l10n.t('Remove the grade: the key result counts as not graded again.'),
});

/** 0.0, 0.1 … 1.0. */
export function gradeChoices(): GradeChoice[] {
  return Array.from({ length: 11 }, (_, tenth) => ({ label: gradeLabel(tenth / 10), grade: tenth / 10 }));
}

export type GradeInput = { readonly grade: number } | { readonly error: string };

/**
 * Reads a typed grade: `0.65`, `,7` and `0,7` (decimal comma), `70%`. Anything else, or a
 * value outside 0..1, gets a message that says what a grade looks like.
 */
export function parseGradeInput(input: string): GradeInput {
  const text = input.trim().replace(',', '.');
  const percent = text.endsWith('%');
  const number = percent ? text.slice(0, -1).trim() : text;
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(number)) return { error: l10n.t('"{0}" is not a grade: type a number from 0 to 1, such as 0.7.', input.trim()) };
  const grade = percent ? Number(number) / 100 : Number(number);
  if (grade > 1) {
    return { error: !percent && grade <= 100 ? l10n.t('A grade goes from 0 to 1 (for {0} %, type {1}).', grade, grade / 100) : l10n.t('A grade goes from 0 to 1.') };
  }
  return { grade };
}
