import matter from 'gray-matter';
import { parseDocument, type Document } from 'yaml';

/** Where the YAML front-matter sits in a file, plus its parsed document with source ranges. */
export interface FrontMatter {
  /** Offset in the file text where the YAML text starts (node ranges are relative to it). */
  readonly yamlStart: number;
  readonly yamlText: string;
  /** Offset in the file text where the Markdown body starts. */
  readonly bodyStart: number;
  readonly document: Document.Parsed;
  /** The `---` language suffix when it is not YAML, e.g. `---js` (never executed). */
  readonly refusedLanguage?: string;
}

/** Bigger front-matter is not a goal someone wrote by hand; refusing it bounds parse time. */
export const maxFrontMatterChars = 64 * 1024;

const BOM = '\uFEFF';

/** Cheap test run before any parsing: does the text open with a `---` front-matter fence? */
export function hasFrontMatterFence(text: string): boolean {
  const start = text.startsWith(BOM) ? 1 : 0;
  return text.startsWith('---', start) && text.charAt(start + 3) !== '-';
}

class RefusedLanguageError extends Error {
  constructor(readonly language: string) {
    super(`front-matter language "${language}" is not supported`);
  }
}

function refuse(language: string) {
  return {
    parse: () => {
      throw new RefusedLanguageError(language);
    },
  };
}

/** The YAML text gray-matter handed to the engine during the current (synchronous) call. */
let engineYamlText: string | undefined;

/**
 * gray-matter's defaults evaluate `---js` front-matter with `eval` and cache every input
 * forever. Passing options disables the cache; the engines below make YAML the only
 * language it will read, parsed by `yaml` (positions, alias limits) rather than js-yaml.
 * Built once: gray-matter is synchronous, so the YAML engine can hand its text over through
 * `engineYamlText` instead of a closure made for every file.
 */
const matterOptions = {
  engines: {
    yaml: {
      parse: (text: string) => {
        engineYamlText = text;
        return {};
      },
    },
    javascript: refuse('javascript'),
    js: refuse('js'),
    coffee: refuse('coffee'),
    coffeescript: refuse('coffeescript'),
    cson: refuse('cson'),
    json: refuse('json'),
    toml: refuse('toml'),
  },
};

/** The front-matter block located in a file, before any YAML parsing. */
export interface FrontMatterSplit {
  readonly yamlStart: number;
  readonly yamlText: string;
  readonly bodyStart: number;
  readonly refusedLanguage?: string;
}

/** The languages gray-matter hands to its `yaml` engine (`---`, `---yaml`, `---yml`). */
const yamlLanguages = new Set(['', 'yaml', 'yml']);

/**
 * Locates the front-matter with gray-matter (safe options, see above) without parsing the
 * YAML. Returns undefined when there is no fence or the block is too large to be a
 * hand-written goal. Any other language after the fence (`---toml`, `---js`, `---anything`)
 * comes back as `refusedLanguage`. Nothing else is expected to throw here: an exception is a
 * bug (or a platform API missing in this host) and propagates, so it is reported rather than
 * read as "not a goal file".
 */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  if (!hasFrontMatterFence(text)) return undefined;
  const bomLength = text.startsWith(BOM) ? 1 : 0;
  const closing = text.indexOf('\n---', bomLength + 3);
  if ((closing === -1 ? text.length : closing) > maxFrontMatterChars) return undefined;

  // gray-matter reads the rest of the fence line as the language name; it throws for a name
  // it has no engine for, so names other than YAML's are refused before it sees them.
  const fenceEnd = bomLength + 3;
  const newline = text.indexOf('\n', fenceEnd);
  const firstLineEnd = newline > fenceEnd && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
  const firstLine = newline === -1 ? '' : text.slice(fenceEnd, firstLineEnd);
  const language = firstLine.trim();
  // gray-matter skips a language name after the fence (`---yaml`), but not blanks alone.
  const yamlStart = fenceEnd + (language === '' ? 0 : firstLine.length);
  if (!yamlLanguages.has(language.toLowerCase())) return { yamlStart, yamlText: '', bodyStart: text.length, refusedLanguage: language };

  // gray-matter hashes its whole input (a cache lookup it makes even when told not to cache):
  // hand it the front-matter through the closing fence's line, not the body.
  const closingLineEnd = closing === -1 ? -1 : text.indexOf('\n', closing + 4);
  const head = closingLineEnd === -1 ? text : text.slice(0, closingLineEnd + 1);
  engineYamlText = undefined;
  let file: { matter?: string; content: string };
  try {
    file = matter(head, matterOptions);
  } catch (error) {
    // The refusing engines are a second guard behind the language check above.
    if (error instanceof RefusedLanguageError) return { yamlStart, yamlText: '', bodyStart: text.length, refusedLanguage: error.language };
    throw error;
  }
  // An empty front-matter block: gray-matter skips the engine.
  const source = engineYamlText ?? file.matter ?? '';
  engineYamlText = undefined;
  return {
    yamlStart,
    // With CRLF the block ends in a lone `\r` (gray-matter splits on `\n---`); YAML would read
    // it as part of the last value.
    yamlText: source.endsWith('\r') ? source.slice(0, -1) : source,
    bodyStart: head.length - file.content.length,
  };
}

/**
 * Splits the front-matter from the body and parses it with `yaml`, which keeps source
 * ranges for diagnostics and lossless edits. Never throws: YAML problems are reported in
 * `document.errors`.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const split = splitFrontMatter(text);
  if (!split) return undefined;
  const document = parseDocument(split.yamlText, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  return { ...split, document };
}
