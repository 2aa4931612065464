// Fractions written in words are shares: "about a quarter of the city" is 25%, "one in five homes"
// 20%, "two-thirds of the roads" 66.7%, "half of the victims" 50%.
import type { Analysis } from './nlp';
import type { Quantity } from './types';
import { countedNoun } from './countedNoun';
import { qualifierBefore, type Found } from './figures';
import { DASHES } from './lexicon';
import { numberWordValue, partOfScale } from './numbers';
import { CHANGE_WORDS } from './status';
import { lemmaOf } from './context';
import { DURATION_UNITS, MEASURE_UNITS, PARTS, POSSESSIVES } from './lexicon';

/** Parts in the plural that count nothing but parts (not "quarters" of a year or a game, nor "halves"). */
const ONLY_PARTS = new Set(['thirds', 'fifths', 'tenths']);
export const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, nine: 9 };

/** A whole number written as digits ("10") or a word ("ten"), at token i. */
function wholeAt(an: Analysis, i: number): number | undefined {
  const v = an.values[i] ?? '';
  // "one in 10,000 patients": thousands grouped by commas too.
  if (an.types[i] === 'number') return /^(\d{1,4}|\d{1,3}(,\d{3})+)$/.test(v) ? Number(v.replace(/,/g, '')) : undefined;
  // wink tags number words NUM: the cheap test first ("X in Y" is everywhere).
  return an.pos[i] === 'NUM' ? numberWordValue(an.lower[i]) : undefined;
}

/**
 * Not "won at age 46 in 1986", "scored 30 in 2019": four digits of a year with no counted noun
 * after them are the year the figure holds for ("one in 2000 people" stays a share).
 */
function yearAt(an: Analysis, k: number): boolean {
  const y = Number(an.values[k]);
  return an.types[k] === 'number' && /^\d{4}$/.test(an.values[k]) && y >= 1000 && y <= 2100 && an.pos[k + 1] !== 'NOUN';
}

/** A fraction in words at token i, as a share of what follows "of" (or "in N"). */
export function fractionAt(an: Analysis, i: number): Found | undefined {
  const w = an.lower[i];
  let last: number;
  let share: number;
  // "one in five homes", "six in 10 adults", "nine out of 10 doctors", "1 in 3 children"
  // The words first: this runs at every token.
  // "one in every 20 children" too.
  const after = an.lower[i + 1] === 'in' ? i + 2 : an.lower[i + 1] === 'out' && an.lower[i + 2] === 'of' ? i + 3 : -1;
  const k = after > 0 && an.lower[after] === 'every' ? after + 1 : after;
  const n = k > 0 ? wholeAt(an, i) : undefined;
  if (n !== undefined) {
    const m = wholeAt(an, k);
    // Not "3 in 10 minutes", "one in 10 years": a count in a span of time or space.
    const unit = an.lower[k + 1] ?? '';
    if (m !== undefined && m > n && !Object.hasOwn(DURATION_UNITS, unit) && !Object.hasOwn(MEASURE_UNITS, unit) && !yearAt(an, k)) return found(an, i, k, (100 * n) / m, k + 1);
  }
  if (!Object.hasOwn(COUNTS, w)) return undefined;
  // "two-thirds of", "three quarters of", "a quarter of", "half of" (below, without a count)
  let j = i + 1;
  if (DASHES.has(an.values[j]) && an.ends[i] === an.starts[j]) j++;
  const part = an.lower[j];
  // "three-quarters of a billion dollars" is an amount (numbers.ts), not a share.
  if (!Object.hasOwn(PARTS, part) || an.pos[j - 1] === 'ADJ' || partOfScale(an.lower, i)) return undefined;
  // "fell by a fifth", "rose by a third": a change, as a share of what changed; "grew by almost a
  // third": past the hedge, which qualifierBefore reads for the figure.
  const by = (qualifierBefore(an, i)?.from ?? i) - 1;
  const change = an.lower[by] === 'by' && changeBefore(an, by);
  // "Two-thirds voted yes": a count joined to its part by a hyphen is a fraction, whatever follows,
  // and so is one before a part in the plural that counts nothing else ("just over two thirds",
  // "three fifths"; not "quarters", which a year and a game are cut into, nor "halves").
  const hyphened = COUNTS[w] > 1 && (j > i + 1 || ONLY_PARTS.has(part));
  if (!change && !hyphened && !ofAWhole(an, j + 1)) return undefined;
  share = (100 * COUNTS[w]) / PARTS[part];
  last = j;
  // A change is of its clause's subject ("Sales fell by a fifth"), not of the words after it.
  return change ? found(an, i, last, share, by, true) : found(an, i, last, share, j + 2);
}

/**
 * A verb or noun of change just before "by" ("rose by a third"), or as the clause's verb a few
 * words back ("cut the risk of hospitalisation by two-thirds").
 */
