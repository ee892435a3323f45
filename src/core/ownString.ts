/**
 * A copy of `text` that does not point into the file it came from. V8 keeps substrings
 * (and strings concatenated from them) as views of their parent, so one title kept in the
 * index would otherwise pin the whole file text in memory.
 */
export function ownString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
