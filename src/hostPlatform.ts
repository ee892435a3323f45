import type * as bodyParser from './core/body.js';
import type * as bodyEditsEntry from './core/edits/bodyEditsEntry.js';
import type * as vscode from 'vscode';
import type { FileReader } from './core/ports.js';

/** The remark-based body parser (check-ins, tasks, review). */
export type BodyParserModule = typeof bodyParser;
/** The edits that need the Markdown body parsed: add a check-in, add a review section. */
export type BodyEditsModule = typeof bodyEditsEntry;

/**
 * What differs between the desktop extension host (Node) and the web worker extension host
 * (VS Code for the Web). Each entry point (src/extension.ts, src/extensionWeb.ts) picks one
 * and hands it to the shared activation; nothing else asks which host it runs in.
 */
export interface HostPlatform {
  /** How goal files are read and stat-ed. */
  readonly files: FileReader;
  /** The workspace's files matching `include` and not `exclude`, as `workspace.findFiles` lists them. */
  listFiles(include: string, exclude: string): Promise<vscode.Uri[]>;
  /** The text of a file in the extension's own storage (the warm-start cache); rejects when it is missing. */
  readStorageText(uri: vscode.Uri): Promise<string>;
  /**
   * Files the index reads at once. Node's thread pool is busy with 32; `workspace.fs` answers
   * each call through the workbench and serves more at once faster (npm run bench:web).
   */
  readonly readsAtOnce: number;
  /**
   * remark and micromark are the heaviest part of the extension: activation never loads
   * them, these do on the first call.
   */
  readonly markdown: {
    bodyParser(): BodyParserModule;
    bodyEdits(): BodyEditsModule;
  };
}
