import type { ParsedBody } from './body.js';
import { hasFrontMatterFence } from './frontMatter.js';
import type { GoalFile, KeyResult, Objective } from './model.js';
import { maxGoalFileBytes, parseGoalFile } from './parse.js';
import type { FileReader, FileStat } from './ports.js';

/** The cache written to disk between sessions: parse results keyed by path and version. */
export interface IndexCache {
  readonly format: 1;
  readonly files: readonly GoalFile[];
}

/** The cache from its JSON text; text that is not a cache gives `undefined` (a cold start is always correct). */
export function parseIndexCache(text: string): IndexCache | undefined {
  try {
    const cache = JSON.parse(text) as IndexCache;
    return cache?.format === 1 ? cache : undefined;
  } catch {
    return undefined;
  }
}

export interface Disposable {
  dispose(): void;
}

export type IndexListener = (changedUris: readonly string[]) => void;

/**
 * The in-memory index of every known Markdown file. It keeps parse results, never file
 * text, so memory stays proportional to the goals rather than to the files. Front-matter
 * is parsed eagerly (cheap); bodies only on request (remark is ~50× slower).
 */
export class GoalIndex {
  /**
   * @param parseBody the body parser, injected so that hosts can load remark lazily (the
   * extension keeps it out of its activation bundle); pass `parseGoalBody` from ./body.
   */
  constructor(private readonly parseBody: (text: string) => ParsedBody) {}

  private readonly files = new Map<string, GoalFile>();
  private readonly bodies = new Map<string, { version: string; parsed: ParsedBody }>();
  private readonly listeners = new Set<IndexListener>();

  /** Re-parses a file unless this version is already indexed. */
  update(uri: string, version: string, text: string): GoalFile {
    const known = this.files.get(uri);
    if (known && known.version === version) return known;
    const file = hasFrontMatterFence(text) ? parseGoalFile(uri, version, text) : { uri, version, diagnostics: [] };
    this.files.set(uri, file);
    this.bodies.delete(uri);
    this.emit([uri]);
    return file;
  }

  remove(uri: string): void {
    if (this.files.delete(uri)) {
      this.bodies.delete(uri);
      this.emit([uri]);
    }
  }

  get(uri: string): GoalFile | undefined {
    return this.files.get(uri);
  }

  has(uri: string, version: string): boolean {
    return this.files.get(uri)?.version === version;
  }

  /** Files that are goal files, or look like one but are broken (they carry diagnostics). */
  goalFiles(): GoalFile[] {
    const result: GoalFile[] = [];
    for (const file of this.files.values()) if (file.objective || file.diagnostics.length > 0) result.push(file);
    return result;
  }

  objectives(): { uri: string; objective: Objective }[] {
    const result: { uri: string; objective: Objective }[] = [];
    for (const file of this.files.values()) if (file.objective) result.push({ uri: file.uri, objective: file.objective });
    return result;
  }

  findKeyResult(uri: string, keyResultId: string): KeyResult | undefined {
    return this.files.get(uri)?.objective?.keyResults.find((keyResult) => keyResult.id === keyResultId);
  }

  /** Body facts for a goal file, parsed from `text` once per version. */
  body(uri: string, version: string, text: string): ParsedBody {
    const cached = this.bodies.get(uri);
    if (cached && cached.version === version) return cached.parsed;
    const parsed = this.parseBody(text);
    if (this.files.get(uri)?.version === version) this.bodies.set(uri, { version, parsed });
    return parsed;
  }

  /** Body facts already computed for the indexed version, without parsing. */
  cachedBody(uri: string): ParsedBody | undefined {
    const cached = this.bodies.get(uri);
    return cached && cached.version === this.files.get(uri)?.version ? cached.parsed : undefined;
  }

