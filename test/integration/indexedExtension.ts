import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import { EXTENSION_ID } from './smoke.test';

/** Activates the extension under test and waits until it has indexed the workspace. */
export async function indexedExtension(): Promise<GrowthBacklogApi> {
  const extension = vscode.extensions.getExtension<GrowthBacklogApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  await api.goals.whenReady();
  return api;
}
