import type { BuildOptions } from 'esbuild';

export function commonOptions(production: boolean): BuildOptions;
export function nodeBundleOptions(production: boolean): BuildOptions;
export function browserBundleOptions(production: boolean): BuildOptions;
export function webviewBundleOptions(production: boolean): BuildOptions;
