// The CLI as npm installs it: `npm pack` on a copy of the tracked sources (as a fresh clone
// has them: no out/ folder), then `npm install --global` of that tarball into a temporary
// prefix, offline, and the installed `growth-backlog` command run from there.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
let dir: string;
let packed: { files: { path: string }[]; filename: string };
let prefix: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'growth-backlog-cli-package-'));
  const clone = join(dir, 'clone');
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter((file) => file !== '');
  for (const file of tracked) cpSync(file, join(clone, file));
  symlinkSync(resolve('node_modules'), join(clone, 'node_modules'));
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: clone, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  [packed] = JSON.parse(output) as [typeof packed];
  prefix = join(dir, 'prefix');
  // No registry: a tarball that still listed its bundled libraries as dependencies would fail here.
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' },
  });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(join(prefix, 'bin', 'growth-backlog'), args, { encoding: 'utf8' });

describe('the packed growth-backlog CLI', () => {
  it('ships the built CLI and no sources, tests or extension bundles', () => {
    const files = packed.files.map((file) => file.path).sort();
    expect(files).toContain('out/cli.js');
    expect(files.filter((file) => /^(src|test|scripts|webview-ui|examples|media)\//.test(file) || file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('out/') && file !== 'out/cli.js')).toEqual([]);
  });

  it('installs without dependencies of its own and runs as growth-backlog', () => {
    expect(existsSync(join(prefix, 'lib', 'node_modules', manifest.name, 'node_modules'))).toBe(false);
    const help = run('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^growth-backlog — /);
    expect(run('--version').stdout).toBe(`${manifest.version}\n`);
    const lintHelp = run('lint', '--help');
    expect(lintHelp.stdout).toMatch(/^Usage: growth-backlog lint /);
  });
});
