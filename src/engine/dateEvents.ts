// What happened on a day a date names: the verbs of its clause, not those of a relative clause or of
// a clause of another moment ("before they left"). Read by dates.ts for each date claim.
import type { Analysis } from './nlp';
import { clauseOf, contextWords, eventsNear, lemmaOf, saysAt } from './context';
import { HARM_SENSES, POSSESSIVES } from './lexicon';

/**
 * What happened on a day: the events of its clause, but a relative clause tells of its noun, not of
 * the day ("was recovering on Saturday from the outage that caused thousands of flights to be
 * cancelled": recovering; "the outage that started late on Thursday is still causing havoc": started),
 * a clause of "before", "after", "until" or "since" tells of another moment ("stocked up … on
 * Sunday before they left": stocked up), and one of "if" of none; a participle that opens the
 * sentence tells a circumstance (openingParticiple).
 */
export function ownEvents(an: Analysis, from: number, to: number): string[] {
  const [s0, s1] = an.sentences[an.sentenceOf[from]];
  const found = openingTime(an, from, to, s0, s1) ?? eventsNear(an, from, to, true);
  const near = found.length ? found : nounBefore(an, from);
  const opener = openingParticiple(an, s0, s1, from);
  const trimmed = opener && near.length > 1 ? near.filter((l) => l !== opener) : near;
  // "ordered the release to occur Monday afternoon", "agreed to meet on Tuesday": a day just after
  // a verb of "to" dates that verb's deed, not the deed of the verb the "to" depends on; one just
  // after a noun of harm ("her death in 1962"), that harm.
  const dated = [verbOfTo(an, from), harmBefore(an, from)].find((l) => l !== undefined && trimmed.includes(l));
  const events = dated ? [dated] : trimmed;
  const relative: [number, number][] = [];
  for (let t = s0 + 1; t <= s1; t++) {
    if (!relativeAt(an, t) && !anotherMomentAt(an, t, s1)) continue;
    // To a comma, or to the verb after the clause's own ("that started late on Thursday | is").
    let e = t + 1;
    let verb = false;
    for (; e <= s1 && !CLAUSE_END.test(an.values[e]); e++) {
      // "a man who they say killed 18 people": the saying is not the clause's own verb.
      const v = (an.pos[e] === 'VERB' && !saysAt(an, e)) || an.pos[e] === 'AUX';
      if (v && verb && !/^(to|be|been|being|have|has|had)$/.test(an.lower[e - 1]) && an.pos[e - 1] !== 'AUX') break;
      if (v) verb = true;
    }
    relative.push([t + 1, e - 1]);
    t = e - 1;
  }
  if (!relative.length) return events;
  // A day inside a relative clause is of that clause's verbs; one outside, of the others.
  const own = relative.find(([a, b]) => from >= a && to <= b);
  const verbs = new Set<string>();
  for (let k = s0; k <= s1; k++) if (an.pos[k] === 'VERB' && (own ? k >= own[0] && k <= own[1] : !relative.some(([a, b]) => k >= a && k <= b))) verbs.add(lemmaOf(an, k));
  const kept = events.filter((l) => verbs.has(l));
  return kept.length ? kept : events;
}

const DAY_LEADS = /^(on|in|at)$/;
const ON = /^on$/;
/** The first token of the day at `from` with the preposition that leads it, if one does ("on Monday"). */
const leadOf = (an: Analysis, from: number, leads = DAY_LEADS) => (leads.test(an.lower[from - 1] ?? '') ? from - 1 : from);

/** The lemma of a verb just after "to" that the day at `from` follows ("to occur Monday", "to meet on Tuesday"). */
function verbOfTo(an: Analysis, from: number): string | undefined {
  const v = leadOf(an, from) - 1;
  return v > 0 && an.pos[v] === 'VERB' && an.lower[v - 1] === 'to' ? lemmaOf(an, v) : undefined;
}

/**
 * "following her death in 1962", "his killing on Monday": a day just after a noun of harm that a
 * determiner or a possessive opens dates that harm, not the deeds of its clause ("portraits Warhol
 * made of the actress following her death in 1962" is no date of making). Its lemma, or undefined.
 */
