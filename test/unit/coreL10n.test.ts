// src/core/ words its diagnostics and hints through @vscode/l10n, which the extension gives
// VS Code's bundle for the display language (src/localisation/configureCoreL10n.ts).
import * as l10n from '@vscode/l10n';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultHintSettings, workspaceHints } from '../../src/core/hints/goalHints';
import { parseGoalFile } from '../../src/core/parse';
import { gradedNote } from '../../src/core/scoring';
import { configureCoreL10n } from '../../src/localisation/configureCoreL10n';

const goalText = `---
objective: Speak up in design reviews
quarter: 2026-Q4
career: [communication]
key_results:
  - {id: vague, title: Get better at talks, grade: 1.5}
---
`;

/** A stand-in for l10n/bundle.l10n.<language>.json: English text as the key, {n} kept. */
const fakeBundle = {
  'The grade of key result {0} is {1}; grades go from 0.0 to 1.0.': 'Die Note von Schlüsselergebnis {0} ist {1}; Noten gehen von 0.0 bis 1.0.',
  'Key result "{0}" has nothing to measure: say how many, by when or what "done" is (or add target:), or it cannot be graded honestly.':
    'Schlüsselergebnis „{0}“ hat nichts Messbares.',
  '{0} of {1} graded': '{0} von {1} benotet',
};

function messages(): { diagnostics: string[]; hints: string[] } {
  // A fresh parse each time: the hints keep their results per parsed objective.
  const parsed = parseGoalFile('g', '1', goalText);
  if (!parsed.objective) throw new Error('not a goal file');
  const hints = workspaceHints([{ uri: 'g', objective: parsed.objective }], { today: '2026-11-25', settings: defaultHintSettings }).get('g') ?? [];
  return { diagnostics: parsed.diagnostics.map((diagnostic) => diagnostic.message), hints: hints.map((hint) => hint.message) };
}

describe('core texts through @vscode/l10n', () => {
  afterEach(() => l10n.config({ contents: {} }));

  it('are the English text when no bundle is configured (the CLI, an English VS Code)', () => {
    const { diagnostics, hints } = messages();
    expect(diagnostics).toContain('The grade of key result "vague" is 1.5; grades go from 0.0 to 1.0.');
    expect(hints).toContain('Key result "vague" has nothing to measure: say how many, by when or what "done" is (or add target:), or it cannot be graded honestly.');
    expect(gradedNote({ graded: 2, total: 11 })).toBe('2 of 11 graded');
  });

  it('come from the configured bundle, with their arguments filled in', () => {
    l10n.config({ contents: fakeBundle });
    const { diagnostics, hints } = messages();
    expect(diagnostics).toContain('Die Note von Schlüsselergebnis "vague" ist 1.5; Noten gehen von 0.0 bis 1.0.');
    expect(diagnostics.join('\n')).not.toContain('grades go from');
    expect(hints).toContain('Schlüsselergebnis „vague“ hat nichts Messbares.');
    expect(gradedNote({ graded: 2, total: 11 })).toBe('2 von 11 benotet');
  });

  it('take the bundle the extension hands over at activation, and stay English without one', () => {
    configureCoreL10n(undefined);
    expect(gradedNote({ graded: 1, total: 3 })).toBe('1 of 3 graded');
    configureCoreL10n(fakeBundle);
    expect(gradedNote({ graded: 1, total: 3 })).toBe('1 von 3 benotet');
    expect(messages().diagnostics).toContain('Die Note von Schlüsselergebnis "vague" ist 1.5; Noten gehen von 0.0 bis 1.0.');
  });

  it('fall back to English for a text the bundle lacks', () => {
    l10n.config({ contents: { '{0} of {1} graded': '{0} von {1} benotet' } });
    expect(messages().diagnostics).toContain('The grade of key result "vague" is 1.5; grades go from 0.0 to 1.0.');
  });
});
