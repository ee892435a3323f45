// Reads a career framework file (career-framework.md): the company's competencies, each a
// list item that starts with its id in backticks, optionally a short name, then a dash and a
// description; headings group them into areas; nested `L3: …` items give what each level is
// expected to show. See docs/goal-format.md. Any text at all gives a result: problems become
// diagnostics, never exceptions.
//
// Read line by line rather than with remark: the format is line-based, and remark takes
// seconds on a few kilobytes of deeply nested lists (2,000 nested `- ` took 10 s in a probe),
// which a file from a cloned repository must not be able to cost. One pass, linear time.

import * as l10n from '@vscode/l10n';
import type { Severity, SourceRange } from './model.js';
import { LineIndex } from './positions.js';

export interface CareerLevel {
  /** As written before the colon: `L3`, `Senior`, `IC4`. */
  readonly level: string;
  readonly expectation: string;
}

export interface Competency {
  readonly id: string;
  /** The words between the id and the dash, when there are any. */
  readonly name?: string;
  readonly description: string;
  /** The heading the competency is listed under (the document's first `#` heading is its title, not an area). */
  readonly area?: string;
  readonly levels: readonly CareerLevel[];
  /** The list item's first line. */
  readonly range: SourceRange;
}

export const frameworkDiagnosticCodes = ['framework-too-large', 'framework-unreadable', 'framework-empty', 'framework-duplicate-id', 'framework-bad-id', 'framework-no-description'] as const;
export type FrameworkDiagnosticCode = (typeof frameworkDiagnosticCodes)[number];

export interface FrameworkDiagnostic {
  readonly code: FrameworkDiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: SourceRange;
}

export interface CareerFramework {
  readonly title?: string;
  readonly competencies: readonly Competency[];
  readonly diagnostics: readonly FrameworkDiagnostic[];
}

/** A framework is a page of text; anything bigger is not one, and is not parsed. */
export const maxFrameworkChars = 1024 * 1024;
/** The most bytes a reader needs for a framework (UTF-8 is at most 3 bytes per UTF-16 unit, plus a BOM): never read more. */
export const maxFrameworkBytes = 3 * maxFrameworkChars + 3;

export const careerIdPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const levelItem = /^([A-Za-z][\w .+/-]{0,23}?)\s*:\s+(\S[\s\S]*)$/;
/** The separator right after the id: a dash of any kind, or a colon. */
const leadingSeparator = /^\s*(?:[—–-]{1,2}|:)\s+([\s\S]*)$/;
/** A short name, then the separator. */
const namedSeparator = /^\s*(.*?)\s+(?:[—–-]{1,2}|:)\s+([\s\S]*)$/;
const heading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const listItem = /^( *)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;

