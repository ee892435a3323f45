import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';

/**
 * One read-only view over a front-matter value, with two sources: the `yaml` package's
 * document (exact source ranges, slower) and a plain object from js-yaml (about 6× faster,
 * no ranges). The validator in parse.ts reads only this view, so both paths apply the
 * very same rules; asking the plain view for a range aborts to the exact path.
 */
export interface ViewNode {
  readonly kind: 'map' | 'seq' | 'scalar' | 'alias';
  /** The scalar's value (string, number, boolean or null); undefined for collections. */
  readonly value?: unknown;
  readonly items: readonly ViewNode[];
  readonly pairs: readonly ViewPair[];
  /** [start, end) offsets in the YAML text. */
  range(): readonly [number, number];
}

export interface ViewPair {
  readonly key: string | undefined;
  readonly keyNode: ViewNode;
  /** undefined for `key:` with nothing after it. */
  readonly valueNode: ViewNode | undefined;
}

/** Thrown by the fast view when exact positions are needed; the caller re-parses exactly. */
export class NeedsExactPositions extends Error {}

const noItems: readonly never[] = [];

function documentPair(pair: Pair): ViewPair {
  const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
  const value = pair.value as Node | null;
  // `key:`, `key: null` and `key: ~` all mean "not set", as they do in js-yaml's data.
  const isEmpty = value === null || (isScalar(value) && value.value === null);
  return { key, keyNode: documentNode(pair.key as Node), valueNode: isEmpty ? undefined : documentNode(value) };
}

/** A view over a node of a `yaml` Document. */
export function documentNode(node: Node | null | undefined): ViewNode {
  const range = (): readonly [number, number] => [node?.range?.[0] ?? 0, node?.range?.[1] ?? 0];
  if (isMap(node)) return { kind: 'map', items: noItems, pairs: node.items.map(documentPair), range };
  if (isSeq(node)) return { kind: 'seq', items: node.items.map((item) => documentNode(item as Node)), pairs: noItems, range };
  if (isAlias(node)) return { kind: 'alias', items: noItems, pairs: noItems, range };
  return { kind: 'scalar', value: isScalar(node) ? node.value : null, items: noItems, pairs: noItems, range };
}

function noRange(): never {
  throw new NeedsExactPositions();
}

function plainScalar(value: unknown): ViewNode {
  return { kind: 'scalar', value, items: noItems, pairs: noItems, range: noRange };
}

/** A key and its value in plain data. */
class PlainPair implements ViewPair {
  readonly valueNode: ViewNode | undefined;

  constructor(
    readonly key: string,
    value: unknown,
  ) {
    this.valueNode = value === null ? undefined : plainNode(value);
  }

  /** Only reports read it (at a range the plain view does not have): made on demand, not for every key. */
  get keyNode(): ViewNode {
    return plainScalar(this.key);
  }
}

/** A view over plain data from js-yaml: same shape, no positions. */
export function plainNode(value: unknown): ViewNode {
  if (Array.isArray(value)) return { kind: 'seq', items: value.map(plainNode), pairs: noItems, range: noRange };
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const pairs: ViewPair[] = [];
    for (const key of Object.keys(record)) pairs.push(new PlainPair(key, record[key]));
    return { kind: 'map', items: noItems, pairs, range: noRange };
  }
  return plainScalar(value);
}
