// fast-check generators for valid goal files with the formatting variety real users
// produce: shuffled keys, comments, three quoting styles, blank lines, 2- or 4-space
// indentation, block and flow key results, LF or CRLF, a BOM, unicode, and Markdown bodies
// with and without check-ins (plus fenced code that only looks like sections).

import fc from 'fast-check';
import { stringify } from 'yaml';

export type Quote = 'plain' | 'single' | 'double';
export type Eol = '\n' | '\r\n';

export interface GeneratedKeyResult {
  readonly id: string;
}

export interface GeneratedGoal {
  readonly text: string;
  readonly eol: Eol;
  readonly ids: readonly string[];
  /** Every comment written, each a unique marker such as `c7`. */
  readonly comments: readonly string[];
  /** The comment on the `quarter:` line, which unscheduling removes along with the line. */
  readonly quarterComment?: string;
  readonly body: string;
  /** The check-in dates already in the body, in file order. */
  readonly checkInDates: readonly string[];
}

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Characters that make YAML quoting interesting, and unicode from several planes. */
const titleChars = [...letters, ...'0123456789', ' ', ' ', ' ', ...":#*'\"-,[]{}&!|>%@?`~=+/\\.()", 'é', 'ü', 'ß', '漢', '字', 'Ж', 'ω', '🚀', '✓'];

export const titleArbitrary = fc
  .string({ unit: fc.constantFrom(...titleChars), minLength: 1, maxLength: 40 })
  .filter((text) => text.trim().length > 0);

export const idArbitrary = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'), maxLength: 12 }))
  .map(([first, rest]) => first + rest);

const quoteArbitrary = fc.constantFrom<Quote>('plain', 'single', 'double');

function scalar(value: string, quote: Quote, inFlow = false): string {
  const style = quote === 'single' ? 'QUOTE_SINGLE' : quote === 'double' || (inFlow && /[,[\]{}:#]/.test(value)) ? 'QUOTE_DOUBLE' : 'PLAIN';
  const source = stringify(value, { lineWidth: 0, blockQuote: false, defaultStringType: style, singleQuote: style === 'QUOTE_SINGLE' ? true : null }).replace(/\n$/, '');
  // A plain scalar in a flow mapping must not contain flow indicators even if yaml left it plain.
  return inFlow && !/^["']/.test(source) && /[,[\]{}:#]/.test(source) ? JSON.stringify(value) : source;
}

interface KeyResultModel {
  readonly id: string;
  readonly title: string;
  readonly titleQuote: Quote;
  readonly status?: { readonly value: string; readonly quote: Quote };
  readonly target?: number;
  readonly current?: number;
  readonly grade?: number;
  /** A block scalar note, rendered near the end when present: new keys must not cut into it. */
  readonly notes?: string;
  /** A nested block list, rendered last when present: new keys go after it, at the item's indent. */
  readonly links?: readonly string[];
  readonly idFirst: boolean;
  readonly order: readonly number[];
  readonly flow: boolean;
  readonly dashOwnLine: boolean;
  readonly comments: readonly boolean[];
  readonly blankAfter: boolean;
}

const gradeArbitrary = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);

const keyResultModel = (id: string): fc.Arbitrary<KeyResultModel> =>
  fc.record(
    {
      id: fc.constant(id),
      title: titleArbitrary,
      titleQuote: quoteArbitrary,
      status: fc.option(fc.record({ value: fc.constantFrom('todo', 'doing', 'done', 'dropped'), quote: quoteArbitrary }), { nil: undefined }),
      target: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      current: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      grade: fc.option(gradeArbitrary, { nil: undefined }),
      notes: fc.option(fc.constantFrom('line one', 'first\nsecond'), { nil: undefined, freq: 6 }),
      links: fc.option(fc.array(fc.constantFrom('https://example.com/a', 'doc: design', 'ticket #12'), { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 6 }),
      idFirst: fc.boolean(),
      order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
      flow: fc.boolean(),
      dashOwnLine: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      comments: fc.array(fc.integer({ min: 0, max: 3 }).map((n) => n === 0), { minLength: 8, maxLength: 8 }),
      blankAfter: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    },
  );

type RootKey = 'objective' | 'quarter' | 'status' | 'career' | 'theme' | 'commitment' | 'key_results';

interface GoalModel {
  readonly eol: Eol;
  readonly bom: boolean;
  readonly indent: 2 | 4;
  /** Dash column of list items relative to their key: `key:\n- a` (0) or indented. */
  readonly dashIndented: boolean;
  /** Gap after `-` is one space, or enough to put keys one indent in. */
  readonly wideDash: boolean;
  readonly objective: string;
  readonly objectiveQuote: Quote;
  readonly objectiveStyle: 'line' | 'multiline' | 'folded';
  readonly quarter?: { readonly value: string; readonly quote: Quote };
  readonly status?: { readonly value: string; readonly quote: Quote };
  readonly career?: { readonly values: readonly string[]; readonly flow: boolean };
  readonly theme?: { readonly value: string; readonly quote: Quote };
  readonly commitment?: string;
  readonly keyResults: readonly KeyResultModel[];
  /** How a file without key results says so. */
  readonly emptyKeyResults: 'absent' | 'null' | 'tilde' | 'flow';
  readonly flowList: boolean;
  readonly order: readonly RootKey[];
  readonly comments: readonly boolean[];
  readonly blankLines: readonly boolean[];
  readonly body: GeneratedBody;
}

const quarterValue = fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 4 })).map(([year, q]) => `${year}-Q${q}`);

