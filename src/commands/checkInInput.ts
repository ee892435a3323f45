// Checks for the check-in prompts. Editor-free for unit tests.

/** Undefined when the progress text is fine, else why not. */
export function validateProgress(input: string): string | undefined {
  return input.trim() ? undefined : 'Write what moved since the last check-in (it can be "nothing yet, because…").';
}

export type ConfidenceInput = { readonly confidence: number | undefined } | { readonly error: string };

/** Empty means "not given"; otherwise a number from 0 to 1 (`0,6` and `60%` read as 0.6). */
export function parseConfidenceInput(input: string): ConfidenceInput {
  const text = input.trim().replace(',', '.');
  if (text === '') return { confidence: undefined };
  const percent = text.endsWith('%');
  const number = percent ? text.slice(0, -1).trim() : text;
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(number)) return { error: `"${input.trim()}" is not a confidence: type a number from 0 to 1, such as 0.6, or leave it empty.` };
  const confidence = percent ? Number(number) / 100 : Number(number);
  if (confidence > 1) return { error: 'Confidence goes from 0 (no chance) to 1 (certain).' };
  return { confidence };
}
