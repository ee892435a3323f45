import { describe, expect, it } from 'vitest';
import { validateProgress } from '../../../src/commands/checkInInput';

describe('check-in input', () => {
  it('requires some progress text', () => {
    expect(validateProgress('Gave the demo')).toBeUndefined();
    expect(validateProgress('   ')).toMatch(/Write what moved/);
  });
});
