// Reads a career framework file (career-framework.md): the company's competencies, each a
// list item that starts with its id in backticks, optionally a short name, then a dash and a
// description; headings group them into areas; nested `L3: …` items give what each level is
// expected to show. See docs/goal-format.md. Any text at all gives a result: problems become
// diagnostics, never exceptions, and the file size is bounded before remark sees it.

import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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
export const maxFrameworkChars = 256 * 1024;

export const careerIdPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const levelItem = /^([A-Za-z][\w .+/-]{0,23}?)\s*:\s+(\S[\s\S]*)$/;
/** The separator between name and description: a spaced dash of any kind, or a colon. */
const separator = /^\s*(?:(.*?)\s+)?(?:[—–-]{1,2}|:)\s+([\s\S]*)$/;

const markdown = unified().use(remarkParse).use(remarkGfm);

function plainText(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'inlineCode' || node.type === 'text') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return ((node.children ?? []) as (typeof node)[]).map(plainText).join('');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

const startRange = { start: 0, end: 1, line: 1, column: 1 } as const;

/** Reads the competencies of a framework file; never throws. */
export function parseCareerFramework(text: string): CareerFramework {
  if (text.length > maxFrameworkChars) {
    return { competencies: [], diagnostics: [{ code: 'framework-too-large', severity: 'error', message: `The career framework is larger than ${maxFrameworkChars / 1024} KiB and is not read.`, range: startRange }] };
  }
  try {
    return readFramework(text);
  } catch (error) {
    const message = `The career framework could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { competencies: [], diagnostics: [{ code: 'framework-unreadable', severity: 'error', message, range: startRange }] };
  }
}

function readFramework(text: string): CareerFramework {
  const tree: Root = markdown.parse(text);
  const lines = new LineIndex(text);
  const competencies: Competency[] = [];
  const diagnostics: FrameworkDiagnostic[] = [];
  const seen = new Set<string>();
  let title: string | undefined;
  let area: string | undefined;
  let sawHeading = false;

  const rangeOf = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }): SourceRange => {
    const start = node.position?.start.offset ?? 0;
    const newline = text.indexOf('\n', start);
    return lines.range(start, Math.min(node.position?.end.offset ?? start + 1, newline === -1 ? text.length : newline));
  };

  const readItem = (item: ListItem): void => {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') return;
    const [first, ...rest] = (paragraph as Paragraph).children as PhrasingContent[];
    // Items that do not start with an id in backticks are notes, not competencies.
    if (first?.type !== 'inlineCode') return;
    const id = first.value.trim();
    const range = rangeOf(item);
    if (!careerIdPattern.test(id)) {
      diagnostics.push({ code: 'framework-bad-id', severity: 'warning', message: `"${id.slice(0, 40)}" is not a usable id: use letters, digits, dots, dashes and underscores, no spaces.`, range });
      return;
    }
    if (seen.has(id)) {
      diagnostics.push({ code: 'framework-duplicate-id', severity: 'warning', message: `The id "${id}" is listed twice; the first one is used.`, range });
      return;
    }
    seen.add(id);
    const after = squash(rest.map((node) => plainText(node as never)).join(''));
    const parts = separator.exec(after);
    // A name is a few words; a longer lead-in is a description that happens to hold a dash.
    const named = parts !== null && (parts[1] === undefined || (parts[1].length <= 40 && !/[,.;!?]/.test(parts[1])));
    const name = named && parts?.[1] ? squash(parts[1]) : undefined;
    const description = named && parts ? squash(parts[2] ?? '') : after;
    if (!description) {
      diagnostics.push({ code: 'framework-no-description', severity: 'warning', message: `"${id}" has no description: write "- \`${id}\` — what this competency looks like".`, range });
    }
    const levels: CareerLevel[] = [];
    for (const child of item.children.slice(1)) {
      if (child.type !== 'list') continue;
      for (const nested of (child as List).children) {
        const match = levelItem.exec(squash(plainText(nested as never)));
        if (match) levels.push({ level: squash(match[1] ?? ''), expectation: squash(match[2] ?? '') });
      }
    }
    competencies.push({ id, ...(name ? { name } : {}), description, ...(area ? { area } : {}), levels, range });
  };

  const visit = (node: RootContent): void => {
    if (node.type === 'heading') {
      const heading = squash(plainText(node as Heading as never));
      if (!sawHeading && (node as Heading).depth === 1) title = heading;
      else area = heading || undefined;
      sawHeading = true;
      return;
    }
    if (node.type === 'list') for (const item of (node as List).children) readItem(item);
  };
  for (const node of tree.children) visit(node);

  if (competencies.length === 0) {
    diagnostics.push({ code: 'framework-empty', severity: 'warning', message: 'No competencies found: list each one as "- `id` — description".', range: startRange });
  }
  return { ...(title ? { title } : {}), competencies, diagnostics };
}
