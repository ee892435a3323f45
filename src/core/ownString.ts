/**
 * A copy of `text` that does not point into the file it came from. V8 keeps substrings
 * (and strings concatenated from them) as views of their parent, so one title kept in the
 * index would otherwise pin the whole file text in memory.
 */
export function ownString(text: string): string {
  // V8 copies substrings shorter than 13 characters anyway; only longer ones can be views.
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