/** Markdown inline syntax out of a line of prose: `**Name**` reads as `Name`. */
function inlineText(text: string): string {
  return text.replace(/(\*\*|__|\*|_|~~)(?=\S)([^*_~]*?\S)\1/g, '$2').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

const startRange = { start: 0, end: 1, line: 1, column: 1 } as const;

interface Draft {
  id: string;
  text: string;
  area?: string;
  levels: { level: string; expectation: string }[];
  indent: number;
  range: SourceRange;
  /** The nested level item being read, for its continuation lines. */
  nested?: { indent: number; text: string };
}

/** Reads the competencies of a framework file; never throws. */
export function parseCareerFramework(text: string): CareerFramework {
  if (text.length > maxFrameworkChars) {
    return { competencies: [], diagnostics: [{ code: 'framework-too-large', severity: 'error', message: l10n.t('The career framework is larger than {0} KiB and is not read.', maxFrameworkChars / 1024), range: startRange }] };
  }
  try {
    return readFramework(text);
  } catch (error) {
    const message = l10n.t('The career framework could not be read: {0}', error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
    return { competencies: [], diagnostics: [{ code: 'framework-unreadable', severity: 'error', message, range: startRange }] };
  }
}

function readFramework(text: string): CareerFramework {
  const lines = new LineIndex(text);
  const competencies: Competency[] = [];
  const diagnostics: FrameworkDiagnostic[] = [];
  const seen = new Set<string>();
  let title: string | undefined;
  let area: string | undefined;
  let sawHeading = false;
  let inFence: string | undefined;
  let inComment = false;
  let current: Draft | undefined;

  const finishLevel = (draft: Draft): void => {
    const match = draft.nested ? levelItem.exec(squash(inlineText(draft.nested.text))) : null;
    if (match) draft.levels.push({ level: squash(match[1] ?? ''), expectation: squash(match[2] ?? '') });
    draft.nested = undefined;
  };

  const finish = (): void => {
    const draft = current;
    current = undefined;
    if (!draft) return;
    finishLevel(draft);
    const after = squash(inlineText(draft.text));
    const leading = leadingSeparator.exec(after);
    const parts = leading ? undefined : namedSeparator.exec(after);
    // A name is a few words; a longer lead-in is a description that happens to hold a dash.
    const name = parts?.[1] && parts[1].length <= 40 && !/[,.;!?]/.test(parts[1]) ? squash(parts[1]) : undefined;
    const description = leading ? squash(leading[1] ?? '') : name ? squash(parts?.[2] ?? '') : after;
    if (!description) {
      diagnostics.push({ code: 'framework-no-description', severity: 'warning', message: l10n.t('"{0}" has no description: write "- `{0}` — what this competency looks like".', draft.id), range: draft.range });
    }
    competencies.push({ id: draft.id, ...(name ? { name } : {}), description, ...(draft.area ? { area: draft.area } : {}), levels: draft.levels, range: draft.range });
  };

  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '').replace(/\t/g, '    ');
    if (inFence !== undefined) {
      if (line.trimStart().startsWith(inFence)) inFence = undefined;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      finish();
      inFence = fenceMatch[1]?.slice(0, 3);
      continue;
    }
    if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) {
      inComment = true;
      continue;
    }
    const headingMatch = heading.exec(line);
    if (headingMatch) {
      finish();
      const headingText = squash(inlineText(headingMatch[2] ?? ''));
      if (!sawHeading && headingMatch[1] === '#') title = headingText || undefined;
      else area = headingText || undefined;
      sawHeading = true;
      continue;
    }
    if (line.trim() === '') continue;
    const item = listItem.exec(line);
    const indent = item ? (item[1] ?? '').length : line.length - line.trimStart().length;
    if (current && indent > current.indent) {
      // Inside the competency: a nested item may be a level expectation; other lines continue what they follow.
      if (item) {
        finishLevel(current);
        current.nested = { indent, text: item[2] ?? '' };
      } else if (current.nested && indent > current.nested.indent) current.nested.text += ` ${line}`;
      else if (!current.nested) current.text += ` ${line}`;
      continue;
    }
    finish();
    if (!item || indent > 3) continue;
    const content = item[2] ?? '';
    const idMatch = /^`([^`]*)`(.*)$/.exec(content);
    // Items that do not start with an id in backticks are notes, not competencies.
    if (!idMatch) continue;
    const id = (idMatch[1] ?? '').trim();
    const range = lines.range(lineStart, lineStart + rawLine.replace(/\r$/, '').length);
    if (!careerIdPattern.test(id)) {
      diagnostics.push({ code: 'framework-bad-id', severity: 'warning', message: l10n.t('"{0}" is not a usable id: use letters, digits, dots, dashes and underscores, no spaces.', id.slice(0, 40)), range });
      continue;
    }
    if (seen.has(id)) {
      diagnostics.push({ code: 'framework-duplicate-id', severity: 'warning', message: l10n.t('The id "{0}" is listed twice; the first one is used.', id), range });
      continue;
    }
    seen.add(id);
    current = { id, text: idMatch[2] ?? '', ...(area ? { area } : {}), levels: [], indent, range };
  }
  finish();

  if (competencies.length === 0) {
    diagnostics.push({ code: 'framework-empty', severity: 'warning', message: l10n.t('No competencies found: list each one as "- `id` — description".'), range: startRange });
  }
  return { ...(title ? { title } : {}), competencies, diagnostics };
}
