// The checks every message from a webview goes through, whichever view sent it: a webview is
// an untrusted boundary, so only plain data of exactly an expected shape gets in.

/** Grades are written with one decimal from a webview; anything finer is a typo or a probe. */
export function isWebviewGrade(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 && Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
}

export function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

/**
 * The message's fields, or why it is not a message at all. Only plain data: a structured-cloned
 * message never has another prototype, and fields must not come from one.
 */
export function plainFields(value: unknown): { ok: true; fields: Record<string, unknown> } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not an object' };
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return { ok: false, reason: 'not a plain object' };
  return { ok: true, fields: value as Record<string, unknown> };
}
