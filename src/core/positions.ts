import type { SourceRange } from './model.js';

/**
 * Maps character offsets to 1-based line and column. Built once per parse over the part of
 * the text that is actually looked at, so a huge body never costs a full line table.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string, upTo: number = text.length) {
    const end = Math.min(upTo, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - (this.lineStarts[line] ?? 0) + 1 };
  }

  /** 0-based line of an offset. */
  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  range(start: number, end: number): SourceRange {
    // One literal, not a spread of position(): this runs for every range the index keeps.
    const line = this.lineOf(start);
    return { start, end, line: line + 1, column: start - (this.lineStarts[line] ?? 0) + 1 };
  }
}
