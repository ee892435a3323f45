import type * as bodyParser from '../core/body.js';
import type { ParsedBody } from '../core/body.js';

type BodyModule = typeof bodyParser;
let bodyModule: BodyModule | undefined;

/**
 * remark and its micromark dependencies are the heaviest part of the extension; they live in
 * their own bundle (out/bodyParser.js) and load the first time a body is actually needed,
 * so activation stays cheap.
 */
export function parseBodyLazily(text: string): ParsedBody {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bodyModule ??= require('./bodyParser.js') as BodyModule;
  return bodyModule.parseGoalBody(text);
}

export function isBodyParserLoaded(): boolean {
  return bodyModule !== undefined;
}