const uniqueIds = fc.uniqueArray(idArbitrary, { maxLength: 4 });

const goalModel: fc.Arbitrary<GoalModel> = fc
  .tuple(uniqueIds, fc.constantFrom<Eol>('\n', '\r\n'))
  .chain(([ids, eol]) =>
    fc.record(
      {
        eol: fc.constant(eol),
        bom: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
        indent: fc.constantFrom<2 | 4>(2, 4),
        dashIndented: fc.boolean(),
        wideDash: fc.boolean(),
        objective: titleArbitrary,
        objectiveQuote: quoteArbitrary,
        objectiveStyle: fc.constantFrom<'line' | 'multiline' | 'folded'>('line', 'line', 'line', 'multiline', 'folded'),
        quarter: fc.option(fc.record({ value: quarterValue, quote: quoteArbitrary }), { nil: undefined }),
        status: fc.option(fc.record({ value: fc.constantFrom('backlog', 'active', 'done', 'dropped'), quote: quoteArbitrary }), { nil: undefined }),
        career: fc.option(fc.record({ values: fc.array(fc.constantFrom('communication', 'leadership', 'craft'), { minLength: 1, maxLength: 3 }), flow: fc.boolean() }), {
          nil: undefined,
        }),
        theme: fc.option(fc.record({ value: titleArbitrary, quote: quoteArbitrary }), { nil: undefined }),
        commitment: fc.option(fc.constantFrom('committed', 'aspirational'), { nil: undefined }),
        keyResults: fc.tuple(...ids.map(keyResultModel)),
        emptyKeyResults: fc.constantFrom<'absent' | 'null' | 'tilde' | 'flow'>('absent', 'null', 'tilde', 'flow'),
        flowList: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
        order: fc.shuffledSubarray<RootKey>(['objective', 'quarter', 'status', 'career', 'theme', 'commitment', 'key_results'], { minLength: 7, maxLength: 7 }),
        comments: fc.array(fc.integer({ min: 0, max: 3 }).map((n) => n === 0), { minLength: 16, maxLength: 16 }),
        blankLines: fc.array(fc.integer({ min: 0, max: 4 }).map((n) => n === 0), { minLength: 8, maxLength: 8 }),
        body: bodyArbitrary(eol),
      },
    ),
  );

