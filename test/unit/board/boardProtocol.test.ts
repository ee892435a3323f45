import { describe, expect, it } from 'vitest';
import { parseWebviewMessage } from '../../../src/protocol/boardProtocol';
import { isWebviewGrade } from '../../../src/protocol/messageShape';

describe('parseWebviewMessage', () => {
  it('accepts each well-formed message', () => {
    const valid = [
      { type: 'ready' },
      { type: 'ready', quarter: '2025-Q3' },
      { type: 'ready', quarter: 'all' },
      { type: 'ready', quarter: 'backlog' },
      { type: 'firstCardsShown' },
      { type: 'moveCard', requestId: 1, cardId: 'c12', status: 'done' },
      { type: 'setGrade', requestId: 0, cardId: 'c1', grade: 0.7 },
      { type: 'setGrade', requestId: 2, cardId: 'c1', grade: 1 },
      { type: 'clearGrade', requestId: 3, cardId: 'c1' },
      { type: 'openCard', cardId: 'c3' },
      { type: 'openCommits', cardId: 'c3' },
      { type: 'addCheckIn', objectiveId: 'o4' },
      { type: 'addKeyResult', objectiveId: 'o5' },
      { type: 'setStoryDone', requestId: 3, storyId: 's7', done: true },
    ];
    for (const message of valid) expect(parseWebviewMessage(message)).toEqual({ ok: true, message });
  });

  it('refuses paths, URIs and anything that is not an id it handed out', () => {
    const hostile = [
      { type: 'openCard', cardId: '/etc/passwd' },
      { type: 'openCard', cardId: 'file:///home/me/goals/a.md' },
      { type: 'openCard', cardId: 'c0' },
      { type: 'openCard', cardId: 'c-1' },
      { type: 'openCard', cardId: 'c1 ' },
      { type: 'openCard', cardId: 'o1' },
      { type: 'openCard', cardId: 12 },
      { type: 'openCommits', cardId: 'o1' },
      { type: 'addCheckIn', objectiveId: '../../x.md' },
      { type: 'addCheckIn', objectiveId: 'c1' },
      { type: 'addKeyResult', objectiveId: '/etc/passwd' },
      { type: 'addKeyResult', objectiveId: 'o1', extra: true },
      { type: 'setStoryDone', requestId: 3, storyId: 'c7', done: true },
      { type: 'setStoryDone', requestId: 3, storyId: 's7', done: 'true' },
      { type: 'setStoryDone', storyId: 's7', done: true },
      { type: 'setStoryDone', requestId: 3, storyId: 's7', done: true, line: 12 },
      { type: 'moveCard', requestId: 1, cardId: 'c1', status: 'archived' },
      { type: 'moveCard', requestId: -1, cardId: 'c1', status: 'done' },
      { type: 'moveCard', requestId: 1.5, cardId: 'c1', status: 'done' },
      { type: 'moveCard', cardId: 'c1', status: 'done' },
      { type: 'moveCard', requestId: 1, cardId: 'c1', status: 'done', uri: 'file:///x.md' },
      { type: 'setGrade', requestId: 1, cardId: 'c1', grade: 1.1 },
      { type: 'setGrade', requestId: 1, cardId: 'c1', grade: -0.1 },
      { type: 'setGrade', requestId: 1, cardId: 'c1', grade: 0.75 },
      { type: 'setGrade', requestId: 1, cardId: 'c1', grade: Number.NaN },
      { type: 'setGrade', requestId: 1, cardId: 'c1', grade: '0.7' },
      { type: 'clearGrade', requestId: 1, cardId: 'c1', grade: 0 },
      { type: 'clearGrade', cardId: 'c1' },
      { type: 'clearGrade', requestId: 1, cardId: '../a.md' },
      { type: 'ready', extra: true },
      { type: 'ready', quarter: '2025-Q5' },
      { type: 'ready', quarter: '../../2025-Q3' },
      { type: 'ready', quarter: 2025 },
      { type: 'firstCardsShown', cards: 3 },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: { toString: () => 'ready' } },
      null,
      undefined,
      'ready',
      ['ready'],
      42,
    ];
    for (const message of hostile) {
      const parsed = parseWebviewMessage(message);
      expect(parsed.ok, JSON.stringify(message)).toBe(false);
    }
  });

  it('ignores prototype tricks', () => {
    const sneaky = JSON.parse('{"type":"openCard","cardId":"c1","__proto__":{"admin":true}}');
    expect(parseWebviewMessage(sneaky).ok).toBe(false);
    const inherited = Object.create({ cardId: 'c1' }) as Record<string, unknown>;
    inherited.type = 'openCard';
    expect(parseWebviewMessage(inherited).ok).toBe(false);
  });

  it('gives a reason that can be logged without echoing large input', () => {
    const parsed = parseWebviewMessage({ type: 'x'.repeat(10_000) });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason.length).toBeLessThan(100);
  });
});

describe('isWebviewGrade', () => {
  it('takes 0.0 to 1.0 in steps of 0.1, with float noise', () => {
    for (let tenths = 0; tenths <= 10; tenths++) expect(isWebviewGrade(tenths / 10)).toBe(true);
    expect(isWebviewGrade(0.1 + 0.2)).toBe(true);
    expect(isWebviewGrade(0.05)).toBe(false);
    expect(isWebviewGrade(Infinity)).toBe(false);
  });
});
