import { isScalar, isSeq } from 'yaml';
import { readFrontMatter } from './frontMatter.js';
import type { SourceRange } from './model.js';
import { LineIndex } from './positions.js';

/**
 * Where each id of `career:` is written in a goal file, for diagnostics that point at the id
 * itself (the index keeps ids, not their positions). Only the front-matter is parsed.
 */
export function careerIdLocations(text: string): Map<string, SourceRange> {
  const found = new Map<string, SourceRange>();
  const frontMatter = readFrontMatter(text);
  if (!frontMatter || frontMatter.document.errors.length > 0) return found;
  const root = frontMatter.document.contents;
  if (!root || !('items' in root)) return found;
  const pair = (root.items as { key: unknown; value: unknown }[]).find((item) => isScalar(item.key) && item.key.value === 'career');
  const items: unknown[] = isSeq(pair?.value) ? pair.value.items : [pair?.value];
  const lines = new LineIndex(text, frontMatter.bodyStart);
  for (const item of items) {
    if (!isScalar(item) || item.range === undefined || item.range === null) continue;
    const id = String(item.value).trim();
    if (found.has(id)) continue;
    found.set(id, lines.range(frontMatter.yamlStart + item.range[0], frontMatter.yamlStart + item.range[1]));
  }
  return found;
}

/** Points `unknown-career-id` hints at the id itself instead of the objective line. */
export function pointAtCareerIds<T extends { readonly careerId?: string; readonly range: SourceRange }>(hints: readonly T[], text: string): T[] {
  if (!hints.some((hint) => hint.careerId !== undefined)) return [...hints];
  const locations = careerIdLocations(text);
  return hints.map((hint) => {
    const range = hint.careerId === undefined ? undefined : locations.get(hint.careerId);
    return range ? { ...hint, range } : hint;
  });
}
