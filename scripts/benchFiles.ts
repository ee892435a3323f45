// What both benchmarks share: the generated goal files and how measures are timed.
// `npm run bench` runs them on Node's file system, `npm run bench:host` inside VS Code.

/** A realistic goal file: 3–5 KRs, a comment, six check-ins, a review and some notes (4.3 KB). */
export function goalFile(i: number): string {
  const quarter = `${2024 + (i % 3)}-Q${(i % 4) + 1}`;
  const krs = Array.from({ length: 3 + (i % 3) }, (_, k) =>
    [
      `  - id: kr-${k + 1}`,
      `    title: "Ship milestone ${k + 1} of initiative ${i} and present it at the demo"`,
      `    status: ${['todo', 'doing', 'done', 'dropped'][(i + k) % 4]}`,
      `    target: ${k + 2}`,
      `    current: ${k % 3}`,
      ...(k % 2 === 0 ? [`    grade: 0.${(i + k) % 10}`] : []),
    ].join('\n'),
  );
  const checkIns = Array.from({ length: 6 }, (_, c) => `### 2026-${String(1 + (c % 9)).padStart(2, '0')}-1${c}\nProgress: finished the review of part ${c} with the team and wrote the notes down.\nNext: schedule the next session and share the outcome in the channel.\nConfidence: 0.${c + 3}\n`);
  return [
    '---',
    `objective: Grow as an engineer, goal number ${i} # written after the feedback session`,
    `quarter: ${quarter}`,
    'status: active',
    'career: [communication, technical-ownership]',
    'theme: platform',
    'commitment: aspirational',
    'key_results:',
    ...krs,
    '---',
    '',
    'Why this matters: the component is central to the roadmap and I want to own it end to end.',
    '',
    '- [ ] Draft the roadmap',
    '- [x] Read the on-call runbook',
    '',
    '## Check-ins',
    '',
    ...checkIns,
    '## Review',
    '',
    'Filled in at the end of the quarter.',
    '',
    'Lorem ipsum notes. '.repeat(120),
  ].join('\n');
}

export function plainFile(i: number): string {
  return `# Meeting notes ${i}\n\n${'Some ordinary Markdown text that is not a goal. '.repeat(60)}\n`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Medians of measures taken in turns, after one warm-up of each (page cache, JIT): a burst of
 * load on this shared machine then hits every measure, not one of them, and ratios hold.
 */
export async function measureAlternately(fns: (() => Promise<unknown>)[], rounds = 11): Promise<number[]> {
  for (const fn of fns) await fn();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < rounds; i++) for (const [k, fn] of fns.entries()) times[k]!.push(await timed(fn));
  return times.map(median);
}

/**
 * A smaller goal file of the kind people write by hand (~2 KB): three KRs, a few next-step
 * tasks, a small table, four check-ins and a review. The CLI and in-editor benchmarks use it.
 */
export function handWrittenGoalFile(i: number): string {
  const quarter = `${2024 + (i % 3)}-Q${(i % 4) + 1}`;
  const krs = Array.from({ length: 3 }, (_, k) =>
    [`  - id: kr-${k + 1}`, `    title: Ship part ${k + 1} of initiative ${i} and walk the team through it at a demo`, `    status: ${['todo', 'doing', 'done'][(i + k) % 3]}`, ...(k === 0 ? [`    grade: 0.${(i + k) % 10}`] : [])].join('\n'),
  );
  const checkIns = Array.from(
    { length: 4 },
    (_, c) =>
      `### 2026-${String(1 + ((i + c) % 9)).padStart(2, '0')}-1${c}\nProgress: finished part ${c} with the team and wrote down what we learned.\nNext: share the outcome in the channel and book the next review.\nConfidence: 0.${c + 5}\n`,
  );
  return [
    '---',
    `objective: Own the payments component, goal ${i}`,
    `quarter: ${quarter}`,
    'status: active',
    'career: [technical-ownership]',
    'key_results:',
    ...krs,
    '---',
    'The component is central to the roadmap and I want to own it end to end. My lead and I agreed',
    'that this quarter is about the design and the first rollout, not about every edge case.',
    '',
    '- [ ] Draft the roadmap with the team',
    '- [x] Read the on-call runbook',
    '- [ ] Pair with Sam on the retry logic',
    '',
    '| Milestone | Owner | When |',
    '| --- | --- | --- |',
    '| Design review | me | October |',
    '| Rollout | Sam | November |',
    '',
    '## Check-ins',
    '',
    ...checkIns,
    '## Review',
    '',
    'Filled in at the end of the quarter: what worked, what I would set differently next time.',
    'The design review went well; the rollout slipped by two weeks because the retry logic needed a',
    'second pass, and I should have asked for help earlier instead of waiting for the 1:1.',
    '',
  ].join('\n');
}
