// The unit after a figure's number (percent, a currency word, a measure, a speed, a duration) and
// the time unit of a rate ("a week", "per annum", "a year's supply").
import type { Analysis } from './nlp';
import type { Quantity } from './types';
import { CASED_UNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DASHES, DURATION_UNITS, MEASURE_UNITS, NAMED_CURRENCIES, PER_CENT, SCALES_AFTER_DEGREES, SCALE_NAMES } from './lexicon';
import { clauseOf } from './context';
import { IN_A_ROW } from './runs';

/** The last token of "%", "percent", "pct" or "per cent" written from token j, if one stands there. */
export function perCentAt(an: Analysis, j: number): number | undefined {
  const w = an.lower[j] ?? '';
  if (PER_CENT.test(w)) return j;
  return w === 'per' && an.lower[j + 1] === 'cent' ? j + 1 : undefined;
}

/**
 * "between 58.3% and 60.7% of the votes and an advantage of approximately 30 points": a lead, a
 * margin or a gap "of" points, in a sentence that gives shares of a whole in per cent before it, is
 * a lead in percentage points, as "a lead of about 30 percentage points" says in full (not after
 * "The Heat shot 45%": a rate, no share of a whole).
 */
function leadInShares(an: Analysis, j: number): boolean {
  const [s0] = an.sentences[an.sentenceOf[j]];
  const of = an.lower[j - 2] === 'of' ? j - 2 : an.lower[j - 3] === 'of' ? j - 3 : -1;
  if (of < s0 || !GAPS.has(an.lower[of - 1] ?? '')) return false;
  for (let k = s0; k < of; k++) {
    const end = perCentAt(an, k);
    if (end !== undefined && an.types[k - 1] === 'number' && an.lower[end + 1] === 'of') return true;
  }
  return false;
}

const GAPS = new Set(['lead', 'advantage', 'margin', 'gap']);

