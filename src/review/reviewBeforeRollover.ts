import * as vscode from 'vscode';
import { commandIds } from '../commandIds.js';

/**
 * Start Next Quarter… asks this first: the end of a quarter is the moment for its review,
 * so the review of the closing quarter is offered before anything moves. `answers.reviewFirst`
 * (true or false) answers without a dialog; other scripted answers skip the question.
 * Resolves to whether the rollover goes on now.
 */
export async function reviewBeforeRollover(closing: string, answers: Readonly<Record<string, unknown>>): Promise<boolean> {
  let openReview: boolean;
  if (typeof answers.reviewFirst === 'boolean') openReview = answers.reviewFirst;
  else if (Object.keys(answers).length > 0) return true;
  else {
    const review = vscode.l10n.t('Open the {0} Review', closing);
    const carryOn = vscode.l10n.t('Continue Without It');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Review {0} before you start the next quarter?', closing),
      { modal: true, detail: vscode.l10n.t('The Quarter Review shows the grades, the calibration and the charts, and asks the two review questions for each objective. Start Next Quarter again when it is written.') },
      review,
      carryOn,
    );
    if (choice === undefined) return false;
    openReview = choice === review;
  }
  if (openReview) await vscode.commands.executeCommand(commandIds.openQuarterReview, { quarter: closing });
  return !openReview;
}
