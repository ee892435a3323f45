import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GoalIndex, syncIndex } from '../../src/core/goalIndex';
import type { FileReader } from '../../src/core/ports';
import { decodeFileBytes, firstInvalidUtf8Byte, hasCrLineEndings, parseGoalText } from '../../src/core/unsafeBytes';
import { decodeBytes } from '../../src/nodeFiles/nodeFileReader';

const goal = '---\nobjective: Learn tracing\nquarter: 2026-Q4\nkey_results:\n  - id: kr\n    title: Trace one request\n---\n';
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('firstInvalidUtf8Byte', () => {
  it('agrees with Node on any bytes, and everything before the offset is valid UTF-8', () => {
    // Bytes drawn from the interesting ranges: ASCII, continuations, every kind of lead byte.
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (values) => {
        const bytes = Uint8Array.from(values);
        const offset = firstInvalidUtf8Byte(bytes);
        expect(offset === -1).toBe(isUtf8(bytes));
        if (offset !== -1) expect(isUtf8(bytes.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('finds overlong forms, surrogates, code points past U+10FFFF and cut sequences', () => {
    expect(firstInvalidUtf8Byte(utf8('Grüße 目標 🚀'))).toBe(-1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0xe2, 0x82]))).toBe(1);
  });
});

describe('decodeFileBytes', () => {
  it('reports the first byte that is not UTF-8, with its offset in bytes and in the text', () => {
    const bytes = Buffer.concat([utf8('---\nobjective: Café '), latin1('Ol\u00e9')]);
    const decoded = decodeFileBytes(bytes);
    expect(decoded.unsafe).toEqual({ kind: 'invalid-utf8', byteOffset: bytes.length - 1, byte: 0xe9, textOffset: '---\nobjective: Café Ol'.length });
    expect(decoded.text.endsWith('Ol\uFFFD')).toBe(true);
  });

  it('keeps a UTF-8 byte order mark, and a literal U+FFFD is valid text', () => {
    expect(decodeFileBytes(utf8('\uFEFF---\nobjective: \uFFFD\n'))).toEqual({ text: '\uFEFF---\nobjective: \uFFFD\n' });
  });

  it('decodes UTF-16 by its byte order mark, both byte orders', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(goal, 'utf16le')]);
    expect(decodeFileBytes(le)).toEqual({ text: goal, unsafe: { kind: 'utf16', byteOrder: 'le' } });
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeFileBytes(be)).toEqual({ text: goal, unsafe: { kind: 'utf16', byteOrder: 'be' } });
  });

  it('gives the web host the same text and the same not-utf8 mark as the Node reader, on any bytes', () => {
    // decodeFileBytes is what the web worker host's reader (fileSystemReader) decodes with; decodeBytes the Node reader's.
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }), fc.constantFrom(0xef, 0xbb, 0xbf, 0xfe, 0xff));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), fc.boolean(), (values, complete) => {
        const bytes = Uint8Array.from(values);
        expect(decodeFileBytes(bytes, complete)).toEqual(decodeBytes(Buffer.from(bytes), complete));
      }),
      { numRuns: 20_000 },
    );
    const latin1File = Buffer.concat([utf8(goal), latin1('Caf\u00e9 notes.\n')]);
    const web = decodeFileBytes(Uint8Array.from(latin1File));
    expect(web.unsafe).toMatchObject({ kind: 'invalid-utf8', byteOffset: latin1File.indexOf(0xe9) });
    const node = decodeBytes(latin1File, true);
    const webDiagnostics = parseGoalText('goal.md', 'v1', web.text, web.unsafe).diagnostics;
    expect(webDiagnostics.map((diagnostic) => diagnostic.code)).toEqual(['not-utf8']);
    expect(webDiagnostics).toEqual(parseGoalText('goal.md', 'v1', node.text, node.unsafe).diagnostics);
  });

  it('does not blame a read that stopped inside a character', () => {
    expect(decodeFileBytes(utf8('Grüße').subarray(0, 3), false).unsafe).toBeUndefined();
  });
});

describe('hasCrLineEndings', () => {
  it('is true when the first line break is a CR alone', () => {
    expect(hasCrLineEndings('a\rb\r')).toBe(true);
    expect(hasCrLineEndings('a\rb\nc')).toBe(true);
    expect(hasCrLineEndings('a\r\nb\r\n')).toBe(false);
    expect(hasCrLineEndings('a\nb\rc')).toBe(false);
    expect(hasCrLineEndings('no breaks')).toBe(false);
  });
});

