// `npm run bench:host`: the index inside a real VS Code extension host, on the path the
// extension takes: its file reader (workspaceFileReader: Node for local files), the cache in a
// storage folder (IndexCacheStore), against stat floors with `workspace.fs` and with Node.
// `npm run bench` measures the core alone; this one checks the extension's own start. Loaded by
// scripts/run-integration.mjs --tests as the extension-tests module; prints a table, then
// one JSON line.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parseGoalBody } from '../src/core/body';
import { forEachLimited, GoalIndex, parseIndexCache, syncIndex } from '../src/core/goalIndex';
import { IndexCacheStore } from '../src/goalWorkspace/indexCacheStore';
import { workspaceFileReader } from '../src/goalWorkspace/workspaceFileReader';
import { nodeFileReader } from '../src/nodeFiles/nodeFileReader';
import { goalFile, measureAlternately } from './benchFiles';

const fileCount = Number(process.env.BENCH_FILES ?? 10_000);
const rounds = Number(process.env.BENCH_RUNS ?? 7);

export async function run(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'growth-backlog-bench-host-'));
  try {
    mkdirSync(join(root, 'goals'));
    const paths = Array.from({ length: fileCount }, (_, i) => {
      const path = join(root, 'goals', `file-${i}.md`);
      writeFileSync(path, goalFile(i));
      return path;
    });
    const uris = paths.map((path) => vscode.Uri.file(path).toString());
    const store = new IndexCacheStore(vscode.Uri.file(join(root, 'storage')));
    const held = new GoalIndex(parseGoalBody);
    await syncIndex(held, workspaceFileReader, uris);
    await store.save(held.toCache());

    const changed = paths.filter((_, i) => i % 100 === 0);
    let touch = 0;
    const [statMs = 0, nodeStatMs = 0, coldMs = 0, warmMs = 0] = await measureAlternately(
      [
        () => forEachLimited(uris, 32, async (uri) => vscode.workspace.fs.stat(vscode.Uri.parse(uri))),
        () => Promise.all(paths.map((path) => nodeFileReader.stat(path))),
        () => syncIndex(new GoalIndex(parseGoalBody), workspaceFileReader, uris),
        async () => {
          // As the extension starts: read the cache file, parse it while the stats are answered,
          // re-read the 1% of files touched since.
          touch++;
          for (const path of changed) utimesSync(path, new Date(), new Date(Date.now() + touch * 1000));
          const text = await store.read();
          await syncIndex(new GoalIndex(parseGoalBody), workspaceFileReader, uris, { loadCache: text === undefined ? undefined : () => parseIndexCache(text) });
        },
      ],
      rounds,
    );
    const files = fileCount.toLocaleString('en');
    console.log(
      [
        '',
        `| in the extension host (VS Code ${vscode.version}), ${files} goal files | value |`,
        '| --- | ---: |',
        `| stat every file with workspace.fs, 32 at a time | ${statMs.toFixed(0)} ms |`,
        `| stat every file with Node (the index's stat for local files), all requested at once | ${nodeStatMs.toFixed(0)} ms |`,
        `| cold index (read and parse every file) | ${coldMs.toFixed(0)} ms |`,
        `| warm start: read and parse the cache, stat all, re-read 1% | ${warmMs.toFixed(0)} ms (${(warmMs / statMs).toFixed(2)}× the workspace.fs stat, ${(warmMs / nodeStatMs).toFixed(2)}× the Node stat) |`,
        JSON.stringify({ goalFiles: fileCount, statMs: Math.round(statMs), nodeStatMs: Math.round(nodeStatMs), coldMs: Math.round(coldMs), warmMs: Math.round(warmMs) }),
      ].join('\n'),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
