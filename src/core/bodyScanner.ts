// The fast path for a goal file's body: one pass over its lines finds the outline that
// bodyFacts.ts reads (top-level headings of depth 1–3, task items) without a Markdown parse.
// It reads only the Markdown goal notes are made of — paragraphs, ATX headings at the margin,
// bullet and ordered lists (nested ones too), fenced code and HTML comments at the margin,
// tables, thematic breaks after a blank line — and refuses everything that could change what
// a line means (block quotes, HTML blocks, setext headings, indented code, a fence inside a
// list, markup in a heading, tabs…). remark (body.ts) reads a refused body; property tests
// (test/unit/bodyScanner.test.ts) hold that an accepted body gives exactly remark's outline.
import type { BodyHeading, BodyOutline } from './bodyFacts.js';

/** Why the scanner could not read a body exactly, and from where. */
export interface ScanRefusal {
  readonly reason: string;
  /** Offset in the file of the line it stopped at. */
  readonly offset: number;
}

export interface ScanResult {
  /** The outline; in exact mode only when the whole body was read exactly. */
  readonly outline?: BodyOutline;
  /** The first line that could not be read exactly. */
  readonly refusal?: ScanRefusal;
}

const atxHeading = /^(#{1,6})(?: |$)/;
const closingSequence = /(?:^| +)#+ *$/;
/** Characters that can make a heading's text differ from its source: escapes, entities, code, emphasis, links, HTML. */
const inlineMarkup = /[\\`*_~<[&]/;
const fenceOpening = /^(`{3,}|~{3,})(.*)$/;
const fenceClosing = /^ {0,3}(`{3,}|~{3,}) *$/;
const thematicBreak = /^([-*_])(?: *\1){2,} *$/;
const setextUnderline = /^(?:=+|-+) *$/;
/** A list marker: a bullet, or a number and `.` or `)`, then a space or the line's end. */
const listMarker = /^(?:[-+*]|(\d{1,9})[.)])(?= |$)( *)/;
const taskCheck = /^\[([ xX])\]( +)(?=\S)/;
const taskCheckAlone = /^\[[ xX]\]/;
/** A task whose text starts with one of these begins with a node other than text, and remark then keeps `[ ]` in its text. */
const markupFirst = /^(?:[*_`[!<&\\~]|https?:\/\/|www\.|mailto:|xmpp:|\S*@)/i;
const delimiterCell = /^ *:?-+:? *$/;

/** The cells of a table delimiter row, or undefined when the line is not one. */
function delimiterCells(line: string): number | undefined {
  if (!line.includes('|') || !line.includes('-')) return undefined;
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.every((cell) => delimiterCell.test(cell)) ? cells.length : undefined;
}