class Writer {
  readonly lines: string[] = [];
  readonly comments: string[] = [];
  quarterComment: string | undefined;
  private next = 0;

  comment(): string {
    const marker = `c${this.next++}`;
    this.comments.push(marker);
    return marker;
  }
}

function renderKeyResultFlow(kr: KeyResultModel): string {
  const parts = keyResultPairs(kr, true).map(([key, value]) => `${key}: ${value}`);
  return `{${parts.join(', ')}}`;
}

function keyResultPairs(kr: KeyResultModel, inFlow: boolean): [string, string][] {
  const optional: [string, string][] = [];
  const candidates: ([string, string] | undefined)[] = [
    ['title', scalar(kr.title, kr.titleQuote, inFlow)],
    kr.status ? ['status', scalar(kr.status.value, kr.status.quote, inFlow)] : undefined,
    kr.target !== undefined ? ['target', String(kr.target)] : undefined,
    kr.current !== undefined ? ['current', String(kr.current)] : undefined,
    kr.grade !== undefined ? ['grade', String(kr.grade)] : undefined,
    undefined,
  ];
  for (const index of kr.order) {
    const pair = candidates[index];
    if (pair) optional.push(pair);
  }
  const id: [string, string] = ['id', scalar(kr.id, 'plain', inFlow)];
  return kr.idFirst ? [id, ...optional] : [...optional.slice(0, 1), id, ...optional.slice(1)];
}

function renderKeyResults(model: GoalModel, out: Writer, keyColumn: number): void {
  const pad = (n: number) => ' '.repeat(n);
  const dashColumn = keyColumn + (model.dashIndented ? model.indent : 0);
  const gap = model.wideDash ? model.indent - 1 : 1;
  const itemKeyColumn = dashColumn + 1 + gap;
  let commentIndex = 0;
  const maybeComment = (kr: KeyResultModel): string => (kr.comments[commentIndex++ % kr.comments.length] ? ` # ${out.comment()}` : '');
  for (const kr of model.keyResults) {
    commentIndex = 0;
    if (kr.flow) {
      out.lines.push(`${pad(dashColumn)}-${pad(gap)}${renderKeyResultFlow(kr)}${maybeComment(kr)}`);
    } else {
      const pairs = keyResultPairs(kr, false);
      const ownLine = kr.dashOwnLine;
      const keyColumnHere = ownLine ? dashColumn + model.indent : itemKeyColumn;
      if (ownLine) out.lines.push(`${pad(dashColumn)}-`);
      pairs.forEach(([key, value], index) => {
        if (index > 0 && kr.comments[7]) out.lines.push(`${pad(keyColumnHere)}# ${out.comment()}`);
        const prefix = index === 0 && !ownLine ? `${pad(dashColumn)}-${pad(gap)}` : pad(keyColumnHere);
        out.lines.push(`${prefix}${key}: ${value}${maybeComment(kr)}`);
      });
      if (kr.notes !== undefined) {
        out.lines.push(`${pad(keyColumnHere)}notes: |`);
        for (const line of kr.notes.split('\n')) out.lines.push(`${pad(keyColumnHere + model.indent)}${line}`);
      }
      if (kr.links !== undefined) {
        out.lines.push(`${pad(keyColumnHere)}links:`);
        for (const link of kr.links) out.lines.push(`${pad(keyColumnHere + (model.dashIndented ? model.indent : 0))}- ${scalar(link, 'plain')}`);
      }
    }
    if (kr.blankAfter) out.lines.push('');
  }
}

