import { test } from 'vitest';
import { parseGoalFile, parseGoalFileExactly } from '../src/core/parse';
import { readFileSync } from 'node:fs';
test('r', () => {
  let text = readFileSync('examples/goals/2026-Q3/join-interview-loop.md', 'utf8');
  for (const [at, cut, ins] of [[1173916607, 3, "'"], [803889018, 1, '!']] as [number, number, string][]) {
    const end = text.indexOf('\n---', 4); const p = at % end; text = text.slice(0, p) + ins + text.slice(p + cut);
  }
  console.log(text.slice(0, text.indexOf('\n---', 4)));
  console.log(JSON.stringify(parseGoalFile('u','1',text)).slice(0,600));
  console.log(JSON.stringify(parseGoalFileExactly('u','1',text)).slice(0,600));
});
