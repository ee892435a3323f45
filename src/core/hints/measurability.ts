// Does a key result title say how it will be measured? A small, explainable rule set rather
// than a model: a title is measurable when it counts something (a number, in digits or words,
// that is not counting vague "things"), quantifies (every, each, all, no, at least), or names
// something concrete to finish (a completion verb with an object, such as "Pass the final
// exam"). Vague verbs (improve, learn, explore…) and comparatives (more, better…) with none
// of those are not. Deadlines make a concrete or neutral title measurable, but "Learn Rust by
// March" still has nothing to measure. The labelled corpus in test/unit/hints keeps it honest.

export type MeasurabilityReason = 'measure' | 'completion' | 'vague-verb' | 'vague-words' | 'no-measure';

export interface Measurability {
  readonly measurable: boolean;
  /** What decided it: the title counts or quantifies, finishes something concrete, or is vague. */
  readonly reason: MeasurabilityReason;
}

const numberWords = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'hundred', 'dozen', 'half', 'halve', 'twice', 'once', 'double', 'triple', 'zero', 'both',
  'single', 'first', 'second', 'third', 'every', 'each', 'all', 'none', 'no',
]);

/** Nouns too vague to count: "Improve 2 things" counts nothing. */
const vagueNouns = new Set(['thing', 'things', 'stuff', 'area', 'areas', 'aspect', 'aspects', 'skill', 'skills', 'way', 'ways', 'bit', 'bits', 'point', 'points']);

const months = 'january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const deadlinePatterns = [
  new RegExp(`\\b(${months})\\b`),
  /\bmay\b(?=\s+\d|\s*$)/,
  /\b(by|before|until|in time for|ahead of)\s+(the\s+)?(end|mid|start|next|this|week|sprint|q[1-4]|\d|monday|tuesday|wednesday|thursday|friday|christmas|summer|spring|autumn|fall|winter|release|launch|planning|deadline|[a-z]+\s+(release|planning|review|launch|break|offsite))/,
  /\b(end|middle) of (the )?(quarter|month|year|sprint)\b/,
  /\bthis (quarter|month|sprint|year)\b/,
  /\b(q[1-4]|h[12])\b/,
  /\b(week|sprint) \d+\b/,
  /\bmid-[a-z]+/,
  /\bdeadline\b/,
];
const frequencyPattern = /\b(daily|weekly|bi-weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually|per (day|week|sprint|month|quarter)|a (day|week|month|sprint)|every (day|week|sprint|month|monday|tuesday|wednesday|thursday|friday))\b/;
/** "within a week": a deadline. */
const withinPattern = /\bwithin\s+(a|an|one|\d[\d.,]*|[a-z]+)\s+(minute|hour|day|week|month|sprint|working day|business day)s?\b/;
/** "under a day", "in less than an hour": a threshold on the result, so a measure. */
const thresholdPattern = /\b(under|below|over|above|less than|more than|at least|at most|no more than|up to)\s+(a|an|one|\d[\d.,]*|[a-z]+)\s+(minute|hour|day|week|month|sprint|working day|business day)s?\b/;

