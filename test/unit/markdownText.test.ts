import { describe, expect, it } from 'vitest';
import { markdownInlineText, markdownParagraphs, markdownText } from '../../src/core/markdownText';

describe('the user’s text in generated Markdown', () => {
  it('keeps one line, drops control characters and escapes markup, links and HTML', () => {
    expect(markdownText('Ship <img src=x onerror=alert(1)>\nnow')).toBe('Ship \\<img src=x onerror=alert(1)\\> now');
    expect(markdownText('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(markdownText('a\u0007b\u001b[31mred\u009b')).toBe('ab\\[31mred');
    expect(markdownText('**bold** _it_ `code` a|b ~x~ &amp;')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` a\\|b \\~x\\~ \\&amp;');
  });

  it('keeps paragraphs, and a line cannot start a heading, a quote, a list or a fence', () => {
    expect(markdownParagraphs('# Not a heading\n> not a quote\n- not a list\n1. nor this\n\n\n\nSecond paragraph')).toBe(
      '\\# Not a heading\n\\> not a quote\n\\- not a list\n1\\. nor this\n\nSecond paragraph',
    );
    expect(markdownParagraphs('```js\n===')).toBe('\\`\\`\\`js\n\\===');
  });

  it('escapes every markup start, theme icons and line breaks in tooltips', () => {
    expect(markdownInlineText('a *b* [c](d) $(e) <f>\n# g')).toBe('a \\*b\\* \\[c\\]\\(d\\) \\$\\(e\\) \\<f\\> \\# g');
    expect(markdownInlineText('plain words')).toBe('plain words');
    expect(markdownInlineText('bell\u0007 esc\u001b[31m')).toBe('bell esc\\[31m');
  });
});
