import * as l10n from '@vscode/l10n';
import { goalBodyFromOutline, type ParsedBody } from './bodyFacts.js';
import { scanBodyOutline } from './bodyScanner.js';
import { maxFrontMatterChars, splitFrontMatter } from './frontMatter.js';
import { LineIndex } from './positions.js';

/** The full Markdown parse (parseGoalBody in body.ts), injected so hosts can load remark only when a body needs it. */
export type BodyParser = (text: string, bodyStart: number) => ParsedBody;

/**
 * Bodies larger than this are never handed to remark, which takes 1–2 ms per KiB on this
 * project's machine and far more on long task lists: no single file may hold up the
 * extension host. Such a body is read line by line and says so in an information diagnostic.
 */
export const maxParsedBodyChars = 16 * 1024;

/**
 * The body facts of a goal file. The line scanner reads the common case exactly and fast;
 * remark reads the bodies it refuses, up to maxParsedBodyChars; a larger refused body gets
 * the scanner's best reading and a `body-too-large` diagnostic at the line it stopped at.
 */
export function readGoalBody(text: string, parseWithRemark: BodyParser): ParsedBody {
  const bodyStart = bodyStartOf(text);
  const exact = scanBodyOutline(text, bodyStart);
  if (exact.outline) return goalBodyFromOutline(text, exact.outline);
  const size = text.length - bodyStart;
  if (size <= maxParsedBodyChars) return parseWithRemark(text, bodyStart);
  const lenient = scanBodyOutline(text, bodyStart, { lenient: true });
  const parsed = goalBodyFromOutline(text, lenient.outline ?? { headings: [], tasks: [] });
  const refusal = exact.refusal ?? { reason: 'an unreadable line', offset: bodyStart };
  const lineEnd = text.indexOf('\n', refusal.offset);
  const message = l10n.t(
    'The notes below the front-matter are {0} KiB, more than the {1} KiB given a full Markdown parse, and use Markdown the quick reader can only approximate, first here ({2}): check-ins, tasks and the review were read line by line and may be incomplete.',
    Math.ceil(size / 1024),
    maxParsedBodyChars / 1024,
    refusal.reason,
  );
  return {
    body: parsed.body,
    diagnostics: [
      ...parsed.diagnostics,
      { code: 'body-too-large', severity: 'info', message, range: new LineIndex(text, refusal.offset + 1).range(refusal.offset, lineEnd === -1 ? text.length : lineEnd) },
    ],
  };
}

/**
 * Where the body starts, as splitFrontMatter finds it, without asking gray-matter a second time
 * for the common shape: `---` on the first line, and the body right after the first line that
 * starts with `---` (gray-matter skips one line break after those three dashes). Anything else
 * — a byte order mark, a language after the fence, no closing fence — asks splitFrontMatter.
 */
export function bodyStartOf(text: string): number {
  const simpleOpening = text.startsWith('---\n') || text.startsWith('---\r\n');
  const closing = simpleOpening ? text.indexOf('\n---', 3) : -1;
  if (closing === -1 || closing > maxFrontMatterChars) return splitFrontMatter(text)?.bodyStart ?? 0;
  let start = closing + 4;
  if (text.charCodeAt(start) === 0x0d) start++;
  if (text.charCodeAt(start) === 0x0a) start++;
  return start;
}
