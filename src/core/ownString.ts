/**
 * A copy of `text` that does not point into the file it came from. V8 keeps substrings
 * (and strings concatenated from them) as views of their parent, so one title kept in the
 * index would otherwise pin the whole file text in memory.
 */
export function ownString(text: string): string {
  // V8 copies substrings shorter than 13 characters anyway; only longer ones can be views.
  if (text.length < 13) return text;
  // Slicing a concatenation flattens it into a new string first, so the result is a view of
  // that small copy, not of the file: about 15× cheaper than a JSON round trip, for 20 bytes
  // of view header. The bench's heap per indexed file would show a pinned file at once.
  return (' ' + text).slice(1);
}
