import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TestDisk } from './testDisk';

/** mkdir -p and writes with Node, synchronously, as git does: no editor API involved. */
export const nodeDisk: TestDisk = {
  writeFiles: async (files) => {
    for (const { uri, text } of files) {
      fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
      fs.writeFileSync(uri.fsPath, text);
    }
  },
  removeFolder: async (uri) => fs.rmSync(uri.fsPath, { recursive: true }),
};
