// The install of Node 24 and code-server (scripts/vscode-server.mjs) started from inside an
// npm script, as `npm test` does on a fresh machine: the environment comes from a real
// `npm run`, and a real nested `npm install` runs a postinstall that checks the Node version
// the way code-server's does.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nestedInstallEnv } from '../../scripts/nestedInstallEnv.mjs';

let dir: string;
let probeTarball: string;
/** What a program started by `npm run` sees. */
let npmScriptEnv: Record<string, string>;

// The machine has one Node, so the outer npm is told to report a Node that does not exist:
// a leaked user agent then differs from the Node the nested install runs under, as v20 and
// v24 differ when `npm test` starts the code-server install.
const outerUserAgent = 'npm/11.0.0 node/v0.99.0 linux x64 workspaces/false';
const nodeBinDir = dirname(process.execPath);

// code-server's postinstall.sh reads the Node major version from npm_config_user_agent.
const postinstall = [
  'ua_major=$(echo "$npm_config_user_agent" | sed -n \'s/.*node\\/v\\([^.]*\\).*/\\1/p\')',
  'node_major=$(node -p \'process.versions.node.split(".")[0]\')',
  'if [ "$ua_major" != "$node_major" ]; then echo "PROBE: npm reports node v$ua_major, node on PATH is v$node_major"; exit 1; fi',
  'echo "PROBE: node $(command -v node)"',
].join('; ');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'growth-backlog-nested-install-'));
  const project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'outer', version: '1.0.0', scripts: { env: 'node -e "process.stdout.write(JSON.stringify(process.env))"' } }));
  const shell = { ...process.env };
  delete shell.npm_config_user_agent;
  npmScriptEnv = JSON.parse(
    execFileSync('npm', ['run', '--silent', 'env'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...shell, npm_config_user_agent: outerUserAgent, npm_config_registry: 'https://registry.example.test/' },
    }),
  ) as Record<string, string>;

  const probe = join(dir, 'probe');
  mkdirSync(probe);
  writeFileSync(join(probe, 'package.json'), JSON.stringify({ name: 'node-version-probe', version: '1.0.0', scripts: { postinstall } }));
  probeTarball = join(dir, execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: probe, encoding: 'utf8' }).trim());
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the environment of the nested tools install', () => {
  it('starts from a real npm script environment that names the outer npm and Node', () => {
    // The premise: without cleaning, this is what the nested npm would take as its own.
    expect(npmScriptEnv.npm_config_user_agent).toBe(outerUserAgent);
    expect(npmScriptEnv.npm_lifecycle_event).toBe('env');
    expect(npmScriptEnv.npm_node_execpath).toBe(process.execPath);
    expect(npmScriptEnv.PATH?.split(delimiter)[0]).toMatch(/node_modules[/\\]\.bin$/);
  });

  it('drops what the outer npm set, keeps registry settings, and puts the chosen Node first on PATH', () => {
    const env = nestedInstallEnv(npmScriptEnv, { nodeBinDir: '/opt/node24/bin', npmSettings: { nodedir: '/opt/node24' } });
    expect(env.npm_config_user_agent).toBeUndefined();
    expect(env.npm_node_execpath).toBeUndefined();
    expect(env.NODE).toBeUndefined();
    expect(env.npm_lifecycle_event).toBeUndefined();
    expect(env.INIT_CWD).toBeUndefined();
    expect(env.npm_config_prefix).toBeUndefined();
    expect(env.npm_config_nodedir).toBe('/opt/node24');
    expect(env.npm_config_registry).toBe('https://registry.example.test/');
    const path = env.PATH?.split(delimiter) ?? [];
    expect(path[0]).toBe('/opt/node24/bin');
    expect(path.filter((entry) => /node_modules[/\\]\.bin|node-gyp-bin/.test(entry))).toEqual([]);
    expect(path).toContain(nodeBinDir); // npm itself is still found
  });

  it("lets a nested npm install's postinstall see the Node it runs under, as code-server's checks it", () => {
    const outer = { ...npmScriptEnv };
    delete outer.npm_config_registry; // stay offline: the probe is a local tarball
    const prefix = join(dir, 'tools');
    const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '--foreground-scripts', probeTarball], {
      env: nestedInstallEnv(outer, { nodeBinDir, npmSettings: { update_notifier: 'false' } }),
      encoding: 'utf8',
    });
    const output = `${install.stdout}${install.stderr}`;
    expect(output, output).toContain(`PROBE: node ${join(nodeBinDir, 'node')}`);
    expect(install.status, output).toBe(0);
  }, 60_000);
});
