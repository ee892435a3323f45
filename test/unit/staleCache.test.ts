// Wrong or stale results from the warm-start cache and the live re-sync (issue 9, items 7 and 8):
// a same-size rewrite whose mtime was put back, a rewrite in the same clock tick as the cache,
// and cache entries that do not have the shape of an entry.
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardIds } from '../../src/board/boardIds';
import { boardCards } from '../../src/board/boardModel';
import { parseGoalBody } from '../../src/core/body';
import { GoalIndex, parseIndexCache, syncFile, syncIndex } from '../../src/core/goalIndex';
import type { FileReader, FileStat } from '../../src/core/ports';
import { nodeFileReader } from '../../src/nodeFiles/nodeFileReader';
import { buildBacklog, objectiveChildren } from '../../src/tree/backlogModel';
import { backlogRow } from '../../src/tree/backlogRows';

const goal = (title: string) => `---\nobjective: ${title}\nquarter: 2026-Q4\nkey_results:\n  - id: talk\n    title: Give a talk\n---\n## Check-ins\n### 2026-11-01\nProgress: p\n`;

describe('a same-size rewrite whose mtime was put back (cp -p, rsync -a, tar, touch -r)', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is seen by the live re-sync and by a warm start', async () => {
    folder = mkdtempSync(join(tmpdir(), 'growth-backlog-stale-'));
    const path = join(folder, 'goal.md');
    writeFileSync(path, goal('Alpha'));
    // Whole seconds, so putting the mtime back restores it exactly.
    utimesSync(path, 1_700_000_000, 1_700_000_000);
    const index = new GoalIndex(parseGoalBody);
    await syncIndex(index, nodeFileReader, [path]);
    expect(index.get(path)?.objective?.title).toBe('Alpha');
    // The cache is written now, long after that mtime: only the stamp can tell the rewrite.
    const cacheText = JSON.stringify(index.toCache());

    const before = statSync(path);
    writeFileSync(path, goal('Omega'));
    utimesSync(path, 1_700_000_000, 1_700_000_000);
    const after = statSync(path);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);

    await syncFile(index, nodeFileReader, path);
    expect(index.get(path)?.objective?.title).toBe('Omega');

    const warm = new GoalIndex(parseGoalBody);
    await syncIndex(warm, nodeFileReader, [path], { loadCache: () => parseIndexCache(cacheText) });
    expect(warm.get(path)?.objective?.title).toBe('Omega');
  });
});

/** Files on a file system with a coarse clock and no change time or inode (as `workspace.fs` reports it elsewhere). */
class CoarseFiles implements FileReader {
  readonly texts = new Map<string, string>();
  reads: string[] = [];
  async readText(uri: string): Promise<string> {
    this.reads.push(uri);
    const text = this.texts.get(uri);
    if (text === undefined) throw new Error('ENOENT');
    return text;
  }
  async stat(uri: string): Promise<FileStat> {
    const text = this.texts.get(uri);
    if (text === undefined) throw new Error('ENOENT');
    return { size: text.length, mtime: uri === 'old.md' ? 1_000 : 5_000 };
  }
}

describe('a rewrite in the same clock tick as the cache', () => {
  it('is read again on a warm start: entries whose mtime is not older than the cache are not trusted', async () => {
    const files = new CoarseFiles();
    files.texts.set('old.md', goal('Old and settled'));
    files.texts.set('new.md', goal('Alpha'));
    const index = new GoalIndex(parseGoalBody);
    await syncIndex(index, files, ['old.md', 'new.md']);
    const cacheText = JSON.stringify(index.toCache(5_000));

    // Same size, and the clock has not ticked: the stat cannot tell.
    files.texts.set('new.md', goal('Omega'));
    files.reads = [];
    const warm = new GoalIndex(parseGoalBody);
    await syncIndex(warm, files, ['old.md', 'new.md'], { loadCache: () => parseIndexCache(cacheText) });
    expect(warm.get('new.md')?.objective?.title).toBe('Omega');
    expect(files.reads).toEqual(['new.md']);
  });
});

describe('restored cache entries', () => {
  it('are dropped when they do not have the shape of an entry, and their files are read again; the tree and the board do not throw', async () => {
    const files = new CoarseFiles();
    const uris = ['a.md', 'b.md', 'c.md', 'old.md'];
    for (const uri of uris) files.texts.set(uri, goal(`Goal ${uri}`));
    const cold = new GoalIndex(parseGoalBody);
    await syncIndex(cold, files, uris);
    const cache = JSON.parse(JSON.stringify(cold.toCache(10_000)));
    cache.files[0].objective.keyResults = 'not-a-list';
    cache.files[1].objective.keyResults[0].range = null;
    cache.files[2].objective.career = 'craft';
    cache.files.push(null, 'text', { uri: 5, version: 'x' });

    files.reads = [];
    const warm = new GoalIndex(parseGoalBody);
    await syncIndex(warm, files, uris, { loadCache: () => cache });
    // What the tree and the board build from every entry: rows down to the key results, and cards.
    const options = { grouping: 'quarter', showFinished: true, today: '2026-11-25', maxObjectivesPerQuarter: 3 } as const;
    const rows = () =>
      buildBacklog(warm.goalFiles(), options)
        .flatMap((group) => group.children)
        .flatMap((node) => (node.kind === 'objective' ? objectiveChildren(node, [], true) : []))
        .map((node) => backlogRow(node, '2026-11-25'));
    expect(rows).not.toThrow();
    expect(rows()).toHaveLength(4);
    const ids = new BoardIds();
    const cards = () => warm.goalFiles().flatMap((file) => (file.objective ? boardCards(ids, file.uri, ids.objectiveId(file.uri), file.objective) : []));
    expect(cards).not.toThrow();
    expect(cards()).toHaveLength(4);
    expect(files.reads.sort()).toEqual(['a.md', 'b.md', 'c.md']);
    expect(warm.objectives().map((entry) => entry.objective.title).sort()).toEqual(uris.map((uri) => `Goal ${uri}`));
  });
});
