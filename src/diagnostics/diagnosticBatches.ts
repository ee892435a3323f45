/**
 * Files' diagnostics grouped for `DiagnosticCollection.set(entries)`: as few calls as possible,
 * none carrying more than `limit` diagnostics (VS Code drops what one call carries past its
 * `maxDiagnosticsTotal`). A file with more than `limit` goes alone: VS Code caps each file's
 * own list below that anyway.
 */
export function diagnosticBatches<T extends readonly [unknown, readonly unknown[]]>(entries: readonly T[], limit: number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let count = 0;
  for (const entry of entries) {
    if (batch.length > 0 && count + entry[1].length > limit) {
      batches.push(batch);
      batch = [];
      count = 0;
    }
    batch.push(entry);
    count += entry[1].length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
