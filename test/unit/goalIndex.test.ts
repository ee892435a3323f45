import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../src/core/body';
import { GoalIndex, parseIndexCache, syncIndex } from '../../src/core/goalIndex';
import { maxGoalFileBytes, maxGoalFileChars } from '../../src/core/parse';
import type { FileReader } from '../../src/core/ports';

/** An in-memory file system that counts reads, so tests can see what the index re-reads. */
class MemoryFiles implements FileReader {
  readonly files = new Map<string, { text: string; mtime: number }>();
  reads = 0;
  write(uri: string, text: string, mtime = 1): void {
    this.files.set(uri, { text, mtime });
  }
  async readText(uri: string): Promise<string> {
    this.reads++;
    const file = this.files.get(uri);
    if (!file) throw new Error('ENOENT');
    return file.text;
  }
  async stat(uri: string) {
    const file = this.files.get(uri);
    if (!file) throw new Error('ENOENT');
    return { size: file.text.length, mtime: file.mtime };
  }
  /** A reader with bounded reads only, as on a local disk; notes each bound it is asked for. */
  boundedReader(asked: number[]): FileReader {
    return {
      readText: () => Promise.reject(new Error('a reader with bounded reads is never asked for a whole file')),
      stat: (uri) => this.stat(uri),
      readWithStat: async (uri, maxBytes) => {
        asked.push(maxBytes);
        return { text: (await this.readText(uri)).slice(0, maxBytes), stat: await this.stat(uri) };
      },
    };
  }
}

/** `count` goal files, indexed once cold: the cache an earlier session left, as JSON text. */
async function filesWithCache(count: number): Promise<{ files: MemoryFiles; uris: string[]; cacheText: string }> {
  const files = new MemoryFiles();
  for (let i = 0; i < count; i++) files.write(`g${i}.md`, goal(`Goal ${i}`));
  const uris = [...files.files.keys()];
  const cold = new GoalIndex(parseGoalBody);
  await syncIndex(cold, files, uris);
  return { files, uris, cacheText: JSON.stringify(cold.toCache()) };
}

/** A file far too large to be a goal, whatever it starts with. */
const huge = `---\nobjective: Huge\n---\n${'x'.repeat(maxGoalFileBytes + 10)}`;

const goal = (title: string) => `---\nobjective: ${title}\nquarter: 2026-Q4\nkey_results:\n  - id: a\n    title: A\n---\n## Check-ins\n### 2026-11-01\nProgress: p\n`;

