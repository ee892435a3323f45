// The environment of the `npm install` that scripts/vscode-server.mjs starts for Node 24 and
// code-server, whoever started us: a shell, CI, or an npm script such as `npm test`.
//
// Why this exists: an npm script's environment describes the npm and Node that run it. npm
// exports its whole effective configuration as npm_config_* variables, and a nested npm reads
// them back as its own configuration. Among them is npm_config_user_agent, already expanded to
// "npm/11… node/v20…": the nested npm, running under Node 24, would pass that string on to
// its lifecycle scripts instead of its own, and code-server's postinstall reads the Node major
// version from exactly that variable ("code-server currently requires node v24 … We have
// detected that you are on node v20"). npm_config_nodedir, npm_config_prefix and
// npm_config_global_prefix point at the outer Node too, NODE and npm_node_execpath name its
// binary, and PATH starts with the project's node_modules/.bin folders and npm's node-gyp shim.

/** npm settings that say how to reach the registry: a shell or CI may set them on purpose. */
const REGISTRY_SETTINGS = new Set([
  'registry', 'cafile', 'ca', 'cert', 'key', 'strict_ssl', 'proxy', 'https_proxy', 'http_proxy', 'noproxy',
  'cache', 'userconfig', 'offline', 'prefer_offline', 'fetch_retries', 'fetch_retry_mintimeout',
  'fetch_retry_maxtimeout', 'fetch_timeout', 'maxsockets',
]);

/** Variables an npm process sets for the scripts it runs, besides npm_config_*. */
const NPM_SCRIPT_VARIABLES = /^(npm_(?!config_)\w*|NODE|INIT_CWD)$/i;

/** PATH entries `npm run` prepends: every node_modules/.bin up the tree and its node-gyp shim. */
const NPM_SCRIPT_PATH_ENTRY = /(^|[/\\])(node_modules[/\\]\.bin|node-gyp-bin)[/\\]?$/;

/**
 * `parentEnv` without what an outer npm put there, with `nodeBinDir` first on PATH (so `npm`'s
 * `#!/usr/bin/env node` and every lifecycle script run that Node) and the given npm settings.
 * @param {Record<string, string | undefined>} parentEnv
 * @param {{ nodeBinDir?: string, npmSettings?: Record<string, string> }} options
 * @returns {Record<string, string>}
 */
export function nestedInstallEnv(parentEnv, { nodeBinDir, npmSettings = {} } = {}) {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [name, value] of Object.entries(parentEnv)) {
    if (value === undefined || NPM_SCRIPT_VARIABLES.test(name)) continue;
    const setting = /^npm_config_(.+)$/i.exec(name)?.[1]?.toLowerCase();
    if (setting !== undefined && !REGISTRY_SETTINGS.has(setting)) continue;
    env[name] = value;
  }
  const pathName = Object.keys(env).find((name) => name.toUpperCase() === 'PATH') ?? 'PATH';
  const entries = (env[pathName] ?? '').split(':').filter((entry) => entry !== '' && !NPM_SCRIPT_PATH_ENTRY.test(entry));
  env[pathName] = [...(nodeBinDir ? [nodeBinDir] : []), ...entries].join(':');
  for (const [setting, value] of Object.entries(npmSettings)) env[`npm_config_${setting}`] = value;
  return env;
}