function renderGoal(model: GoalModel): GeneratedGoal {
  const out = new Writer();
  const pad = (n: number) => ' '.repeat(n);
  let commentIndex = 0;
  const maybeComment = (): string => (model.comments[commentIndex++ % model.comments.length] ? `  # ${out.comment()}` : '');
  let blankIndex = 0;
  for (const key of model.order) {
    if (model.blankLines[blankIndex++ % model.blankLines.length]) out.lines.push('');
    if (model.comments[(commentIndex + 7) % model.comments.length]) out.lines.push(`# ${out.comment()}`);
    switch (key) {
      case 'objective':
        if (model.objectiveStyle === 'folded') {
          out.lines.push(`objective: >${maybeComment()}`, `${pad(model.indent)}${model.objective.trim().replace(/\s+/g, ' ')}`, `${pad(model.indent)}and more`);
        } else if (model.objectiveStyle === 'multiline') {
          // A plain scalar continued on an indented line; quoting would end it on the first line.
          const words = model.objective.replace(/[^A-Za-z0-9 ]/g, '').trim() || 'Goal';
          out.lines.push(`objective: ${words}`, `${pad(model.indent)}continued${maybeComment()}`);
        } else {
          out.lines.push(`objective: ${scalar(model.objective, model.objectiveQuote)}${maybeComment()}`);
        }
        break;
      case 'quarter':
        if (model.quarter) {
          const comment = maybeComment();
          if (comment) out.quarterComment = out.comments[out.comments.length - 1];
          out.lines.push(`quarter: ${scalar(model.quarter.value, model.quarter.quote)}${comment}`);
        }
        break;
      case 'status':
        if (model.status) out.lines.push(`status: ${scalar(model.status.value, model.status.quote)}${maybeComment()}`);
        break;
      case 'career':
        if (model.career?.flow) out.lines.push(`career: [${model.career.values.join(', ')}]${maybeComment()}`);
        else if (model.career) {
          out.lines.push(`career:${maybeComment()}`);
          const dash = model.dashIndented ? model.indent : 0;
          for (const value of model.career.values) out.lines.push(`${pad(dash)}- ${value}`);
        }
        break;
      case 'theme':
        if (model.theme) out.lines.push(`theme: ${scalar(model.theme.value, model.theme.quote)}${maybeComment()}`);
        break;
      case 'commitment':
        if (model.commitment) out.lines.push(`commitment: ${model.commitment}${maybeComment()}`);
        break;
      case 'key_results':
        if (model.keyResults.length === 0) {
          if (model.emptyKeyResults === 'null') out.lines.push(`key_results:${maybeComment()}`);
          else if (model.emptyKeyResults === 'tilde') out.lines.push(`key_results: ~${maybeComment()}`);
          else if (model.emptyKeyResults === 'flow') out.lines.push(`key_results: []${maybeComment()}`);
        } else if (model.flowList) {
          out.lines.push(`key_results: [${model.keyResults.map(renderKeyResultFlow).join(', ')}]${maybeComment()}`);
        } else {
          out.lines.push(`key_results:${maybeComment()}`);
          renderKeyResults(model, out, 0);
        }
        break;
    }
  }
  const eol = model.eol;
  const frontMatter = `${model.bom ? '\uFEFF' : ''}---${eol}${out.lines.map((line) => line + eol).join('')}---`;
  const body = model.body.text;
  const text = body === '' && model.body.fenceEol === false ? frontMatter : `${frontMatter}${eol}${body}`;
  return {
    text,
    eol,
    ids: model.keyResults.map((kr) => kr.id),
    comments: out.comments,
    ...(out.quarterComment ? { quarterComment: out.quarterComment } : {}),
    body,
    checkInDates: model.body.checkInDates,
  };
}

// ---- Markdown bodies ----

export interface GeneratedBody {
  readonly text: string;
  readonly checkInDates: readonly string[];
  /** Whether the closing fence has a line break when the body is empty. */
  readonly fenceEol: boolean;
}

const bodyChars = [...letters, ...'0123456789', ' ', ' ', ...'.,:;!?#()[]/-', 'é', '漢', '🚀'];
const lineText = fc.tuple(fc.constantFrom(...letters), fc.string({ unit: fc.constantFrom(...bodyChars), maxLength: 30 })).map(([first, rest]) => (first + rest).trimEnd());