/** Verbs that name something that is done or not at the end: with an object, the title can be graded. */
const completionVerbs = new Set([
  'give', 'present', 'publish', 'write', 'ship', 'pass', 'complete', 'finish', 'deliver', 'release', 'launch', 'run', 'host',
  'organise', 'organize', 'submit', 'merge', 'migrate', 'deploy', 'document', 'rewrite', 'create', 'build', 'record',
  'translate', 'obtain', 'earn', 'close', 'resolve', 'fix', 'automate', 'conduct', 'interview', 'attend', 'shadow', 'lead',
  'draft', 'produce', 'prepare', 'replace', 'remove', 'enrol', 'enroll', 'join', 'hold', 'send', 'teach', 'speak',
  'propose', 'achieve', 'reach', 'book', 'sketch', 'survey', 'pair', 'mentor', 'onboard', 'triage', 'review', 'answer',
  'ask', 'demo', 'establish', 'define', 'agree', 'design', 'implement', 'add', 'introduce', 'refactor', 'facilitate',
  'sign', 'hire', 'set', 'take', 'hand', 'move', 'read', 'ensure', 'delete', 'retire', 'decommission', 'upgrade', 'install',
  'configure', 'test', 'benchmark', 'measure', 'audit', 'analyse', 'analyze', 'map', 'share', 'post', 'file', 'open',
  'nominate', 'register', 'apply', 'sit', 'certify', 'cut', 'halve', 'double', 'triple', 'coach', 'develop', 'evaluate', 'prototype', 'chair',
  'moderate', 'plan', 'schedule', 'collect', 'gather', 'compile', 'list', 'identify', 'pick', 'choose', 'select', 'do',
  'make', 'get', 'go', 'visit', 'volunteer', 'train', 'land', 'win', 'finalise', 'finalize', 'outline', 'recruit', 'ban',
]);

/** Verbs (and openings) that name an effort, not a result: only a measure makes them gradable. */
const vagueOpenings = [
  'improve', 'learn', 'understand', 'explore', 'work on', 'work towards', 'work toward', 'work more', 'work with', 'be more',
  'be better', 'be a better', 'be the go-to', 'be a role model', 'become', 'get better', 'get more', 'get comfortable',
  'get familiar', 'get exposure', 'get used', 'grow', 'try', 'look into', 'look at', 'think', 'focus', 'stay',
  'keep learning', 'keep an eye', 'keep up', 'continue', 'spend time', 'spend more', 'invest', 'deepen', 'strengthen',
  'gain', 'level up', 'research', 'consume', 'participate', 'engage', 'advocate', 'support', 'help', 'take care',
  'take more', 'network', 'practise', 'practice', 'increase', 'reduce', 'contribute more', 'speak up', 'familiarise',
  'familiarize', 'play a', 'pay more', 'pay attention', 'have a bigger', 'have more', 'have a better', 'clean up', 'read more',
  'write better', 'better', 'more', 'broaden', 'expand', 'enhance', 'boost', 'build up', 'step up', 'be involved',
  'be proactive', 'be confident', 'own', 'raise awareness', 'care', 'embrace', 'foster', 'promote', 'encourage',
  'push for', 'drive', 'champion', 'optimise', 'optimize', 'streamline', 'polish', 'tidy', 'sharpen', 'master', 'hone',
  'refine', 'look for', 'keep', 'close the gap', 'contribute', 'take part', 'take an active', 'build a habit',
  'develop a habit', 'form a habit', 'develop my', 'develop skills', 'develop relationships', 'build relationships',
];

/** Words that make a title vague whatever its verb, unless something is counted. */
const vagueWords = new Set([
  'more', 'better', 'less', 'faster', 'bigger', 'stronger', 'deeper', 'closer', 'closely', 'greater', 'comfortable',
  'familiar', 'exposure', 'involved', 'proactive', 'efficient', 'structured', 'confident', 'visibility',
  'continuously', 'generally', 'somehow', 'various', 'different',
]);

const fillerStarts = new Set(['i', 'i’ll', "i'll", 'will', 'to', 'actively', 'proactively', 'personally', 'regularly']);

