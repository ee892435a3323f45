import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // The webview tests opt into a DOM per file with `@vitest-environment happy-dom`.
    environment: 'node',
    testTimeout: 20_000,
  },
});