describe('parseGoalText', () => {
  it('keeps the objective of a file whose invalid byte is in the notes, read-only with not-utf8 at that byte', () => {
    const bytes = Buffer.concat([utf8(`${goal}Notes from the caf`), latin1('\u00e9'), utf8('.\n')]);
    const { text, unsafe } = decodeFileBytes(bytes);
    const file = parseGoalText('g.md', 'v1', text, unsafe);
    expect(file.objective?.title).toBe('Learn tracing');
    expect(file.unsafeBytes).toEqual(unsafe);
    expect(file.diagnostics).toEqual([
      {
        code: 'not-utf8',
        severity: 'error',
        message: expect.stringContaining(`Byte ${bytes.indexOf(0xe9)} (0xe9) is not valid UTF-8`),
        range: { start: text.indexOf('\uFFFD'), end: text.indexOf('\uFFFD') + 1, line: 8, column: 19 },
      },
    ]);
  });

  it('takes no objective from front-matter with an invalid byte: only the diagnostic', () => {
    const bytes = Buffer.concat([utf8('---\nobjective: Caf'), latin1('\u00e9'), utf8(goal.slice('---\nobjective: Learn tracing'.length))]);
    const { text, unsafe } = decodeFileBytes(bytes);
    const file = parseGoalText('g.md', 'v1', text, unsafe);
    expect(file.objective).toBeUndefined();
    expect(file.diagnostics.map((d) => [d.code, d.range.line, d.range.column])).toEqual([['not-utf8', 2, 15]]);
  });

  it('reads a UTF-16 goal file and a CR-only one, each with its diagnostic instead of ignoring it', () => {
    const utf16 = parseGoalText('u.md', 'v1', goal, { kind: 'utf16', byteOrder: 'le' });
    expect(utf16.objective?.keyResults.map((kr) => kr.id)).toEqual(['kr']);
    expect(utf16.diagnostics.map((d) => d.code)).toEqual(['not-utf8']);
    expect(utf16.diagnostics[0]?.message).toContain('UTF-16');

    const cr = parseGoalText('c.md', 'v1', goal.replace(/\n/g, '\r'));
    expect(cr.objective?.title).toBe('Learn tracing');
    expect(cr.objective?.keyResults[0]?.range.line).toBe(5);
    expect(cr.unsafeBytes).toEqual({ kind: 'cr-line-endings' });
    expect(cr.diagnostics.map((d) => [d.code, d.severity])).toEqual([['cr-line-endings', 'warning']]);
  });

  it('leaves plain Markdown in another encoding alone', () => {
    const { text, unsafe } = decodeFileBytes(Buffer.concat([utf8('# Caf'), latin1('\u00e9')]));
    expect(parseGoalText('n.md', 'v1', text, unsafe)).toEqual({ uri: 'n.md', version: 'v1', diagnostics: [] });
    expect(parseGoalText('n.md', 'v1', 'Plain\rlines\r')).toEqual({ uri: 'n.md', version: 'v1', diagnostics: [] });
  });

  it('reaches the index through the reader, and a text from the editor keeps what the disk said', async () => {
    const bytes = Buffer.concat([utf8(`${goal}caf`), latin1('\u00e9')]);
    const reader: FileReader = {
      readText: async () => '',
      stat: async () => ({ size: bytes.length, mtime: 1 }),
      readWithStat: async () => ({ ...decodeFileBytes(bytes), stat: { size: bytes.length, mtime: 1 } }),
    };
    const index = new GoalIndex(() => ({ body: { checkIns: [], tasks: [], hasReview: false }, diagnostics: [] }));
    await syncIndex(index, reader, ['g.md']);
    const fromDisk = index.get('g.md');
    expect(fromDisk?.diagnostics.map((d) => d.code)).toEqual(['not-utf8']);
    // The editor shows the same text; the disk is still not UTF-8 until the file is saved otherwise.
    const text = decodeFileBytes(bytes).text;
    expect(index.update('g.md', text).unsafeBytes?.kind).toBe('invalid-utf8');
    // Typed into, unsaved: an editor's text cannot tell about bytes, so it keeps what the disk said.
    expect(index.update('g.md', `${text}!`).unsafeBytes?.kind).toBe('invalid-utf8');
    // Saved as UTF-8 and read back: the disk now says the bytes are fine.
    expect(index.update('g.md', `${text}!`, '9:2::').unsafeBytes).toBeUndefined();
  });
});