function tokens(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/[“”"«»]/g, ' " ')
    .split(/[^a-z0-9%'’.\-/#"]+/)
    .map((token) => token.replace(/^[.'’-]+|[.'’,-]+$/g, ''))
    .filter(Boolean);
}

function isNumberToken(token: string): boolean {
  return /^\d/.test(token) || /%$/.test(token) || numberWords.has(token);
}

/** A number or quantifier that counts something real: not "1 thing", and not "one of the…" openers on vague words. */
function countsSomething(words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (!isNumberToken(word)) continue;
    // "no" only quantifies at the start ("No pull request of mine…"): elsewhere it is a plain word.
    if (word === 'no' && index !== 0) continue;
    if (word === 'all' && words[index + 1] === 'hands') continue;
    // "on-call", "1:1s" and version-like tokens are names, not counts.
    if (/^\d+:\d+/.test(word)) continue;
    const next = words[index + 1];
    const afterNext = words[index + 2];
    if (next !== undefined && (vagueNouns.has(next) || (afterNext !== undefined && vagueNouns.has(afterNext) && !/^\d/.test(next)))) continue;
    return true;
  }
  return false;
}

function hasDeadline(lowered: string): boolean {
  return deadlinePatterns.some((pattern) => pattern.test(lowered)) || frequencyPattern.test(lowered) || withinPattern.test(lowered);
}

/** The verb a word is, when it is a completion verb or its -ing form ("building", "giving", "running"). */
function completionVerb(word: string | undefined): boolean {
  if (word === undefined) return false;
  if (completionVerbs.has(word)) return true;
  if (!word.endsWith('ing') || word.length < 5) return false;
  const stem = word.slice(0, -3);
  return completionVerbs.has(stem) || completionVerbs.has(`${stem}e`) || (stem.length > 2 && stem.at(-1) === stem.at(-2) && completionVerbs.has(stem.slice(0, -1)));
}

function opensWith(words: readonly string[], from: number, opening: string): boolean {
  const parts = opening.split(' ');
  return parts.every((part, offset) => words[from + offset] === part);
}

/** A later clause that finishes something concrete: "…and write up a comparison", "…by building the staging environment". */
function concreteClause(words: readonly string[]): boolean {
  for (let index = 1; index < words.length - 1; index++) {
    const joiner = words[index] as string;
    if (joiner !== 'and' && joiner !== 'by' && joiner !== 'then') continue;
    const verb = words[index + 1];
    if (completionVerb(verb) && !isVagueOpening(words, index + 1) && words.length > index + 2) return true;
  }
  return false;
}

function isVagueOpening(words: readonly string[], from: number): boolean {
  return vagueOpenings.some((opening) => opensWith(words, from, opening));
}

/** Verdicts by title: the hints run over every goal after each change, and titles rarely change. Bounded. */
const verdicts = new Map<string, Measurability>();
const maxVerdicts = 50_000;

/** Classifies a key result title; see the module comment for the rules. */
export function measurabilityOf(title: string): Measurability {
  let verdict = verdicts.get(title);
  if (verdict === undefined) {
    if (verdicts.size >= maxVerdicts) verdicts.clear();
    verdict = classify(title);
    verdicts.set(title, verdict);
  }
  return verdict;
}

function classify(title: string): Measurability {
  const lowered = title.toLowerCase();
  const words = tokens(title);
  let start = 0;
  while (start < words.length - 1 && fillerStarts.has(words[start] as string)) start++;
  if (countsSomething(words) || thresholdPattern.test(lowered)) return { measurable: true, reason: 'measure' };

  const vagueHead = isVagueOpening(words, start);
  const vagueWord = words.some((word) => vagueWords.has(word));
  if (vagueHead) return concreteClause(words) ? { measurable: true, reason: 'completion' } : { measurable: false, reason: 'vague-verb' };
  if (vagueWord) return { measurable: false, reason: 'vague-words' };
  if (hasDeadline(lowered)) return { measurable: true, reason: 'measure' };
  const head = words[start];
  // "be the incident commander…" and other openings with "be" say a role, not a result.
  if (head === 'be') return { measurable: false, reason: 'vague-verb' };
  if (completionVerb(head) && words.length > start + 1) return { measurable: true, reason: 'completion' };
  // An unknown opening with a concrete object: give it the benefit of the doubt, since a
  // false alarm on a good key result teaches people to ignore every hint.
  return words.length - start >= 3 ? { measurable: true, reason: 'completion' } : { measurable: false, reason: 'no-measure' };
}
