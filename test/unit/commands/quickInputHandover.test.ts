import { describe, expect, it } from 'vitest';
import { QuickInputHandover } from '../../../src/commands/quickInputHandover';

function input(log: string[], name: string) {
  return { dispose: () => log.push(`${name} gone`) };
}

describe('handing the keyboard from one question to the next', () => {
  it('keeps an answered question up until the next one is shown, then lets it go once', () => {
    const log: string[] = [];
    const handover = new QuickInputHandover();
    handover.keep(input(log, 'key result'));
    expect(log).toEqual([]);
    log.push('grade shown');
    handover.shown();
    handover.dispose();
    expect(log).toEqual(['grade shown', 'key result gone']);
  });

  it('lets a kept question go when the command ends without another one, and when a later one is kept', () => {
    const log: string[] = [];
    const handover = new QuickInputHandover();
    handover.keep(input(log, 'first'));
    handover.keep(input(log, 'second'));
    expect(log).toEqual(['first gone']);
    handover.dispose();
    expect(log).toEqual(['first gone', 'second gone']);
    handover.shown();
    expect(log).toEqual(['first gone', 'second gone']);
  });
});
