// Who did what a figure counts: the named subject of the verb that governs it ("Delta cancelled
// 1,360 flights", "United Airlines was a distant second with about 266"). A careful reader does not
// set one party's tally against another's: what United cancelled is not what Delta cancelled.
import type { Analysis } from './nlp';
import { beforeAuxiliaries, clauseOf, hyphenAt, lemmaOf, ownerAt, saysAt } from './context';
import { WEEKDAYS, isDayName } from './lexicon';
import { pastLedBy } from './parties';
import { firstWord, measuresItsSubject } from './subjects';

/** Words between a verb and its figure ("cancelled a further 455", "scrap an additional 1,250"). */
const BETWEEN = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PART', 'SYM']);

/** The most words a verb stands before its figure past phrases of a preposition (verbOf). */
const PAST_PHRASES = 12;
/** Words of time that open a clause of their own, which wink tags as prepositions. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'till', 'once']);
/** Possessives a date's phrase may hold ("the last of his five trophies in 2017"): verbOf's `wide`. */
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * The verb that governs the figure at token `first`, or -1: the nearest before it in its clause,
 * past the words that qualify the figure ("cancelled a further 455"), a preposition and up to two
 * short phrases of a preposition before it, names too ("opened at $56.10", "opened for trading at
 * more than $56", "arrived at the Marendi station on June 5"), or a "with" phrase ("was a distant
 * second with about 266"). `wide`, for a date: phrases that hold adjectives, numbers and
 * possessives too ("Ronaldo, who won the last of his five trophies in 2017": won).
 */
export function verbOf(an: Analysis, first: number, wide = false): number {
  const [c0] = clauseOf(an, first, first);
  // "started trading above the top of the range, at almost $60 apiece": "at" and a figure after a
  // comma say where the verb of the clause before took the thing.
  if (an.lower[c0] === 'at' && first - c0 <= 2 && an.values[c0 - 1] === ',' && c0 - 2 >= 0) {
    const [p0] = clauseOf(an, c0 - 2, c0 - 2);
    for (let k = p0; k < c0 - 1; k++) if (an.pos[k] === 'VERB') return k;
  }
  // "died of AIDS-related complications": a participle hyphened to the word before is an adjective.
  const joined = (i: number) => hyphenAt(an, i - 1);
  const verb = (i: number) => (an.pos[i] === 'VERB' || an.pos[i] === 'AUX') && !joined(i);
  let v = first - 1;
  const since = wide && an.lower[first] === 'since' && an.pos[v] === 'NOUN';
  for (let k = 0; k < 4 && v > c0 && !verb(v); k++) {
    // "Ronaldo has won it five times": the verb's object pronoun stands between it and the figure.
    // So does "a record" before it ("finished among the top three a record 14 times"), and any
    // noun that "a" opens just before a figure ("Israel got a shock 338 points"): no object of its own.
    const object = (an.pos[v] === 'PRON' && (an.lower[v] === 'it' || an.lower[v] === 'them') && verb(v - 1)) || (an.lower[v] === 'record' && an.pos[v - 1] === 'DET') || (v === first - 1 && an.pos[v] === 'NOUN' && /^(a|an)$/.test(an.lower[v - 1]));
    if (!BETWEEN.has(an.pos[v]) && an.types[v] !== 'currency' && !object) {
      if (an.lower[v] === 'with') {
        for (v--; v > c0 && first - v < 10 && !verb(v); v--);
      } else if (an.pos[v] === 'ADP' || since) {
        // "won his first green jacket since 2005": the thing first done since a day is the
        // object of the verb that did it, read past like a phrase.
        // Past at most two more phrases of a preposition, each a few words long ("arrived at the
        // ISS in the Dragon spacecraft in September").
        let phrases = 0;
        for (v--; v > c0 && first - v < PAST_PHRASES && !verb(v) && (/^(ADP|NOUN|PROPN|DET)$/.test(an.pos[v]) || (wide && (/^(ADJ|NUM)$/.test(an.pos[v]) || POSSESSIVE.has(an.lower[v]))) || (since && an.pos[v] === 'ADV') || joined(v) || joined(v + 1)); v--) if (an.pos[v] === 'ADP' && ++phrases > 2) break;
      }
      break;
    }
    v--;
  }
  // "…, affecting nearly 5%": a participle that opens its clause governs it too.
  return (v > c0 || (v === c0 && an.values[v - 1] === ',')) && verb(v) ? v : -1;
}

/**
 * The moment a verb names of the thing measured: a price "opened at", "closed at", "peaked at"; a
 * participle after a comma, the moment of the verb it follows ("closed up 25 per cent …, valuing
 * the company at more than $65bn"); else a phrase of the clause before the figure ("At the open,
 * Arm was valued at almost $60 billion"). A price or a move (`price`) may be read too in the course
 * of a session, or at its extreme.
 */
export function momentOf(an: Analysis, v: number, first = v, price = false): string | undefined {
  if (v >= 0) {
    const own = MOMENT[lemmaOf(an, v)];
    if (own) return own;
    const u = participleOf(an, v);
    const followed = u >= 0 ? MOMENT[lemmaOf(an, u)] : undefined;
    if (followed) return followed;
  }
  const [s0, s1] = an.sentences[an.sentenceOf[first]];
  if (!price) return atThe(an, s0, first);
  // "The stock rose as much as 16.7%": after a verb of change, the session's extreme, not its close.
  const asMuchAs = (k: number) => an.lower[k] === 'as' && (an.lower[k + 1] === 'much' || an.lower[k + 1] === 'high') && an.lower[k + 2] === 'as';
  if (v >= 0 && (asMuchAs(first) ? first - v <= 2 : asMuchAs(first - 3) && first - 3 - v <= 1)) return 'peak';
  // "rose nearly 16% during mid-morning deals", "was trading 14% higher at 12:55 p.m.": a reading
  // in the course of a session, which its close rightly differs from.
  for (let k = s0; k <= s1; k++) {
    if (DURING_SESSION.has(an.lower[k]) && (an.lower[k - 1] === 'mid' || TIME_OF_SESSION.has(an.lower[k - 1]) || TIME_OF_SESSION.has(an.lower[k - 2]))) return 'during';
  }
  if (timesInClause(an, first).length) return 'during';
  return atThe(an, s0, first);
}

/** wink's times of day in the clause of token `first`. */
function timesInClause(an: Analysis, first: number): Analysis['entities'] {
  const [c0, c1] = clauseOf(an, first, first);
  return an.entities.filter((e) => e.type === 'TIME' && e.first >= c0 && e.last <= c1);
}

/**
 * "2,629,684 customers were experiencing outages … at 9:44 a.m. ET": a count read at a time of day
 * is a reading at that moment, which another time's reading rightly differs from. Only a state is
 * read at a moment (stateAt): a deed done at a time ("The three Americans landed … at 11:37 p.m.",
 * "the 33 engines … roared to life at 9:30 a.m.") dates the story's event, whatever its counts.
 */
export function clockIn(an: Analysis, first: number): string | undefined {
  const e = timesInClause(an, first).find((x) => /\d/.test(an.values[x.first]));
  return e && stateAt(an, e.first) ? clockAt(an.text.slice(an.starts[e.first], an.ends[e.last])) : undefined;
}

/** Verbs that tell how things stand, not what was done ("lacked electricity", "remained without power"). */
const STATES = new Set(['be', 'have', 'lack', 'remain', 'stay', 'stand']);

/**
 * Whether the verb a time of day goes with (the nearest of its clause before it, else the first
 * after) tells a state: a verb of being, having or lacking, or one in -ing after "be" ("were
 * experiencing outages").
 */
function stateAt(an: Analysis, time: number): boolean {
  const [c0, c1] = clauseOf(an, time, time);
  const verb = (k: number) => an.pos[k] === 'VERB' || an.pos[k] === 'AUX';
  let v = time - 1;
  while (v >= c0 && !verb(v)) v--;
  if (v < c0) for (v = time + 1; v <= c1 && !verb(v); v++);
  if (v > c1) return true;
  const progressive = an.lower[v].endsWith('ing') && lemmaOf(an, v - 1) === 'be';
  return progressive || STATES.has(lemmaOf(an, v));
}

/** The moment a time of day names, as clockIn writes it: "9:44 a.m. ET" → "at 9:44amet". */
export const clockAt = (time: string) => `at ${time.toLowerCase().replace(/[\s.]/g, '')}`;

/** "At the open, Arm was valued at almost $60 billion", "at the end of its first day trading". */
function atThe(an: Analysis, s0: number, first: number): string | undefined {
  for (let k = first - 3; k >= s0; k--) {
    if (an.lower[k] !== 'at' || an.lower[k + 1] !== 'the') continue;
    const w = an.lower[k + 2];
    if (AT_THE[w]) return AT_THE[w];
    // "at the end of its first day trading": of a session, not of a year.
    if ((w === 'start' || w === 'end') && an.lower[k + 3] === 'of' && an.lower.slice(k + 4, k + 9).some((x) => SESSION.has(x))) return w;
  }
  return undefined;
}

/** For a participle after a comma (token v: "…, affecting nearly 5%"), the verb it follows, or -1. */
function participleOf(an: Analysis, v: number): number {
  return an.values[v - 1] === ',' && /ing$/.test(an.lower[v]) ? verbOfClauseBefore(an, v) : -1;
}

/** The verb of the clause just before token v - 1 (a comma or a word of time), or -1. */
function verbOfClauseBefore(an: Analysis, v: number): number {
  const s0 = an.sentences[an.sentenceOf[v]][0];
  // A verb of being is the clause's verb too ("Haaland, 23, was the favourite after scoring 52 goals").
  const verb = (u: number) => an.pos[u] === 'VERB' || an.pos[u] === 'AUX';
  let u = v - 2;
  while (u > s0 && !verb(u) && an.values[u] !== ',') u--;
  return verb(u) && u > s0 ? u : -1;
}

/** "at the open", "at the close" (of trading): the moment of the day a figure was read. */
const AT_THE: Record<string, string> = { open: 'start', opening: 'start', close: 'end', closing: 'end' };
const SESSION = new Set(['trading', 'session', 'day']);
/** A session's dealings, and the parts of the day a reading in its course is told by. */
const DURING_SESSION = new Set(['trading', 'trade', 'deals', 'dealings', 'session']);
const TIME_OF_SESSION = new Set(['early', 'morning', 'mid-morning', 'midday', 'afternoon', 'late', 'intraday']);

// A price something was sold or offered at is set before the trading that opens and closes.
const MOMENT: Record<string, string> = { open: 'start', start: 'start', begin: 'start', close: 'end', end: 'end', finish: 'end', peak: 'peak', sell: 'sale', offer: 'sale', price: 'sale' };

/** Verbs of saying whose object may be the speaker's own deeds. */
const ANNOUNCING = new Set(['announce', 'unveil', 'reveal', 'disclose']);

/** What doerOf tells of the name it finds, besides the name (ClaimContext owns and described). */
export type DoerHow = { owns?: boolean; described?: boolean };

/**
 * The doer of the figure whose verb is token `v` (verbOf), as written: a name ("Delta", "United
 * Airlines"), or a phrase that sets itself apart from the names ("other US airlines"). Nothing when
 * the figure has no verb before it in its clause, when the verb is one of saying (the source, not
 * the doer), when the subject is a pronoun or a common noun: none of those tells one party from another.
 * `how` is told when the name owns what the figure measures ("China's population was") or is what
 * the figure describes ("Oncor, a utility that serves"), rather than doing it.
 */
export function doerOf(an: Analysis, v: number, relative = false, how?: DoerHow): string | undefined {
  // "Microsoft announced 10,000 job cuts", "Meta revealed 11,000 layoffs": a party that announces a
  // figure of its own deeds (the verb's object, not a clause) is their doer.
  if (v < 0 || (saysAt(an, v) && !ANNOUNCING.has(lemmaOf(an, v)))) return undefined;
  // "Microsoft announced 10,000 job cuts, affecting nearly 5% of its workforce": a participle
  // after a comma has the doer of the verb it follows. So has one after a word of time, for the
  // figure it takes ("Olly Alexander finished in 18th place after receiving 46 points"; not
  // "before convicting Trump of all 34 counts": the counts are Trump's, not the jurors').
  const takesFigure = CLAUSE_OPENERS.has(an.lower[v - 1]) && (an.types[v + 1] === 'number' || an.pos[v + 1] === 'NUM');
  if ((an.values[v - 1] === ',' || takesFigure) && /ing$/.test(an.lower[v])) {
    const u = verbOfClauseBefore(an, v);
    return u >= 0 ? doerOf(an, u) : undefined;
  }
  let [c0] = clauseOf(an, v, v);
  // "was forced to scrap", "ended up canceling": the subject of the first verb of the chain.
  let j = beforeAuxiliaries(an, v - 1, c0);
  // "Butler and Adebayo both scored 21 points": past a quantifier floated off its subject.
  if ((an.lower[j] === 'both' || an.lower[j] === 'all') && (an.pos[j - 1] === 'PROPN' || an.pos[j - 1] === 'NOUN') && j - 1 >= c0) j--;
  // "Facebook's parent Meta, meanwhile, revealed 11,000 layoffs": past an adverb set off by commas.
  if (j === c0 - 1 && an.values[j] === ',' && an.pos[j - 1] === 'ADV' && an.values[j - 2] === ',') {
    j = j - 3;
    [c0] = clauseOf(an, j, j);
  }
  // "The NDA (…) led by the BJP won 293 seats": the alliance won them, not the party that leads it.
  if (j >= c0) {
    const k = pastLedBy(an, j, an.sentences[an.sentenceOf[v]][0]);
    if (k !== j) {
      j = k;
      [c0] = clauseOf(an, j, j);
    }
  }
  // "Brady, who is considered … of all time, won seven Super Bowls": past a clause of "who" or
  // "which" set off by commas, to the name it describes; and so past an apposition with no verb
  // ("Thomas, a noted art dealer and collector, died … in 1993").
  if (j === c0 - 1 && an.values[j] === ',') {
    const s0 = an.sentences[an.sentenceOf[v]][0];
    let k = j - 1;
    while (k > s0 && an.values[k] !== ',') k--;
    // A participle before a noun describes it ("a jailed Iranian activist"): no verb of a clause.
    const attributive = (t: number) => an.pos[t] === 'VERB' && /^(DET|ADJ)$/.test(an.pos[t - 1]) && /^(NOUN|PROPN|ADJ)$/.test(an.pos[t + 1]);
    const apposition = /^(a|an|the)$/.test(an.lower[k + 1]) && !an.pos.slice(k + 1, j).some((t, i) => (t === 'VERB' && !attributive(k + 1 + i)) || t === 'AUX');
    // "Haaland, 23, was": past an age set off by commas.
    const age = agedBefore(an, j) > 0;
    if (an.values[k] === ',' && (an.lower[k + 1] === 'who' || an.lower[k + 1] === 'which' || apposition || age) && an.pos[k - 1] === 'PROPN') {
      j = k - 1;
      [c0] = clauseOf(an, j, j);
    }
  }
  // "Thomas Ammann, who died in 1993", "Alec Douglas-Home, who served 364 days": "who" just after a
  // name and its comma is that name, for a date or a figure (`relative`; not for an ordinal). "Talvor
  // beat Okafor, who has 24 titles" still meets "beat the 23-time champion": the times of a title
  // named as the verb's object are not the subject's (quantities.ts).
  // "Paul Whelan, 54, who was arrested in 2018": past the age set off by commas.
  const aged = agedBefore(an, j - 1);
  // "the European Union, which faces a 20% tariff": "which" after a name and its comma is that name,
  // for a figure too (a thing or a body named, not a person beaten or met). `nameFor`: the pronoun
  // ("who" or "which") stands for the name before its comma.
  const nameFor = ((relative && an.lower[j] === 'who') || an.lower[j] === 'which') && an.values[j - 1] === ',' && an.pos[j - 2 - aged] === 'PROPN';
  if (nameFor) {
    j -= 2 + aged;
    [c0] = clauseOf(an, j, j);
  }
  // "Oncor, a utility that serves more than 10 million customers": a clause on a noun set beside a
  // name tells what that name is (its size, its staff), so the name is the doer.
  const described = describedName(an, j);
  if (described !== undefined) {
    j = described;
    [c0] = clauseOf(an, j, j);
    if (how) how.described = true;
  }
  for (let n = 0; n < 2 && (an.lower[j] === 'to' || an.lower[j] === 'up') && an.pos[j - 1] === 'VERB'; n++) j = beforeAuxiliaries(an, j - 2, c0);
  // "were forcing it to shed 10,000 jobs": the object of the verb before "to" does the deed.
  if (an.lower[j] === 'to' && an.pos[j - 1] === 'PRON' && an.pos[j - 2] === 'VERB') j--;
  // "Microsoft this week said … it would shed 10,000 jobs": "it" or "they" in what a named party
  // said is that party.
  if (/^(it|they)$/.test(an.lower[j])) return speakerBefore(an, j);
  // "Amazon's move to cut 18,000 jobs", "Ford's plan to hire": the owner of the noun before "to".
  if (an.pos[j] === 'NOUN' && an.lower[j + 1] === 'to' && ownerAt(an, j - 1, true)) j -= 2;
  // "China's population was 114.4 crore", "Apple's revenue rose": the subject a verb of being or of
  // change measures is its owner's, as a reader sets China's population apart from India's (not the
  // subject of a verb of doing: "Greene's amendment drew the votes of 71 Republicans").
  else if (an.pos[j] === 'NOUN' && measuresItsSubject(an, v)) {
    const k = runBack(an, j, c0, ['NOUN', 'ADJ']);
    if (k - 2 >= c0 && ownerAt(an, k - 1, true)) {
      j = k - 2;
      if (how) how.owns = true;
    }
  }
  // A verb in the passive ("had been cancelled") has what it counts for its subject, not a doer.
  if (j < c0 || an.pos[j] === 'VERB') return undefined;
  // A name is its run of proper nouns ("cybersecurity firm CrowdStrike" → crowdstrike), not a day.
  if (an.pos[j] === 'PROPN') {
    let k = nameBack(an, j, c0);
    // "Bam Adebayo of Miami scored", "the Bank of England raised": a name "of" a name is one name,
    // whose first part does the deed.
    if (an.lower[k - 1] === 'of' && an.pos[k - 2] === 'PROPN' && k - 2 >= c0) k = nameBack(an, k - 2, c0);
    // "Wilmore and Williams arrived June 5": names joined by "and" do the deed together.
    if (an.lower[k - 1] === 'and' && an.pos[k - 2] === 'PROPN' && k - 2 >= c0) k = nameBack(an, k - 2, c0);
    // "The death toll from the quake in Marendi rose": a name after a preposition is no subject,
    // but for "with" before a verb in -ing ("with Thompson finishing in 9.789"), whose subject it is.
    // But "founded by Anton Talvor, who died in 1987": the name "who" or "which" stands for, wherever it stands.
    // Nor for a word of time that opens a clause, wink's ADP ("born a year after Woods won his 14th
    // major"): the name just before the clause's verb is its subject.
    // "Alsu Kurmasheva, 47, a Russian-American editor for Radio Free Europe, who was arrested": a
    // name after a preposition inside an apposition is not the one "who" stands for; the name the
    // apposition describes is.
    if (nameFor && an.pos[k - 1] === 'ADP') {
      const head = describedByApposition(an, k - 1);
      if (head !== undefined) return nameOf(an, nameBack(an, head, an.sentences[an.sentenceOf[head]][0]), head);
    }
    if (!nameFor && an.pos[k - 1] === 'ADP' && !(an.lower[k - 1] === 'with' && j + 1 === v && /ing$/.test(an.lower[v])) && !(CLAUSE_OPENERS.has(an.lower[k - 1]) && j + 1 === v)) return undefined;
    return nameOf(an, k, j);
  }
  const k = runBack(an, j, c0, PHRASE);
  return an.pos[j] === 'NOUN' && an.lower.slice(k, j + 1).includes('other') ? written(an, k, j) : undefined;
}

/**
 * The last token of the name an apposition that holds token `at` describes ("Alsu Kurmasheva, 47, a
 * Russian-American editor for …"): the apposition opens with "a", "an" or "the" after a comma, and
 * the name stands before that comma, past an age set off by commas.
 */
function describedByApposition(an: Analysis, at: number): number | undefined {
  const s0 = an.sentences[an.sentenceOf[at]][0];
  let c = at;
  while (c > s0 && an.values[c] !== ',') c--;
  if (an.values[c] !== ',' || !/^(a|an|the)$/.test(an.lower[c + 1] ?? '')) return undefined;
  const h = c - 1 - agedBefore(an, c);
  return an.pos[h] === 'PROPN' && h >= s0 ? h : undefined;
}

/** "Paul Whelan, 54," before the comma at `comma`: the tokens of an age set off by commas just before it (2), or 0. */
const agedBefore = (an: Analysis, comma: number) => (an.types[comma - 1] === 'number' && an.values[comma - 2] === ',' ? 2 : 0);

/**
 * The last token of the name that the relative pronoun at j describes through a noun set beside it
 * ("Oncor, a utility that serves", "Wagner, the mercenary group which employs"), if any.
 */
function describedName(an: Analysis, j: number): number | undefined {
  if (!/^(that|which|who)$/.test(an.lower[j]) || an.pos[j - 1] !== 'NOUN') return undefined;
  let k = j - 1;
  while (k > 0 && (an.pos[k - 1] === 'NOUN' || an.pos[k - 1] === 'ADJ')) k--;
  if (an.pos[k - 1] !== 'DET' || an.values[k - 2] !== ',' || an.pos[k - 3] !== 'PROPN') return undefined;
  // The name opens its clause, as a subject does (not "… and the Labor Party, a range that goes").
  const first = runBack(an, k - 3, 0, NAME);
  return first === 0 || an.types[first - 1] !== 'word' ? k - 3 : undefined;
}

export const NAME = ['PROPN'];
const PHRASE = ['PROPN', 'NOUN', 'ADJ'];

/** The first token of the run of words tagged `tags` that ends at token j, not before `floor`. */
export function runBack(an: Analysis, j: number, floor: number, tags: string[]): number {
  let k = j;
  while (k > floor && tags.includes(an.pos[k - 1]) && an.types[k - 1] === 'word') k--;
  return k;
}

/**
 * The first token of the name that ends at token j: its run of proper nouns, and a capitalised word
 * before them inside the sentence, whatever the tagger reads it as ("Bam Adebayo": "Bam" an interjection).
 */
function nameBack(an: Analysis, j: number, floor: number): number {
  let k = runBack(an, j, floor, NAME);
  while (k > floor && an.types[k - 1] === 'word' && /^\p{Lu}\p{Ll}/u.test(an.values[k - 1]) && k - 1 !== firstWord(an, k - 1) && an.pos[k - 1] !== 'DET' && !isDayName(an.lower[k - 1])) k = runBack(an, k - 1, floor, NAME);
  return k;
}

/** A run of proper nouns k..j as written, unless it names a day or a month ("Wednesday", "Friday March"). */
const nameOf = (an: Analysis, k: number, j: number) => (an.lower.slice(k, j + 1).some(isDayName) ? undefined : written(an, k, j));

/** Tokens k..j as written, each without its "'s". */
const written = (an: Analysis, k: number, j: number) => an.values.slice(k, j + 1).map((w) => w.replace(/['’]s$/, '')).join(' ');

/** The name that says what follows, before token j of its sentence ("Microsoft this week said"), if any. */
function speakerBefore(an: Analysis, j: number): string | undefined {
  const s0 = an.sentences[an.sentenceOf[j]][0];
  for (let i = j - 1; i > s0; i--) {
    if (!saysAt(an, i)) continue;
    // Past a few words of time between the name and its verb ("this week", "on Friday").
    let k = beforeAuxiliaries(an, i - 1, s0);
    for (let n = 0; n < 3 && k > s0 && an.pos[k] !== 'PROPN' && (TIME_WORDS.has(an.lower[k]) || WEEKDAYS.includes(an.lower[k]) || an.pos[k] === 'DET'); n++) k--;
    if (an.pos[k] !== 'PROPN' || an.types[k] !== 'word') return undefined;
    return written(an, runBack(an, k, s0, NAME), k);
  }
  return undefined;
}

const TIME_WORDS = new Set(['week', 'month', 'year', 'today', 'yesterday', 'earlier', 'later', 'also', 'then', 'on']);

/**
 * A doer that is not the party its document is about (narrowing.ts subjectNames): a report on
 * Alphabet's job cuts that tells of "Microsoft announced 10,000 job cuts" sets another company's
 * figure beside its own. Unknown when the document names no party most.
 */
export function asideOf(doer: string, subjects: Set<string>): boolean {
  return subjects.size > 0 && !doer.toLowerCase().split(' ').some((w) => subjects.has(w));
}

/** The party a document is about, when a figure's clause names it ("Alphabet (GOOG) stock advanced … after … 12,000 job cuts"). */
export function partyIn(words: readonly string[], subjects: Set<string>): string | undefined {
  return words.find((w) => subjects.has(w));
}

/**
 * "Alphabet employed nearly 187,000 workers … The cuts represent a little over 6 percent of its
 * total workforce": a whole said to be "its" or "their" just after the figure is the named subject's
 * that opens the sentence, or else the sentence before (the subject a reader carries over).
 */
export function ownerOfIts(an: Analysis, last: number): string | undefined {
  if (an.lower[last + 1] !== 'of' || !/^(its|their)$/.test(an.lower[last + 2] ?? '')) return undefined;
  const s = an.sentenceOf[last];
  return nearestNamedSubject(an, an.sentences[s][0], last) ?? (s > 0 ? openingName(an, an.sentences[s - 1][0], an.sentences[s - 1][1]) : undefined);
}

/**
 * The name nearest before `last` in its sentence that a verb follows, from `s0` ("United cancelled
 * 9% of flights, while American cancelled about 2% and delayed 43% of its flights": American).
 */
function nearestNamedSubject(an: Analysis, s0: number, last: number): string | undefined {
  for (let j = last - 1; j >= s0; j--) {
    if (an.pos[j] !== 'PROPN' || an.types[j] !== 'word' || an.pos[j + 1] !== 'VERB') continue;
    let k = j;
    while (k > s0 && an.pos[k - 1] === 'PROPN' && an.types[k - 1] === 'word') k--;
    return nameOf(an, k, j);
  }
  return undefined;
}

/** The run of proper nouns that opens a sentence at s0, followed by its verb before `end` ("Alphabet employed"). */
function openingName(an: Analysis, s0: number, end: number): string | undefined {
  let j = s0;
  while (j + 1 < end && an.pos[j + 1] === 'PROPN' && an.types[j + 1] === 'word') j++;
  if (an.pos[s0] !== 'PROPN' || an.types[s0] !== 'word' || an.pos[j + 1] !== 'VERB') return undefined;
  return nameOf(an, s0, j);
}

/**
 * "The highest individual damages award was $120m, which went to Robbie Parker", "Robbie Parker,
 * who the jury awarded $120m": an amount that a clause of "which" just after it says went to a
 * name, or that a clause of "who" after a name says was given to it, is that name's.
 */
export function recipientOf(an: Analysis, first: number, last: number): string | undefined {
  // "Parker, who the jury awarded $120m": "who" is the one given it, the clause's subject the giver.
  const v = first - 1;
  const given = GIVE.test(an.lower[v] ?? '');
  if (given) {
    const s0 = an.sentences[an.sentenceOf[v]][0];
    let w = v - 1;
    while (w > s0 && v - w < 5 && (an.pos[w] === 'NOUN' || an.pos[w] === 'PROPN' || an.pos[w] === 'DET' || an.pos[w] === 'ADJ')) w--;
    if (w < v - 1 && /^(who|whom)$/.test(an.lower[w]) && an.values[w - 1] === ',' && an.pos[w - 2] === 'PROPN') return nameOf(an, runBack(an, w - 2, s0, NAME), w - 2);
  }
  // "gave 12 points to Eden Golan", "awarded 12 points to Nemo": the one named after "to".
  if (given && an.lower[last + 1] === 'to') return nameFrom(an, last + 2);
  let k = last + 1;
  if (an.values[k] === ',') k++;
  if (!/^(which|that)$/.test(an.lower[k]) || !/^(went|goes|go)$/.test(an.lower[k + 1]) || an.lower[k + 2] !== 'to') return undefined;
  return nameFrom(an, k + 3);
}

/** The name whose run of proper nouns starts at token j, if one does. */
function nameFrom(an: Analysis, j: number): string | undefined {
  if (an.pos[j] !== 'PROPN') return undefined;
  let e = j;
  while (an.pos[e + 1] === 'PROPN' && an.types[e + 1] === 'word') e++;
  return nameOf(an, j, e);
}

const GIVE = /^(award|awarded|awards|gave|give|gives|given|paid|granted)$/;

/**
 * "layoffs …, which include 10,000 each by Microsoft and Amazon": a figure given "each by" names
 * after it is each of those names' ("Microsoft and Amazon", as names joined by "and" are).
 */
export function eachByAfter(an: Analysis, last: number): string | undefined {
  if (an.lower[last + 1] !== 'each' || an.lower[last + 2] !== 'by' || an.pos[last + 3] !== 'PROPN') return undefined;
  const s1 = an.sentences[an.sentenceOf[last]][1];
  let j = last + 3;
  while (j + 1 <= s1 && (an.pos[j + 1] === 'PROPN' || (an.lower[j + 1] === 'and' && an.pos[j + 2] === 'PROPN'))) j++;
  return nameOf(an, last + 3, j);
}

/**
 * "Mookie Betts (making $365 million over 12 years)", "Freddie Freeman ($162 million over six
 * years)": every figure in brackets just after a name is that name's.
 */
export function nameBeforeBracket(an: Analysis, first: number): string | undefined {
  const s0 = an.sentences[an.sentenceOf[first]][0];
  for (let k = first - 1; k > s0 && k >= first - BRACKET_REACH; k--) {
    if (an.values[k] === ')') return undefined;
    if (an.values[k] !== '(') continue;
    // "21 degrees Fahrenheit (minus 22 …)": a scale after a figure is its unit, no name.
    if (an.pos[k - 1] !== 'PROPN' || an.types[k - 1] !== 'word' || an.types[k - 2] === 'number' || an.lower[k - 2] === 'degrees') return undefined;
    return nameOf(an, runBack(an, k - 1, s0, NAME), k - 1);
  }
  return undefined;
}

/**
 * "Japan – 20 golds", "France: 16 golds": a line of a table that opens with a name and a dash or a
 * colon gives the figure after them to that name.
 */
export function nameOpeningLine(an: Analysis, first: number): string | undefined {
  const sep = first - 1;
  if (!LINE_LABEL.has(an.values[sep] ?? '') || an.pos[sep - 1] !== 'PROPN') return undefined;
  const s0 = an.sentences[an.sentenceOf[first]][0];
  const start = runBack(an, sep - 1, s0, NAME);
  // The name opens its line.
  if (start > 0 && !/\n\s*$/.test(an.text.slice(Math.max(0, an.starts[start] - 3), an.starts[start]))) return undefined;
  return nameOf(an, start, sep - 1);
}

const LINE_LABEL = new Set(['–', '—', '-', ':']);

/** How far back in its bracket a figure may stand from the bracket's opening. */
const BRACKET_REACH = 10;
