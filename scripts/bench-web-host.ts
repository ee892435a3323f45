// `npm run bench:web`: indexing 1,000 goal files in the web worker extension host (VS Code for
// the Web), where `workspace.fs` is the only reader: the extension's own reader
// (fileSystemReader) and cache store, against floors of listing, stat-ing and reading every file
// through `workspace.fs`. Loaded by `scripts/run-integration.mjs --web --tests` as the
// extension-tests module of the web extension; prints a table, then one JSON line.
import * as vscode from 'vscode';
import { parseGoalBody } from '../src/core/body';
import { forEachLimited, GoalIndex, parseIndexCache, syncFile, syncIndex } from '../src/core/goalIndex';
import { fileSystemReader, fileSystemReadsAtOnce } from '../src/goalWorkspace/fileSystemReader';
import { IndexCacheStore } from '../src/goalWorkspace/indexCacheStore';
import { goalFile, median, timed } from './benchFiles';

const fileCount = 1_000;
const rounds = 7;
const encoder = new TextEncoder();

export async function run(): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) throw new Error('bench:web needs a workspace folder');
  // Under out/, which the extension's default exclude leaves alone: only this module reads them.
  const folder = vscode.Uri.joinPath(root, 'out', 'bench-web');
  try {
    const files = Array.from({ length: fileCount }, (_, i) => vscode.Uri.joinPath(folder, 'goals', `file-${i}.md`));
    await forEachLimited(files, 32, async (uri) => vscode.workspace.fs.writeFile(uri, encoder.encode(goalFile(files.indexOf(uri)))));
    const uris = files.map((uri) => uri.toString());
    const store = new IndexCacheStore(vscode.Uri.joinPath(folder, 'storage'));
    const held = new GoalIndex(parseGoalBody);
    await syncIndex(held, fileSystemReader, uris);
    await store.save(held.toCache());
    const changed = files.filter((_, i) => i % 100 === 0);

    // Measured in turns (after one warm-up round), so a burst of load on a shared machine hits all of them.
    const measures = {
      list: () => vscode.workspace.findFiles(new vscode.RelativePattern(folder, 'goals/**/*.md')),
      stat: () => forEachLimited(files, 32, async (uri) => vscode.workspace.fs.stat(uri)),
      statAll: () => Promise.all(files.map((uri) => vscode.workspace.fs.stat(uri))),
      read: () => forEachLimited(files, fileSystemReadsAtOnce, async (uri) => vscode.workspace.fs.readFile(uri)),
      cold: () => syncIndex(new GoalIndex(parseGoalBody), fileSystemReader, uris, { concurrency: fileSystemReadsAtOnce }),
      // The cold index before it stat-ed everything first and kept 128 reads in flight.
      coldBefore: () => {
        const index = new GoalIndex(parseGoalBody);
        return forEachLimited(uris, 32, (uri) => syncFile(index, fileSystemReader, uri));
      },
      warm: async () => {
        // As the extension starts: read the cache file, parse it while the stats are answered,
        // re-read the 1% of files written since.
        const text = await store.read();
        await syncIndex(new GoalIndex(parseGoalBody), fileSystemReader, uris, {
          concurrency: fileSystemReadsAtOnce,
          loadCache: text === undefined ? undefined : () => parseIndexCache(text),
        });
      },
    };
    const times: Record<keyof typeof measures, number[]> = { list: [], stat: [], statAll: [], read: [], cold: [], coldBefore: [], warm: [] };
    for (let round = 0; round <= rounds; round++) {
      for (const [name, measure] of Object.entries(measures) as [keyof typeof measures, () => Promise<unknown>][]) {
        // Not timed: 1% of the files change between two starts.
        if (name === 'warm') await Promise.all(changed.map((uri, i) => vscode.workspace.fs.writeFile(uri, encoder.encode(`${goalFile(i * 100)}\nEdited in round ${round}.\n`))));
        const ms = await timed(measure);
        if (round > 0) times[name].push(ms);
      }
    }
    const [listMs, statMs, statAllMs, readMs, coldMs, coldBeforeMs, warmMs] = [times.list, times.stat, times.statAll, times.read, times.cold, times.coldBefore, times.warm].map(median) as number[] as [number, number, number, number, number, number, number];
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(
      [
        '',
        `| in the web worker extension host (VS Code ${vscode.version}), ${fileCount.toLocaleString('en')} goal files, medians of ${rounds} | value |`,
        '| --- | ---: |',
        `| list them with workspace.findFiles | ${ms(listMs)} |`,
        `| stat every file with workspace.fs, 32 at a time | ${ms(statMs)} |`,
        `| stat every file with workspace.fs, all requested at once | ${ms(statAllMs)} |`,
        `| read every file with workspace.fs, ${fileSystemReadsAtOnce} at a time | ${ms(readMs)} |`,
        `| cold index: stat all at once, read and parse every file, ${fileSystemReadsAtOnce} at a time | ${ms(coldMs)} (${(coldMs / (statAllMs + readMs)).toFixed(2)}× stat all + read) |`,
        `| the same as before: a stat, then a read, per file, 32 at a time | ${ms(coldBeforeMs)} |`,
        `| warm start: read and parse the cache, stat all, re-read 1% | ${ms(warmMs)} (${(warmMs / statAllMs).toFixed(2)}× stat all) |`,
        JSON.stringify({ goalFiles: fileCount, listMs: Math.round(listMs), statMs: Math.round(statMs), statAllMs: Math.round(statAllMs), readMs: Math.round(readMs), coldMs: Math.round(coldMs), coldBeforeMs: Math.round(coldBeforeMs), warmMs: Math.round(warmMs) }),
      ].join('\n'),
    );
  } finally {
    await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
  }
}
