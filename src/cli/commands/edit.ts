import type { CliContext } from '../cliContext.js';
export async function gradeCommand(_a: string[], _c: CliContext): Promise<number> { return 2; }
export async function moveCommand(_a: string[], _c: CliContext): Promise<number> { return 2; }
export async function checkinCommand(_a: string[], _c: CliContext): Promise<number> { return 2; }