/** The cells of a table header row the scanner can count for sure (no escaped pipes, no code spans). */
function headerCells(line: string): number | undefined {
  if (!line.includes('|') || /[\\`]/.test(line) || /^[| ]*$/.test(line)) return undefined;
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').length;
}

interface OpenTask {
  readonly done: boolean;
  readonly line: number;
  /** Right after the `]` of the check; the text is trimmed. */
  readonly textStart: number;
  end: number;
}

interface OpenParagraph {
  /** How many list items it is nested in. */
  readonly depth: number;
  /** Set when it is the first paragraph of a task item: its text is the task's. */
  readonly task?: OpenTask;
  /** Where its last line so far starts and ends, at the margin: a table's header when a delimiter row follows. */
  lastLineStart?: number;
  lastLineEnd?: number;
}

/** First characters (after the indentation) of lines that may be more than text: everything else is a paragraph line. */
const mayStartBlock = new Uint8Array(128);
for (const char of '#><-*+_=|~`[:0123456789') mayStartBlock[char.charCodeAt(0)] = 1;

class LineScanner {
  readonly headings: BodyHeading[] = [];
  readonly tasks: OpenTask[] = [];
  refusal: ScanRefusal | undefined;
  stopped = false;
  /** Content columns of the open list items, outermost first. */
  private readonly items: number[] = [];
  private paragraph: OpenParagraph | undefined;
  private table = false;
  private fence: { readonly char: string; readonly length: number } | undefined;
  private comment = false;

  constructor(
    private readonly text: string,
    private readonly lenient: boolean,
    /** `]:` somewhere in the body: a paragraph that starts with `[` may be a link reference definition. */
    private readonly mayDefineLinks: boolean,
    /** A tab, a NUL or a carriage return somewhere in the body (CRLF line ends included): lines are checked for them. */
    private readonly oddCharacters: boolean,
  ) {}

  /** Notes a construct the scanner does not read exactly; true when it must stop (exact mode). */
  private refuse(reason: string, offset: number): boolean {
    this.refusal ??= { reason, offset };
    if (!this.lenient) this.stopped = true;
    return !this.lenient;
  }

  endParagraph(): void {
    this.paragraph = undefined;
  }

  private blankLine(): void {
    this.endParagraph();
    this.table = false;
  }

  /** A block at the margin closes every open one. */
  private closeAll(): void {
    this.endParagraph();
    this.items.length = 0;
    this.table = false;
  }

  /** The line from `start` to `end` (its line break excluded), the `number`th of the file. */
  line(start: number, end: number, number: number): void {
    const text = this.text;
    if (this.comment) {
      const closing = text.indexOf('-->', start);
      if (closing !== -1 && closing + 3 <= end) this.comment = false;
      return;
    }
    if (!this.fence && !this.oddCharacters) {
      // Most lines are text: told by their first character, and read without a copy.
      let first = start;
      while (first < end && text.charCodeAt(first) === 0x20) first++;
      if (first === end) return this.blankLine();
      const code = text.charCodeAt(first);
      if (code >= 128 || mayStartBlock[code] === 0) return this.textLine(first - start, first, start, end);
    }
    this.markdownLine(text.slice(start, end), start, end, number);
  }

  /** A line whose first character makes it paragraph text, wherever it belongs. */
  private textLine(indent: number, contentStart: number, start: number, end: number): void {
    const paragraph = this.paragraph;
    if (paragraph) return this.continueParagraph(paragraph, contentStart, end);
    let depth = 0;
    while (depth < this.items.length && indent >= this.items[depth]!) depth++;
    const relative = indent - (depth > 0 ? this.items[depth - 1]! : 0);
    if (relative >= 4) {
      if (this.refuse('indented code', start)) return;
    } else if (this.table) return;
    this.startParagraph(contentStart, end, depth, start);
  }

  private markdownLine(line: string, start: number, end: number, number: number): void {
    if (this.fence) {
      const closing = fenceClosing.exec(line);
      if (closing && closing[1]![0] === this.fence.char && closing[1]!.length >= this.fence.length) this.fence = undefined;
      return;
    }
    if (this.oddCharacters && /[\t\r\0]/.test(line)) {
      if (/^[ \t]*$/.test(line)) return this.blankLine();
      if (this.refuse('a tab, a lone carriage return or a NUL character', start)) return;
      line = line.replace(/[\t\r\0]/g, ' ');
    }
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    if (indent === line.length) return this.blankLine();
    let depth = 0;
    while (depth < this.items.length && indent >= this.items[depth]!) depth++;
    const relative = indent - (depth > 0 ? this.items[depth - 1]! : 0);
    const content = line.slice(indent);
    const paragraph = this.paragraph;

    if (relative >= 4) {
      // Indented code cannot interrupt a paragraph: more text of it.
      if (paragraph) return this.continueParagraph(paragraph, start + indent, end);
      if (this.refuse('indented code', start)) return;
      return this.startParagraph(start + indent, end, depth, start);
    }

    // A footnote definition can interrupt a paragraph, and holds blocks of its own.
    if (content.startsWith('[^') && this.refuse('a footnote definition', start)) return;

    const fence = fenceOpening.exec(content);
    if (fence && !(fence[1]!.startsWith('`') && fence[2]!.includes('`'))) {
      if (indent !== 0 && this.refuse('a fence that is indented or inside a list', start)) return;
      this.closeAll();
      this.fence = { char: fence[1]![0]!, length: fence[1]!.length };
      return;
    }

    if (content.startsWith('<')) {
      if (indent === 0 && content.startsWith('<!--')) {
        this.closeAll();
        this.comment = !content.includes('-->', 2);
        return;
      }
      if (this.refuse('an HTML block', start)) return;
    } else if (content.startsWith('>') && this.refuse('a block quote', start)) return;

    const heading = atxHeading.exec(content);
    if (heading) {
      if (indent !== 0 && this.refuse('an indented heading or a heading inside a list', start)) return;
      this.closeAll();
      const depthOfHeading = heading[1]!.length;
      if (depthOfHeading > 3) return;
      let title = content.slice(heading[0].length).replace(closingSequence, '').trim();
      if (inlineMarkup.test(title)) {
        if (this.refuse('markup in a heading', start)) return;
        title = title.replace(/[\\`*_~<>[\]&]/g, '').trim();
      }
      this.headings.push({ depth: depthOfHeading, text: title, start, end, line: number });
      return;
    }

    if (thematicBreak.test(content)) {
      if ((paragraph || this.table || indent !== 0) && this.refuse('a thematic break or setext underline right after text', start)) return;
      this.closeAll();
      return;
    }
    if (paragraph && setextUnderline.test(content)) {
      if (this.refuse('a setext heading underline', start)) return;
      this.endParagraph();
      return;
    }

    const delimiters = delimiterCells(content);
    if (delimiters !== undefined && (paragraph || this.table)) {
      if (this.table) return;
      const header = paragraph!.lastLineStart === undefined ? undefined : this.text.slice(paragraph!.lastLineStart, paragraph!.lastLineEnd);
      if (paragraph!.depth === 0 && indent === 0 && header !== undefined && headerCells(header) === delimiters) {
        this.paragraph = undefined;
        this.table = true;
        return;
      }
      if (this.refuse('a table delimiter row that may not start a table', start)) return;
    }

    const marker = listMarker.exec(content);
    if (marker) return this.listItem(marker, content, indent, depth, start, end, number);

    // A table row, or more text of the open paragraph (lazily too).
    if (this.table) return;
    if (paragraph) return this.continueParagraph(paragraph, start + indent, end);
    this.startParagraph(start + indent, end, depth, start);
  }

  private continueParagraph(paragraph: OpenParagraph, contentStart: number, end: number): void {
    if (paragraph.task) paragraph.task.end = end;
    if (paragraph.depth === 0) {
      paragraph.lastLineStart = contentStart;
      paragraph.lastLineEnd = end;
    }
  }

  /** A paragraph in the list item `depth` levels down (0: at the margin) from its content's start; deeper items end. */
  private startParagraph(contentStart: number, end: number, depth: number, start: number): void {
    if (this.text.charCodeAt(contentStart) === 0x5b && this.definesLink(this.text.slice(contentStart, contentStart + 2)) && this.refuse('a link reference or footnote definition', start)) return;
    this.items.length = depth;
    this.table = false;
    this.paragraph = depth === 0 ? { depth, lastLineStart: contentStart, lastLineEnd: end } : { depth };
  }

  /** Whether text starting with `[` may be a footnote or link reference definition. */
  private definesLink(content: string): boolean {
    return content.startsWith('[^') || (content.startsWith('[') && this.mayDefineLinks);
  }

  private listItem(marker: RegExpExecArray, content: string, indent: number, depth: number, start: number, end: number, number: number): void {
    const spaces = marker[2]!.length;
    const markerWidth = marker[0].length - spaces;
    const rest = content.slice(marker[0].length);
    const paragraph = this.paragraph;
    if (rest === '') {
      if (this.refuse('an empty list item', start)) return;
      if (paragraph) return this.continueParagraph(paragraph, start + indent, end);
      return this.startParagraph(start + indent, end, depth, start);
    }
    const number1 = marker[1] === undefined || Number(marker[1]) === 1;
    // An ordered item other than 1 cannot interrupt a paragraph (nor, to be safe, a table).
    if (!number1 && ((paragraph && depth === this.items.length) || this.table)) {
      if (this.refuse('a numbered line that may continue a paragraph', start)) return;
      if (this.table) return;
      return this.continueParagraph(paragraph!, start + indent, end);
    }
    if (spaces > 4 && this.refuse('a list item that starts with indented code', start)) return;
    if (this.startsBlock(rest) && this.refuse('a block on the first line of a list item', start)) return;
    this.endParagraph();
    this.table = false;
    this.items.length = depth;
    this.items.push(indent + markerWidth + (spaces > 4 ? 1 : spaces));
    const check = taskCheck.exec(rest);
    if (check) {
      if (markupFirst.test(rest.slice(check[0].length)) && this.refuse('a task whose text starts with markup or a link', start)) return;
      const task: OpenTask = { done: check[1] !== ' ', line: number, textStart: start + indent + marker[0].length + 3, end };
      this.tasks.push(task);
      this.paragraph = { depth: this.items.length, task };
      return;
    }
    if (taskCheckAlone.test(rest) && this.refuse('a task check without text after it on its line', start)) return;
    if (this.definesLink(rest) && this.refuse('a link reference or footnote definition', start)) return;
    this.paragraph = { depth: this.items.length };
  }

  /** Whether a list item's first line holds a block other than a paragraph. */
  private startsBlock(rest: string): boolean {
    return (
      atxHeading.test(rest) ||
      fenceOpening.test(rest) ||
      rest.startsWith('<') ||
      rest.startsWith('>') ||
      listMarker.test(rest) ||
      thematicBreak.test(rest) ||
      setextUnderline.test(rest) ||
      delimiterCells(rest) !== undefined
    );
  }
}

/**
 * The outline of a body, found line by line. Exact mode gives one only when the whole body
 * was read exactly; lenient mode always gives one (its best reading) and names the first
 * line it could not read exactly.
 */
export function scanBodyOutline(text: string, bodyStart: number, options: { readonly lenient?: boolean } = {}): ScanResult {
  const body = bodyStart === 0 ? text : text.slice(bodyStart);
  const scanner = new LineScanner(text, options.lenient === true, body.includes(']:'), /[\t\0]|\r(?!\n)/.test(body));
  let number = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < bodyStart; i = text.indexOf('\n', i + 1)) number++;
  let start = bodyStart;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline;
    const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
    scanner.line(start, end, number);
    if (scanner.stopped) return { refusal: scanner.refusal! };
    if (newline === -1) break;
    start = newline + 1;
    number++;
  }
  const tasks = scanner.tasks.map((task) => ({ text: text.slice(task.textStart, task.end).trim(), done: task.done, line: task.line }));
  return { outline: { headings: scanner.headings, tasks }, ...(scanner.refusal ? { refusal: scanner.refusal } : {}) };
}
