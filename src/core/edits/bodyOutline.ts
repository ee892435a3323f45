// Where the sections of a goal file's Markdown body are, read with remark so that a
// `## Check-ins` line inside a fenced code block, an HTML block or a list does not count.
// The heading patterns are the ones `parseGoalBody` reads, so an edit puts a check-in
// exactly where the parser will look for it.

import type { Root, RootContent } from 'mdast';
import { parseMarkdownTree } from '../markdownTree.js';

const checkInsHeading = /^check[- ]?ins?$/i;
const reviewHeading = /^(review|retrospective|quarter review)$/i;
const datedHeading = /^(\d{4}-\d{2}-\d{2})\b/;

/** A top-level block of the body; offsets are relative to the body text. */
export interface OutlineBlock {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** Heading depth, for headings. */
  readonly depth?: number;
  /** Trimmed plain text, for headings. */
  readonly text?: string;
}

export interface CheckInsSection {
  readonly heading: OutlineBlock;
  /** End of the last block of the section (the heading itself when the section is empty). */
  readonly contentEnd: number;
  /** `### YYYY-MM-DD` headings of the section, in file order. */
  readonly dated: readonly { readonly date: string; readonly heading: OutlineBlock }[];
}

export interface BodyOutline {
  readonly blocks: readonly OutlineBlock[];
  /** The last `## Check-ins` section, where a new check-in belongs. */
  readonly checkIns?: CheckInsSection;
  /** The first `## Review` heading. */
  readonly review?: OutlineBlock;
}

function plainText(node: { value?: unknown; children?: unknown }): string {
  const own = typeof node.value === 'string' ? node.value : '';
  const children = Array.isArray(node.children) ? (node.children as { value?: unknown; children?: unknown }[]) : [];
  return own + children.map(plainText).join('');
}

function toBlock(node: RootContent): OutlineBlock {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (node.type !== 'heading') return { type: node.type, start, end };
  return { type: node.type, start, end, depth: node.depth, text: plainText(node).trim() };
}

/** A section heading in the sense of `parseGoalBody`: `#` or `##`. */
export function isSectionHeading(block: OutlineBlock): boolean {
  return block.type === 'heading' && (block.depth ?? 7) <= 2;
}

export function isCheckInsHeading(block: OutlineBlock): boolean {
  return isSectionHeading(block) && checkInsHeading.test(block.text ?? '');
}

export function outlineBody(body: string): BodyOutline {
  const tree: Root = parseMarkdownTree(body);
  const blocks = tree.children.map(toBlock);
  let checkIns: CheckInsSection | undefined;
  let review: OutlineBlock | undefined;
  let current: { heading: OutlineBlock; contentEnd: number; dated: { date: string; heading: OutlineBlock }[] } | undefined;
  for (const block of blocks) {
    if (isSectionHeading(block)) {
      if (current) checkIns = current;
      current = isCheckInsHeading(block) ? { heading: block, contentEnd: block.end, dated: [] } : undefined;
      if (!review && reviewHeading.test(block.text ?? '')) review = block;
      continue;
    }
    if (!current) continue;
    current.contentEnd = block.end;
    const date = block.type === 'heading' && block.depth === 3 ? datedHeading.exec(block.text ?? '')?.[1] : undefined;
    if (date) current.dated.push({ date, heading: block });
  }
  if (current) checkIns = current;
  return { blocks, ...(checkIns ? { checkIns } : {}), ...(review ? { review } : {}) };
}
