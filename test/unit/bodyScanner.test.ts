// The line scanner is the fast path for goal bodies; remark is the authority. These properties
// hold it to remark: on realistic bodies it must accept and agree, and on adversarial ones
// (every construct that changes how a line reads) it must agree whenever it accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoalBody, remarkOutline } from '../../src/core/body';
import { goalBodyFromOutline } from '../../src/core/bodyFacts';
import { scanBodyOutline } from '../../src/core/bodyScanner';
import { adversarialBody, mixedBody, realisticBody } from './bodyArbitrary';

const frontMatter = '---\nobjective: Grow\nquarter: 2026-Q4\nkey_results:\n  - id: a\n    title: A\n---\n';
const numRuns = Number(process.env.BODY_PROPERTY_RUNS ?? 250);
/** remark is slow, and the machine may be busy: the properties get minutes, not the default seconds. */
const timeout = 300_000;

/** Both readers on one body: the scanner's outline (undefined when it refuses) and remark's. */
function readBoth(body: string): { text: string; scanned: ReturnType<typeof scanBodyOutline>; remark: ReturnType<typeof remarkOutline> } {
  const text = frontMatter + body;
  return { text, scanned: scanBodyOutline(text, frontMatter.length), remark: remarkOutline(text, frontMatter.length) };
}

function expectSameAsRemark(body: string): boolean {
  const { text, scanned, remark } = readBoth(body);
  if (!scanned.outline) return false;
  expect(scanned.outline).toEqual(remark);
  expect(goalBodyFromOutline(text, scanned.outline)).toEqual(parseGoalBody(text));
  return true;
}

describe('the body line scanner against remark', () => {
  it('reads realistic goal notes exactly as remark does, without refusing them', () => {
    fc.assert(
      fc.property(realisticBody, (body) => {
        const { scanned } = readBoth(body);
        expect(scanned.refusal).toBeUndefined();
        expectSameAsRemark(body);
      }),
      { numRuns },
    );
  }, timeout);

  it.each([
    ['adversarial lines', adversarialBody],
    ['realistic notes with adversarial lines in between', mixedBody],
  ])('agrees with remark on every body of %s it accepts', (_, bodies) => {
    let accepted = 0;
    fc.assert(
      fc.property(bodies, (body) => {
        if (expectSameAsRemark(body)) accepted++;
      }),
      { numRuns: numRuns * 2 },
    );
    // The property says nothing if the scanner refused everything.
    expect(accepted).toBeGreaterThan(numRuns * 0.4);
  }, timeout);

  it('in lenient mode reads every body, and exactly what exact mode reads when that accepts', () => {
    fc.assert(
      fc.property(mixedBody, (body) => {
        const text = frontMatter + body;
        const exact = scanBodyOutline(text, frontMatter.length);
        const lenient = scanBodyOutline(text, frontMatter.length, { lenient: true });
        expect(lenient.outline).toBeDefined();
        expect(lenient.refusal).toEqual(exact.refusal);
        if (exact.outline) expect(lenient.outline).toEqual(exact.outline);
      }),
      { numRuns: numRuns * 4 },
    );
  }, timeout);

  it('reads the sample goals and the benchmark files without refusing', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { goalFile, handWrittenGoalFile } = await import('../../scripts/benchFiles');
    const texts = [goalFile(1), handWrittenGoalFile(2)];
    for (const folder of ['examples/goals/2026-Q3', 'examples/goals/2026-Q4', 'examples/goals/backlog']) {
      for (const name of readdirSync(folder)) texts.push(readFileSync(join(folder, name), 'utf8'));
    }
    for (const text of texts) {
      const start = text.indexOf('\n---', 3) + 5;
      const scanned = scanBodyOutline(text, start);
      expect(scanned.refusal).toBeUndefined();
      expect(scanned.outline).toEqual(remarkOutline(text, start));
    }
  });

  it('names what it refused and where', () => {
    const body = 'Notes.\n\n- [ ] a task\n  ```\n  ## Check-ins\n  ```\n';
    const { text, scanned } = readBoth(body);
    expect(scanned.outline).toBeUndefined();
    expect(scanned.refusal?.reason).toMatch(/fence/);
    expect(text.slice(scanned.refusal?.offset).startsWith('  ```')).toBe(true);
  });
});
