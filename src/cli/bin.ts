#!/usr/bin/env node
import { runCli } from './main.js';
import { systemClock } from './systemClock.js';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  clock: systemClock,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then((code) => {
  process.exitCode = code;
});
