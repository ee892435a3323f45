import { summariseBody } from './bodyFacts.js';
import { isCachedGoalFile } from './cacheEntry.js';
import { contentVersion, diskStamp } from './fileVersion.js';
import type { GoalFile, KeyResult, Objective } from './model.js';
import { maxGoalFileBytes } from './parse.js';
import type { FileReader, FileStat } from './ports.js';
import { readGoalBody, type BodyParser } from './readBody.js';
import { hasCrLineEndings, parseGoalText, unsafeBytesOf, type UnsafeBytes } from './unsafeBytes.js';

/** The cache written to disk between sessions: parse results with their versions and disk stamps. */
export interface IndexCache {
  readonly format: 4;
  /** When the entries were taken (ms since the epoch): a file whose mtime is not older may have changed unseen. */
  readonly savedAt: number;
  readonly files: readonly GoalFile[];
}

/** The cache from its JSON text; text that is not a cache gives `undefined` (a cold start is always correct). */
export function parseIndexCache(text: string): IndexCache | undefined {
  try {
    const cache = JSON.parse(text) as IndexCache;
    return cache?.format === 4 ? cache : undefined;
  } catch {
    return undefined;
  }
}

export interface Disposable {
  dispose(): void;
}

export type IndexListener = (changedUris: readonly string[]) => void;

export interface GoalIndexOptions {
  /** False reads front-matter only (the benchmarks' floor); goal files then carry no body facts. */
  readonly bodies?: boolean;
}

/**
 * The in-memory index of every known Markdown file, the one owner of what is derived from
 * them: front-matter facts and, for goal files, body facts, both computed once per version of
 * the text. It keeps parse results, never file text, so memory stays proportional to the goals.
 */
export class GoalIndex {
  /**
   * @param parseBody the full Markdown parse, for the bodies the line scanner cannot read
   * exactly; injected so hosts can load remark lazily (the extension keeps it out of its
   * activation bundle). Pass `parseGoalBody` from ./body.
   */
  constructor(
    private readonly parseBody: BodyParser,
    private readonly options: GoalIndexOptions = {},
  ) {}

  private readonly files = new Map<string, GoalFile>();
  private readonly listeners = new Set<IndexListener>();
  /** See `takeRestoredSavedAt`. */
  private restoredSavedAt: number | undefined;

  /**
   * Indexes the text of a file. Text the index already has (by its version) is not parsed
   * again and notifies nobody, wherever it comes from: an editor, a save, a read from disk.
   * `stamp` is the disk stamp the text was read with; text from an editor has none. `unsafe`
   * is what a read from disk found wrong with the file's bytes (see unsafeBytes.ts); an
   * editor's text cannot tell, so it keeps what the last read from disk found.
   */
  update(uri: string, text: string, stamp?: string, unsafe?: UnsafeBytes): GoalFile {
    const version = contentVersion(text);
    const known = this.files.get(uri);
    const fromDisk = stamp !== undefined;
    // An editor never shows lone CRs or undecodable bytes as they are on disk (VS Code turns
    // them into its line ending and U+FFFD), so its text keeps what the last read from disk found.
    const bytesProblem = fromDisk ? unsafeBytesOf(text, unsafe) : known?.unsafeBytes;
    if (known && known.version === version && known.unsafeBytes?.kind === bytesProblem?.kind) {
      if (stamp === undefined || known.stamp === stamp) return known;
      const stamped = { ...known, stamp };
      this.files.set(uri, stamped);
      return stamped;
    }
    const parsed = parseGoalText(uri, version, text, bytesProblem);
    // A CR-only file is read with its CRs as line breaks, its body too (same offsets).
    const bodyText = parsed.objective && hasCrLineEndings(text) ? text.replace(/\r/g, '\n') : text;
    const body = parsed.objective && this.options.bodies !== false ? summariseBody(readGoalBody(bodyText, this.parseBody)) : undefined;
    const file: { -readonly [K in keyof GoalFile]: GoalFile[K] } = parsed;
    if (stamp !== undefined) file.stamp = stamp;
    if (body) file.body = body;
    this.files.set(uri, file);
    this.emit([uri]);
    return file;
  }

  /**
   * Records that the file on disk now holds the text of `version` (it was just saved):
   * true when the index has that text, so a sync will not read the file again.
   */
  recordStamp(uri: string, version: string, stamp: string): boolean {
    const known = this.files.get(uri);
    // A file whose bytes were unsafe is read again instead: saved, they may now be fine.
    if (!known || known.version !== version || known.unsafeBytes) return false;
    if (known.stamp !== stamp) this.files.set(uri, { ...known, stamp });
    return true;
  }

  /** Whether the index has the text the disk holds, judged by its stamp. */
  hasStamp(uri: string, stamp: string): boolean {
    return this.files.get(uri)?.stamp === stamp;
  }

  remove(uri: string): void {
    if (this.files.delete(uri)) this.emit([uri]);
  }

  get(uri: string): GoalFile | undefined {
    return this.files.get(uri);
  }

  /** Whether the index holds exactly this text of the file. */
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