export const dateArbitrary = fc
  .tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

type Block = (eol: Eol) => string;

const blockArbitrary: fc.Arbitrary<Block> = fc.oneof(
  fc.array(lineText, { minLength: 1, maxLength: 3 }).map((lines) => (eol: Eol) => lines.join(eol)),
  // Fenced code that only looks like the sections an edit searches for.
  fc.constantFrom('## Check-ins', '## Review', '### 2026-01-01', '# Check-ins').map((trap) => (eol: Eol) => ['```md', trap, 'Progress: not real', '```'].join(eol)),
  fc.array(lineText, { minLength: 1, maxLength: 3 }).map((items) => (eol: Eol) => items.map((item, i) => `- [${i % 2 ? 'x' : ' '}] ${item}`).join(eol)),
  fc.constant((_eol: Eol) => '***'),
  fc.constant((_eol: Eol) => '### Notes'),
  lineText.map((line) => (_eol: Eol) => `> ${line}`),
);

const checkInEntry = (date: string) =>
  fc
    .record({
      progress: lineText,
      next: fc.option(lineText, { nil: undefined }),
      confidence: fc.option(fc.integer({ min: 0, max: 10 }).map((n) => n / 10), { nil: undefined }),
      blank: fc.boolean(),
    })
    .map(({ progress, next, confidence, blank }) => (eol: Eol) => {
      const lines = [`### ${date}`, ...(blank ? [''] : []), `Progress: ${progress}`];
      if (next !== undefined) lines.push(`Next: ${next}`);
      if (confidence !== undefined) lines.push(`Confidence: ${confidence}`);
      return lines.join(eol);
    });

const checkInsSection = fc
  .uniqueArray(dateArbitrary, { maxLength: 3 })
  .map((dates) => [...dates].sort())
  .chain((dates) =>
    fc.record({
      dates: fc.constant(dates),
      heading: fc.constantFrom('## Check-ins', '## Check-ins', '## check-ins', '## Checkins'),
      entries: fc.tuple(...dates.map(checkInEntry)),
      trailing: fc.array(blockArbitrary, { maxLength: 1 }),
    }),
  );

const bodyArbitrary = (eol: Eol): fc.Arbitrary<GeneratedBody> =>
  fc
    .record({
      intro: fc.array(blockArbitrary, { maxLength: 3 }),
      checkIns: fc.option(checkInsSection, { nil: undefined }),
      review: fc.option(fc.array(blockArbitrary, { maxLength: 2 }), { nil: undefined }),
      notes: fc.option(fc.array(blockArbitrary, { maxLength: 2 }), { nil: undefined }),
      reviewFirst: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      separator: fc.constantFrom(1, 1, 2),
      finalEol: fc.boolean(),
      fenceEol: fc.boolean(),
    })
    .map(({ intro, checkIns, review, notes, reviewFirst, separator, finalEol, fenceEol }) => {
      const blocks: string[] = intro.map((block) => block(eol));
      if (notes) blocks.push('## Notes', ...notes.map((block) => block(eol)));
      const checkInBlocks = checkIns ? [checkIns.heading, ...checkIns.entries.map((entry) => entry(eol)), ...checkIns.trailing.map((block) => block(eol))] : [];
      const reviewBlocks = review ? ['## Review', ...review.map((block) => block(eol))] : [];
      if (reviewFirst) blocks.push(...reviewBlocks, ...checkInBlocks);
      else blocks.push(...checkInBlocks, ...reviewBlocks);
      const joined = blocks.join(eol.repeat(separator + 1));
      const text = joined === '' ? '' : finalEol ? joined + eol : joined;
      return { text, checkInDates: checkIns?.dates ?? [], fenceEol };
    });

export const goalFileArbitrary: fc.Arbitrary<GeneratedGoal> = goalModel.map(renderGoal);