describe('GoalIndex', () => {
  it('indexes goal files, ignores other Markdown, and notifies on change', async () => {
    const files = new MemoryFiles();
    files.write('a.md', goal('First'));
    files.write('notes.md', '# notes');
    files.write('broken.md', '---\nobjective: [\n---\n');
    const index = new GoalIndex(parseGoalBody);
    const changes: string[] = [];
    index.onDidChange((uris) => changes.push(...uris));
    await syncIndex(index, files, ['a.md', 'notes.md', 'broken.md']);
    expect(index.objectives().map((o) => o.objective.title)).toEqual(['First']);
    expect(index.goalFiles().map((f) => f.uri).sort()).toEqual(['a.md', 'broken.md']);
    expect(changes.sort()).toEqual(['a.md', 'broken.md', 'notes.md']);
    expect(index.findKeyResult('a.md', 'a')?.title).toBe('A');
  });

  it('re-parses only when the text changes, whatever it comes from, and drops removed files', async () => {
    const files = new MemoryFiles();
    files.write('a.md', goal('First'));
    const index = new GoalIndex(parseGoalBody);
    const changes: string[] = [];
    index.onDidChange((uris) => changes.push(...uris));
    const first = index.update('a.md', goal('First'));
    // The same text from the disk (with a stamp) or an editor: nothing parsed, nobody told.
    expect(index.update('a.md', goal('First'), '120:1::')).toMatchObject({ version: first.version, stamp: '120:1::' });
    expect(index.update('a.md', goal('First')).objective).toBe(first.objective);
    expect(changes).toEqual(['a.md']);
    expect(index.update('a.md', goal('Second')).objective?.title).toBe('Second');
    expect(changes).toEqual(['a.md', 'a.md']);
    await syncIndex(index, files, []);
    expect(index.size).toBe(0);
  });

  it('warm-starts from its cache, reading only files whose size or mtime changed', async () => {
    const { files, uris, cacheText } = await filesWithCache(20);

    files.write('g3.md', goal('Changed'), 2);
    files.reads = 0;
    const warm = new GoalIndex(parseGoalBody);
    warm.restore(JSON.parse(cacheText));
    await syncIndex(warm, files, uris);
    expect(files.reads).toBe(1);
    expect(warm.get('g3.md')?.objective?.title).toBe('Changed');
    expect(warm.objectives()).toHaveLength(20);
  });

  it('restored by its caller (rows shown before any stat), still re-reads files as new as the cache', async () => {
    const files = new MemoryFiles();
    for (let i = 0; i < 3; i++) files.write(`g${i}.md`, goal(`Goal ${i}`), 1_000);
    const uris = [...files.files.keys()];
    const cold = new GoalIndex(parseGoalBody);
    await syncIndex(cold, files, uris);
    const cache = cold.toCache(1_000);
    // Rewritten in the tick the cache was saved in: same size, same mtime.
    files.write('g1.md', goal('Goal X'), 1_000);
    files.write('g2.md', goal('Goal 2'), 999);
    const warm = new GoalIndex(parseGoalBody);
    warm.restore(cache);
    expect(warm.objectives().map(({ objective }) => objective.title)).toEqual(['Goal 0', 'Goal 1', 'Goal 2']);
    files.reads = 0;
    await syncIndex(warm, files, uris);
    // g0 and g1 are as new as the cache: read again; g2 is older but its stamp changed.
    expect(files.reads).toBe(3);
    expect(warm.objectives().map(({ objective }) => objective.title)).toEqual(['Goal 0', 'Goal X', 'Goal 2']);
    // Once: a rescan later in the session trusts what the index read itself.
    files.reads = 0;
    await syncIndex(warm, files, uris);
    expect(files.reads).toBe(0);
  });

  it('asks for the stats before it loads the cache, so the host answers them meanwhile', async () => {
    const { files, uris, cacheText } = await filesWithCache(5);

    files.write('g1.md', goal('Changed'), 2);
    files.files.delete('g4.md'); // deleted while the editor was closed
    const events: string[] = [];
    const reader: FileReader = {
      stat: (uri) => (events.push(`stat ${uri}`), files.stat(uri)),
      readText: (uri) => (events.push(`read ${uri}`), files.readText(uri)),
    };
    const warm = new GoalIndex(parseGoalBody);
    await syncIndex(warm, reader, uris, { loadCache: () => (events.push('load cache'), parseIndexCache(cacheText)) });
    expect(events.indexOf('load cache')).toBe(uris.length);
    expect(events.filter((event) => event.startsWith('read'))).toEqual(['read g1.md']);
    expect(warm.get('g1.md')?.objective?.title).toBe('Changed');
    expect(warm.get('g4.md')).toBeUndefined();
    expect(warm.objectives()).toHaveLength(4);
  });

  it('reads every file once when there is no cache to load', async () => {
    const files = new MemoryFiles();
    for (let i = 0; i < 3; i++) files.write(`g${i}.md`, goal(`Goal ${i}`));
    const index = new GoalIndex(parseGoalBody);
    await syncIndex(index, files, [...files.files.keys()], { loadCache: () => parseIndexCache('not json') });
    expect(files.reads).toBe(3);
    expect(index.objectives()).toHaveLength(3);
  });

  it('re-reads only changed files when an indexed workspace is synced again, also across stat windows', async () => {
    const files = new MemoryFiles();
    for (let i = 0; i < 5_000; i++) files.write(`g${i}.md`, i % 2 ? '# notes' : goal(`Goal ${i}`));
    const uris = [...files.files.keys()];
    const index = new GoalIndex(parseGoalBody);
    await syncIndex(index, files, uris);
    files.write('g4500.md', goal('Late change'), 2);
    files.reads = 0;
    await syncIndex(index, files, uris);
    expect(files.reads).toBe(1);
    expect(index.get('g4500.md')?.objective?.title).toBe('Late change');
  });

  it('re-reads a changed file with one bounded read when the reader has one', async () => {
    const files = new MemoryFiles();
    files.write('g.md', goal('Small'));
    const asked: number[] = [];
    const reader = files.boundedReader(asked);
    const index = new GoalIndex(parseGoalBody);
    await syncIndex(index, reader, ['g.md']);
    // Replaced by a file far too large to be a goal (a log pasted over it, say).
    files.write('g.md', huge, 2);
    await syncIndex(index, reader, ['g.md']);
    expect(asked).toEqual([maxGoalFileBytes, maxGoalFileBytes]);
    expect(index.get('g.md')?.diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
  });

  it('takes only a cache in its own format', () => {
    expect(parseIndexCache('{"format":1,"files":[]}')).toBeUndefined();
    expect(parseIndexCache('')).toBeUndefined();
    // Format 3 kept a cut review opening with its "…" in the text (format 4 flags it apart).
    expect(parseIndexCache('{"format":3,"savedAt":5,"files":[]}')).toBeUndefined();
    expect(parseIndexCache('{"format":4,"savedAt":5,"files":[]}')).toEqual({ format: 4, savedAt: 5, files: [] });
  });

  it('ignores a cache in an unknown format', () => {
    const index = new GoalIndex(parseGoalBody);
    index.restore({ format: 3 } as never);
    expect(index.size).toBe(0);
  });

  it('reads a huge file no further than it must to refuse it, with either kind of reader', async () => {
    // A host with bounded reads: the prefix is enough for the too-large diagnostic.
    const bounded = new MemoryFiles();
    bounded.write('huge.md', huge);
    const asked: number[] = [];
    const index = new GoalIndex(parseGoalBody);
    await syncIndex(index, bounded.boundedReader(asked), ['huge.md']);
    expect(asked).toEqual([maxGoalFileBytes]);
    expect(maxGoalFileBytes).toBeGreaterThanOrEqual(3 * maxGoalFileChars);
    expect(index.get('huge.md')?.diagnostics.map((d) => d.code)).toEqual(['file-too-large']);

    // A host without them (workspace.fs): the stat alone decides, the file is never read.
    const unbounded = new MemoryFiles();
    unbounded.write('huge.md', huge);
    const second = new GoalIndex(parseGoalBody);
    await syncIndex(second, unbounded, ['huge.md']);
    expect(unbounded.reads).toBe(0);
    expect(second.get('huge.md')?.objective).toBeUndefined();
  });
});

describe('a cold index over a reader without reads that carry their stat (workspace.fs)', () => {
  it('asks for every stat before the first read, and stats each file once', async () => {
    const files = new MemoryFiles();
    for (let i = 0; i < 50; i++) files.write(`g${i}.md`, goal(`Goal ${i}`));
    const calls: string[] = [];
    const reader: FileReader = {
      stat: (uri) => (calls.push(`stat ${uri}`), files.stat(uri)),
      readText: (uri) => (calls.push(`read ${uri}`), files.readText(uri)),
    };
    const index = new GoalIndex(parseGoalBody);
    await syncIndex(index, reader, [...files.files.keys()], { concurrency: 4 });
    expect(index.objectives()).toHaveLength(50);
    const firstRead = calls.findIndex((call) => call.startsWith('read'));
    expect(calls.slice(0, firstRead)).toHaveLength(50);
    expect(calls.filter((call) => call.startsWith('stat'))).toHaveLength(50);
    expect(calls.filter((call) => call.startsWith('read'))).toHaveLength(50);
  });
});
