// Text → claims: one wink-nlp pass, then each extractor reads the shared token arrays.
import { analyse } from './nlp';
import { lineEnds, type Readings } from './readings';
import type { Analysis } from './nlp';
import { extractQuantities } from './quantities';
import { extractOrdinals } from './ordinals';
import { extractDates, documentDate, resolveRelative } from './dates';
import { markShares } from './shares';
import { extractQuotes } from './quotes';
import { repetitionsOf, sentenceKeys, type SentenceKeys } from './repetition';
import type { Claim, DateClaim, DocumentClaims, QuantityClaim } from './types';

/** Bumped whenever extraction changes what it returns, so cached claims are rebuilt. */
export const ENGINE_VERSION = '0.4.0';

export interface ExtractOptions {
  /** Resolves relative dates when the document states no date of its own (ISO yyyy-mm-dd). */
  referenceDate?: string;
  /** The date of the document a part of which is being read (see update.ts). */
  documentDate?: DocumentClaims['documentDate'];
  /** Lines read before, kept by their text (readings.ts): the same reading, got faster. */
  readings?: Readings;
}

export function extractClaims(text: string, path: string, options: ExtractOptions = {}): DocumentClaims {
  try {
    return extractUnsafe(text, path, options);
  } catch (e) {
    // Extraction must never take the host down; a text it cannot read yields no claims.
    return { path, claims: [], repetitions: [], error: String(e instanceof Error ? e.message : e) } as DocumentClaims;
  }
}

function extractUnsafe(text: string, path: string, options: ExtractOptions): DocumentClaims {
  const r = options.readings;
  const an = r ? r.analyse(text) : analyse(text);
  const local = r ? localByLine(text, path, r) : localClaims(an, path);
  const quotes = extractQuotes(an, path);
  const docDate = options.documentDate ?? documentDate(text) ?? parseIso(options.referenceDate);
  for (const d of local) if (d.kind === 'date') d.date = resolveRelative(d.date, docDate);
  const claims: Claim[] = [...local, ...quotes].sort((a, b) => a.span.start - b.span.start);
  const keys = sentenceKeys(an);
  const repetitions = repetitionsOf(keys);
  markRepeats(claims, repetitions);
  markShares(claims);
  const result = { path, claims, repetitions, documentDate: docDate };
  sentencesOf.set(result, keys);
  return result;
}

/** Figures, ordinals and dates, in that order (the order claims at one offset keep). */
function localClaims(an: Analysis, path: string): (QuantityClaim | DateClaim)[] {
  const skip = new Uint8Array(an.values.length);
  // Times of day ("4:17 a.m.", "10 pm") are neither counts nor dates.
  for (const e of an.entities) if (e.type === 'TIME') for (let k = e.first; k <= e.last; k++) skip[k] = 1;
  const dates = extractDates(an, path, skip);
  const ordinals = extractOrdinals(an, path, skip);
  const quantities = extractQuantities(an, path, skip);
  return [...quantities, ...ordinals, ...dates];
}

/** Lines from here on are read alone; the ones before, where a dateline may sit, together. */
const HEAD = 400;

/**
 * localClaims() line by line, each line's claims found once for every document that repeats it
 * (readings.ts): a figure or date reads no further than its sentence, and sentences end at line
 * breaks (update.ts relies on the same). The first lines are read as one text, since a dateline
 * ("GLENMOOR,⏎Tuesday") reaches over a line break. test/unit/readings.test.ts checks the result
 * against a whole read on every real text.
 */
function localByLine(text: string, path: string, r: Readings): (QuantityClaim | DateClaim)[] {
  const ends = lineEnds(text);
  const head = ends.find((e) => e >= HEAD) ?? text.length;
  const out = localClaims(r.analyse(text.slice(0, head)), path);
  let from = head;
  for (const end of ends) {
    if (end <= head) continue;
    for (const c of r.claimsOf(text.slice(from, end), (an) => localClaims(an, ''))) out.push(moved(c as QuantityClaim | DateClaim, path, from));
    from = end;
  }
  return out;
}

/** A claim found in a line alone, placed in its document: `at` is where the line starts. */
function moved<T extends Claim>(c: T, path: string, at: number): T {
  const start = c.span.start + at;
  c.id = `${path}${c.id.replace(/\d+$/, String(start))}`;
  c.span = { start, end: c.span.end + at };
  c.sentence = { start: c.sentence.start + at, end: c.sentence.end + at };
  return c;
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
