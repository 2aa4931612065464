// Lengths of time written other than as "N units": clock readings ("2:00:35"), parts ("2 hours, 35
// seconds"), "almost a minute", and spans of years ("1991-2002"); and one unit of a measure read as
// "almost a minute" is ("up to a foot of snow", "half a mile", "a foot of snow").
import type { Analysis } from './nlp';
import type { Quantity } from './types';
import { isNumberWord } from './numbers';
import { DASHES, DURATION_UNITS, MEASURE_UNITS } from './lexicon';
import { countedNoun } from './countedNoun';
import { Found, qualifierBefore, readNumber } from './figures';

/** Calendar units that hold a whole number of a smaller one (SECONDS stops at weeks). */
const CALENDAR_UNITS: Record<string, Record<string, number>> = { year: { month: 12 }, decade: { year: 10 }, century: { year: 100 } };

/** "a year to 18 months", "an hour to 90 minutes": a range whose ends are in two units, in the second's. */
function unitToFigure(an: Analysis, at: number, unit: string): Found | undefined {
  if (an.lower[at + 2] !== 'to') return undefined;
  const n = an.types[at + 3] === 'number' || isNumberWord(an.lower[at + 3] ?? '') ? readNumber(an, at + 3) : undefined;
  const u = n ? DURATION_UNITS[an.lower[n.last + 1] ?? ''] : undefined;
  if (!n || !u) return undefined;
  const low = CALENDAR_UNITS[unit]?.[u] ?? secondsOf(1, unit) / secondsOf(1, u);
  if (!(low < n.value)) return undefined;
  const q: Quantity = { kind: 'duration', unit: u, low, high: n.value, qualifier: 'range', precision: n.precision };
  return { q, first: at, last: n.last + 1, nounInfo: { last: n.last + 1 } };
}

/** "2:00:35", "2:13:44": a race time or a length of time in hours, minutes and seconds. */
export function clockReading(an: Analysis, at: number): Found | undefined {
  const m = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(an.values[at]);
  if (!m) return undefined;
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  const q: Quantity = { kind: 'duration', unit: 'second', low: seconds, high: seconds, qualifier: 'exact', precision: 1, clock: true };
  const qb = qualifierBefore(an, at);
  if (qb) q.qualifier = qb.q;
  return { q, first: qb ? qb.from : at, last: at, nounInfo: countedNoun(an, at + 1, at) };
}

/** "almost a minute", "more than an hour": one unit of time, when a hedge or a smaller part ("a year and six months") says it is a figure. */
export function oneUnit(an: Analysis, at: number): Found | undefined {
  const w = an.lower[at];
  const unit = DURATION_UNITS[an.lower[at + 1] ?? ''];
  if ((w !== 'a' && w !== 'an') || !unit || an.lower[at + 1].endsWith('s')) return undefined;
  // "half an hour", "about half a day": a half of the unit, exact unless hedged.
  const half = an.lower[at - 1] === 'half';
  const lead = half ? at - 1 : at;
  const qb = qualifierBefore(an, lead);
  // "for a year and six months", "an hour and 20 minutes": the unit with its smaller parts is a
  // figure, hedged or not.
  const parts = half ? undefined : durationParts(an, at + 1, unit, 1);
  if (!qb && !half && !parts) return unitToFigure(an, at, unit);
  const v = half ? 0.5 : 1;
  const q: Quantity = parts
    ? { kind: 'duration', unit: parts.unit, low: parts.value, high: parts.value, qualifier: qb?.q ?? 'exact', precision: parts.precision }
    : { kind: 'duration', unit, low: v, high: v, qualifier: qb?.q ?? 'exact', precision: v };
  const last = parts?.last ?? at + 1;
  return { q, first: qb ? qb.from : lead, last, nounInfo: { last } };
}

/** Lengths, weights, areas and volumes written in full, which "a" or "an" counts once. */
const ONE_MEASURE = new Set(['mile', 'foot', 'metre', 'meter', 'kilometre', 'kilometer', 'inch', 'acre', 'hectare', 'tonne', 'ton', 'litre', 'liter', 'gallon', 'kilogram', 'kilo']);

