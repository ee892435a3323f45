// Node's `Buffer` for the browser bundle only (esbuild `inject`, scripts/build.mjs): gray-matter
// keeps a copy of its input as a Buffer (`file.orig = Buffer.from(content)`), which Growth
// Backlog never reads, and is otherwise plain JavaScript. With this it runs unchanged in the
// web worker extension host, where `Buffer` does not exist.
export const Buffer = {
  from: (text: string): Uint8Array => new TextEncoder().encode(text),
  isBuffer: (_value: unknown): boolean => false,
};
