// Checks for the Add Key Result… prompts. Editor-free for unit tests.
import * as l10n from '@vscode/l10n';
import { keyResultIdPattern } from '../core/model.js';
import { slugOf, uniqueName } from '../core/slug.js';

/** Undefined when the title is fine, else why not. */
export function validateKeyResultTitle(input: string): string | undefined {
  return input.trim() ? undefined : l10n.t('Write the result you will measure, with a number or a date (e.g. "Present at 2 sprint demos").');
}

/** An id made from the title, unique in the file: `Present at 2 sprint demos` → `present-at-2-sprint-demos`. */
export function suggestedKeyResultId(title: string, taken: readonly string[]): string {
  return uniqueName(slugOf(title, 30) || 'kr', (candidate) => taken.includes(candidate));
}

export function validateKeyResultId(input: string, taken: readonly string[]): string | undefined {
  const id = input.trim();
  if (!keyResultIdPattern.test(id)) return l10n.t('An id uses lowercase letters, digits and dashes, starting with a letter or digit, e.g. demo-talks.');
  if (taken.includes(id)) return l10n.t('This file already has a key result "{0}".', id);
  return undefined;
}

export type TargetInput = { readonly target: number | undefined } | { readonly error: string };

/** Empty means "no target"; otherwise a number of zero or more (`1,5` reads as 1.5). */
export function parseTargetInput(input: string): TargetInput {
  const text = input.trim().replace(',', '.');
  if (text === '') return { target: undefined };
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return { error: l10n.t('"{0}" is not a number: type the number you aim for, such as 2, or leave it empty.', input.trim()) };
  return { target: Number(text) };
}
