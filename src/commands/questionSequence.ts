import * as vscode from 'vscode';

type Choice<T> = vscode.QuickPickItem & { readonly value: T };

/**
 * Several questions asked in turn in one quick input. With a showQuickPick per question, the
 * focus went back between two of them to where the command was started (the Get Started
 * walkthrough took it), and the next question opened without it: typing went nowhere. Here one
 * quick pick asks every choice and a text question is shown before it goes, so the keyboard
 * stays in the quick input from the first question to the last.
 */
export class QuestionSequence implements vscode.Disposable {
  private readonly quickPick = vscode.window.createQuickPick<Choice<unknown>>();
  private inputBox: vscode.InputBox | undefined;

  constructor() {
    // A long question is not cancelled by a glance elsewhere; Escape still ends it.
    this.quickPick.ignoreFocusOut = true;
  }

  /** One choice, or undefined when the person ends the questions. */
  choose<T>(title: string, placeholder: string, items: readonly Choice<T>[], options: { matchOnDetail?: boolean; matchOnDescription?: boolean } = {}): Promise<T | undefined> {
    const quickPick = this.quickPick as unknown as vscode.QuickPick<Choice<T>>;
    quickPick.title = title;
    quickPick.placeholder = placeholder;
    quickPick.matchOnDetail = options.matchOnDetail ?? false;
    quickPick.matchOnDescription = options.matchOnDescription ?? false;
    quickPick.value = '';
    quickPick.items = items;
    return answerOf(quickPick, () => {
      const chosen = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
      return chosen ? { value: chosen.value } : undefined;
    });
  }

  /**
   * A text answer (checked by `validate` as it is typed), or undefined when the person ends the
   * questions. One input box serves every text question: answered, it stays up until the next
   * question replaces its contents, so no hide hands the focus back in between.
   */
  text(title: string, prompt: string, value: string, validate: (value: string) => string | undefined = () => undefined, placeholder?: string): Promise<string | undefined> {
    this.inputBox ??= vscode.window.createInputBox();
    const inputBox = this.inputBox;
    inputBox.title = title;
    inputBox.prompt = prompt;
    inputBox.placeholder = placeholder;
    inputBox.value = value;
    inputBox.ignoreFocusOut = true;
    inputBox.validationMessage = validate(value);
    // Shown while the quick pick (or the previous text question) is still up, so the quick input keeps the focus.
    return answerOf(inputBox, () => (validate(inputBox.value) === undefined ? { value: inputBox.value } : undefined), [
      inputBox.onDidChangeValue((typed) => (inputBox.validationMessage = validate(typed))),
    ]);
  }

  dispose(): void {
    this.quickPick.dispose();
    this.inputBox?.dispose();
  }
}

/**
 * What `accepted` makes of an Enter (undefined keeps the question up), or undefined once the
 * input hides (Escape). The input itself stays up for the next question; only this question's
 * listeners (and `extra`) go.
 */
function answerOf<T>(input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox, accepted: () => { readonly value: T } | undefined, extra: vscode.Disposable[] = []): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve) => {
    const listeners = [
      ...extra,
      input.onDidAccept(() => {
        const answer = accepted();
        if (!answer) return;
        dispose();
        resolve(answer.value);
      }),
      input.onDidHide(() => {
        dispose();
        resolve(undefined);
      }),
    ];
    const dispose = () => listeners.forEach((listener) => listener.dispose());
    input.show();
  });
}
