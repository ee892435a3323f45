import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const fixture = readFileSync('test/unit/localisation/untranslatedTexts.fixture.txt', 'utf8');
const markedLines = (mark: string): number[] =>
  fixture
    .split('\n')
    .map((line, index) => (line.includes(`// ${mark}`) ? index + 1 : undefined))
    .filter((line): line is number => line !== undefined);

async function flaggedLines(filePath: string): Promise<number[]> {
  const [result] = await new ESLint().lintText(fixture, { filePath });
  const lines = (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.line);
  return [...new Set(lines)].sort((a, b) => a - b);
}

describe('the lint rule for untranslated texts (eslint.config.mjs)', () => {
  it('reports every literal text given to a message, quick pick, input box, progress, tree item, lens, status bar item and panel title, and nothing else', async () => {
    expect(markedLines('flagged').length).toBeGreaterThanOrEqual(15);
    expect(await flaggedLines('src/tree/probe.ts')).toEqual(markedLines('flagged'));
  });

  it('leaves src/core (translated with @vscode/l10n by its own rules) and the CLI (terminal output) alone', async () => {
    expect(await flaggedLines('src/core/probe.ts')).toEqual([]);
    expect(await flaggedLines('src/cli/probe.ts')).toEqual([]);
  });
});
