/**
 * A copy of `text` that does not point into the file it came from. V8 keeps substrings
 * (and strings concatenated from them) as views of their parent, so one title kept in the
 * index would otherwise pin the whole file text in memory.
 */
export function ownString(text: string): string {
  // V8 copies substrings shorter than 13 characters anyway; only longer ones can be views.
  if (text.length < 13) return text;
  // A JSON round trip makes a flat string of its own. The cheaper `(' ' + text).slice(1)`
  // made a view of a small copy instead: 32 bytes of view for every kept string, a tenth of
  // the index's heap (0.38 MB of 3.35 MB per 1,000 goal files in `npm run bench`). The round
  // trip costs about 0.45 µs more CPU a string, some 5 µs a goal file (about 2% of indexing it).
  return JSON.parse(JSON.stringify(text)) as string;
}
