// Text → claims: one wink-nlp pass, then each extractor reads the shared token arrays.
import { analyse } from './nlp';
import type { Readings } from './readings';
import type { Analysis } from './nlp';
import { extractQuantities } from './quantities';
import { extractTimes } from './timesOfDay';
import { extractOrdinals } from './ordinals';
import { skipStatistics } from './statistics';
import { extractDates } from './dates';
import { dayOfTime, documentDate, resolveRelative, yearFromReport } from './dateWords';
import { markShares } from './shares';
import { headlineEnd, markHeadline, markReferredBack, markStatedExactly } from './restatements';
import { extractQuotes } from './quotes';
import { repetitionsOf, sentenceKeys, type SentenceKeys } from './repetition';
import { DURATION_UNITS } from './lexicon';
import { partOfName } from './figures';
import { setMark } from './context';
import { clockAt } from './doers';
import { PAIRED_BY } from './figureLists';
import type { Claim, DateClaim, DocumentClaims, QuantityClaim } from './types';

/** Bumped whenever extraction or comparison changes what it returns, so cached claims and findings are rebuilt. */
export const ENGINE_VERSION = '0.9.401';

export interface ExtractOptions {
  /** Resolves relative dates when the document states no date of its own (ISO yyyy-mm-dd). */
  referenceDate?: string;
  /** The date of the document a part of which is being read (see update.ts). */
  documentDate?: DocumentClaims['documentDate'];
  /** Lines read before, kept by their text (readings.ts): the same reading, got faster. */
  readings?: Readings;
}

/** A made-up passage with the forms most texts hold: dates, a weekday, figures, money, a quotation. */
const WARM_UP = 'LONDON, Tuesday 3 March 2020 - The council said on Monday that about 1,200 homes, or 15% of the total, lost power for three hours on 12 April. "We expect it back by Friday," said Ann Lee, the mayor. Repairs cost $4.5 million (£3.5m), up from 2.1 million a year ago.';
let warm = false;

/**
 * Reads a short passage once, so that this thread's first real read does not pay for compiling the
 * readers: a server extracts on workers while it indexes, and the first keystroke then took 50-100
 * ms more on its own thread (chrono's first dates alone cost 150 ms).
 */
export function warmUp(): void {
  if (warm) return;
  warm = true;
  extractClaims(WARM_UP, 'warm-up');
}

export function extractClaims(text: string, path: string, options: ExtractOptions = {}): DocumentClaims {
  try {
    return extractUnsafe(text, path, options);
  } catch (e) {
    // Extraction must never take the host down; a text it cannot read yields no claims.
    return { path, claims: [], repetitions: [], error: String(e instanceof Error ? e.message : e) } as DocumentClaims;
  }
}

/** A word before a capitalised name, no preposition, article or adjective before it: "Jan" of "Jan Smith". */
function firstName(an: Analysis, k: number): boolean {
  return an.types[k] === 'word' && an.pos[k + 1] === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(an.values[k + 1] ?? '') && an.sentenceOf[k + 1] === an.sentenceOf[k] && !/^(ADP|DET|ADJ|NUM)$/.test(an.pos[k - 1] ?? '');
}

function extractUnsafe(text: string, path: string, options: ExtractOptions): DocumentClaims {
  const r = options.readings;
  const an = r ? r.analyse(text) : analyse(text);
  // "Flight 1282", "Apollo 11": a number that ends a name is no year, though wink marks some as dates.
  // "Jan Smith scored", "June Carter sang": a month's name alone before a name, with no word of
  // time before it ("in June Labour won" keeps its date), is a person's first name.
  an.entities = an.entities.filter((e) => !(e.type === 'DATE' && e.first === e.last && ((an.types[e.first] === 'number' && partOfName(an, e.first)) || firstName(an, e.first))));
  // Figures and dates read the whole document too (the names it is about: subjectNames), so only
  // wink's reading comes line by line from the readings, never claims.
  const local = localClaims(an, path);
  const quotes = extractQuotes(an, path);
  const docDate = options.documentDate ?? documentDate(text) ?? parseIso(options.referenceDate);
  for (const d of local) {
    if (d.kind === 'date') d.date = yearFromReport(resolveRelative(d.date, docDate), docDate);
    else if (d.context.time) d.context.day = dayOfTime(d.context.time, docDate);
  }
  const claims: Claim[] = [...local, ...quotes].sort((a, b) => a.span.start - b.span.start);
  const keys = sentenceKeys(an);
  const repetitions = repetitionsOf(keys);
  markRepeats(claims, repetitions);
  markDocument(claims, text);
  const result = { path, claims, repetitions, documentDate: docDate };
  sentencesOf.set(result, keys);
  return result;
}