  /** The entries for the cache; `savedAt` is now unless a test says otherwise. */
  toCache(savedAt = Date.now()): IndexCache {
    return { format: 4, savedAt, files: [...this.files.values()] };
  }

  /**
   * Restores cached parse results; each is trusted only while its disk stamp still matches,
   * and only when it has the shape of an entry (anything else is dropped, so its file is read again).
   */
  restore(cache: IndexCache): void {
    if (cache?.format !== 4 || !Array.isArray(cache.files)) return;
    for (const file of cache.files as unknown[]) if (isCachedGoalFile(file)) this.files.set(file.uri, file);
    if (typeof cache.savedAt === 'number') this.restoredSavedAt = cache.savedAt;
  }

  /**
   * When the cache restored since the last sync was saved, once: the next `syncIndex` re-reads
   * files as new as it (whoever restored it: `loadCache`, or a caller that showed its rows first).
   */
  takeRestoredSavedAt(): number | undefined {
    const savedAt = this.restoredSavedAt;
    this.restoredSavedAt = undefined;
    return savedAt;
  }

  private emit(uris: readonly string[]): void {
    for (const listener of this.listeners) listener(uris);
  }
}

/**
 * Brings one file's entry up to date with the disk: unknown files are read with their stat
 * in one go where the reader can, known ones only when their disk stamp changed (or `force`).
 * A file that is gone or unreadable leaves the index. `stat`, when the caller has it, spares one.
 */
export async function syncFile(index: GoalIndex, reader: FileReader, uri: string, stat?: FileStat, force = false): Promise<void> {
  try {
    if (!stat && !index.get(uri) && reader.readWithStat) return await readIntoIndex(index, reader, uri);
    stat ??= await reader.stat(uri);
    if (force || !index.hasStamp(uri, diskStamp(stat))) await readIntoIndex(index, reader, uri, stat);
  } catch {
    // A file deleted or unreadable between listing and reading is simply not indexed.
    index.remove(uri);
  }
}

/**
 * Text and stat of a file through a reader that cannot stop a read part-way (`workspace.fs`):
 * a file larger than `maxBytes` is not read at all, and its text is empty.
 */
export async function statThenRead(reader: FileReader, uri: string, maxBytes: number, stat?: FileStat): Promise<{ text: string; stat: FileStat; unsafe?: UnsafeBytes }> {
  stat ??= await reader.stat(uri);
  if (stat.size > maxBytes) return { text: '', stat };
  return { ...(reader.readDecoded ? await reader.readDecoded(uri) : { text: await reader.readText(uri) }), stat };
}

/** Reads one file into the index; `stat`, when the caller has it, spares a second one. */
async function readIntoIndex(index: GoalIndex, reader: FileReader, uri: string, stat?: FileStat): Promise<void> {
  const read = reader.readWithStat ? await reader.readWithStat(uri, maxGoalFileBytes) : await statThenRead(reader, uri, maxGoalFileBytes, stat);
  index.update(uri, read.text, diskStamp(read.stat), read.unsafe);
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
 * them all first and reads only those whose disk stamp changed, and, from a cache, those whose
 * mtime is not older than the cache itself: a write in the same tick as the cache could keep
 * size and mtime (git's "racily clean" entries). So does a cold index over a reader that needs
 * a stat of its own before each read (`workspace.fs`): many stats at once are answered far
 * sooner than one before each read. A file read again with the text the index has changes
 * nothing and notifies nobody.
 */
export async function syncIndex(index: GoalIndex, reader: FileReader, uris: readonly string[], options: SyncOptions = {}): Promise<void> {
  const { concurrency = 32, loadCache } = options;
  // The host (a thread pool, another process) works on these while the cache is parsed below.
  const firstStats = index.size > 0 || loadCache || !reader.readWithStat ? requestStats(reader, uris.slice(0, statWindow)) : undefined;
  const cache = await loadCache?.();
  if (cache) index.restore(cache);
  const racyFrom = index.takeRestoredSavedAt() ?? Number.POSITIVE_INFINITY;
  const wanted = new Set(uris);
  for (const uri of index.uris()) if (!wanted.has(uri)) index.remove(uri);
  if (!firstStats || (index.size === 0 && reader.readWithStat)) return forEachLimited(uris, concurrency, (uri) => syncFile(index, reader, uri));

  const changed: { uri: string; stat: FileStat; racy: boolean }[] = [];
  for (let from = 0; from < uris.length; from += statWindow) {
    const window = uris.slice(from, from + statWindow);
    const stats = await Promise.all(from === 0 ? firstStats : requestStats(reader, window));
    window.forEach((uri, i) => {
      const stat = stats[i];
      if (!stat) index.remove(uri);
      else if (!index.hasStamp(uri, diskStamp(stat))) changed.push({ uri, stat, racy: false });
      else if (stat.mtime >= racyFrom) changed.push({ uri, stat, racy: true });
    });
  }
  await forEachLimited(changed, concurrency, ({ uri, stat, racy }) => syncFile(index, reader, uri, stat, racy));
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
