// How a check-in's confidence is typed, by a person in the palette or on the command line:
// one reader for both, so `80%` means the same everywhere.

export type ConfidenceInput = { readonly confidence: number | undefined } | { readonly error: string };

/**
 * Empty means "not given"; otherwise a number from 0 to 1 or a percentage: `0.6`, `.6`,
 * `0,6` and `60%` all read as 0.6. Anything else is refused with a message saying what to type.
 */
export function parseConfidence(input: string): ConfidenceInput {
  const typed = input.trim();
  if (typed === '') return { confidence: undefined };
  const text = typed.replace(',', '.');
  const percent = text.endsWith('%');
  const number = percent ? text.slice(0, -1).trim() : text;
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(number)) {
    return { error: `"${typed.slice(0, 40)}" is not a confidence: type a number from 0 to 1 such as 0.6, or a percentage such as 60%.` };
  }
  const value = Number(number);
  if (percent) {
    if (value > 100) return { error: `Confidence goes from 0% (no chance) to 100% (certain), not ${typed}.` };
    // Through the decimal string, so 57% is 0.57 and not 0.5700000000000001.
    return { confidence: Number((value / 100).toPrecision(12)) };
  }
  if (value > 1) {
    return { error: value <= 100 ? `Confidence goes from 0 (no chance) to 1 (certain): write ${value}% or ${Number((value / 100).toPrecision(12))}.` : 'Confidence goes from 0 (no chance) to 1 (certain).' };
  }
  return { confidence: value };
}
