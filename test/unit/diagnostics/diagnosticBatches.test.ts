import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticBatches } from '../../../src/diagnostics/diagnosticBatches';

const entry = (uri: string, count: number): [string, number[]] => [uri, Array.from({ length: count }, (_, i) => i)];

describe('diagnosticBatches', () => {
  it('keeps every file, in order, in batches of at most the limit', () => {
    const batches = diagnosticBatches([entry('a', 600), entry('b', 500), entry('c', 1), entry('d', 0), entry('e', 1100), entry('f', 3)], 1100);
    expect(batches.map((batch) => batch.map(([uri]) => uri))).toEqual([['a', 'b'], ['c', 'd'], ['e'], ['f']]);
  });

  it('sends a file over the limit alone, and nothing for no files', () => {
    expect(diagnosticBatches([entry('a', 2), entry('big', 5), entry('b', 1)], 3).map((batch) => batch.map(([uri]) => uri))).toEqual([['a'], ['big'], ['b']]);
    expect(diagnosticBatches([], 3)).toEqual([]);
  });

  it('never loses, reorders or splits a file, and no batch that could hold the next file ends early', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40)), fc.integer({ min: 1, max: 60 }), (counts, limit) => {
        const entries = counts.map((count, i) => entry(String(i), count));
        const batches = diagnosticBatches(entries, limit);
        expect(batches.flat()).toEqual(entries);
        batches.forEach((batch, i) => {
          const total = batch.reduce((sum, [, list]) => sum + list.length, 0);
          if (batch.length > 1) expect(total).toBeLessThanOrEqual(limit);
          const next = batches[i + 1]?.[0];
          if (next) expect(total + next[1].length).toBeGreaterThan(limit);
        });
      }),
    );
  });
});
