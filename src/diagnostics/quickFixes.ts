// The quick fixes offered for core diagnostics, as core edits: only where the right fix
// is certain, and only when the edit goes through (a fix that would be refused is not offered).
// Editor-free so each fix can be unit-tested on file text.

import * as l10n from '@vscode/l10n';
import { closeOpenKeyResults, closingKeyResultStatuses, openKeyResultIds } from '../core/edits/closeObjective.js';
import { moveObjectiveToQuarter } from '../core/edits/moveObjectiveToQuarter.js';
import { renameUnknownKey } from '../core/edits/renameUnknownKey.js';
import { replaceIndentationTabs } from '../core/edits/replaceIndentationTabs.js';
import { setGrade } from '../core/edits/setGrade.js';
import { keyResultIndexAt, setKeyResultId, suggestKeyResultId } from '../core/edits/setKeyResultId.js';
import type { EditResult } from '../core/edits/editableGoal.js';
import { readFrontMatter } from '../core/frontMatter.js';
import { normaliseQuarter } from '../core/quarter.js';
import { slugOf, uniqueName } from '../core/slug.js';
import type { TextEdit } from '../core/textEdit.js';

export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** What the editor knows that a fix may use. */
export interface FixContext {
  /** The editor's tab size, for turning tabs into spaces. */
  readonly tabSize?: number;
}

/** The diagnostic being fixed: its code and the offsets it covers in `text`. */
export interface FixableDiagnostic {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

/** The source text of a scalar without its quotes. */
function unquoted(source: string): string {
  const trimmed = source.trim();
  const quote = trimmed.charAt(0);
  return (quote === '"' || quote === "'") && trimmed.endsWith(quote) && trimmed.length >= 2 ? trimmed.slice(1, -1) : trimmed;
}

/** Ids of the key results by position, as the front-matter data has them. */
function idsByIndex(text: string): unknown[] {
  const list = (readFrontMatter(text)?.document.toJS() as Record<string, unknown> | undefined)?.key_results;
  return Array.isArray(list) ? list.map((item: unknown) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>).id : undefined)) : [];
}

function clampGrade(text: string, diagnostic: FixableDiagnostic): { title: string; result: EditResult } | undefined {
  const value = Number(unquoted(text.slice(diagnostic.start, diagnostic.end)));
  const index = keyResultIndexAt(text, diagnostic.start);
  const id = index === undefined ? undefined : idsByIndex(text)[index];
  if (!Number.isFinite(value) || typeof id !== 'string') return undefined;
  const grade = value > 1 ? 1 : 0;
  return { title: l10n.t('Set the grade to {0}', grade), result: setGrade(text, { keyResultId: id, grade }) };
}

function fixQuarter(text: string, diagnostic: FixableDiagnostic): { title: string; result: EditResult } | undefined {
  const quarter = normaliseQuarter(unquoted(text.slice(diagnostic.start, diagnostic.end)));
  if (!quarter) return undefined;
  return { title: l10n.t('Change the quarter to {0}', quarter), result: moveObjectiveToQuarter(text, { quarter }) };
}

function addKeyResultId(text: string, diagnostic: FixableDiagnostic): { title: string; result: EditResult } | undefined {
  const index = keyResultIndexAt(text, diagnostic.start);
  const id = index === undefined ? undefined : suggestKeyResultId(text, index);
  if (index === undefined || !id) return undefined;
  return { title: l10n.t('Add the id "{0}"', id), result: setKeyResultId(text, { index, id }) };
}

/** `KR 1` → `kr-1`: the same words as a valid id, when there are any. */
function fixKeyResultId(text: string, diagnostic: FixableDiagnostic): { title: string; result: EditResult } | undefined {
  const index = keyResultIndexAt(text, diagnostic.start);
  const base = slugOf(unquoted(text.slice(diagnostic.start, diagnostic.end)), 60);
  if (index === undefined || !base) return undefined;
  const taken = new Set(idsByIndex(text).filter((_, position) => position !== index));
  const id = uniqueName(base, (candidate) => taken.has(candidate));
  return { title: l10n.t('Change the id to "{0}"', id), result: setKeyResultId(text, { index, id }) };
}

/** `titel:` → `title:`, at the key's own level. */
function renameKey(text: string, diagnostic: FixableDiagnostic): { title: string; result: EditResult } | undefined {
  const rename = renameUnknownKey(text, diagnostic.start);
  return rename && { title: l10n.t('Rename "{0}" to "{1}"', rename.from, rename.to), result: rename.result };
}

function replaceTabs(text: string, _diagnostic: FixableDiagnostic, context: FixContext): { title: string; result: EditResult } {
  return { title: l10n.t('Replace the tabs in the front-matter indentation with spaces'), result: replaceIndentationTabs(text, context.tabSize === undefined ? {} : { tabSize: context.tabSize }) };
}

const fixers: Record<string, (text: string, diagnostic: FixableDiagnostic, context: FixContext) => { title: string; result: EditResult } | undefined> = {
  'grade-out-of-range': clampGrade,
  'bad-quarter': fixQuarter,
  'missing-kr-id': addKeyResultId,
  'invalid-kr-id': fixKeyResultId,
  'unknown-key': renameKey,
  'tab-indentation': replaceTabs,
};

export function quickFixFor(text: string, diagnostic: FixableDiagnostic, context: FixContext = {}): QuickFix | undefined {
  const fix = fixers[diagnostic.code]?.(text, diagnostic, context);
  if (!fix?.result.ok || fix.result.edits.length === 0) return undefined;
  return { title: fix.title, edits: fix.result.edits };
}

export function isFixable(code: string): boolean {
  return Object.hasOwn(fixers, code);
}

/**
 * Fixes of a hint, which the editor asks for by code alone (hints are not parse results):
 * for a closed objective with open key results, set them all done, or all dropped.
 */
export function hintFixesFor(text: string, code: string): QuickFix[] {
  if (code !== 'open-key-results') return [];
  const count = openKeyResultIds(text).length;
  const fixes: QuickFix[] = [];
  for (const status of closingKeyResultStatuses) {
    const result = closeOpenKeyResults(text, status);
    if (result.ok && result.edits.length > 0) fixes.push({ title: count === 1 ? l10n.t('Set the open key result to {0}', status) : l10n.t('Set the {0} open key results to {1}', count, status), edits: result.edits });
  }
  return fixes;
}

export function hasHintFixes(code: string): boolean {
  return code === 'open-key-results';
}
