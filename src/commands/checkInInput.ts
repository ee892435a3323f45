// Checks for the check-in prompts. Editor-free for unit tests.
import * as l10n from '@vscode/l10n';

/** Undefined when the progress text is fine, else why not. */
export function validateProgress(input: string): string | undefined {
  return input.trim() ? undefined : l10n.t('Write what moved since the last check-in (it can be "nothing yet, because…").');
}
