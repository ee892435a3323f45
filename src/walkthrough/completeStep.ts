import * as vscode from 'vscode';
import { walkthroughStepKeys } from '../commandIds.js';

export type WalkthroughStep = keyof typeof walkthroughStepKeys;

/** Ticks a Get Started step: VS Code remembers it as done once its context key is true. */
export function completeWalkthroughStep(step: WalkthroughStep): void {
  void vscode.commands.executeCommand('setContext', walkthroughStepKeys[step], true);
}