/** Figures, times of day, ordinals and dates, in that order (the order claims at one offset keep). */
function localClaims(an: Analysis, path: string): (QuantityClaim | DateClaim)[] {
  const skip = new Uint8Array(an.values.length);
  skipStatistics(an, skip);
  for (let i = 0; i < an.values.length; i++) {
    if (an.types[i] !== 'number') continue;
    // "within .09 of each other", "by .005 seconds": wink splits a fraction written without its 0
    // into a point and "09", which would read as nine.
    const fraction = i > 0 && an.values[i - 1] === '.' && an.starts[i] === an.ends[i - 1] && /^[\s(]?$/.test(an.text.slice(Math.max(0, an.starts[i - 1] - 1), an.starts[i - 1]));
    // "23andMe": a number run into a name written in camel case is part of that name, no figure.
    const inName = i + 1 < an.values.length && an.starts[i + 1] === an.ends[i] && /\p{Ll}\p{Lu}/u.test(an.values[i + 1]);
    if (fraction || inName) skip[i] = 1;
  }
  const times = extractTimes(an, path, skip);
  // Other times wink marks ("noon", "4:17 in the morning") are neither counts nor dates; but one
  // that holds a length of time ("within about 12 hours before it made landfall") holds a figure.
  for (const e of an.entities) if (e.type === 'TIME' && !holdsDuration(an, e.first, e.last)) for (let k = e.first; k <= e.last; k++) skip[k] = 1;
  // "(1915 GMT)" is a time, not the year 1915: a date inside a time of day is dropped.
  const found = extractDates(an, path, skip);
  const dates = times.length ? found.filter((d) => !times.some((t) => d.span.start >= t.span.start && d.span.end <= t.span.end)) : found;
  const ordinals = extractOrdinals(an, path, skip);
  const quantities = extractQuantities(an, path, skip);
  markPartners(an.text, quantities);
  return [...quantities, ...times, ...ordinals, ...dates];
}

/**
 * "171 guests and 6 crew members": figures listed together each name the other as a partner, so
 * that a source listing "174 passengers and six crew members" is seen to list the same things; so
 * do two paired by "in" or "on" ("52 goals in 53 matches").
 */
function markPartners(text: string, qs: QuantityClaim[]): void {
  for (let i = 0; i + 1 < qs.length; i++) {
    const [a, b] = [qs[i], qs[i + 1]];
    const between = text.slice(a.span.end, b.span.start);
    if (!a.context.noun || !b.context.noun || !(/^\s*(,|and|, and)\s*$/.test(between) || PAIRED_BY.test(between))) continue;
    a.context.partner = `${b.quantity.low} ${b.context.noun}`;
    b.context.partner = `${a.quantity.low} ${a.context.noun}`;
  }
}

/**
 * The sentence keys of claims extracted in this process, so an edit can find repeated passages
 * again without reading the whole text (claims read from a cache have none: a full read then).
 */
export const sentencesOf = new WeakMap<DocumentClaims, SentenceKeys>();

function parseIso(s: string | undefined): { year: number; month?: number; day?: number } | undefined {
  const m = s ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s) : null;
  if (!m) return undefined;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/** A claim inside a repeated passage points at its twin in the first copy. */
export function markRepeats(claims: Claim[], reps: DocumentClaims['repetitions']): void {
  if (reps.length === 0) return;
  const byStart = new Map(claims.map((c) => [c.span.start, c]));
  for (const c of claims) {
    const r = reps.find((x) => c.span.start >= x.again.start && c.span.end <= x.again.end);
    if (!r) continue;
    const twin = byStart.get(c.span.start - r.again.start + r.first.start);
    if (twin && twin.text === c.text) c.repeatOf = twin.id;
  }
}

/** A number, in figures or in words, followed by a unit of time among tokens [first, last]: "about 12 hours before", "nine hours later". */
function holdsDuration(an: Analysis, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if ((an.types[k] === 'number' || an.pos[k] === 'NUM') && an.lower[k + 1] in DURATION_UNITS) return true;
  return false;
}

/**
 * What a document's claims tell of each other, marked on them once the document is read, whole or
 * after an edit (update.ts), so that comparing two claims reads nothing of their documents: a
 * headline's figures that the body gives again, vague figures it states more exactly and counts it
 * names again with "the" (restatements.ts), each party's share (shares.ts), the day of a risen count
 * that names none, the members of a series.
 */
export function markDocument(claims: readonly Claim[], text: string): void {
  markHeadline(claims, headlineEnd(text));
  markShares(claims);
  dayOfRisenCounts(claims);
  markMembers(claims);
  markDays(claims);
  markStatedExactly(claims);
  markReferredBack(claims, text);
  markStamps(claims);
}

/** A count hyphened before its noun ("The 32-story … rocket"): it describes a thing, read at no time. */
const HYPHENED_COUNT = /^\S*\d[-‑]\p{L}/u;

/**
 * "2,629,684 customers were experiencing outages at 9:44 a.m. ET", "3,674,987 customers … at
 * 3:28pm": a time of day that a count of its sentence is read at (that count's moment, doers.ts
 * clockIn) is when a source read a changing count. Two sources read it at different times, so such
 * a time is never set against another (verdicts.ts). Not the time of a count hyphened before its
 * noun ("The 32-story … rocket surged off the pad at 1:47 a.m.": the launch's).
 */
function markStamps(claims: readonly Claim[]): void {
  for (const c of claims) {
    if (c.kind !== 'quantity' || c.quantity.kind !== 'time') continue;
    const at = clockAt(c.text);
    setMark(c, 'stamp', claims.some((o) => o.kind === 'quantity' && o.quantity.kind === 'count' && o.sentence.start === c.sentence.start && !!o.context.moment && at.startsWith(o.context.moment) && !HYPHENED_COUNT.test(o.text)) || undefined);
  }
}

/**
 * A report that names two or more weekdays ("the rains began late Monday", "on Wednesday suspended
 * check-in") tells a story over days, each day its own events: its weekdays are marked, and meet
 * another such report's other weekday only on the context a calendar date needs (figureScore.ts).
 */
function markDays(claims: readonly Claim[]): void {
  const days = new Set<number>();
  for (const c of claims) if (c.kind === 'date' && c.date.type === 'weekday' && !c.repeatOf) days.add(c.date.weekday);
  for (const c of claims) if (c.kind === 'date' && c.date.type === 'weekday') setMark(c, 'severalDays', days.size >= 2 || undefined);
}

/**
 * A report that names several ordinals of one noun ("the first set", "the second set", "the third
 * set") names members of a series, one after another, not one count told two ways: such an ordinal
 * is marked, and meets another source's only for the same deed (frame.ts sameSeries).
 */
function markMembers(claims: readonly Claim[]): void {
  const values = new Map<string, Set<number>>();
  const ordinals = claims.filter((c): c is QuantityClaim => c.kind === 'quantity' && c.quantity.kind === 'ordinal' && !!c.context.noun && !c.context.superlative);
  for (const c of ordinals) {
    const seen = values.get(c.context.noun!) ?? new Set<number>();
    seen.add(c.quantity.low);
    values.set(c.context.noun!, seen);
  }
  for (const c of ordinals) {
    setMark(c, 'member', (values.get(c.context.noun!)?.size ?? 0) >= 2 || undefined);
  }
}

/**
 * A report follows one rising count: "the death toll … rose to more than 2800" on Monday in its
 * lead, "the death toll had risen to 2862" further down with no day of its own is Monday's too.
 */
function dayOfRisenCounts(claims: readonly Claim[]): void {
  const risen = claims.filter((c): c is QuantityClaim => c.kind === 'quantity' && !!c.context.risen);
  // Read again after an edit: a day taken from the report's first risen count may have changed.
  for (const c of risen) {
    if (!c.context.dayOfReport) continue;
    const { day: _day, dayOfReport: _of, ...own } = c.context;
    c.context = own;
  }
  const day = risen.find((c) => c.context.day)?.context.day;
  if (day) for (const c of risen) if (!c.context.day) c.context = { ...c.context, day, dayOfReport: true };
}
