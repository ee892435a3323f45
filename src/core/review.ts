// What counts as a written review. The `## Review` section that Start Next Quarter… adds is a
// stub of prompts; a review counts only once it holds words of the person's own.

/**
 * The questions an end-of-quarter review answers, written under the new heading as
 * prompts: what was achieved, and whether the goal was well formulated (the lesson that
 * makes next quarter's goals better).
 */
export const reviewPrompts = ['Achieved:', 'Was the goal well formulated?'] as const;

const promptTexts = reviewPrompts.map((prompt) => prompt.toLowerCase());

/** A line without its Markdown decoration: list marker, quote, emphasis, HTML comment. */
function plainLine(line: string): string {
  return line
    .replace(/<!--.*?-->/g, '')
    .replace(/^\s*(?:>\s*)*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?/, '')
    .replace(/[*_`]+/g, '')
    .trim();
}

/**
 * True when the review text (the section below its heading) has text of the person's own:
 * not only blank lines, headings and our prompts. `Achieved: shipped the retry policy` counts;
 * `Achieved:` alone does not.
 */
export function hasOwnReviewText(reviewText: string | undefined): boolean {
  if (!reviewText) return false;
  let inComment = false;
  for (const raw of reviewText.split(/\r?\n/)) {
    let line = raw;
    // A comment spanning lines is a note to self at most, and never ours: skip it whole.
    if (inComment) {
      const end = line.indexOf('-->');
      if (end === -1) continue;
      line = line.slice(end + 3);
      inComment = false;
    }
    const open = line.lastIndexOf('<!--');
    if (open !== -1 && line.indexOf('-->', open) === -1) {
      line = line.slice(0, open);
      inComment = true;
    }
    if (/^\s*#/.test(line)) continue;
    let text = plainLine(line);
    const prompt = promptTexts.find((candidate) => text.toLowerCase().startsWith(candidate));
    if (prompt) text = text.slice(prompt.length).trim();
    if (/[\p{L}\p{N}]/u.test(text)) return true;
  }
  return false;
}

/** The first two lines of a review without their Markdown markers, at most 240 characters (`cut` when there was more): what career evidence quotes. */
export function reviewOpening(review: string | undefined): { text: string; cut: boolean } | undefined {
  const lines = (review ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*+]|#+|>)\s*/, '').trim())
    .filter(Boolean);
  if (lines.length === 0) return undefined;
  const opening = lines.slice(0, 2).join(' ');
  return opening.length > 240 ? { text: opening.slice(0, 240), cut: true } : { text: opening, cut: false };
}