/** Unit of what follows the number: percent, currency word, measure, duration. */
export function unitAfter(an: Analysis, j: number): { kind: Quantity['kind']; unit?: string; last: number } | undefined {
  const w = an.lower[j];
  if (w === undefined) return undefined;
  // "2.5pc": per cent as British papers write it (not "PCs", computers).
  const perCent = perCentAt(an, j) ?? (an.values[j] === 'pc' ? j : undefined);
  if (perCent !== undefined) return { kind: 'percent', last: perCent };
  if (w === 'percentage' && /^points?$/.test(an.lower[j + 1] ?? '')) return { kind: 'percent', unit: 'points', last: j + 1 };
  if (/^points?$/.test(w) && leadInShares(an, j)) return { kind: 'percent', unit: 'points', last: j };
  // "50 basis points", "25bps": hundredths of a percentage point (quantities.ts scales them).
  if ((w === 'basis' && /^points?$/.test(an.lower[j + 1] ?? '')) || w === 'bps' || (w === 'bp' && an.types[j - 1] === 'number')) return { kind: 'percent', unit: 'points', last: w === 'basis' ? j + 1 : j };
  if ((w === 'pound' || w === 'pounds') && isWeight(an, j)) return { kind: 'measure', unit: 'lb', last: j };
  if (NAMED_CURRENCY_STARTS.has(w)) {
    for (let k = 2; k >= 0; k--) {
      const name = an.lower.slice(j, j + k + 1).join(' ');
      if (name in NAMED_CURRENCIES) return { kind: 'money', unit: NAMED_CURRENCIES[name], last: j + k };
    }
  }
  if (w in CURRENCY_WORDS) return { kind: 'money', unit: CURRENCY_WORDS[w], last: j };
  if (w in CURRENCY_SYMBOLS && w.length === 3) return { kind: 'money', unit: CURRENCY_SYMBOLS[w], last: j };
  const speed = speedAfter(an, j);
  if (speed) return speed;
  // "8,344 cubic metres", "400 square miles": a volume or an area, not a length.
  if ((w === 'cubic' || w === 'square' || w === 'sq') && an.lower[j + 1] in MEASURE_UNITS) {
    const base = MEASURE_UNITS[an.lower[j + 1]];
    const unit = AREA_VOLUME[`${w === 'cubic' ? 'cubic' : 'square'} ${base}`];
    if (unit) return { kind: 'measure', unit, last: j + 1 };
  }
  // "55 million light-years", "light years": a distance, not years (wink splits the hyphen off).
  if (w === 'light') {
    const k = DASHES.has(an.values[j + 1] ?? '') ? j + 2 : j + 1;
    if (/^years?$/.test(an.lower[k] ?? '')) return { kind: 'measure', unit: 'ly', last: k };
  }
  // "200 nautical miles": a length at sea (1,852 m), not a mile.
  if (w === 'nautical' && (an.lower[j + 1] === 'miles' || an.lower[j + 1] === 'mile')) return { kind: 'measure', unit: 'nmi', last: j + 1 };
  // "14.98°C." (wink splits off the degree sign, and keeps a full stop on the letter), "1.48 deg C",
  // "2 degrees C", "12 degrees Celsius": a temperature on its scale, not degrees of anything.
  if (w === '°' || w === 'deg' || w === 'deg.' || w === 'degrees' || w === 'degree') {
    const scale = SCALES_AFTER_DEGREES.get(an.lower[j + 1]?.replace(/\.$/, '') ?? '');
    if (scale) return { kind: 'measure', unit: scale, last: j + 1 };
  }
  // "minus 22 Celsius", "21 Fahrenheit": the scale alone names a temperature too, as wire copy writes it.
  const named = SCALE_NAMES.get(w);
  if (named) return { kind: 'measure', unit: named, last: j };
  // "stayed on the ground for 227 straight miles": a length covered without a break is that length,
  // not a run of 227 things (runs.ts).
  if (UNBROKEN.has(w) && an.lower[j + 1] in MEASURE_UNITS) return { kind: 'measure', unit: MEASURE_UNITS[an.lower[j + 1]], last: j + 1 };
  if (an.values[j] in CASED_UNITS) return { kind: 'measure', unit: CASED_UNITS[an.values[j]], last: j };
  if (w in MEASURE_UNITS) return { kind: 'measure', unit: MEASURE_UNITS[w], last: j };
  // "about 2,500ft." at a sentence's end: wink keeps the full stop on an abbreviation.
  const bare = w.length > 2 && w.endsWith('.') ? w.slice(0, -1) : undefined;
  if (bare && bare in MEASURE_UNITS) return { kind: 'measure', unit: MEASURE_UNITS[bare], last: j };
  // An earthquake's size: "7.6 on the Richter scale" ("a 7.6 magnitude quake" is in the table).
  if (w === 'on' && an.lower[j + 1] === 'the' && an.lower[j + 2] === 'richter' && an.lower[j + 3] === 'scale') return { kind: 'measure', unit: 'magnitude', last: j + 3 };
  // Written against the digits: "10,000m" (metres; a million is read before, see readNumber), "7-8C".
  if (an.starts[j] === an.ends[j - 1] && an.types[j - 1] === 'number') {
    if (w === 'm' || w === 'm.') return { kind: 'measure', unit: 'm', last: j };
    if (an.values[j] === 'MP') return { kind: 'measure', unit: 'MP', last: j }; // "a 48MP camera"
    if (w === 'in') return { kind: 'measure', unit: 'inch', last: j }; // "15in (381mm)"
    // "35C", and "35C." at a sentence's end, which wink keeps as one token.
    const v = an.values[j].replace(/\.$/, '');
    if (v === 'C' || v === 'F') return { kind: 'measure', unit: `°${v}`, last: j };
    // "345p": pence (hundredths, see quantityAt).
    if (w === 'p' || w === 'p.') return { kind: 'money', unit: 'GBP', last: j };
    // "58c a share": cents, by what they are a price of ("35c" alone may be a temperature).
    if (an.values[j] === 'c' && PRICE_OF.has(an.lower[j + 1] ?? '')) return { kind: 'money', unit: 'USD', last: j };
  }
  const hyph = DASHES.has(w) ? an.lower[j + 1] : undefined; // "25-minute documentary", "26.2-mile course"
  if (hyph && hyph in DURATION_UNITS) return { kind: 'duration', unit: DURATION_UNITS[hyph], last: j + 1 };
  if (hyph && hyph in MEASURE_UNITS) return { kind: 'measure', unit: MEASURE_UNITS[hyph], last: j + 1 };
  // "a 7,600-square-mile (20,000-square-kilometer) area": an area or a volume hyphened before its noun.
  if ((hyph === 'square' || hyph === 'cubic') && DASHES.has(an.values[j + 2]) && an.lower[j + 3] in MEASURE_UNITS) {
    const unit = AREA_VOLUME[`${hyph} ${MEASURE_UNITS[an.lower[j + 3]]}`];
    if (unit) return { kind: 'measure', unit, last: j + 3 };
  }
  // "a four-pound helicopter", "a 39-pound weight advantage": a weight before what it weighs.
  if (hyph === 'pound' && !SCALED.has(an.lower[j - 1] ?? '')) return { kind: 'measure', unit: 'lb', last: j + 1 };
  // "a 1.8-billion-euro fine", "a 10-dollar bill"
  if (hyph && hyph in CURRENCY_WORDS) return { kind: 'money', unit: CURRENCY_WORDS[hyph], last: j + 1 };
  if (w in DURATION_UNITS) return { kind: 'duration', unit: DURATION_UNITS[w], last: j };
  return undefined;
}

