// What a figure or date is about: the clause around it, its governing events, its time and place
// (who it is of or from: parties.ts).
import type { Analysis } from './nlp';
import { HARM_SENSES, REPORTING, STOPWORDS } from './lexicon';
import { leadingPlace, placeIn, worldIn } from './places';
import { partOfName } from './figures';

const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);
const CONJUNCTION = new Set(['and', 'but', 'while', 'whereas', 'although']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** Token range of the clause holding tokens [a, b], within its sentence. */
export function clauseOf(an: Analysis, a: number, b: number): [number, number] {
  const [s0, s1] = an.sentences[an.sentenceOf[a]];
  let lo = a;
  for (;;) {
    while (lo > s0 && !CLAUSE_BREAK.has(an.values[lo - 1])) lo--;
    // "earnings per share (EPS) to 73 cents": a short aside in brackets does not end the clause.
    const open = an.values[lo - 1] === ')' ? asideOpen(an, lo - 1, s0) : -1;
    if (open < 0) break;
    lo = open;
  }
  let hi = b;
  for (;;) {
    while (hi < s1 && !CLAUSE_BREAK.has(an.values[hi + 1])) hi++;
    const close = an.values[hi + 1] === '(' ? asideClose(an, hi + 1, s1) : -1;
    if (close < 0) break;
    hi = close;
  }
  return [lo, hi];
}

/** A bracketed aside of a few words: "(EPS)", "(formerly Refinitiv)". */
const ASIDE = 3;

function asideOpen(an: Analysis, close: number, s0: number): number {
  for (let k = close - 1; k >= Math.max(s0, close - ASIDE - 1); k--) if (an.values[k] === '(') return k > s0 && !CLAUSE_BREAK.has(an.values[k - 1]) ? k - 1 : -1;
  return -1;
}

function asideClose(an: Analysis, open: number, s1: number): number {
  for (let k = open + 1; k <= Math.min(s1, open + ASIDE + 1); k++) if (an.values[k] === ')') return k < s1 && !CLAUSE_BREAK.has(an.values[k + 1]) ? k + 1 : -1;
  return -1;
}

export function isContent(an: Analysis, i: number): boolean {
  return CONTENT_POS.has(an.pos[i]) && an.types[i] === 'word' && !STOPWORDS.has(an.lower[i]) && an.lower[i].length > 1;
}

/** Read for every word of a sentence for each of its figures: worked out once per token. */
export function lemmaOf(an: Analysis, i: number): string {
  const known = (an.lemmaKeys ??= []);
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
  const known = (an.contentWords ??= []);
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

/**
 * Events that govern tokens [a, b]: verbs of its clause, nearest first, then harm nouns. A day
 * (`when`, dateEvents.ts) dates every deed of its clause ("22 were killed and 50 wounded on
 * Wednesday": both on Wednesday); only figures contend for a verb, as each counts what its own verb
 * did.
 */
export function eventsNear(an: Analysis, a: number, b: number, when = false): string[] {
  const [c0, c1] = clauseOf(an, a, b);
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
    if (!harm && (an.pos[i] !== 'VERB' || saysAt(an, i) || STOPWORDS.has(an.lower[i]))) continue;
    const own = i < a ? a - i : i - b;
    // Only a verb standing between the two figures is contested; one beyond both ("sent 2,000
    // firefighters and 300 trucks") governs both. A conjunction between the verb and the other
    // figure leaves the verb with this one ("1,760 were killed and 1,797 injured").
    if (!when && figures.some((f) => (f - i) * (a - i) < 0 && Math.abs(f - i) < own && !wordBetween(an, i, f, CONJUNCTION))) continue;
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

/** Words before a date that make it the time of another figure: "down from the 2014 vote", "since 2019". */
const OTHER_TIME_LEAD = new Set(['from', 'since', 'than', 'with']);
const TIME_LEAD = new Set(['in', 'on', 'since', 'within', 'over', 'during', 'by']);

/**
 * The time and place a clause states around tokens [a, b]: "in three months", "to Russia". The
 * clause's own time first; else a time its sentence states ("… on Sunday, winning 52%"), but not
 * the day a statement was made ("the commission said Monday"), a date set against the figure
 * ("down from the 2014 vote") or a duration that qualifies a noun ("a four-year term").
 */
export function timeAndPlace(an: Analysis, a: number, b: number): { time?: string; place?: string } {
  const [c0, c1] = clauseOf(an, a, b);
  const [s0, s1] = an.sentences[an.sentenceOf[a]];
  // The time nearest the figure ("the outage that started late on Thursday … forced it to scrap
  // 1,250 flights yesterday": yesterday's).
  const timeWithin = (lo: number, hi: number, sentence: boolean) => {
    let best: string | undefined;
    let gap = Infinity;
    for (const e of an.entities) {
      if (e.first < lo || e.last > hi || (e.first <= b && e.last >= a)) continue;
      const before = an.lower[e.first - 1] ?? '';
      // A duration is a time only as "in three months", "over two years"; "four-year" qualifies a noun.
      if (e.type === 'DURATION' ? sentence || !['in', 'within', 'over', 'during', 'for'].includes(before) : e.type !== 'DATE') continue;
      if (OTHER_TIME_LEAD.has(before) || (an.lower[e.first - 2] === 'from' && an.pos[e.first - 1] === 'DET')) continue;
      // "Morocco's deadliest earthquake in more than six decades": the span of a superlative, not a time.
      // So is a year after "of" ("the third-highest-earning movie of 2023").
      if ((e.type === 'DURATION' || before === 'of') && superlativeBefore(an, e.first)) continue;
      if (saidOn(an, e.first, e.last)) continue;
      // "overtaking 2016, the previous warmest year": a bare year a verb takes is a thing, not a time
      // (wink tags some such verbs in -ing as nouns).
      if (e.first === e.last && an.types[e.first] === 'number' && (an.pos[e.first - 1] === 'VERB' || (an.pos[e.first - 1] === 'NOUN' && an.lower[e.first - 1].endsWith('ing')))) continue;
      if (e.first > b ? ofLaterFigure(an, b, e.first) || ofOtherPredicate(an, b, e.first) || ofAsideClause(an, b, e.first) : e.last < a && (ofOtherPredicate(an, e.last, a) || ofOpeningParticiple(an, e.first, a))) continue;
      // "grounded 3,000 flights over the weekend, and early Monday had canceled 700 more": a time in
      // another clause that has a figure of its own is that figure's.
      if (sentence && otherFigureIn(an, clauseOf(an, e.first, e.last), a, b, e)) continue;
      // "…, and the KMT garnered 38.16%, Saturday's results indicate …": a date in the possessive
      // dates its own noun, not a figure of another clause.
      if (sentence && /^['’]s$/.test(an.lower[e.last + 1] ?? '')) continue;
      const d = e.first > b ? e.first - b : a - e.last;
      if (d >= gap) continue;
      gap = d;
      best = spanText(an, TIME_LEAD.has(before) ? e.first - 1 : e.first, e.last);
    }
    return best;
  };
  const time = timeWithin(c0, c1, false) ?? timeWithin(s0, s1, true);
  return { time, place: placeIn(an, c0, c1, a, b) ?? leadingPlace(an, s0, c0) ?? worldIn(an, s0, s1) };
}

function superlativeBefore(an: Analysis, at: number): boolean {
  for (let k = at - 2; k >= Math.max(0, at - 6); k--) if (an.lower[k] === 'most' || (an.pos[k] === 'ADJ' && /est$/.test(an.lower[k]) && an.lemmas[k]?.toLowerCase() !== an.lower[k])) return true;
  return false;
}

/**
 * "were up 0.3%, and are up 4.1% over the last year", "grew 0.3% after rising 0.2% in February": a
 * time after another figure that a verb of its own introduces is that figure's (but "rose 5% to
 * $20 billion in the quarter" dates both).
 */
function otherFigureIn(an: Analysis, [c0, c1]: [number, number], a: number, b: number, time: { first: number; last: number }): boolean {
  // Not a number inside a name ("the Korean Air Flight 801 crash in Guam in August 1997"): no figure.
  for (let k = c0; k <= c1; k++) if ((k < a || k > b) && (k < time.first || k > time.last) && an.types[k] === 'number' && !partOfName(an, k)) return true;
  return false;
}

function ofLaterFigure(an: Analysis, b: number, time: number): boolean {
  let verb = false;
  for (let k = b + 1; k < time; k++) {
    if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') verb = true;
    else if (verb && an.types[k] === 'number') return true;
  }
  return false;
}

/**
 * "It was built in 2015 and is 300 metres long", "founded in 1998 and has 5,000 staff": a date
 * before "and" and a verb of the figure's own is the earlier predicate's; and one after "and" and a
 * verb of its own, the later predicate's ("has 83 million followers … and has shown interest in
 * buying the firm as early as 2017"). Read from the token after the first to the second.
 */
function ofOtherPredicate(an: Analysis, time: number, a: number): boolean {
  for (let k = time + 1; k < a; k++) {
    if (an.pos[k] !== 'CCONJ') continue;
    // The verb opens what "and" joins ("and is", "and has shown"): "savings and loans bank" joins nouns.
    let j = k + 1;
    while (j < a && (an.pos[j] === 'ADV' || an.pos[j] === 'PART')) j++;
    if (j < a && (an.pos[j] === 'VERB' || an.pos[j] === 'AUX')) return true;
  }
  return false;
}

/**
 * "with 97.08 percent of votes, almost the exact percentage which brought the former-military
 * commander to his first term four years ago": a time in a relative clause of an aside after the
 * figure's comma tells of the aside's noun, not of the figure ("the 1,250 flights that were
 * cancelled on Sunday", with no comma between, is the figure's own).
 */
function ofAsideClause(an: Analysis, b: number, time: number): boolean {
  let comma = false;
  for (let k = b + 1; k < time; k++) {
    if (an.values[k] === ',') comma = true;
    else if (comma && /^(which|that|who)$/.test(an.lower[k]) && (an.pos[k - 1] === 'NOUN' || an.pos[k - 1] === 'PROPN')) return true;
  }
  return false;
}

/**
 * "Built in 2015 in Korea, the 985-foot-long ship …", "Founded in 1998, the company has 5,000
 * staff": a date in a phrase that opens the sentence with a verb of its own, before a comma, is
 * that verb's.
 */
function ofOpeningParticiple(an: Analysis, time: number, a: number): boolean {
  const s0 = an.sentences[an.sentenceOf[time]][0];
  if (an.pos[s0] !== 'VERB') return false;
  for (let k = time + 1; k < a; k++) if (an.values[k] === ',') return true;
  return false;
}

/** "said Monday", "announced on Monday afternoon": the day of a statement, not of what it states. */
function saidOn(an: Analysis, first: number, last: number): boolean {
  let k = first - 1;
  if (TIME_LEAD.has(an.lower[k])) k--;
  if (k >= 0 && saysAt(an, k)) return true;
  return last + 1 < an.values.length && saysAt(an, last + 1);
}

/**
 * Whether the word at k is a verb of saying ("said", "claimed that …", "claimed he was"), but not
 * "claimed" with a thing for its object ("claimed 225 lives", "claimed the lives of 80", "claimed
 * his first title"): that is a taking, not a statement. An object followed by a verb is the subject
 * of what was said ("claimed the company was bankrupt").
 */
export function saysAt(an: Analysis, k: number): boolean {
  const l = lemmaOf(an, k);
  // "according to FlightAware": wink's lemma is "accord".
  if (!REPORTING.has(l) && an.lower[k] !== 'according') return false;
  if (l !== 'claim' || an.lower[k + 1] === 'that') return true;
  let j = k + 1;
  let figure = false;
  for (; j < k + 6 && /^(DET|PRON|ADJ|ADV|NUM)$/.test(an.pos[j] ?? ''); j++) figure ||= an.pos[j] === 'NUM' || an.types[j] === 'number';
  if (an.pos[j] !== 'NOUN') return !figure;
  while (an.pos[j + 1] === 'NOUN') j++;
  return an.pos[j + 1] === 'VERB' || an.pos[j + 1] === 'AUX';
}


/**
 * What every claim carries: an id (path, a letter for its kind, its offset), its exact span and
 * text, and the span of the sentence that holds the token `at`.
 */
export function claimBase(an: Analysis, path: string, kind: string, start: number, end: number, at: number) {
  const [s0, s1] = an.sentences[an.sentenceOf[at]];
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
