import type * as vscode from 'vscode';

/**
 * Hands the keyboard from one quick input to the next. A quick input that hides gives the focus
 * back to where the command started; when that was the Get Started walkthrough, VS Code 1.139
 * re-selects the step that gets the Enter's keyup and focuses it 250 ms later, so the next
 * question opened without the keyboard. An answered question is kept up (`keep`) until the next
 * one is shown (`shown`) or the command ends (`dispose`): no hide in between.
 */
export class QuickInputHandover implements vscode.Disposable {
  private answered: vscode.Disposable | undefined;

  /** Keeps an answered quick input up until the next question shows. */
  keep(input: vscode.Disposable): void {
    this.answered?.dispose();
    this.answered = input;
  }

  /** The next question is up: the answered one can go. */
  shown(): void {
    this.dispose();
  }

  dispose(): void {
    const answered = this.answered;
    this.answered = undefined;
    answered?.dispose();
  }
}