/** The words of a run, and "continuous", before a length's unit (see unitAfter). */
const UNBROKEN = new Set([...IN_A_ROW, 'continuous']);

/** The first words of NAMED_CURRENCIES, so that most words after a figure are passed over at one look. */
const NAMED_CURRENCY_STARTS = new Set(Object.keys(NAMED_CURRENCIES).map((k) => k.split(' ')[0]));

/** Scale words, after which "pound" is money ("a 1.8-billion-pound deal"). */
const SCALED = new Set(['million', 'billion', 'trillion', 'thousand', 'm', 'bn']);

/**
 * "pounds" after a number at token j is a weight when its sentence weighs something ("weighs
 * about 4 pounds", "39 pounds heavier", "a weight of 262 pounds"); else money, as "£" and "GBP" are.
 */
function isWeight(an: Analysis, j: number): boolean {
  if (/^(heavier|lighter|heavy|light)$/.test(an.lower[j + 1] ?? '')) return true;
  const [c0, c1] = clauseOf(an, j, j);
  for (let k = c0; k <= c1; k++) if (/^(weigh|weighs|weighed|weighing|weight|weights|weighted)$/.test(an.lower[k])) return true;
  return false;
}

/** Words after "58c" that make it a price ("a share", "per litre", "each"). */
const PRICE_OF = new Set(['a', 'per', 'each', 'apiece']);

/** Lengths squared or cubed, by our unit names (units.ts converts them). */
const AREA_VOLUME: Record<string, string> = {
  'square km': 'km²', 'square mile': 'sq mi', 'square m': 'm²', 'square ft': 'sq ft',
  'cubic m': 'm³', 'cubic ft': 'cu ft', 'cubic km': 'km³', 'cubic cm': 'cm³',
};

/** Lengths whose distance per hour is a speed we compare (units.ts). */
const SPEED_OF: Record<string, string> = { km: 'km/h', mile: 'mph' };

/**
 * A speed: "240 km/h" (three tokens to wink), "km per hour", "kilometres an hour", "miles per
 * hour". Read before the length alone, which it would otherwise be, and before "per hour", which
 * would make it a rate.
 */
function speedAfter(an: Analysis, j: number): { kind: 'measure'; unit: string; last: number } | undefined {
  const unit = SPEED_OF[MEASURE_UNITS[an.lower[j]] ?? ''];
  if (!unit) return undefined;
  const joined = (k: number) => an.starts[k] === an.ends[k - 1];
  if (an.values[j + 1] === '/' && /^hr?\.?$/.test(an.lower[j + 2] ?? '') && joined(j + 1) && joined(j + 2)) return { kind: 'measure', unit, last: j + 2 };
  if (/^(per|an|a)$/.test(an.lower[j + 1] ?? '') && an.lower[j + 2] === 'hour') return { kind: 'measure', unit, last: j + 2 };
  return undefined;
}

