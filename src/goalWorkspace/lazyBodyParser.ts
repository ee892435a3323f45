import type * as bodyParser from '../core/body.js';
import type { ParsedBody } from '../core/bodyFacts.js';

type BodyModule = typeof bodyParser;
let bodyModule: BodyModule | undefined;

/**
 * remark and its micromark dependencies are the heaviest part of the extension; they live in
 * their own bundle (out/bodyParser.js) and load the first time a body needs them: only bodies
 * the line scanner cannot read exactly do, so most workspaces never load them.
 */
export function parseBodyLazily(text: string, bodyStart: number): ParsedBody {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bodyModule ??= require('./bodyParser.js') as BodyModule;
  return bodyModule.parseGoalBody(text, bodyStart);
}

export function isBodyParserLoaded(): boolean {
  return bodyModule !== undefined;
}
