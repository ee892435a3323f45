import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as l10n from '@vscode/l10n';
import { getL10nPseudoLocalized, type l10nJsonFormat } from '@vscode/l10n-dev';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBacklog, type GroupNode } from '../../../src/tree/backlogModel';
import { backlogRow } from '../../../src/tree/backlogRows';
import { goalLenses } from '../../../src/lenses/lensModel';
import { sampleFiles } from '../tree/goalTexts';

const committed = readFileSync('l10n/bundle.l10n.json', 'utf8');
const english = JSON.parse(committed) as l10nJsonFormat;

describe('l10n/bundle.l10n.json', () => {
  it('is exactly what `npm run l10n:export` makes of the current sources (run it after adding or changing a text)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'growth-backlog-l10n-'));
    try {
      const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
      // The same command as the npm script, with another output folder.
      const args = manifest.scripts['l10n:export']!.replace(/^vscode-l10n-dev /, '').replace('--outDir l10n', `--outDir ${out}`).split(' ');
      await promisify(execFile)(process.execPath, ['node_modules/@vscode/l10n-dev/dist/cli.js', ...args]);
      expect(readFileSync(join(out, 'bundle.l10n.json'), 'utf8')).toBe(committed);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('holds the texts of the host surfaces, keyed by their English text', () => {
    for (const text of ['Pick a key result (type its id, or words of its title or objective)', 'Growth Backlog: {0}', 'Quarter Review {0}', 'Open Board', 'Click to open the board.']) {
      expect(english[text]).toBe(text);
    }
  });
});

describe('the editor-free modules with a translated bundle', () => {
  afterEach(() => l10n.config({ contents: {} }));

  it('show the bundle’s texts in tree rows and code lenses, with the user’s own words unchanged', () => {
    // VS Code gives the bundle of the display language to vscode.l10n; activation passes it on (src/localisation/configureCoreL10n.ts).
    l10n.config({ contents: getL10nPseudoLocalized(english) });
    const today = '2026-11-25';
    const groups = buildBacklog(sampleFiles(), { grouping: 'quarter', showFinished: true, today, maxObjectivesPerQuarter: 3 });
    const backlog = backlogRow(groups.find((node) => node.id === 'backlog') as GroupNode, today);
    expect(backlog.label).toBe(getL10nPseudoLocalized({ Backlog: 'Backlog' }).Backlog);
    expect(backlog.label).not.toBe('Backlog');
    const quarter = backlogRow(groups[0] as GroupNode, today);
    expect(quarter.label).toBe('2026-Q4');
    expect(quarter.description).not.toContain('objectives');
    const file = sampleFiles().find((candidate) => candidate.objective?.title === 'Own webhooks');
    const titles = goalLenses(file!, { lastCheckIn: undefined, today }).map((lens) => lens.title);
    expect(titles).toContain(getL10nPseudoLocalized({ 'Open Board': 'Open Board' })['Open Board']);
    expect(titles).not.toContain('Open Board');
  });

  it('show English without a bundle (the unit tests and an English VS Code)', () => {
    const today = '2026-11-25';
    const groups = buildBacklog(sampleFiles(), { grouping: 'quarter', showFinished: true, today, maxObjectivesPerQuarter: 3 });
    expect(backlogRow(groups.find((node) => node.id === 'backlog') as GroupNode, today).label).toBe('Backlog');
  });
});
