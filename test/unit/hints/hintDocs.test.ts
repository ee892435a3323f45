import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworkDiagnosticCodes } from '../../../src/core/careerFramework';
import { hintCodes, hintsOffByDefault } from '../../../src/core/hints/hintCodes';

const docs = readFileSync('docs/goal-format.md', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { default?: unknown; properties?: Record<string, { default: boolean }> }> } };
};

describe('hint codes are documented and configurable', () => {
  it('has a row in the docs Hints table for every hint code, with its default', () => {
    for (const code of hintCodes) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row).toContain(hintsOffByDefault.has(code) ? '| **off** |' : '| on |');
    }
  });

  it('lists every hint code in the growthBacklog.hints setting with the same default', () => {
    const setting = manifest.contributes.configuration.properties['growthBacklog.hints'];
    expect(Object.keys(setting?.properties ?? {})).toEqual([...hintCodes]);
    for (const code of hintCodes) expect(setting?.properties?.[code]?.default, code).toBe(!hintsOffByDefault.has(code));
    expect(setting?.default).toEqual(Object.fromEntries([...hintsOffByDefault].map((code) => [code, false])));
  });

  it('names every career framework diagnostic in the docs', () => {
    for (const code of frameworkDiagnosticCodes) expect(docs, code).toContain(`\`${code}\``);
  });
});
