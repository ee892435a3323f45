import { describe, expect, it } from 'vitest';
import { careerFieldAt } from '../../../src/career/careerField';

/** The text with `|` marking the cursor. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  return careerFieldAt(marked.replace('|', ''), offset);
}

describe('careerFieldAt', () => {
  it('finds the id under the cursor in a flow list, a single value and a block list', () => {
    expect(at('---\nobjective: O\ncareer: [quality, comm|]\n---\n')).toEqual({ word: 'comm', start: 35, end: 39, present: ['quality'] });
    expect(at('---\nobjective: O\ncareer: [quality, |]\n---\n')).toMatchObject({ word: '', present: ['quality'] });
    expect(at('---\nobjective: O\ncareer: comu|nication\n---\n')).toMatchObject({ word: 'comunication', present: [] });
    expect(at('---\nobjective: O\ncareer:\n  - quality\n  - men|\nquarter: 2026-Q4\n---\n')).toMatchObject({ word: 'men', present: ['quality'] });
    expect(at('---\nobjective: O\ncareer:\n- quality\n- |\n---\n')).toMatchObject({ word: '', present: ['quality'] });
  });

  it('is undefined outside the career value', () => {
    expect(at('---\nobjective: O\ncar|eer: [a]\n---\n')).toBeUndefined();
    expect(at('---\nobjective: comm|\ncareer: [a]\n---\n')).toBeUndefined();
    expect(at('---\nobjective: O\nkey_results:\n  - id: a|\n---\n')).toBeUndefined();
    expect(at('---\nobjective: O\ncareer: [a]\n---\ncareer: [b|]\n')).toBeUndefined();
    expect(at('---\nobjective: O\ncareer: [a] # comm|\n---\n')).toBeUndefined();
    expect(at('no front-matter career: [a|]')).toBeUndefined();
  });
});
