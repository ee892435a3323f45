// The codicon font and stylesheet the .vsix ships are cut down to the icons the webview bundles
// name (scripts/codiconSubset.mjs): every icon a bundle can show must keep its glyph and class.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { webviewBundleOptions } from '../../scripts/buildOptions.mjs';
import { codiconCodePoints, codiconDist, referencedCodicons, subsetCodicons } from '../../scripts/codiconSubset.mjs';

const fullCss = readFileSync(`${codiconDist}/codicon.css`, 'utf8');
const fullFont = readFileSync(`${codiconDist}/codicon.ttf`);
const codePoints = codiconCodePoints(fullCss);

/** The names in `names` whose code point has no drawn glyph in `font`. */
function missingGlyphs(font: Buffer, names: readonly string[]): string[] {
  const parsed = fontkit.create(font) as fontkit.Font;
  return names.filter((name) => {
    const codePoint = codePoints.get(name);
    return codePoint === undefined || !parsed.hasGlyphForCodePoint(codePoint) || parsed.glyphForCodePoint(codePoint).path.commands.length === 0;
  });
}

/** The icon names the webview sources write out: `icon('add', …)`, `codicon-warning`, `setAttribute('icon', 'x')`, a ternary in a class name, and the values of the review's verdict table. */
function namesInSources(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync('webview-ui/src', { recursive: true }).map(String).filter((file) => file.endsWith('.ts'))) {
    const source = readFileSync(join('webview-ui/src', file), 'utf8');
    for (const match of source.matchAll(/\bicon\('([a-z0-9-]+)'|codicon-([a-z0-9-]+)\b(?!\$)|'icon', '([a-z0-9-]+)'/g)) names.add((match[1] ?? match[2] ?? match[3])!);
    // A class name built at run time (`codicon-${showDropped ? 'chevron-right' : 'chevron-left'}`): every quoted name in the expression.
    for (const [, expression] of source.matchAll(/codicon-\$\{([^}]*)\}/g)) for (const [, name] of expression!.matchAll(/'([a-z0-9-]+)'/g)) names.add(name!);
    for (const [, table] of source.matchAll(/Icons: Record<string, string> = \{([^}]*)\}/g)) for (const [, name] of table!.matchAll(/: '([a-z0-9-]+)'/g)) names.add(name!);
  }
  return [...names].sort();
}

describe('the codicon subset', () => {
  let bundles: string[] = [];
  let subset: Awaited<ReturnType<typeof subsetCodicons>>;
  beforeAll(async () => {
    // The webview bundles exactly as the production build writes them, kept in memory.
    const result = await esbuild.build({ ...webviewBundleOptions(true), write: false });
    bundles = result.outputFiles.filter((file) => /\.(js|css)$/.test(file.path)).map((file) => file.text);
    subset = await subsetCodicons({ css: fullCss, font: fullFont, texts: bundles });
  }, 60_000);

  it('keeps a glyph and a class for every icon the built bundles name', () => {
    expect(subset.names).toEqual(referencedCodicons(bundles, codePoints));
    expect(missingGlyphs(subset.font, subset.names)).toEqual([]);
    const classes = [...subset.css.matchAll(/^\.codicon-([a-z0-9-]+):before/gm)].map((match) => match[1]);
    expect(new Set(classes)).toEqual(new Set(subset.names));
    // The font-face and the base class stay; the font URL carries the subset's own hash.
    expect(subset.css).toContain('@font-face');
    expect(subset.css).toContain(".codicon[class*='codicon-']");
    expect(subset.css).not.toMatch(/codicon\.ttf\?721d4c0a/);
  });

  it('covers every icon the webview sources use, including names chosen at run time', () => {
    const used = namesInSources();
    // The ones picked by a ternary, a table or an attribute, which a scan for `icon('…')` alone would miss.
    expect(used).toEqual(expect.arrayContaining(['chevron-left', 'chevron-right', 'arrow-up', 'arrow-down', 'pass', 'info', 'desktop-download', 'git-commit']));
    expect(used.filter((name) => !codePoints.has(name))).toEqual([]);
    expect(subset.names).toEqual(expect.arrayContaining(used));
  });

  it('is far smaller than the full font', () => {
    expect(subset.names.length).toBeLessThan(codePoints.size / 4);
    expect(subset.font.length).toBeLessThan(fullFont.length / 4);
  });

  it('notices an icon whose glyph the font lacks', async () => {
    // Aliases share a glyph (alert and warning): leave out every name of warning's code point.
    const dropped = subset.names.filter((name) => codePoints.get(name) === codePoints.get('warning'));
    expect(dropped).toContain('warning');
    const font = (await subsetCodicons({ css: fullCss, font: fullFont, texts: [subset.names.filter((name) => !dropped.includes(name)).join(' ')] })).font;
    expect(missingGlyphs(font, subset.names)).toEqual(dropped);
  });
});

describe('finding icon names in built code', () => {
  it('finds names inside class names, template literals and attributes', () => {
    const minified = 'e.className=`codicon codicon-${t?"chevron-right":"chevron-left"}`;n("codicon-git-commit");b.setAttribute("icon","desktop-download")';
    expect(referencedCodicons([minified], codePoints)).toEqual(expect.arrayContaining(['chevron-left', 'chevron-right', 'desktop-download', 'git-commit']));
  });

  it('keeps no name that is not in the text', () => {
    expect(referencedCodicons(['const total=a+b;return{total}', 'no-such-icon-name'], codePoints)).toEqual([]);
    expect(referencedCodicons(['tag'], codePoints)).toEqual(['tag']);
  });
});
