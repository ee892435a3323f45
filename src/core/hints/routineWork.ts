// `routine-work`: a key result that reads like the job description rather than growth
// ("Close 20 tickets", "Attend every stand-up", "Do code reviews"). Deliberately simple and
// documented in docs/goal-format.md: a handful of phrasings of everyday duties, unless the
// title also says what is new in it (leading, teaching, doing it alone for the first time…).
// It is easy to silence per key result (`silence: [routine-work]`) when the duty really is a stretch.

const duties: readonly { readonly pattern: RegExp; readonly label: string }[] = [
  { pattern: /\b(close|closing|resolve|fix|handle|clear|burn down|work through|pick up|finish|complete)\b.{0,40}\b(tickets?|jira issues|backlog items?|sprint stories|my stories|assigned (bugs|issues|tasks|stories))\b/, label: 'working through tickets' },
  { pattern: /\b(complete|finish|deliver|do)\b.{0,20}\b(my|all( of)? my|the)\s+(sprint|assigned|planned|committed)\b/, label: 'delivering the planned sprint work' },
  { pattern: /\b(attend|join|go to|participate in|show up (at|to|for)|be (present|on time) (at|for))\b.{0,25}\b(stand-?ups?|dailies|daily meetings?|daily scrums?|sprint plannings?|plannings?|retros?|retrospectives|refinements?|ceremonies|team meetings?|all-hands)\b/, label: 'attending the usual meetings' },
  { pattern: /\b(do|perform|carry out|keep doing|continue( doing)?)\b.{0,15}\b(code reviews?|reviews of pull requests|pr reviews?)\b/, label: 'code reviews' },
  { pattern: /\b(be|being|cover|do|take)\b.{0,15}\bon-?call( shifts?| rotations?| duty)?\b(?!.{0,20}\b(handbook|runbook|process|training)\b)/, label: 'being on call' },
  { pattern: /\b(answer|respond to|reply to|handle)\b.{0,20}\b(support (tickets|requests)|customer tickets|emails)\b/, label: 'answering support requests' },
  { pattern: /\b(keep the lights on|business as usual|bau|my daily work|my day-to-day( work)?|my regular (work|tasks|duties))\b/, label: 'day-to-day work' },
  { pattern: /\bupdate (my )?(jira|the board|tickets|timesheets?)\b/, label: 'keeping tickets up to date' },
];

/** What makes a duty a stretch: doing it in a new way, for others, or for the first time. */
const growthMarkers = /\b(learn\w*|teach\w*|mentor\w*|coach\w*|lead\w*|first|new|present\w*|share|sharing|write up|blog|talk|workshop|propos\w+|improve the (process|way)|alone|on my own|without help|independently|pair\w*|facilitat\w+|run the|as (the )?(lead|facilitator|incident commander))\b/;

/** Verdicts by title ('' for none): titles rarely change between passes. Bounded. */
const verdicts = new Map<string, string>();

/** The duty a title reads like, or undefined when it does not read like routine work. */
export function routineWorkOf(title: string): string | undefined {
  let verdict = verdicts.get(title);
  if (verdict === undefined) {
    if (verdicts.size >= 50_000) verdicts.clear();
    verdict = classify(title) ?? '';
    verdicts.set(title, verdict);
  }
  return verdict || undefined;
}

function classify(title: string): string | undefined {
  const lowered = title.toLowerCase();
  if (growthMarkers.test(lowered)) return undefined;
  return duties.find((duty) => duty.pattern.test(lowered))?.label;
}
