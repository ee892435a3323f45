import { describe, expect, it } from 'vitest';
import { replaceCareerId } from '../../../src/core/edits/replaceCareerId';
import { applyTextEdits } from '../../../src/core/textEdit';
import { careerIdLocations } from '../../../src/core/careerIdLocations';
import { closestMatches } from '../../../src/core/closestMatches';

const apply = (text: string, from: string, to: string): string => {
  const result = replaceCareerId(text, { from, to });
  if (!result.ok) throw new Error(result.message);
  return applyTextEdits(text, result.edits);
};

describe('replaceCareerId', () => {
  it('changes exactly that id in a flow list, a block list, quoted or alone', () => {
    expect(apply('---\nobjective: O\ncareer: [quality, comunication]  # mine\n---\nbody comunication\n', 'comunication', 'communication')).toBe('---\nobjective: O\ncareer: [quality, communication]  # mine\n---\nbody comunication\n');
    expect(apply('---\nobjective: O\ncareer:\n  - "comunication"\n  - quality\n---\n', 'comunication', 'communication')).toBe('---\nobjective: O\ncareer:\n  - "communication"\n  - quality\n---\n');
    expect(apply('---\nobjective: O\ncareer: comunication\n---\n', 'comunication', 'communication')).toBe('---\nobjective: O\ncareer: communication\n---\n');
    expect(apply('---\nobjective: comunication\ncareer: [comunication-x, comunication]\n---\n', 'comunication', 'communication')).toBe('---\nobjective: comunication\ncareer: [comunication-x, communication]\n---\n');
  });

  it('refuses unknown ids, bad replacements and broken files', () => {
    expect(replaceCareerId('---\nobjective: O\ncareer: [a]\n---\n', { from: 'b', to: 'c' }).ok).toBe(false);
    expect(replaceCareerId('---\nobjective: O\ncareer: [a]\n---\n', { from: 'a', to: 'x y' }).ok).toBe(false);
    expect(replaceCareerId('---\nobjective: O\ncareer: [a\n---\n', { from: 'a', to: 'b' }).ok).toBe(false);
  });
});

describe('careerIdLocations and closestMatches', () => {
  it('finds each id where it is written', () => {
    const text = '---\nobjective: O\ncareer: [quality, "comunication"]\n---\n';
    const range = careerIdLocations(text).get('comunication');
    expect(range && text.slice(range.start, range.end)).toBe('"comunication"');
    expect(range?.line).toBe(3);
  });

  it('suggests the nearest ids first', () => {
    expect(closestMatches('comunication', ['quality', 'communication', 'collaboration'])).toEqual(['communication']);
    expect(closestMatches('mentorng', ['monitoring', 'mentoring'])).toEqual(['mentoring']);
    expect(closestMatches('plan', ['plans', 'planning', 'plant'])).toEqual(['plans', 'plant', 'planning']);
    expect(closestMatches('tech', ['technical-ownership', 'quality'])).toEqual(['technical-ownership']);
    expect(closestMatches('zzz', ['quality'])).toEqual([]);
  });
});