function harmBefore(an: Analysis, from: number): string | undefined {
  const n = leadOf(an, from) - 1;
  const l = lemmaOf(an, n);
  return an.pos[n] === 'NOUN' && l in HARM_SENSES && (an.pos[n - 1] === 'DET' || POSSESSIVES.has(an.lower[n - 1] ?? '')) ? l : undefined;
}

/**
 * "A declaration on Sunday by Binance …": with no verb near, a day just after a noun that a
 * determiner opens ("a declaration", "the ruling") dates what that noun names.
 */
function nounBefore(an: Analysis, from: number): string[] {
  const n = leadOf(an, from, ON) - 1;
  return an.pos[n] === 'NOUN' && an.pos[n - 1] === 'DET' ? [lemmaOf(an, n)] : [];
}

/** A comma, a semicolon or a dash (em, en, two hyphens, or the minus sign some pages set for one) ends a clause. */
const CLAUSE_END = /^(?:[,;—–−]|--)$/;

/**
 * "Facing a 28-day journey − …, the crew stocked up … on Sunday": a participle that opens the
 * sentence tells the subject's circumstance, not the deed of the day, unless the day stands in its
 * own phrase ("Speaking on Sunday, he said"). Its lemma, or undefined.
 */
function openingParticiple(an: Analysis, s0: number, s1: number, from: number): string | undefined {
  if (an.pos[s0] !== 'VERB' || !/ing$/.test(an.lower[s0])) return undefined;
  let end = s0 + 1;
  while (end <= s1 && !CLAUSE_END.test(an.values[end])) end++;
  return from > end ? lemmaOf(an, s0) : undefined;
}

const relativeAt = (an: Analysis, t: number) => /^(that|which|who)$/.test(an.lower[t]) && (an.pos[t - 1] === 'NOUN' || an.pos[t - 1] === 'PROPN' || an.values[t - 1] === ',');

/**
 * "before they left", "after the ship hit", "since statistical records began": a subject and its
 * verb of another moment than the day's; "than if it had used the Suez Canal": of no moment at all.
 */
function anotherMomentAt(an: Analysis, t: number, s1: number): boolean {
  if (!/^(before|after|until|since|if)$/.test(an.lower[t])) return false;
  // "since statistical records began": the subject's adjectives first.
  let s = t + 1;
  while (s < t + 3 && an.pos[s] === 'ADJ') s++;
  if (!/^(PRON|DET|PROPN|NOUN)$/.test(an.pos[s] ?? '')) return false;
  for (let k = s + 1; k <= Math.min(s1, s + 4); k++) {
    if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') return true;
    if (an.types[k] !== 'word') return false;
  }
  return false;
}

/** The token of clause [c0, c1] nearest the day [from, to] that `is` holds for, before it first at one distance; -1 if none. */
function nearestIn(c0: number, c1: number, from: number, to: number, is: (k: number) => boolean): number {
  for (let d = 1; d <= c1 - c0; d++) {
    if (from - d >= c0 && is(from - d)) return from - d;
    if (to + d <= c1 && is(to + d)) return to + d;
  }
  return -1;
}

/**
 * What the deed of a day was done to: the head noun of the object of the nearest verb of the day's
 * clause ("Police found Card's car … late Wednesday": car; "discovered Card's body Friday
 * evening": body). Two days of one verb done to two things are two deeds.
 */
export function objectOfDay(an: Analysis, from: number, to: number): string | undefined {
  const [c0, c1] = clauseOf(an, from, to);
  const v = nearestIn(c0, c1, from, to, (k) => an.pos[k] === 'VERB' && !saysAt(an, k));
  if (v < 0) return undefined;
  let k = v + 1;
  while (k <= c1 && (an.pos[k] === 'DET' || POSSESSIVES.has(an.lower[k]) || an.pos[k] === 'ADJ' || an.pos[k] === 'PROPN' || an.pos[k] === 'PART' || an.pos[k] === 'NUM' || (an.pos[k] === 'NOUN' && an.pos[k + 1] === 'NOUN'))) k++;
  return k <= c1 && an.pos[k] === 'NOUN' && (k < from || k > to) ? lemmaOf(an, k).toLowerCase() : undefined;
}

