// Node's `fs` for the browser bundle only (an esbuild alias, scripts/build.mjs). gray-matter
// requires it for `matter.read(path)`, which Growth Backlog never calls: the web worker
// extension host reads files through `workspace.fs`. Should a call ever reach this, it fails
// loudly instead of returning nothing.
export function readFileSync(path: unknown): never {
  throw new Error(`Node's fs is not available in the web worker extension host (readFileSync ${String(path)}).`);
}
