// What a figure or date is about: the clause around it, its governing events (its time and place:
// clauseTime.ts; who it is of or from: parties.ts).
import type { Analysis } from './nlp';
import type { ClaimContext } from './types';
import { DASHES, HARM_SENSES, PARTICIPLE_PREPOSITIONS, REPORTING, STOPWORDS } from './lexicon';

const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);
const CONJUNCTION = new Set(['and', 'but', 'while', 'whereas', 'although']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/**
 * Whether token k ends a clause: a comma, a colon, a dash, a bracket or a quotation mark; a hyphen,
 * two hyphens or a minus sign set apart by spaces is a dash ("confirmed to have died - 17,388 of
 * them in …").
 */
function breaksAt(an: Analysis, k: number): boolean {
  const v = an.values[k];
  if (CLAUSE_BREAK.has(v)) return true;
  return (v === '-' || v === '--' || v === '−') && an.starts[k] > an.ends[k - 1] && an.starts[k + 1] > an.ends[k];
}

/** Token range of the clause holding tokens [a, b], within its sentence. */
export function clauseOf(an: Analysis, a: number, b: number): [number, number] {
  // The clause of one token is asked for many times over (once per rule that reads it): kept.
  if (a !== b) return clauseSpan(an, a, b);
  const known = (an.clauses ??= new Array<[number, number]>(an.values.length));
  return (known[a] ??= clauseSpan(an, a, a));
}

function clauseSpan(an: Analysis, a: number, b: number): [number, number] {
  const [s0, s1] = an.sentences[an.sentenceOf[a]];
  let lo = a;
  for (;;) {
    while (lo > s0 && !breaksAt(an, lo - 1)) lo--;
    // "earnings per share (EPS) to 73 cents", "nominated for “Chaplin” in 2003": a short aside in
    // brackets, or a title in quotation marks, does not end the clause.
    const open = asideOpen(an, lo - 1, s0);
    if (open < 0) break;
    lo = open;
  }
  let hi = b;
  for (;;) {
    while (hi < s1 && !breaksAt(an, hi + 1)) hi++;
    const close = Math.max(asideClose(an, hi + 1, s1), includingAside(an, hi + 1, s1));
    if (close < 0) break;
    hi = close;
  }
  // The part itself ("80 Indians") is in the clause of its whole: the 80 died too.
  if (lo - 2 >= s0 && includingAside(an, lo - 1, s1) >= 0) return clauseOf(an, lo - 2, lo - 2);
  return [lo, hi];
}

/**
 * "At least 922 people, including 80 Indians, have died": a part named between commas (or dashes:
 * "Another 79 people — including 11 firefighters — were injured") after "including", with the
 * clause's verb just after it, does not end the clause of the whole. The token before the verb
 * (the aside's closing mark), or -1.
 */
function includingAside(an: Analysis, comma: number, s1: number): number {
  const mark = an.values[comma];
  if (!ASIDE_MARKS.has(mark) || an.lower[comma + 1] !== 'including') return -1;
  for (let k = comma + 2; k <= Math.min(s1 - 1, comma + 2 + ASIDE + 2); k++) {
    if (an.values[k] !== mark) continue;
    return an.pos[k + 1] === 'VERB' || an.pos[k + 1] === 'AUX' ? k : -1;
  }
  return -1;
}

/** Marks that set a part off on both sides: commas, or dashes ("79 people — including 11 firefighters — were injured"). */
const ASIDE_MARKS = new Set([',', '—', '–', '--']);

/** A bracketed aside of a few words: "(EPS)", "(formerly Refinitiv)"; a title: "“Tropic Thunder”". */
const ASIDE = 3;

const OPENS: Record<string, string[]> = { ')': ['('], '”': ['“'], '"': ['"'] };
const CLOSES: Record<string, string[]> = { '(': [')'], '“': ['”'], '"': ['"'] };

/** Whether tokens (open, close) are an aside: any words in brackets, a title in quotation marks (its first word capitalised, no mark of its own). */
function aside(an: Analysis, open: number, close: number): boolean {
  if (an.values[open] === '(') return true;
  if (!/^\p{Lu}/u.test(an.values[open + 1] ?? '')) return false;
  for (let k = open + 1; k < close; k++) if (an.types[k] === 'punctuation') return false;
  return true;
}

/** Where the clause goes on before an aside that closes at `close` (or -1): the token before it opens. */
function asideOpen(an: Analysis, close: number, s0: number): number {
  const marks = OPENS[an.values[close]];
  if (!marks) return -1;
  for (let k = close - 1; k >= Math.max(s0, close - ASIDE - 1); k--) if (marks.includes(an.values[k])) return k > s0 && !CLAUSE_BREAK.has(an.values[k - 1]) && aside(an, k, close) ? k - 1 : -1;
  return -1;
}

/** Where the clause goes on after an aside that opens at `open` (or -1): the token after it closes. */
function asideClose(an: Analysis, open: number, s1: number): number {
  const marks = CLOSES[an.values[open]];
  if (!marks) return -1;
  for (let k = open + 1; k <= Math.min(s1, open + ASIDE + 1); k++) if (marks.includes(an.values[k])) return k < s1 && !CLAUSE_BREAK.has(an.values[k + 1]) && aside(an, open, k) ? k + 1 : -1;
  return -1;
}

export function isContent(an: Analysis, i: number): boolean {
  return CONTENT_POS.has(an.pos[i]) && an.types[i] === 'word' && !STOPWORDS.has(an.lower[i]) && an.lower[i].length > 1;
}

/**
 * Whether token k is the "'s" of an owner: a name or a noun ("East Palestine's", "the House's"), or
 * with `name`, a name alone ("Amazon's move", "China's population").
 */
export function ownerAt(an: Analysis, k: number, name = false): boolean {
  return /^['’]s$/.test(an.lower[k] ?? '') && (an.pos[k - 1] === 'PROPN' || (!name && an.pos[k - 1] === 'NOUN'));
}

/** Read for every word of a sentence for each of its figures: worked out once per token. */
export function lemmaOf(an: Analysis, i: number): string {
  // Sized at once (so too clauseOf's and contentWord's): filled out of order, an array grown from
  // empty turns into a dictionary at its first entry far past its end.
  const known = (an.lemmaKeys ??= new Array<string>(an.values.length));
  return (known[i] ??= lemmaKey(an, i));
}

function lemmaKey(an: Analysis, i: number): string {
  // wink gives no lemma for some misspellings ("werent"): fall back to the word itself.
  const lemma = an.pos[i] === 'PROPN' ? an.lower[i] : (an.lemmas[i] ?? an.lower[i] ?? '').toLowerCase();
  return lemma.includes('’') ? lemma.replace(/’/g, "'") : lemma;
}

/**
 * Content lemmas of the sentence, nearest first: the clause of [a, b] in full, then the rest of the
 * sentence, skipping the tokens of the claim itself and the attribution ("according to …").
 */
export function contextWords(an: Analysis, a: number, b: number, skip?: [number, number]): string[] {
  const [s0, s1] = an.sentences[an.sentenceOf[a]];
  const [c0, c1] = clauseOf(an, a, b);
  const near: string[] = [];
  const far: string[] = [];
  const attributionAt = attributionRange(an, s0, s1);
  for (let i = s0; i <= s1; i++) {
    if (i >= a && i <= b) continue;
    if (skip && i >= skip[0] && i <= skip[1]) continue;
    if (attributionAt && i >= attributionAt[0] && i <= attributionAt[1]) continue;
    const w = contentWord(an, i);
    if (w) (i >= c0 && i <= c1 ? near : far).push(w);
  }
  return [...near, ...far.filter((w) => !near.includes(w))];
}

/** Token i as a context word, or '' for none: read for each figure of its sentence, so worked out once. */
function contentWord(an: Analysis, i: number): string {
  const known = (an.contentWords ??= new Array<string>(an.values.length));
  let w = known[i];
  if (w === undefined) {
    const l = isContent(an, i) ? lemmaOf(an, i) : '';
    // "pre-market" and "premarket" are one word; a name keeps its hyphen ("Bankman-Fried").
    w = known[i] = !l || REPORTING.has(l) ? '' : fold(l.includes('-') && /^\p{Ll}/u.test(an.values[i]) ? l.replace(/(\p{L})-(?=\p{L})/gu, '$1') : l);
  }
  return w;
}

/**
 * Folds plural endings the tagger left on capitalised words ("Shares" at a sentence start is read
 * as a name and keeps its -s), so context words of two sources meet.
 */
export function fold(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** "and delayed 43%", "and delayed about 43%": the figure at a is the object of a verb that "and" opens. */
function ownVerbAfterAnd(an: Analysis, a: number): boolean {
  const v = an.pos[a - 1] === 'VERB' ? a - 1 : an.pos[a - 2] === 'VERB' && an.pos[a - 1] === 'ADV' ? a - 2 : -1;
  return v > 0 && an.lower[v - 1] === 'and' && !saysAt(an, v);
}

/**
 * Events that govern tokens [a, b]: verbs of its clause, nearest first, then harm nouns. A day
 * (`when`, dateEvents.ts) dates every deed of its clause ("22 were killed and 50 wounded on
 * Wednesday": both on Wednesday); only figures contend for a verb, as each counts what its own verb
 * did.
 */
export function eventsNear(an: Analysis, a: number, b: number, when = false, opening = false): string[] {
  const clause = clauseOf(an, a, b);
  const [c0, c1] = opening ? openingPhrase(an, ...clause) : clause;
  const found: { l: string; d: number; i: number; harm: boolean }[] = [];
  // Other figures of the clause: a verb nearer to one of them is that figure's ("a 7.1-magnitude
  // earthquake killed 130 people": killing belongs to the 130, not to the magnitude).
  const figures: number[] = [];
  for (let i = c0; i <= c1; i++) if ((i < a || i > b) && an.types[i] === 'number') figures.push(i);
  for (let i = c0; i <= c1; i++) {
    if (i >= a && i <= b) continue;
    const l = lemmaOf(an, i);
    // "No major injuries to the 171 passengers": a harm denied is not what the figure counts.
    const harm = l in HARM_SENSES && !deniedAt(an, i);
    // "an 11-year war which left 50,000 dead": a harm just after another figure is that figure's.
    if (!when && harm && i - 1 > b && an.types[i - 1] === 'number') continue;
    if (!harm && (an.pos[i] !== 'VERB' || saysAt(an, i) || STOPWORDS.has(an.lower[i]) || prepositionAt(an, i))) continue;
    const own = i < a ? a - i : i - b;
    // Only a verb standing between the two figures is contested; one beyond both ("sent 2,000
    // firefighters and 300 trucks") governs both. A conjunction between the verb and the other
    // figure leaves the verb with this one ("1,760 were killed and 1,797 injured").
    if (!when && figures.some((f) => (f - i) * (a - i) < 0 && Math.abs(f - i) < own && !wordBetween(an, i, f, CONJUNCTION))) continue;
    // Nor one before both when "and" and a verb of this figure's own stand between them: "American
    // cancelled about 2% and delayed 43% of its flights" (cancelling is the 2%'s).
    if (!when && i < a && figures.some((f) => i < f && f < a) && ownVerbAfterAnd(an, a)) continue;
    // A conjunction between verb and figure starts another clause: "killed and 14 were injured".
    let d = own;
    for (let k = Math.min(i, a) + 1; k < Math.max(i, b); k++) if (CONJUNCTION.has(an.lower[k])) d += 3;
    found.push({ l, d, i, harm });
  }
  found.sort((x, y) => x.d - y.d);
  // Of the harm words, the figure takes the nearest and those coordinated with it ("killed or
  // wounded"); "5 were killed and 14 were injured" gives each figure its own.
  const nearestHarm = found.find((f) => f.harm);
  const kept = found.filter((f) => !f.harm || f === nearestHarm || (nearestHarm && Math.abs(f.i - nearestHarm.i) <= 2));
  const events = [...new Set(kept.map((f) => f.l))].slice(0, 4);
  // What the clause counts stays, however far its subject stands from the figure ("The death toll
  // from flooding that hit the city of Derna reached more than 5,000 and was expected to rise").
  for (const f of kept) if (f.harm && !events.includes(f.l)) events.push(f.l);
  return events;
}

/**
 * "In the 70th minute, Spain wasted a golden chance …": a phrase with no verb that opens its sentence
 * and ends at a comma tells when the deed of the clause after it was done, and a rank in it (the
 * minute, the lap, the round) is that deed's: that phrase and the clause, else [c0, c1] as it was.
 */
function openingPhrase(an: Analysis, c0: number, c1: number): [number, number] {
  if (c0 !== an.sentences[an.sentenceOf[c0]][0] || an.values[c1 + 1] !== ',' || an.sentenceOf[c1 + 2] !== an.sentenceOf[c0]) return [c0, c1];
  for (let k = c0; k <= c1; k++) if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') return [c0, c1];
  return [c0, clauseOf(an, c1 + 2, c1 + 2)[1]];
}

/** A participle used as a preposition before a noun phrase ("following a complaint"): no deed. */
const prepositionAt = (an: Analysis, i: number) => PARTICIPLE_PREPOSITIONS.has(an.lower[i]) && /^(DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(an.pos[i + 1] ?? '');

/** "no major injuries", "without injury": the word at i is denied by a "no" just before it (past adjectives). */
function deniedAt(an: Analysis, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && an.pos[k] === 'ADJ') k--;
  return an.lower[k] === 'no' || an.lower[k] === 'without';
}

/** True when one of `words` stands strictly between tokens x and y. */
export function wordBetween(an: Analysis, x: number, y: number, words: Set<string>): boolean {
  for (let k = Math.min(x, y) + 1; k < Math.max(x, y); k++) if (words.has(an.lower[k])) return true;
  return false;
}

const AUXILIARY = new Set(['AUX', 'ADV', 'PART']);

/** A hyphen (or dash) at token k with no space either side: it joins the words around it into one ("AIDS-related"). */
export const hyphenAt = (an: Analysis, k: number) => DASHES.has(an.values[k]) && an.ends[k - 1] === an.starts[k] && an.ends[k] === an.starts[k + 1];

/** The token before the auxiliaries, adverbs and particles that end at k ("had", "now", "not"), not below `floor`. */
export function beforeAuxiliaries(an: Analysis, k: number, floor = 0): number {
  while (k >= floor && AUXILIARY.has(an.pos[k])) k--;
  return k;
}

/** The harm senses (killed, wounded) a list of event lemmas carries. */
export function harmSenses(events: string[]): string[] {
  const s = new Set<string>();
  for (const e of events) for (const h of HARM_SENSES[e] ?? []) s.add(h);
  return [...s].sort();
}

/** Token range of "according to X" in a sentence, if any. */
export function attributionRange(an: Analysis, s0: number, s1: number): [number, number] | undefined {
  for (let i = s0; i < s1; i++) {
    if (an.lower[i] === 'according' && an.lower[i + 1] === 'to') {
      let j = i + 2;
      while (j < s1 && !CLAUSE_BREAK.has(an.values[j + 1]) && an.values[j + 1] !== '.') j++;
      return [i, j];
    }
  }
  return undefined;
}

/**
 * Whether the word at k is a verb of saying ("said", "claimed that …", "claimed he was"), but not
 * "claimed" with a thing for its object ("claimed 225 lives", "claimed the lives of 80", "claimed
 * his first title"): that is a taking, not a statement. An object followed by a verb is the subject
 * of what was said ("claimed the company was bankrupt"). "Added" and "released" with a figure for
 * their object ("added 184,000 jobs", "released 3.15 megajoules of energy") are deeds on that
 * quantity too; with anything else ("released a statement", "added that") they say.
 */
export function saysAt(an: Analysis, k: number): boolean {
  const l = lemmaOf(an, k);
  // "according to FlightAware": wink's lemma is "accord".
  if (!REPORTING.has(l) && an.lower[k] !== 'according') return false;
  if (!TAKING.has(l) || an.lower[k + 1] === 'that') return true;
  let j = k + 1;
  let figure = false;
  for (; j < k + 6 && /^(DET|PRON|ADJ|ADV|NUM)$/.test(an.pos[j] ?? ''); j++) figure ||= an.pos[j] === 'NUM' || an.types[j] === 'number';
  if (l !== 'claim') return !figure && an.types[j] !== 'currency';
  if (an.pos[j] !== 'NOUN') return !figure;
  while (an.pos[j + 1] === 'NOUN') j++;
  return an.pos[j + 1] === 'VERB' || an.pos[j + 1] === 'AUX';
}

/** Verbs of saying that also take things (saysAt). */
const TAKING = new Set(['claim', 'add', 'release']);

/**
 * What every claim carries: an id (path, a letter for its kind, its offset), its exact span and
 * text, and the span of the sentence that holds the token `at`.
 */
export function claimBase(an: Analysis, path: string, kind: string, start: number, end: number, at: number) {
  const [s0, s1] = an.sentences[an.sentenceOf[at]];
  // "beating the previous record of 38.7C.": wink keeps the full stop that ends a sentence on a
  // word it reads as an abbreviation ("C.", "ft."); the stop is the sentence's, not the figure's.
  if (end === an.ends[s1] && an.starts[s1] < end - 1 && /^\p{L}{1,4}\.$/u.test(an.values[s1])) end--;
  return {
    id: `${path}#${kind}${start}`,
    span: { start, end },
    text: an.text.slice(start, end),
    sentence: { start: an.starts[s0], end: an.ends[s1] },
  };
}

export function spanText(an: Analysis, a: number, b: number): string {
  return an.text.slice(an.starts[a], an.ends[b]);
}

/**
 * Sets or clears one mark a report's reading puts on a figure's context (extract.ts markDocument),
 * read again after each edit. The context is replaced, not changed in place: claims of one signature
 * may share it.
 */
export function setMark<K extends keyof ClaimContext>(c: { context: ClaimContext }, key: K, value: ClaimContext[K] | undefined): void {
  if (c.context[key] === value) return;
  // A copy without the key, not a deletion, which would leave the context a slow dictionary.
  const { [key]: _old, ...next } = c.context;
  if (value !== undefined) (next as ClaimContext)[key] = value;
  c.context = next as ClaimContext;
}

/** The token after a bracket that opens at j ("(254 mm)"), or j when none opens there. */
export function afterBracket(an: Analysis, j: number): number {
  if (an.values[j] !== '(') return j;
  for (let k = j + 1; k < j + 8 && k < an.values.length; k++) if (an.values[k] === ')') return k + 1;
  return j;
}