/** Units of length, which "a" names as a figure before what it measures or where it reaches. */
const ONE_LENGTH = new Set(['mile', 'foot', 'metre', 'meter', 'kilometre', 'kilometer', 'inch']);

/** Words after a length that say it measures: "a mile long", "a foot deep", "a mile from the school". */
const REACH = new Set(['long', 'wide', 'high', 'deep', 'tall', 'thick', 'away', 'across', 'from', 'offshore', 'inland', 'off', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * "up to a foot of snow", "about a mile", "nearly a kilometre wide": one unit of a measure, when a
 * hedge says it is a figure, as "almost a minute" is one of time (oneUnit). So do a half ("half a
 * mile"), a quarter ("a quarter of a mile", "three quarters of a mile") and a half added ("a mile
 * and a half"), as "half an hour" does; and a length, unhedged, before what it measures or where it
 * reaches ("a foot of snow", "a mile long", "a kilometre from the border"; not after a price, "$3 a
 * mile", a rate).
 */
export function oneMeasure(an: Analysis, at: number): Found | undefined {
  const w = an.lower[at];
  const unit = an.lower[at + 1] ?? '';
  if ((w !== 'a' && w !== 'an') || !ONE_MEASURE.has(unit)) return undefined;
  const part = partOfOne(an, at);
  const andHalf = !part && an.lower[at + 2] === 'and' && (an.lower[at + 3] === 'a' || an.lower[at + 3] === 'an') && an.lower[at + 4] === 'half';
  const last = andHalf ? at + 4 : at + 1;
  const lead = part?.lead ?? at;
  const qb = qualifierBefore(an, lead);
  const after = an.lower[last + 1] ?? '';
  const measures = ONE_LENGTH.has(unit) && (REACH.has(after) || (after === 'of' && an.pos[last + 2] === 'NOUN')) && an.types[lead - 1] !== 'number' && an.types[lead - 1] !== 'currency';
  if (!qb && !part && !andHalf && !measures) return undefined;
  const v = part?.value ?? (andHalf ? 1.5 : 1);
  const q: Quantity = { kind: 'measure', unit: MEASURE_UNITS[unit], low: v, high: v, qualifier: qb?.q ?? 'exact', precision: part?.precision ?? (andHalf ? 0.5 : 1) };
  return { q, first: qb ? qb.from : lead, last, nounInfo: an.lower[last + 1] === 'of' ? countedNoun(an, last + 2, lead) : countedNoun(an, last + 1, lead, true) };
}

/** "half a mile" (0.5), "a quarter of a mile" (0.25), "three quarters of a mile" (0.75): the part of one unit that token `at` ("a") opens, and where it starts. */
function partOfOne(an: Analysis, at: number): { value: number; precision: number; lead: number } | undefined {
  if (an.lower[at - 1] === 'half') return { value: 0.5, precision: 0.5, lead: at - 1 };
  if (an.lower[at - 1] !== 'of') return undefined;
  const p = an.lower[at - 2];
  const n = an.lower[at - 3];
  if (p === 'quarter' && (n === 'a' || n === 'one')) return { value: 0.25, precision: 0.25, lead: at - 3 };
  if (p === 'quarters' && n === 'three') return { value: 0.75, precision: 0.25, lead: at - 3 };
  return undefined;
}

/**
 * A duration written in parts: `first` (in `unit`) and the parts that follow it (", 35 seconds",
 * "and 27 seconds"), added up in one unit, or undefined when no part follows.
 */
export function durationParts(an: Analysis, last: number, unit: string, first: number): { value: number; precision: number; unit: string; last: number } | undefined {
  let j = last + 1;
  // Seconds to weeks add up in seconds; years and months in months ("two years and eight months"),
  // but a year and days in days ("1 year and 279 days", a tenure counted to the day).
  const per = unit === 'year' && DAYS_IN_UNIT[nextPartUnit(an, j) ?? ''] ? DAYS_IN_UNIT : unit in MONTHS_IN_UNIT ? MONTHS_IN_UNIT : SECONDS;
  const base = per === DAYS_IN_UNIT ? 'day' : per === MONTHS_IN_UNIT ? 'month' : 'second';
  // NaN for a unit neither reckoning knows ("century"): then no parts are added up.
  const step = per[unit] ?? NaN;
  let value = first * step;
  let precision = step;
  // "an hour and a half", "a year and a half": half of the last unit.
  if (an.lower[j] === 'and' && (an.lower[j + 1] === 'a' || an.lower[j + 1] === 'an') && an.lower[j + 2] === 'half' && !Number.isNaN(step)) return { value: value + step / 2, precision: step / 2, unit: base, last: j + 2 };
  let found = false;
  // "2 hours, 35 seconds", "2 hours and 35 seconds", "two hours, 56 minutes, and 13 seconds", "2
  // minutes 3.4 seconds".
  for (;;) {
    const sep = separatorAt(an, j);
    if (!sep && an.types[j] !== 'number') break;
    const n = an.types[j + sep] === 'number' || (sep && isNumberWord(an.lower[j + sep] ?? '')) ? readNumber(an, j + sep) : undefined;
    // "a four-hour, 42-minute struggle": the parts hyphened to their units as well.
    const at = n && DASHES.has(an.values[n.last + 1] ?? '') && DASHES.has(an.values[last - 1] ?? '') ? n.last + 2 : (n?.last ?? 0) + 1;
    const u = n ? DURATION_UNITS[an.lower[at] ?? ''] : undefined;
    // A smaller unit of the same reckoning only: not "two years and 35 seconds".
    if (!n || !u || !(u in per) || per[u] >= precision) break;
    value += n.value * per[u];
    precision = n.precision * per[u];
    j = at + 1;
    found = true;
  }
  return found && !Number.isNaN(precision) ? { value, precision, unit: base, last: j - 1 } : undefined;
}

const MONTHS_IN_UNIT: Record<string, number> = { month: 1, year: 12, decade: 120 };

/** A year of 365 days: "1 year and 279 days" is 644 days, as the day counts of tenures are reckoned. */
const DAYS_IN_UNIT: Record<string, number> = { day: 1, week: 7, year: 365 };

/** How many tokens part two parts at token j: ", and" 2, "," or "and" 1, none 0. */
const separatorAt = (an: Analysis, j: number) => (an.lower[j] === ',' && an.lower[j + 1] === 'and' ? 2 : an.lower[j] === ',' || an.lower[j] === 'and' ? 1 : 0);

/** The unit of the part after ", and" or "and" at token j ("and 279 days": day), if any. */
function nextPartUnit(an: Analysis, j: number): string | undefined {
  const sep = separatorAt(an, j);
  return sep && an.types[j + sep] === 'number' ? DURATION_UNITS[an.lower[j + sep + 1] ?? ''] : undefined;
}

const SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800 };

export const secondsOf = (v: number, unit: string) => v * (SECONDS[unit] ?? NaN);

/** "1991-2002": a span of years, not a range of counts. */
export function yearSpan(raw: [string, string], a: number, b: number): [number, number] | undefined {
  if (!/^\d{4}$/.test(raw[0]) || !/^\d{2}(\d{2})?$/.test(raw[1])) return undefined;
  const end = b < 100 ? Math.floor(a / 100) * 100 + b : b; // "1991-02"
  return a >= 1000 && end <= 2199 && end > a && end - a < 200 ? [a, end] : undefined;
}

/** A span of years is a duration (its length) with its ends kept: "the 1991-2002 war" is an 11-year war. */
export function periodAt(an: Analysis, at: number, [from, to]: [number, number]): Found {
  const q: Quantity = { kind: 'duration', unit: 'year', low: to - from, high: to - from, qualifier: 'exact', precision: 1, period: [from, to] };
  return { q, first: at, last: at, nounInfo: countedNoun(an, at + 1, at) };
}