/**
 * What a statement dated by a day told: the head noun of the clause after "that", or of the
 * object, of the nearest verb of saying in the day's clause ("23andMe on Tuesday confirmed that
 * hackers … accessed": hacker; "reported third-quarter revenue … on Thursday": revenue). Two
 * statements of unlike things on two days are two statements (see figureScore.ts contextFactors).
 */
export function toldOfDay(an: Analysis, from: number, to: number): string | undefined {
  const [c0, c1] = clauseOf(an, from, to);
  const v = nearestIn(c0, c1, from, to, (k) => saysAt(an, k));
  if (v < 0) return undefined;
  let k = v + 1;
  // "said on Wednesday that …": past the day itself.
  const lead = leadOf(an, from);
  if (k === lead) k = to + 1;
  if (an.lower[k] === 'that') k++;
  const end = Math.min(an.lower.length - 1, k + 8);
  while (k <= end && (an.pos[k] === 'DET' || an.pos[k] === 'ADJ' || an.pos[k] === 'ADV' || an.pos[k] === 'NUM' || an.types[k] === 'number' || an.pos[k] === 'PROPN' || POSSESSIVES.has(an.lower[k]) || (an.pos[k] === 'NOUN' && an.pos[k + 1] === 'NOUN') || an.values[k] === '-')) k++;
  return k <= end && an.pos[k] === 'NOUN' ? lemmaOf(an, k).toLowerCase() : undefined;
}

/**
 * "In April, Taylor was convicted by the Special Court": a time that opens its sentence, set off by a
 * comma and with no verb of its own, dates the clause after the comma.
 */
function openingTime(an: Analysis, from: number, to: number, s0: number, s1: number): string[] | undefined {
  const [c0, c1] = clauseOf(an, from, to);
  if (c0 !== s0 || an.values[c1 + 1] !== ',' || c1 + 2 > s1) return undefined;
  for (let k = c0; k <= c1; k++) if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') return undefined;
  // Not a saying ("In April, Pyongyang confirmed that it had sent troops": the sending is of
  // another moment) nor a plan ("And on Thursday, Corbyn is expected to visit"): those stay undated.
  const [n0, n1] = clauseOf(an, c1 + 2, c1 + 2);
  for (let k = n0; k <= n1; k++) if (saysAt(an, k) || NOT_YET.has(an.lower[k])) return undefined;
  return eventsNear(an, c1 + 2, c1 + 2, true);
}

/**
 * "The European Union has fined Apple … The move Tuesday is the bloc's first antitrust penalty": a
 * day just after the noun that opens its sentence with "the" ("The move Tuesday", "The ruling on
 * Monday") dates what that noun names, and "the" names what the sentence before told: the deeds and
 * words of that sentence are the day's, beside the noun itself. Undefined for any other day.
 */
export function deedNamedBefore(an: Analysis, from: number): { events: string[]; words: string[] } | undefined {
  const s = an.sentenceOf[from];
  const [s0] = an.sentences[s];
  const noun = s0 + 1;
  const at = from === noun + 1 || (from === noun + 2 && an.lower[noun + 1] === 'on');
  if (!at || !/^(the|this)$/.test(an.lower[s0]) || an.pos[noun] !== 'NOUN' || s === 0) return undefined;
  const [p0, p1] = an.sentences[s - 1];
  const events = [lemmaOf(an, noun)];
  for (let k = p0; k <= p1 && events.length < 4; k++) if (an.pos[k] === 'VERB' && !saysAt(an, k) && !events.includes(lemmaOf(an, k))) events.push(lemmaOf(an, k));
  return { events, words: contextWords(an, p0, p0) };
}

/** Words of a deed still to come. */
const NOT_YET = new Set(['will', 'would', 'expected', 'expects', 'plans', 'planned', 'scheduled', 'due']);
