// The part of the built-in Git extension's API (`vscode.git`, getAPI(1)) that Growth
// Backlog uses, typed after VS Code's own git.d.ts. Only types: the extension is looked up
// at run time and may be missing (VS Code for the Web) or disabled (`git.enabled: false`).
import type * as vscode from 'vscode';

export interface GitCommit {
  readonly hash: string;
  readonly message: string;
  readonly authorDate?: Date;
  readonly commitDate?: Date;
}

export interface GitLogOptions {
  readonly maxEntries?: number;
  readonly path?: string;
  /** An extended regular expression matched against the message, ignoring case. */
  readonly grep?: string;
}

export interface GitInputBox {
  value: string;
}

export interface GitRepositoryState {
  readonly HEAD: { readonly commit?: string } | undefined;
  readonly onDidChange: vscode.Event<void>;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly inputBox: GitInputBox;
  readonly state: GitRepositoryState;
  log(options?: GitLogOptions): Promise<GitCommit[]>;
  show(ref: string, path: string): Promise<string>;
}

export interface GitApi {
  readonly repositories: readonly GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly onDidCloseRepository: vscode.Event<GitRepository>;
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

export interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: vscode.Event<boolean>;
  getAPI(version: 1): GitApi;
}

export const gitExtensionId = 'vscode.git';
