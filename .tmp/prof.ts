
import matter from 'gray-matter';
import { parseDocument, Parser, LineCounter } from 'yaml';
import { parseGoalFile } from '../src/core/parse';
import { readFrontMatter } from '../src/core/frontMatter';
import { readFileSync } from 'node:fs';
(() => {
  const src = readFileSync('/work/main/scripts/bench.ts','utf8');
  // build a sample goal file similar to bench
  const text = `---\nobjective: Grow as an engineer, goal number 7 # c\nquarter: 2026-Q4\nstatus: active\ncareer: [communication, technical-ownership]\ntheme: platform\ncommitment: aspirational\nkey_results:\n` + Array.from({length:4},(_, k)=>`  - id: kr-${k}\n    title: "Ship milestone ${k} of initiative and present it at the demo"\n    status: doing\n    target: 3\n    current: 1\n    grade: 0.5`).join('\n') + '\n---\n' + 'body text\n'.repeat(500);
  const N = 3000;
  const time = (label: string, fn: () => unknown) => { for (let i=0;i<300;i++) fn(); const t=performance.now(); for (let i=0;i<N;i++) fn(); console.log(label, ((performance.now()-t)/N*1000).toFixed(1), 'us'); };
  time('gray-matter js-yaml', () => matter(text, {}));
  time('readFrontMatter', () => readFrontMatter(text));
  time('parseGoalFile', () => parseGoalFile('u','1',text));
  const fm = readFrontMatter(text)!;
  time('yaml parseDocument only', () => parseDocument(fm.yamlText, {uniqueKeys: true}));
  time('yaml CST only', () => { for (const _ of new Parser().parse(fm.yamlText)) {} });
  void src; void LineCounter;
})();
