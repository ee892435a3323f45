import { describe, expect, it } from 'vitest';
import { measurabilityOf } from '../../../src/core/hints/measurability';
import { freshCorpus, heldOutCorpus, tuningCorpus, type LabelledTitle } from './measurabilityCorpus';

/** The hint fires on a vague title: "positive" means flagged as having nothing to measure. */
function score(corpus: readonly LabelledTitle[]) {
  let truePositives = 0;
  let falseAlarms = 0;
  let misses = 0;
  let trueNegatives = 0;
  const wrong: string[] = [];
  for (const [title, measurable] of corpus) {
    const flagged = !measurabilityOf(title).measurable;
    if (flagged && !measurable) truePositives++;
    else if (flagged) {
      falseAlarms++;
      wrong.push(`false alarm: ${title}`);
    } else if (!measurable) {
      misses++;
      wrong.push(`missed: ${title}`);
    } else trueNegatives++;
  }
  const precision = truePositives / (truePositives + falseAlarms);
  const recall = truePositives / (truePositives + misses);
  const accuracy = (truePositives + trueNegatives) / corpus.length;
  return { size: corpus.length, precision, recall, accuracy, falseAlarms, misses, wrong };
}

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

describe('no-measurable-target: the labelled corpus', () => {
  const sets = { tuning: tuningCorpus, 'held-out': heldOutCorpus, fresh: freshCorpus, all: [...tuningCorpus, ...heldOutCorpus, ...freshCorpus] };
  const results = Object.fromEntries(Object.entries(sets).map(([name, corpus]) => [name, score(corpus)]));
  for (const [name, result] of Object.entries(results)) {
    console.log(
      `measurability ${name}: ${result.size} titles, precision ${percent(result.precision)}, recall ${percent(result.recall)}, accuracy ${percent(result.accuracy)}, ${result.falseAlarms} false alarms, ${result.misses} misses${result.wrong.length ? `\n  ${result.wrong.join('\n  ')}` : ''}`,
    );
  }

  it('holds at least 150 distinct titles of each kind together', () => {
    const all = sets.all.map(([title]) => title);
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all).size).toBe(all.length);
    expect(sets.all.filter(([, measurable]) => !measurable).length).toBeGreaterThan(100);
  });

  it('is at least 90 % accurate over the whole corpus, with false alarms on at most 2 % of measurable titles', () => {
    const all = results.all!;
    expect(all.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(all.falseAlarms / sets.all.filter(([, measurable]) => measurable).length).toBeLessThanOrEqual(0.02);
  });

  it('raises no false alarm on the fresh set it was never tuned on', () => {
    expect(results.fresh!.falseAlarms).toBe(0);
    expect(results.fresh!.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});

describe('measurabilityOf', () => {
  it('recognises the measurable shapes the old digit rule missed, and the vague one it passed', () => {
    for (const title of [
      'Give one lightning talk at the team offsite',
      'Each pull request I open explains how I tested it',
      'Pass the final exam of the course',
      'Ship the export feature before the spring release',
      'Publish the style guide in March',
    ]) expect(measurabilityOf(title), title).toMatchObject({ measurable: true });
    expect(measurabilityOf('Improve 1 thing')).toEqual({ measurable: false, reason: 'vague-verb' });
    expect(measurabilityOf('Learn Rust by March').measurable).toBe(false);
    expect(measurabilityOf('Be more proactive')).toEqual({ measurable: false, reason: 'vague-verb' });
    expect(measurabilityOf('Improve test coverage to 90%')).toEqual({ measurable: true, reason: 'measure' });
  });
});
