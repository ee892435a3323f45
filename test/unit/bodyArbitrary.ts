// fast-check generators for goal-file bodies: realistic notes (prose with inline markup, task
// lists nested and continued, check-in sections with their labels, tables, fenced code, HTML
// comments, LF or CRLF) and adversarial ones (every construct that changes how a Markdown line
// reads: indentation, tabs, setext underlines, block quotes, HTML blocks, definitions, lazy lines).
import fc from 'fast-check';

const word = fc.constantFrom('demo', 'review', 'the', 'team', 'Sam', 'ledger', 'retry', '1:1', 'Q4', 'notes', 'plan', 'ok', 'v2', '87%', '(draft)', 'é', 'naïve', '漢字', '🚀', 'a.b', 'x-y', 'it’s', '"quoted"', 'A/B');
const inlineBit = fc.constantFrom('*emphasis*', '**bold**', '`code`', '[link](https://example.com)', 'https://example.com', '~~gone~~', '&amp;', '<b>b</b>', '\\*', 'a_b_c', '![img](x.png)');
const phrase = fc.array(word, { minLength: 1, maxLength: 7 }).map((words) => words.join(' '));
/** Prose as people write it: words with some inline markup after the first word. */
const prose = fc.tuple(phrase, fc.array(fc.oneof(phrase, inlineBit), { maxLength: 3 })).map(([first, rest]) => [first, ...rest].join(' '));
const isoDate = fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Blocks of realistic goal notes, each a list of lines. */
const realisticBlock: fc.Arbitrary<string[]> = fc.oneof(
  prose.map((line) => [line]),
  fc.array(prose, { minLength: 2, maxLength: 3 }),
  fc.array(fc.tuple(fc.constantFrom('- [ ] ', '- [x] ', '- [X] ', '* [ ] ', '1. [ ] ', '- '), phrase, fc.option(prose, { nil: undefined })), { minLength: 1, maxLength: 4 }).map((items) =>
    items.flatMap(([marker, text, more]) => [marker + text, ...(more === undefined ? [] : [' '.repeat(marker.indexOf(' ') + 1) + more])]),
  ),
  fc.tuple(phrase, fc.array(phrase, { minLength: 1, maxLength: 3 })).map(([parent, children]) => [`- ${parent}`, ...children.map((child, i) => `  - [${i % 2 ? 'x' : ' '}] ${child}`)]),
  fc.constantFrom('## Check-ins', '## Checkins', '# Check-in', '## Review', '## Retrospective', '## Notes', '#### Details', '## Quarter review').map((line) => [line]),
  isoDate.map((date) => [`### ${date}`]),
  fc.tuple(isoDate, phrase).map(([date, text]) => [`### ${date} ${text}`]),
  phrase.map((text) => [`### ${text}`]),
  fc.tuple(prose, prose, fc.constantFrom('0.7', '0.5', '1', 'high', '60%')).map(([progress, next, confidence]) => [`Progress: ${progress}`, `Next: ${next}`, `Confidence: ${confidence}`]),
  fc.tuple(phrase, phrase).map(([progress, next]) => [`- **Progress:** ${progress}`, `- **Next steps:** ${next}`]),
  fc.tuple(phrase, phrase).map(([a, b]) => ['| Milestone | When |', '| --- | :---: |', `| ${a} | ${b} |`]),
  fc.tuple(fc.constantFrom('```', '```ts', '~~~'), fc.constantFrom('## Check-ins', '- [ ] not a task', '### 2026-01-01', 'const x = 1;')).map(([fence, inside]) => [fence, inside, fence.slice(0, 3)]),
  fc.constantFrom('<!-- a note to self -->', '<!--\n## Hidden\n-->', '---', '***').map((lines) => lines.split('\n')),
);

export const realisticBody = fc
  .tuple(fc.array(realisticBlock, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([blocks, eol, finalNewline]) => blocks.map((lines) => lines.join(eol)).join(eol + eol) + (finalNewline ? eol : ''));

/** Lines that change how Markdown reads the lines around them, with the lines goal notes are made of. */
const trickyLine = fc.oneof(
  { weight: 3, arbitrary: prose },
  { weight: 3, arbitrary: fc.constantFrom('', '', ' ', '  ', '\t') },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '', ' ', '  ', '   ', '    ', '      ', '\t'),
        fc.constantFrom('- ', '* ', '+ ', '1. ', '2. ', '1) ', '10. ', '-  ', '-     ', '-', '*', '1.', '-\t'),
        fc.constantFrom('', '[ ] ', '[x] ', '[X] ', '[ ]  ', '[ ]', '[x]', '[ ]x ', '[]', '[-] '),
        fc.oneof(phrase, inlineBit, fc.constantFrom('', '# heading', '> quote', '```', '---', '***', '<div>', '| a |', '[a]: /x', 'www.example.com', 'me@example.com', 'https://x.y', '- nested', '1. nested')),
      )
      .map((parts) => parts.join('')),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom('', '', ' ', '   ', '    '), fc.constantFrom('#', '##', '###', '####', '#######', '#5'), fc.constantFrom(' ', '', '\t', '  '), fc.oneof(phrase, isoDate, fc.constantFrom('Check-ins', 'Review', 'Check-ins *now*', '2026-02-30', 'Review ##', '**Review**', '`Review`', 'Re&#118;iew', '\\## x', '')))
      .map((parts) => parts.join('')),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '```',
      '``` ts',
      '```a`b',
      '~~~',
      '````',
      '  ```',
      '<!--',
      '-->',
      '<!-- x -->',
      '<!-->',
      '<div>',
      '</div>',
      '<b>bold</b> text',
      '> quote',
      '> - [ ] quoted task',
      '===',
      '---',
      '- - -',
      '***',
      '___',
      '--',
      '-',
      '| a | b |',
      '|---|---|',
      '| - | :-: |',
      '---|---',
      'a | b',
      '|',
      '[a]: https://example.com',
      '[^1]: a footnote',
      '[link](x) and text',
      '&amp; entity',
      '\\- escaped',
      'Progress: moved on',
      'Next: more',
      'Confidence: 0.6',
      'Confidence: 1.5',
      '## Check-ins',
      '## Review',
      '### 2026-11-10',
      '### not a date',
      'text\rmore',
      '1986. A good year',
      '- [ ] #123 fix the build',
      '  - [ ] nested task',
      '<!---->',
      '  | a |',
      '| a \\| b |',
      '| `a|b` |',
      '[foo] and more',
      'foo]: bar',
    ),
  },
);

export const adversarialBody = fc.tuple(fc.array(trickyLine, { maxLength: 24 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));


/** Realistic notes with adversarial lines dropped in between: the tricky line next to the constructs it can change. */
export const mixedBody = fc
  .tuple(fc.array(fc.oneof(realisticBlock, trickyLine.map((line) => [line])), { maxLength: 16 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([blocks, eol, tight]) => blocks.map((lines) => lines.join(eol)).join(tight ? eol : eol + eol));
