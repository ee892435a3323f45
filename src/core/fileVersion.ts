// The index's one vocabulary for "which text of a file is this". A version names the text
// itself, so an editor's unsaved text, the same text saved, and that file read back from disk
// all have the same version: a save re-parses nothing and refreshes no view. A stamp names a
// file's state on disk from a stat alone, so a sync can tell without reading that the disk
// still holds the text the index has.
import type { FileStat } from './ports.js';

/** The version of a text: its length and a 53-bit hash of its UTF-16 code units (cyrb53). */
export function contentVersion(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length.toString(36)}-${((h2 & 0x1fffff) * 0x100000000 + (h1 >>> 0)).toString(36)}`;
}

/**
 * A file's state on disk from its stat. Size and mtime alone miss a same-size rewrite whose
 * mtime was put back (`cp -p`, `rsync -a`, `tar`, `touch -r`): the change time and the inode
 * cannot be put back, so they are part of it wherever the host reports them (git does the same).
 */
export function diskStamp(stat: FileStat): string {
  // Joined rather than a template: a template keeps its parts as a tree of string pieces,
  // about 200 bytes more per indexed file than the flat string join makes.
  return [stat.size, stat.mtime, stat.ctime ?? '', stat.ino ?? ''].join(':');
}
