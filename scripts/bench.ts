// `npm run bench`: how fast the core indexes a workspace, against the floors that bound it
// (reading the files, gray-matter alone, stat-ing the files). Prints a table, then one JSON
// line for machines. Figures are medians of several runs on page-cached files.
import matter from 'gray-matter';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, utimesSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGoalBody } from '../src/core/body';
import { readGoalBody } from '../src/core/readBody';
import { forEachLimited, GoalIndex, parseIndexCache, syncIndex } from '../src/core/goalIndex';
import { parseGoalFile } from '../src/core/parse';
import { nodeFileReader, readTextWithStat } from '../src/nodeFiles/nodeFileReader';
import { goalFile, measureAlternately, median, plainFile, timed } from './benchFiles';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const concurrency = 32;

function writeFiles(dir: string, count: number, make: (i: number) => string): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `file-${i}.md`);
    writeFileSync(path, make(i));
    return path;
  });
}

interface Row {
  files: string;
  rawReadMs: number;
  grayMatterMs: number;
  indexMs: number;
  /** The same floors read with the index's own reader (one open, callbacks; see src/nodeFiles/nodeFileReader.ts). */
  ownReadMs: number;
  ownReadGrayMatterMs: number;
}

/** The index and its floors on one set of files, timed in turns (see measureAlternately). */
async function benchSet(label: string, uris: string[]): Promise<Row> {
  const [rawReadMs = 0, grayMatterMs = 0, indexMs = 0, ownReadMs = 0, ownReadGrayMatterMs = 0] = await measureAlternately(
    [
      () => forEachLimited(uris, concurrency, (uri) => readFile(uri, 'utf8')),
      () => forEachLimited(uris, concurrency, async (uri) => matter(await readFile(uri, 'utf8'), {})),
      () => syncIndex(new GoalIndex(parseGoalBody, { bodies: false }), nodeFileReader, uris, { concurrency }),
      () => forEachLimited(uris, concurrency, (uri) => readTextWithStat(uri)),
      () => forEachLimited(uris, concurrency, async (uri) => matter((await readTextWithStat(uri)).text, {})),
    ],
    runs,
  );
  return { files: label, rawReadMs, grayMatterMs, indexMs, ownReadMs, ownReadGrayMatterMs };
}

/**
 * Every goal file's body facts, as the views and the CLI need them: the index reads them with
 * the front-matter, once per file version. Against the front-matter index alone.
 */
