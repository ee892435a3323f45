// What the web test bundle's `assert` package (Node's assert for browsers) and its `util`
// read from Node's `process`; injected into that bundle only (scripts/build.mjs), never into
// the extension's. With no stderr, assertion messages are not coloured.
export const process = {
  env: {} as Record<string, string | undefined>,
  stderr: undefined,
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]): void => queueMicrotask(() => callback(...args)),
};
