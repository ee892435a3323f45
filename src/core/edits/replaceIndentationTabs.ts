import * as l10n from '@vscode/l10n';
import { parseDocument } from 'yaml';
import { splitFrontMatter } from '../frontMatter.js';
import { maxGoalFileChars } from '../parse.js';
import type { TextEdit } from '../textEdit.js';
import { accept, refuse, refuseOnException, type EditResult } from './editableGoal.js';

/** Tab widths tried, in this order after the editor's own: the common indentation steps of YAML. */
const tabWidths = [2, 4, 8];

/** Offsets of the tabs among the blanks and `-` item markers that open each line. */
function indentationTabs(yamlText: string): number[] {
  const tabs: number[] = [];
  for (const line of yamlText.matchAll(/^[ \t-]*/gm)) {
    for (let i = 0; i < line[0].length; i++) if (line[0].charCodeAt(i) === 0x09) tabs.push(line.index + i);
  }
  return tabs;
}

/** Each tab as the spaces up to the next multiple of `width` columns, as an editor expands it. */
function expand(yamlText: string, tabs: readonly number[], width: number): TextEdit[] {
  const edits: TextEdit[] = [];
  let lineStart = -1;
  let shift = 0;
  for (const tab of tabs) {
    const start = yamlText.lastIndexOf('\n', tab - 1) + 1;
    if (start !== lineStart) {
      lineStart = start;
      shift = 0;
    }
    const column = tab - lineStart + shift;
    const spaces = width - (column % width);
    shift += spaces - 1;
    edits.push({ start: tab, end: tab + 1, newText: ' '.repeat(spaces) });
  }
  return edits;
}

function yamlErrorsAfter(yamlText: string, edits: readonly TextEdit[]): number {
  let next = '';
  let cursor = 0;
  for (const edit of edits) {
    next += yamlText.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  next += yamlText.slice(cursor);
  return parseDocument(next, { uniqueKeys: true, prettyErrors: false }).errors.length;
}

/**
 * The quick fix for `tab-indentation`: every tab in the front-matter's indentation becomes
 * spaces; nothing else in the file changes (tabs inside values are text and stay). The tab
 * width is the first of the editor's own, 2, 4 and 8 under which the YAML reads without
 * errors, else the one that leaves the fewest.
 */
export function replaceIndentationTabs(text: string, options: { readonly tabSize?: number } = {}): EditResult {
  return refuseOnException(() => {
    if (typeof text !== 'string' || text.length > maxGoalFileChars) return refuse('not-a-goal-file', l10n.t('This file is too large to be a goal file.'));
    const split = splitFrontMatter(text);
    if (!split || split.refusedLanguage !== undefined) return refuse('not-a-goal-file', l10n.t('This file has no YAML front-matter.'));
    if (!text.startsWith(split.yamlText, split.yamlStart)) return refuse('not-editable', l10n.t('The opening `---` line of this file has extra characters; remove them first.'));
    const tabs = indentationTabs(split.yamlText);
    if (tabs.length === 0) return accept([]);
    const editorWidth = options.tabSize !== undefined && Number.isInteger(options.tabSize) && options.tabSize > 0 && options.tabSize <= 8 ? [options.tabSize] : [];
    let best: { edits: TextEdit[]; errors: number } | undefined;
    for (const width of new Set([...editorWidth, ...tabWidths])) {
      const edits = expand(split.yamlText, tabs, width);
      const errors = yamlErrorsAfter(split.yamlText, edits);
      if (!best || errors < best.errors) best = { edits, errors };
      if (errors === 0) break;
    }
    return accept((best?.edits ?? []).map((edit) => ({ ...edit, start: split.yamlStart + edit.start, end: split.yamlStart + edit.end })));
  });
}
