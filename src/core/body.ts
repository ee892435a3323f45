import type { Heading, ListItem, Root, RootContent } from 'mdast';
import { goalBodyFromOutline, type BodyHeading, type BodyOutline, type ParsedBody } from './bodyFacts.js';
import { splitFrontMatter } from './frontMatter.js';
import { parseMarkdownTree } from './markdownTree.js';
import type { TaskItem } from './model.js';
import { LineIndex } from './positions.js';

function headingText(heading: Heading): string {
  const parts: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }): void => {
    if (typeof node.value === 'string') parts.push(node.value);
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(heading as never);
  return parts.join('').trim();
}

function collectTasks(node: Root | RootContent, found: ListItem[]): void {
  if (node.type === 'listItem' && typeof node.checked === 'boolean') found.push(node);
  if ('children' in node) for (const child of node.children) collectTasks(child as RootContent, found);
}

/**
 * The outline of a body as remark reads it: top-level headings of depth 1–3 and every task
 * list item, wherever it is nested. This is the authority the line scanner is tested against.
 */
export function remarkOutline(text: string, bodyStart: number): BodyOutline {
  const tree = parseMarkdownTree(text.slice(bodyStart));
  const lines = new LineIndex(text);
  const headings: BodyHeading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth > 3) continue;
    const start = bodyStart + (node.position?.start.offset ?? 0);
    headings.push({ depth: node.depth, text: headingText(node), start, end: bodyStart + (node.position?.end.offset ?? 0), line: lines.position(start).line });
  }
  const taskNodes: ListItem[] = [];
  collectTasks(tree, taskNodes);
  const tasks: TaskItem[] = taskNodes.map((item) => {
    const start = bodyStart + (item.position?.start.offset ?? 0);
    const firstChild = item.children[0];
    const textStart = bodyStart + (firstChild?.position?.start.offset ?? 0);
    const textEnd = bodyStart + (firstChild?.position?.end.offset ?? 0);
    return { text: text.slice(textStart, textEnd).trim(), done: item.checked === true, line: lines.position(start).line };
  });
  return { headings, tasks };
}

/**
 * Reads the body facts of a goal file with remark: dated check-ins under `## Check-ins`,
 * the `## Review` section and `- [ ]` task items. Line numbers are the file's own. Slow
 * (micromark): the index reads bodies with readGoalBody, which uses this only where the line
 * scanner cannot read a body exactly.
 */
export function parseGoalBody(text: string, bodyStart = splitFrontMatter(text)?.bodyStart ?? 0): ParsedBody {
  return goalBodyFromOutline(text, remarkOutline(text, bodyStart));
}
