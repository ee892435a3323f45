// Checks shared by the edit tests. They are written independently of the edit code (their
// own range walk, their own heading scan) so that a bug in the edits cannot hide in them.

import { expect } from 'vitest';
import { readFrontMatter } from '../../../src/core/frontMatter.js';
import type { EditResult } from '../../../src/core/edits/editableGoal.js';
import type { TextEdit } from '../../../src/core/textEdit.js';

export type Data = Record<string, unknown>;

/** Applies edits by walking them in order; also proves that text between them is kept. */
export function applyChecked(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    expect(edit.start).toBeGreaterThanOrEqual(cursor);
    expect(edit.end).toBeGreaterThanOrEqual(edit.start);
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  expect(cursor).toBeLessThanOrEqual(text.length);
  return out + text.slice(cursor);
}

/** The text of `after` outside the edit ranges, mapped back: must equal `before` outside them. */
export function expectUnchangedOutsideEdits(before: string, after: string, edits: readonly TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let oldCursor = 0;
  let newCursor = 0;
  for (const edit of sorted) {
    const kept = before.slice(oldCursor, edit.start);
    expect(after.slice(newCursor, newCursor + kept.length)).toBe(kept);
    newCursor += kept.length;
    expect(after.slice(newCursor, newCursor + edit.newText.length)).toBe(edit.newText);
    newCursor += edit.newText.length;
    oldCursor = edit.end;
  }
  expect(after.slice(newCursor)).toBe(before.slice(oldCursor));
}

export function frontMatterData(text: string): Data {
  const frontMatter = readFrontMatter(text);
  expect(frontMatter).toBeDefined();
  expect(frontMatter?.document.errors ?? []).toEqual([]);
  if (frontMatter) frontMatter.document.options.logLevel = 'error';
  return (frontMatter?.document.toJS() ?? {}) as Data;
}

export interface ParsedGoalText {
  readonly data: Data;
  readonly yamlStart: number;
  readonly bodyStart: number;
  readonly body: string;
}

/** Parses a goal text once (the checks need its data, body and offsets), asserting valid YAML. */
export function parsed(text: string): ParsedGoalText {
  const frontMatter = readFrontMatter(text);
  expect(frontMatter).toBeDefined();
  expect(frontMatter?.document.errors ?? []).toEqual([]);
  if (frontMatter) frontMatter.document.options.logLevel = 'error';
  const bodyStart = frontMatter?.bodyStart ?? 0;
  return { data: (frontMatter?.document.toJS() ?? {}) as Data, yamlStart: frontMatter?.yamlStart ?? 0, bodyStart, body: text.slice(bodyStart) };
}

/** Every line break is the file's own. */
export function expectLineEndings(text: string, eol: '\n' | '\r\n'): void {
  if (eol === '\n') expect(text.includes('\r')).toBe(false);
  else expect(text.replace(/\r\n/g, '').match(/[\r\n]/)).toBeNull();
}

export function occurrences(text: string, marker: string): number {
  return text.split(marker).length - 1;
}

export function okEdits(result: EditResult): TextEdit[] {
  if (!result.ok) expect.fail(`expected the edit to succeed, got ${result.code}: ${result.message}`);
  return result.ok ? result.edits : [];
}

/** Applies a result that must succeed. */
export function edited(text: string, result: EditResult): string {
  return applyChecked(text, okEdits(result));
}

/**
 * An edit is local: each replaced span lies on one line and holds no comment, and each
 * insertion is either inline (no line break) or whole lines at a line start, in the file's EOL.
 */
export function expectLocalEdits(text: string, edits: readonly TextEdit[], eol: '\n' | '\r\n'): void {
  for (const edit of edits) {
    const removed = text.slice(edit.start, edit.end);
    expect(removed).not.toMatch(/[\r\n#]/);
    if (/[\r\n]/.test(edit.newText)) {
      expect(text.charAt(edit.start - 1)).toBe('\n');
      expect(edit.newText.endsWith(eol)).toBe(true);
    }
  }
}

export interface ScannedHeading {
  readonly level: number;
  readonly text: string;
}

/** ATX headings outside ``` fences: enough for the bodies the generators write. */
export function scanHeadings(body: string): ScannedHeading[] {
  const headings: ScannedHeading[] = [];
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced) {
      const match = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
      if (match) headings.push({ level: (match[1] ?? '').length, text: match[2] ?? '' });
    }
  }
  return headings;
}

/** Where the product promises a new check-in goes, expressed on the heading outline. */
export function expectedHeadingsAfterCheckIn(old: readonly ScannedHeading[], date: string): ScannedHeading[] {
  const isSection = (heading: ScannedHeading) => heading.level <= 2;
  const checkIns = old.reduce((found, heading, index) => (isSection(heading) && /^check[- ]?ins?$/i.test(heading.text) ? index : found), -1);
  const entry = { level: 3, text: date };
  if (checkIns >= 0) {
    let end = old.findIndex((heading, index) => index > checkIns && isSection(heading));
    if (end === -1) end = old.length;
    const later = old.findIndex((heading, index) => index > checkIns && index < end && heading.level === 3 && /^\d{4}-\d{2}-\d{2}/.test(heading.text) && heading.text.slice(0, 10) > date);
    const at = later === -1 ? end : later;
    return [...old.slice(0, at), entry, ...old.slice(at)];
  }
  const review = old.findIndex((heading) => isSection(heading) && /^(review|retrospective|quarter review)$/i.test(heading.text));
  const at = review === -1 ? old.length : review;
  return [...old.slice(0, at), { level: 2, text: 'Check-ins' }, entry, ...old.slice(at)];
}

/** Line breaks collapse to single spaces: what a one-line field must hold. */
export function collapseLines(text: string): string {
  return text
    .split(/[\r\n\u0085\u2028\u2029\v\f]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}