  onDidChange(listener: IndexListener): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get size(): number {
    return this.files.size;
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  toCache(): IndexCache {
    return { format: 1, files: [...this.files.values()] };
  }

  /** Restores cached parse results; each is trusted only while its version still matches. */
  restore(cache: IndexCache): void {
    if (cache?.format !== 1 || !Array.isArray(cache.files)) return;
    for (const file of cache.files) {
      if (file && typeof file.uri === 'string' && typeof file.version === 'string') this.files.set(file.uri, file);
    }
  }

  private emit(uris: readonly string[]): void {
    for (const listener of this.listeners) listener(uris);
  }
}

/** The version string of a file on disk: cheap to get with a stat, changes on every write. */
export function diskVersion(stat: { size: number; mtime: number }): string {
  return `${stat.size}:${stat.mtime}`;
}

/**
 * Brings one file's entry up to date with the disk: unknown files are read with their stat
 * in one go where the reader can, known ones only when their size or mtime changed. A file
 * that is gone or unreadable leaves the index. `stat`, when the caller has it, spares one.
 */
export async function syncFile(index: GoalIndex, reader: FileReader, uri: string, stat?: FileStat): Promise<void> {
  try {
    if (!stat && !index.get(uri) && reader.readWithStat) return await readIntoIndex(index, reader, uri);
    stat ??= await reader.stat(uri);
    if (!index.has(uri, diskVersion(stat))) await readIntoIndex(index, reader, uri, stat);
  } catch {
    // A file deleted or unreadable between listing and reading is simply not indexed.
    index.remove(uri);
  }
}

/**
 * Text and stat of a file through a reader that cannot stop a read part-way (`workspace.fs`):
 * a file larger than `maxBytes` is not read at all, and its text is empty.
 */
export async function statThenRead(reader: FileReader, uri: string, maxBytes: number, stat?: FileStat): Promise<{ text: string; stat: FileStat }> {
  stat ??= await reader.stat(uri);
  return { text: stat.size > maxBytes ? '' : await reader.readText(uri), stat };
}

/** Reads one file into the index; `stat`, when the caller has it, spares a second one. */
async function readIntoIndex(index: GoalIndex, reader: FileReader, uri: string, stat?: FileStat): Promise<void> {
  const read = reader.readWithStat ? await reader.readWithStat(uri, maxGoalFileBytes) : await statThenRead(reader, uri, maxGoalFileBytes, stat);
  index.update(uri, diskVersion(read.stat), read.text);
}

export interface SyncOptions {
  /** Files read at once. */
  readonly concurrency?: number;
  /**
   * The cache of an earlier session, loaded (typically parsed from JSON) while the host
   * answers the first stats: a warm start.
   */
  readonly loadCache?: () => IndexCache | undefined | Promise<IndexCache | undefined>;
}

/** Stats requested at once; the first window is answered while the cache is parsed. */
const statWindow = 4_096;

/**
 * Brings the index up to date with a set of files on disk; files no longer listed are
 * dropped. A cold index reads every file, with its stat in the same call where the reader
 * can. An index that knows files (restored from `loadCache`, or from an earlier sync) stats
 * them all first and reads only those whose size or mtime changed; so does a cold index over
 * a reader that needs a stat of its own before each read (`workspace.fs`): many stats at once
 * are answered far sooner than one before each read.
 */
export async function syncIndex(index: GoalIndex, reader: FileReader, uris: readonly string[], options: SyncOptions = {}): Promise<void> {
  const { concurrency = 32, loadCache } = options;
  // The host (a thread pool, another process) works on these while the cache is parsed below.
  const firstStats = index.size > 0 || loadCache || !reader.readWithStat ? requestStats(reader, uris.slice(0, statWindow)) : undefined;
  const cache = await loadCache?.();
  if (cache) index.restore(cache);
  const wanted = new Set(uris);
  for (const uri of index.uris()) if (!wanted.has(uri)) index.remove(uri);
  if (!firstStats || (index.size === 0 && reader.readWithStat)) return forEachLimited(uris, concurrency, (uri) => syncFile(index, reader, uri));

  const changed: { uri: string; stat: FileStat }[] = [];
  for (let from = 0; from < uris.length; from += statWindow) {
    const window = uris.slice(from, from + statWindow);
    const stats = await Promise.all(from === 0 ? firstStats : requestStats(reader, window));
    window.forEach((uri, i) => {
      const stat = stats[i];
      if (!stat) index.remove(uri);
      else if (!index.has(uri, diskVersion(stat))) changed.push({ uri, stat });
    });
  }
  await forEachLimited(changed, concurrency, ({ uri, stat }) => syncFile(index, reader, uri, stat));
}

/** One stat per file, a failed one (the file is gone) as `undefined`. */
function requestStats(reader: FileReader, uris: readonly string[]): Promise<FileStat | undefined>[] {
  return uris.map((uri) => reader.stat(uri).catch(() => undefined));
}

/** Runs `work` over `items`, `concurrency` at a time (the benchmarks' floors use it too, to match). */
export async function forEachLimited<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