async function benchBodyFacts(uris: string[]): Promise<{ frontMatterMs: number; withBodiesMs: number }> {
  const [frontMatterMs = 0, withBodiesMs = 0] = await measureAlternately(
    [
      () => syncIndex(new GoalIndex(parseGoalBody, { bodies: false }), nodeFileReader, uris, { concurrency }),
      () => syncIndex(new GoalIndex(parseGoalBody), nodeFileReader, uris, { concurrency }),
    ],
    // Eleven rounds, as for the warm start: the ratio is the figure, and bursts of load hit both.
    Number(process.env.BENCH_BODY_RUNS ?? 11),
  );
  return { frontMatterMs, withBodiesMs };
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'growth-backlog-bench-'));
  try {
    const goals1k = writeFiles(join(root, 'goals-1k'), 1_000, goalFile);
    const goals10k = writeFiles(join(root, 'goals-10k'), 10_000, goalFile);
    const plain10k = writeFiles(join(root, 'plain-10k'), 10_000, plainFile);

    const rows = [await benchSet('1,000 goal files', goals1k), await benchSet('10,000 goal files', goals10k), await benchSet('10,000 plain Markdown', plain10k)];
    const bodies = await benchBodyFacts(goals10k);
    const big = rows[1]!;
    const plain = rows[2]!;

    // Heap held by an index of 10,000 goal files, per 1,000 files.
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const held = new GoalIndex(parseGoalBody);
    await syncIndex(held, nodeFileReader, goals10k, { concurrency });
    globalThis.gc?.();
    const heapMBPer1k = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024 / 10;

    // One changed file, re-indexed the way the editor does it: read, then update.
    const updates: number[] = [];
    for (let i = 0; i < 200; i++) {
      const uri = goals10k[i]!;
      const text = `${goalFile(i)}\n<!-- edit ${i} -->\n`;
      updates.push(await timed(() => held.update(uri, text)));
    }
    const updateMs = median(updates);

    // One goal file's front-matter parse, its body facts from the line scanner, and from remark.
    const bodyTimes: number[] = [];
    const scanTimes: number[] = [];
    const frontTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const text = goalFile(i);
      bodyTimes.push(await timed(() => parseGoalBody(text)));
      scanTimes.push(await timed(() => readGoalBody(text, parseGoalBody)));
      frontTimes.push(await timed(() => parseGoalFile('bench', String(i), text)));
    }
    const bodyMs = median(bodyTimes);
    const scanMs = median(scanTimes);
    const frontMatterMs = median(frontTimes);
    const fileKB = goalFile(1).length / 1024;

    const cache = JSON.stringify(held.toCache());
    // Touch 1% of the files so the warm start must re-read exactly those.
    const changed = goals10k.filter((_, i) => i % 100 === 0);
    let touch = 0;
    // The warm start is judged against its floor, so the two are timed in alternation, eleven
    // times each: a burst of load on this shared machine then hits both, not one of them.
    // The second floor stats with the index's own primitive (callbacks), every request at once.
    const [statMs = 0, ownStatMs = 0, warmMs = 0] = await measureAlternately([
      () => forEachLimited(goals10k, concurrency, (uri) => stat(uri)),
      () => Promise.all(goals10k.map((uri) => nodeFileReader.stat(uri))),
      async () => {
        touch++;
        for (const uri of changed) utimesSync(uri, new Date(), new Date(Date.now() + touch * 1000));
        await syncIndex(new GoalIndex(parseGoalBody), nodeFileReader, goals10k, { concurrency, loadCache: () => parseIndexCache(cache) });
      },
    ]);
    const cacheMB = cache.length / 1024 / 1024;

    const table = [
      'The front-matter index (bodies are measured below):',
      '',
      '| files | raw read | gray-matter | index | index ÷ gray-matter | index ÷ raw read |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((r) => `| ${r.files} | ${r.rawReadMs.toFixed(0)} ms | ${r.grayMatterMs.toFixed(0)} ms | ${r.indexMs.toFixed(0)} ms | ${(r.indexMs / r.grayMatterMs).toFixed(2)}× | ${(r.indexMs / r.rawReadMs).toFixed(2)}× |`),
      '',
      'The same floors with the reader the index uses (open, fstat, read, close with callbacks), which is faster than `fs.promises.readFile`:',
      '',
      '| files | read | read + gray-matter | index | index ÷ (read + gray-matter) | index ÷ read |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((r) => `| ${r.files} | ${r.ownReadMs.toFixed(0)} ms | ${r.ownReadGrayMatterMs.toFixed(0)} ms | ${r.indexMs.toFixed(0)} ms | ${(r.indexMs / r.ownReadGrayMatterMs).toFixed(2)}× | ${(r.indexMs / r.ownReadMs).toFixed(2)}× |`),
      '',
      '| measure | value |',
      '| --- | ---: |',
      `| one changed goal file re-indexed (median of 200) | ${updateMs.toFixed(3)} ms |`,
      `| front-matter parse of one ${fileKB.toFixed(1)} KB goal file | ${frontMatterMs.toFixed(3)} ms |`,
      `| body facts of the same file with the line scanner | ${scanMs.toFixed(3)} ms |`,
      `| the same with remark (only for bodies the scanner refuses) | ${bodyMs.toFixed(3)} ms |`,
      `| stat 10,000 goal files (floor of a warm start) | ${statMs.toFixed(0)} ms |`,
      `| warm start from cache, 1% changed (parse the cache, stat all, re-read 100) | ${warmMs.toFixed(0)} ms (${(warmMs / statMs).toFixed(2)}× stat) |`,
      `| stat 10,000 goal files with the index's stat (callbacks, all requested at once) | ${ownStatMs.toFixed(0)} ms |`,
      `| warm start ÷ that faster stat floor | ${(warmMs / ownStatMs).toFixed(2)}× |`,
      `| index with the body facts of every goal file (check-ins, tasks, review), 10,000 files | ${bodies.withBodiesMs.toFixed(0)} ms (${(bodies.withBodiesMs / bodies.frontMatterMs).toFixed(2)}× the front-matter index, ${bodies.frontMatterMs.toFixed(0)} ms) |`,
      `| heap per 1,000 indexed goal files | ${heapMBPer1k.toFixed(2)} MB |`,
      `| cache size for 10,000 goal files | ${cacheMB.toFixed(1)} MB |`,
    ];
    console.log(table.join('\n'));
    console.log(
      JSON.stringify({
        goalFiles: 10_000,
        indexMs: Math.round(big.indexMs),
        rawReadMs: Math.round(big.rawReadMs),
        grayMatterMs: Math.round(big.grayMatterMs),
        ratio: Number((big.indexMs / big.grayMatterMs).toFixed(2)),
        plainFilesRatio: Number((plain.indexMs / plain.rawReadMs).toFixed(2)),
        updateMs: Number(updateMs.toFixed(3)),
        warmMs: Math.round(warmMs),
        statMs: Math.round(statMs),
        heapMBPer1k: Number(heapMBPer1k.toFixed(2)),
        bodyFactsMs: Math.round(bodies.withBodiesMs),
        bodyFactsRatio: Number((bodies.withBodiesMs / bodies.frontMatterMs).toFixed(2)),
      }),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
