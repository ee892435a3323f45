import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { commandIds } from '../../src/commandIds';

interface Manifest {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  icon: string;
  repository: { url: string };
  bugs: { url: string };
  homepage: string;
  categories: string[];
  keywords: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: boolean };
  contributes: {
    commands: { command: string; category?: string; title: string }[];
    menus: { commandPalette: { command: string; when: string }[] };
    viewsWelcome: { view: string; contents: string }[];
  };
}

const manifestText = readFileSync('package.json', 'utf8');
const strings = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
const placeholder = /^%([\w.-]+)%$/;
/** The manifest as VS Code shows it: every `%key%` value replaced from package.nls.json. */
const manifest = JSON.parse(manifestText, (_key, value: unknown) => (typeof value === 'string' ? (strings[placeholder.exec(value)?.[1] ?? ''] ?? value) : value)) as Manifest;

describe('package.json manifest', () => {
  it('starts on the default goals folder by its plain name, and on goal folders anywhere by glob', () => {
    const { activationEvents, contributes } = JSON.parse(manifestText) as { activationEvents: string[]; contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    const goalsFolder = contributes.configuration.properties['growthBacklog.goalsFolder']?.default;
    // VS Code checks a plain name with one stat at start-up; a glob waits for a workspace
    // search through the window (the extension came 0.5 s after Git in code-server's log).
    expect(activationEvents[0]).toBe(`workspaceContains:${String(goalsFolder)}`);
    expect(String(goalsFolder)).not.toMatch(/[*?[]/);
    expect(activationEvents).toEqual(expect.arrayContaining(['workspaceContains:**/goals/**/*.md', 'workspaceContains:**/[0-9][0-9][0-9][0-9]-Q[1-4]/*.md']));
  });

  it('declares exactly the commands of src/commandIds.ts, each in the Growth Backlog category', () => {
    const declared = manifest.contributes.commands.map((command) => command.command).sort();
    expect(declared).toEqual(Object.values(commandIds).sort());
    for (const command of manifest.contributes.commands) expect(command.category).toBe('Growth Backlog');
  });

  it('hides context-only commands from the palette', () => {
    const hidden = manifest.contributes.menus.commandPalette.filter((entry) => entry.when === 'false').map((entry) => entry.command);
    expect(hidden).toEqual(expect.arrayContaining([commandIds.openAtLine, commandIds.moveKeyResult]));
    for (const visible of [commandIds.gradeKeyResult, commandIds.setKeyResultStatus, commandIds.newObjective, commandIds.addCheckIn, commandIds.startNextQuarter, commandIds.openBoard]) {
      expect(hidden).not.toContain(visible);
    }
  });
});

describe('package.json as a published extension', () => {
  it('targets the oldest VS Code whose API it uses, and types against exactly that version', () => {
    // QuickPick.prompt (the grade picker's hint and error line) arrived in 1.108; everything else
    // the extension uses type-checks against 1.74. A newer @types/vscode would let code use API
    // that users of the declared range do not have.
    expect(manifest.engines.vscode).toBe(`^${manifest.devDependencies['@types/vscode']}`);
  });

  it('declares Restricted Mode and virtual workspace support explicitly', () => {
    expect(manifest.capabilities).toEqual({ untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('has the fields the marketplace shows: repository, bugs, homepage, a 128 px PNG icon, a category and keywords', () => {
    expect(manifest.repository.url).toMatch(/^https:\/\/github\.com\//);
    expect(manifest.bugs.url).toMatch(/\/issues$/);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    const png = readFileSync(manifest.icon);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    expect(manifest.categories).toContain('Visualization');
    expect(manifest.keywords.length).toBeGreaterThan(3);
  });
});

describe('package.nls.json', () => {
  // The fields VS Code shows a user; each comes from package.nls.json, so a translation
  // (package.nls.<locale>.json) can replace it.
  const shownFields = new Set(['displayName', 'description', 'title', 'category', 'name', 'contextualTitle', 'contents', 'markdownDescription', 'enumDescriptions', 'altText']);

  it('holds every text the manifest shows, and the manifest names only keys it has', () => {
    const literal: string[] = [];
    const used = new Set<string>();
    const visit = (value: unknown, field: string, path: string): void => {
      if (typeof value === 'string') {
        const key = placeholder.exec(value)?.[1];
        if (key !== undefined) used.add(key);
        else if (shownFields.has(field)) literal.push(`${path}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, field, `${path}[${index}]`));
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) visit(item, key, `${path}.${key}`);
    };
    const raw = JSON.parse(manifestText) as { displayName: unknown; description: unknown; contributes: unknown };
    visit({ displayName: raw.displayName, description: raw.description, contributes: raw.contributes }, '', 'package.json');
    expect(literal).toEqual([]);
    expect([...used].filter((key) => !(key in strings))).toEqual([]);
    expect(Object.keys(strings).filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('welcome view', () => {
  it('uses only what viewsWelcome renders: links and plain text, no Markdown code spans', () => {
    // VS Code renders command links in welcome content but shows backticks literally.
    for (const welcome of manifest.contributes.viewsWelcome) expect(welcome.contents).not.toContain('`');
    const empty = manifest.contributes.viewsWelcome.find((welcome) => welcome.contents.startsWith('No goal files yet'));
    expect(empty?.contents).toContain('"objective:"');
  });
});

describe('architecture lint rule', () => {
  it('rejects vscode and Node I/O imports in src/core, and allows them elsewhere', async () => {
    const eslint = new ESLint();
    const probe = "import * as fs from 'node:fs';\nimport * as path from 'path';\nimport type * as vscode from 'vscode';\nexport const probe = [fs, path, 1 as unknown as vscode.Uri];\n";
    const [core] = await eslint.lintText(probe, { filePath: 'src/core/probe.ts' });
    expect(core?.messages.filter((message) => message.ruleId === 'no-restricted-imports')).toHaveLength(3);
    const [host] = await eslint.lintText(probe, { filePath: 'src/tree/probe.ts' });
    expect(host?.messages.filter((message) => message.ruleId === 'no-restricted-imports')).toHaveLength(0);
  });

  it('rejects Node-only globals in src/core and src/protocol (the web worker host has none), and allows them elsewhere', async () => {
    const eslint = new ESLint();
    const probe = [
      "export const bytes = Buffer.from('x');",
      'export const env = process.env.HOME;',
      'export const here = __dirname;',
      'setImmediate(() => undefined);',
      // Web platform globals stay allowed: they exist in every host.
      'export const decoded = new TextDecoder().decode(crypto.getRandomValues(new Uint8Array(2)));',
      '',
    ].join('\n');
    const restricted = async (filePath: string) => {
      const [result] = await eslint.lintText(probe, { filePath });
      return result?.messages.filter((message) => message.ruleId === 'no-restricted-globals').map((message) => message.message.split(' ')[0]);
    };
    expect(await restricted('src/core/probe.ts')).toHaveLength(4);
    expect(await restricted('src/protocol/probe.ts')).toHaveLength(4);
    expect(await restricted('src/nodeFiles/probe.ts')).toHaveLength(0);
  });
});
