import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boardStrings } from '../../src/board/boardStrings';
import { boardStringKeys, fillText, parseBoardStrings, parseReviewStrings, reviewStringKeys } from '../../src/protocol/webviewStrings';
import { reviewStrings } from '../../src/review/reviewStrings';


describe('webview strings', () => {
  it('has the host fill every key of each record, and only those', () => {
    expect(Object.keys(boardStrings()).sort()).toEqual([...boardStringKeys].sort());
    expect(Object.keys(reviewStrings()).sort()).toEqual([...reviewStringKeys].sort());
  });

  it('has every text in the exported bundle, so a translation can reach the webviews', () => {
    const bundle = JSON.parse(readFileSync(new URL('../../l10n/bundle.l10n.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    for (const text of [...Object.values(boardStrings()), ...Object.values(reviewStrings())]) expect(bundle, text).toHaveProperty([text]);
  });

  it('accepts exactly a record of texts', () => {
    const board = boardStrings();
    expect(parseBoardStrings(board)).toEqual(board);
    expect(parseReviewStrings(reviewStrings())).toBeDefined();
    const missing: Partial<Record<keyof typeof board, string>> = { ...board };
    delete missing.loading;
    for (const bad of [missing, { ...board, extra: 'x' }, { ...board, loading: 1 }, { ...board, loading: 'x'.repeat(1001) }, Object.create({ ...board }), 'text', null, [board]]) {
      expect(parseBoardStrings(bad)).toBeUndefined();
    }
    // A review record is not a board record.
    expect(parseBoardStrings(reviewStrings())).toBeUndefined();
  });

  it('fills {0}, {1}… in one pass and leaves what has no argument', () => {
    expect(fillText('Moved {0} to {1}.', ['a card', 'Done'])).toBe('Moved a card to Done.');
    expect(fillText('{1} before {0}', ['x', 'y'])).toBe('y before x');
    expect(fillText('Showing {0}.', ['{1}', 'never'])).toBe('Showing {1}.');
    expect(fillText('{0} and {2}', ['a'])).toBe('a and {2}');
    expect(fillText('Keeps {0} with no arguments', [])).toBe('Keeps {0} with no arguments');
    expect(fillText('{0}d', [0])).toBe('0d');
  });
});
