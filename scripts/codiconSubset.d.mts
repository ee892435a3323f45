import type { Plugin } from 'esbuild';

export const codiconDist: string;
export function codiconCodePoints(css: string): Map<string, number>;
export function referencedCodicons(texts: Iterable<string>, codePoints: Map<string, number>): string[];
export function trimmedCodiconCss(css: string, names: readonly string[], fontHash: string): string;
export function subsetCodicons(input: { css: string; font: Buffer; texts: Iterable<string> }): Promise<{ names: string[]; font: Buffer; css: string }>;
export function codiconSubsetPlugin(outdir: string): Plugin;
