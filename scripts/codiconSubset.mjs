// The webviews show a few dozen of the ~540 codicons: the .vsix ships a font and stylesheet cut
// down to the icons their bundles can name (the full font is 125 KB, most of the package's
// media). Every name the webviews use is a string literal in their bundles: `icon('add', …)`,
// `codicon-${showDropped ? 'chevron-right' : 'chevron-left'}`, the review's verdict table,
// `<vscode-button icon="desktop-download">`; none arrives from the host. So a name is kept when
// it appears as a token anywhere in the built .js/.css (over-inclusive, never short).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

export const codiconDist = 'node_modules/@vscode/codicons/dist';

/** Each icon class of @vscode/codicons' stylesheet with its code point: `.codicon-add:before { content: "\ea60" }`. */
export function codiconCodePoints(css) {
  const codePoints = new Map();
  for (const [, name, hex] of css.matchAll(/^\.codicon-([a-z0-9-]+):before \{ content: "\\([0-9a-f]+)" \}$/gim)) codePoints.set(name, Number.parseInt(hex, 16));
  return codePoints;
}

/**
 * The icon names that occur in `texts`: every run of hyphen-joined words (`codicon-git-commit`)
 * counts, and so does each part of it (`git-commit`, `commit`), so a class name's prefix or a
 * template literal around a name hides nothing.
 */
export function referencedCodicons(texts, codePoints) {
  const names = new Set();
  for (const text of texts) {
    for (const [token] of text.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)*/g)) {
      const words = token.split('-');
      for (let start = 0; start < words.length; start++) {
        for (let end = start + 1; end <= words.length; end++) {
          const name = words.slice(start, end).join('-');
          if (codePoints.has(name)) names.add(name);
        }
      }
    }
  }
  return [...names].sort();
}

/** The stylesheet with only `names`' icon classes; the font's cache-busting query becomes the subset's hash. */
export function trimmedCodiconCss(css, names, fontHash) {
  const kept = new Set(names);
  return css
    .split('\n')
    .filter((line) => {
      const rule = /^\.codicon-([a-z0-9-]+):before \{/.exec(line);
      return rule === null || kept.has(rule[1]);
    })
    .join('\n')
    .replace(/codicon\.ttf\?[0-9a-f]+/, `codicon.ttf?${fontHash}`);
}

/** The font and stylesheet cut down to the icons `texts` (the webview bundles) name. */
export async function subsetCodicons({ css, font, texts }) {
  const codePoints = codiconCodePoints(css);
  const names = referencedCodicons(texts, codePoints);
  const subset = Buffer.from(await subsetFont(font, String.fromCodePoint(...names.map((name) => codePoints.get(name))), { targetFormat: 'truetype' }));
  return { names, font: subset, css: trimmedCodiconCss(css, names, createHash('md5').update(subset).digest('hex')) };
}

/** After each webview build (watch mode included), writes the cut-down codicon.css and codicon.ttf beside its bundles. */
export function codiconSubsetPlugin(outdir) {
  return {
    name: 'codicon-subset',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        const texts = readdirSync(outdir)
          .filter((file) => /\.(js|css)$/.test(file) && file !== 'codicon.css')
          .map((file) => readFileSync(join(outdir, file), 'utf8'));
        const subset = await subsetCodicons({ css: readFileSync(`${codiconDist}/codicon.css`, 'utf8'), font: readFileSync(`${codiconDist}/codicon.ttf`), texts });
        writeFileSync(join(outdir, 'codicon.ttf'), subset.font);
        writeFileSync(join(outdir, 'codicon.css'), subset.css);
      });
    },
  };
}
