import { parseGoalFile } from '../src/core/parse';
const laughs = ['objective: A', 'a: &a [x, x, x, x, x, x, x, x, x]'];
for (let i = 0; i < 12; i++) laughs.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
let t = performance.now(); parseGoalFile('u', '1', `---\n${laughs.join('\n')}\n---\n`); console.log('laughs', performance.now() - t);
t = performance.now(); const r = parseGoalFile('u', '1', `---\nobjective: A\nx: ${'['.repeat(20000)}\n---\n`); console.log('nest', performance.now() - t, JSON.stringify(r.diagnostics).slice(0,200));