const PER_WORDS: Record<string, string> = { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', annum: 'year' };
/** Words after "a year" that make it a time ("a year earlier", "a day after"), not a rate. */
const NOT_RATE = new Set(['earlier', 'later', 'ago', 'before', 'after', 'since', 'from', 'or', 'and', "'s", '’s', 'old', 'long', 'of']);

/**
 * "A year's supply of Leqembi costs $26,500", "about $26,500 for a typical year's worth": the price
 * of a time's use or supply, named in the figure's clause, is a rate of that time.
 */
export function worthOfTime(an: Analysis, first: number, last: number): string | undefined {
  const [c0, c1] = clauseOf(an, first, last);
  for (let k = c0; k + 2 <= c1; k++) {
    const per = PER_WORDS[an.lower[k]];
    if (!per || !/^['’]s$/.test(an.values[k + 1]) || !WORTH.has(an.lower[k + 2])) continue;
    // "a year's", "a typical year's", "a full year's"
    const a = an.pos[k - 1] === 'ADJ' ? k - 2 : k - 1;
    if (an.lower[a] === 'a' || an.lower[a] === 'an' || an.lower[a] === 'one') return per;
  }
  return undefined;
}

const WORTH = new Set(['worth', 'supply', 'use', 'treatment', 'course']);

/** "a week", "per hour", "each day", "per annum", "annually": the time unit of a rate at token j; or its base by head ("per 100,000 residents", perHead). */
export function perAfter(an: Analysis, j: number): { per: string; last: number } | undefined {
  const w = an.lower[j];
  const head = w === 'per' || w === 'for' ? perHead(an, j) : undefined;
  if (head) return head;
  if (w === 'annually') return { per: 'year', last: j };
  if (w !== 'a' && w !== 'an' && w !== 'per' && w !== 'each' && w !== 'every') return undefined;
  const per = PER_WORDS[an.lower[j + 1] ?? ''];
  const next = an.lower[j + 2] ?? '';
  if (!per || NOT_RATE.has(next) || an.pos[j + 2] === 'NOUN') return undefined;
  // "a year on, the town…" is a year later; "a day on Saturday" is still a rate.
  if (next === 'on' && !/^[\p{L}\d]/u.test(an.values[j + 3] ?? '')) return undefined;
  return { per, last: j + 1 };
}

/**
 * "31 cases per 100,000 residents", "4.2 deaths per 1,000 live births", "per million people", "for
 * every 100 women": the base of a rate by head, written as a number (its noun with it). It is part of
 * the figure, no count of its own: a rate is compared only with a rate, brought to one base.
 */
function perHead(an: Analysis, j: number): { per: string; last: number } | undefined {
  let k = j + 1;
  if (an.lower[j] === 'for') {
    if (an.lower[k] !== 'every') return undefined;
    k++;
  }
  // A whole number ("per 100,000"), with a scale word or not ("per 10 million"), or one alone ("per million").
  const digits = an.types[k] === 'number' && /^(\d{1,3}(,\d{3})+|\d+)$/.test(an.values[k]);
  const scaleAt = digits ? k + 1 : k;
  const scale = SCALE_OF_HEADS[an.lower[scaleAt] ?? ''];
  const count = digits ? Number(an.values[k].replace(/,/g, '')) : scale ? 1 : NaN;
  const n = count * (scale ?? 1);
  if (!(n >= 10)) return undefined;
  let last = scale ? scaleAt : k;
  // Its noun, past one adjective ("live births"), not a time after it ("per 1,000 people last year").
  let m = an.pos[last + 1] === 'ADJ' && an.pos[last + 2] === 'NOUN' ? last + 2 : last + 1;
  while (an.pos[m] === 'NOUN' && !Object.hasOwn(DURATION_UNITS, an.lower[m])) last = m++;
  return { per: n.toLocaleString('en-US'), last };
}

const SCALE_OF_HEADS: Record<string, number> = { thousand: 1e3, million: 1e6 };

/** The base of a rate by head (perHead), as a number; undefined for a rate of time. */
export const headBase = (per: string | undefined) => (per && /^\d/.test(per) ? Number(per.replace(/,/g, '')) : undefined);