function changeBefore(an: Analysis, by: number): boolean {
  if (CHANGE_WORDS.has(lemmaOf(an, by - 1))) return true;
  for (let k = by - 2; k >= Math.max(0, by - 6) && an.sentenceOf[k] === an.sentenceOf[by]; k--) {
    if (an.pos[k] === 'VERB') return CHANGE_WORDS.has(lemmaOf(an, k));
  }
  return false;
}

/** "half of the victims", with no count before it. */
export function halfAt(an: Analysis, i: number): Found | undefined {
  if (an.lower[i] !== 'half' || !ofAWhole(an, i + 1)) return undefined;
  return found(an, i, i, 50, i + 2);
}

/**
 * "a half point", "half a percentage point", "a quarter-point cut", "three-quarters of a percentage
 * point": a fraction of a percentage point, the size of a change in a rate (a bare "point" only
 * after such a fraction, where it can be nothing else).
 */
export function pointsAt(an: Analysis, i: number): Found | undefined {
  let j = i;
  let count = 1;
  // "by a quarter of a percentage point", "a quarter point": the article opens the figure.
  const article = (an.lower[j] === 'a' || an.lower[j] === 'an') && Object.hasOwn(PARTS, an.lower[j + 1] ?? '');
  if (article) j++;
  else if (an.lower[j] === 'three' || an.lower[j] === 'two' || an.lower[j] === 'one') {
    count = COUNTS[an.lower[j]];
    j += DASHES.has(an.values[j + 1]) ? 2 : 1;
  }
  const part = an.lower[j];
  if (part !== 'half' && part !== 'quarter' && part !== 'quarters' && part !== 'third' && part !== 'thirds') return undefined;
  let k = j + 1;
  if (DASHES.has(an.values[k])) k++;
  if (an.lower[k] === 'of') k++;
  if (an.lower[k] === 'a' || an.lower[k] === 'one') k++;
  if (an.lower[k] === 'percentage') k++;
  if (!/^points?$/.test(an.lower[k] ?? '')) return undefined;
  const value = Math.round((100 * count) / PARTS[part]) / 100;
  // The figure's words start at the fraction, as the readers after it expect of "a quarter-point cut".
  const start = article ? j : i;
  const qb = qualifierBefore(an, an.lower[start - 1] === 'a' ? start - 1 : start);
  // A fraction of a point is a size named exactly, in the quarter points that rates move by: "a
  // half point" is no rounding of "a quarter point".
  const q: Quantity = { kind: 'percent', unit: 'points', low: value, high: value, qualifier: qb?.q ?? 'exact', precision: Math.min(value, 0.25) };
  return { q, first: qb ? qb.from : start, last: k, nounInfo: countedNoun(an, k + 1, start, true) };
}

/**
 * "of" at token j, then the whole shared: not "of an hour" or "of a mile" (a measure, not a share),
 * nor "of 2024" ("the first quarter of 2024").
 */
function ofAWhole(an: Analysis, j: number): boolean {
  return an.lower[j] === 'of' && an.lower[j + 1] !== 'a' && an.lower[j + 1] !== 'an' && an.types[j + 1] !== 'number';
}

function found(an: Analysis, first: number, last: number, share: number, nounAt: number, ofChange = false): Found {
  const qb = qualifierBefore(an, first);
  // A fraction in words is a round figure: it allows what rounding to it allows (see interval.ts).
  const q: Quantity = { kind: 'percent', low: round(share), high: round(share), qualifier: qb?.q ?? 'exact', precision: round(share) };
  let at = nounAt;
  if (an.pos[at] === 'DET' || POSSESSIVES.has(an.lower[at])) at++;
  // "a quarter of Libya's eastern city": the possessor names the place, the noun what is shared.
  if (an.pos[at] === 'PROPN' && /^['’]s$/.test(an.values[at + 1] ?? '')) at += 2;
  // "half of the 4,761 residents": past the whole's own count, to what it counts.
  if (an.types[at] === 'number' && an.pos[at + 1] === 'NOUN') at++;
  return { q, first: qb ? qb.from : first, last, nounInfo: countedNoun(an, at, first, ofChange) };
}

/** To the tenth of a per cent; a share below 1% to two significant figures ("one in 10,000": 0.01%). */
const round = (x: number) => (x >= 1 || x === 0 ? Math.round(x * 10) / 10 : Number(x.toPrecision(2)));

/**
 * "half of the monthly increase", "about 60% of the rise": a share of a change, after "of" (the
 * token after the figure's last), is a part of how much something changed, not the size of a change.
 */
export function shareOfChange(an: Analysis, last: number): boolean {
  if (an.lower[last + 1] !== 'of') return false;
  let k = last + 2;
  if (an.pos[k] === 'DET' || POSSESSIVES.has(an.lower[k])) k++;
  for (let n = 0; n < 3 && (an.pos[k] === 'ADJ' || an.types[k] === 'number') && an.pos[k + 1] !== 'ADP'; n++) k++;
  return an.pos[k] === 'NOUN' && CHANGE_WORDS.has(lemmaOf(an, k));
}
