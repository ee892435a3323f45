/**
 * The Get Started walkthrough's buttons pass "walkthrough" as the command's argument
 * (package.nls.json). A click on a button selects its step, and VS Code 1.139 focuses the
 * selected step 250 ms later: a picker shown at once lost the keyboard to the page, and what
 * the user typed went nowhere. Such a command waits that moment out before it asks anything.
 */
const stepFocusDelayMs = 350;

/** The command's real target: none for a walkthrough button, after the page has taken its focus. */
export async function afterWalkthroughFocus(target: unknown): Promise<unknown> {
  if (target !== 'walkthrough') return target;
  await new Promise((resolve) => setTimeout(resolve, stepFocusDelayMs));
  return undefined;
}
