// What values a stated figure allows, given its qualifier and the precision it was written with,
// and how two figures compare: compatible, or apart by how much.
import type { Quantity } from './types';

export interface Interval {
  lo: number;
  hi: number;
}

/**
 * Half the rounding step a figure implies: "15,000" stands for 14,500–15,500, "52%" for 51.5–52.5
 * (so it agrees with "52.4%"), "5 people" for 4.5–5.5 (so it still differs from 6). Ordinals are exact.
 */
function roundingHalf(q: Quantity): number {
  if (q.kind === 'ordinal') return 0;
  const v = Math.max(Math.abs(q.low), Math.abs(q.high));
  // A round figure stands for less than its last digit allows: "2,000" is not 1,500–2,500, and
  // "about 2,000" does not reach 1,200. Writers round to the nearest figure they trust, so a plain
  // figure is read within 5% of itself and a hedged one within 10%.
  // A hedge on a figure written past its unit ("around 40.06%") covers only its last digit's
  // rounding: who writes hundredths has read them, and "around" is its own doubt, not 0.4 points.
  if (q.qualifier === 'approx' && q.precision < (q.unitStep ?? 1)) return q.precision / 2;
  // So does one written to its unit past a hundred ("some 1,283 goals"): a writer who rounds writes
  // "some 1,280"; the hedge there doubts the count, it does not widen it to 1,270–1,296.
  if (q.qualifier === 'approx' && q.kind === 'count' && !q.below && q.precision === 1 && v >= 100) return roundedStep(q, v) / 2;
  // A hedge from below ("almost $60", "nearly 7 million") ends at its figure and reaches one step
  // and 5% under it, no more: who had $56.10 in mind says "more than $56", not "almost $60", and
  // who had $953.8 million says "nearly $954 million", not "nearly $958 million".
  if (q.qualifier === 'approx' && q.below) return Math.min(roundedStep(q, v), v * BELOW_MOST);
  // A hedged figure whose last digit is a 5 was rounded to the nearest five ("about 45 miles", "some
  // 75 km"): it stands for half a step of five either side, within the same 10%.
  if (q.qualifier === 'approx') return Math.max(Math.min(roundedStep(q, v) / 2, v * APPROX_MOST), v * APPROX_LEAST);
  // A time in fractions of a second is cut to its last digit, not rounded: athletics rounds a
  // thousandth up (9.784 is given as 9.79), most clocks cut it down (9.78): a whole step either way.
  if (q.kind === 'duration' && q.unit === 'second' && q.precision < 1 && q.qualifier === 'exact') return q.precision;
  // A figure written to the unit or finer ("9%", "5 people", "9.5%") could not be written closer
  // without more digits: it stands for its whole rounding step, in the unit it was written in ("two
  // minutes" is 90–150 seconds, so "97 seconds" is within it).
  if (q.precision <= (q.unitStep ?? 1)) return q.precision / 2;
  // A plain figure under a hundred is counted, not rounded ("40 days on strike" is not 41): a
  // writer who rounds one says "about".
  if (v < 100 * (q.unitStep ?? 1) && q.qualifier === 'exact') return (q.unitStep ?? 1) / 2;
  return Math.min(q.precision / 2, v * ROUNDING_MOST);
}

/**
 * The step a figure was rounded to: its precision, or five of it when it is written to the unit and
 * its last digit is a 5 ("about 45 miles"). Not a round figure ("about 15,000" is not 12,500–17,500:
 * "some 14,000" is another estimate).
 */
function roundedStep(q: Quantity, v: number): number {
  return q.precision > 0 && q.precision <= (q.unitStep ?? 1) && Math.round(v / q.precision) % 10 === 5 ? q.precision * 5 : q.precision;
}

/** The widest band a plain round figure stands for, as a part of itself. */
const ROUNDING_MOST = 0.05;
/** The widest band a hedged figure ("about", "roughly", "almost") stands for. */
export const APPROX_MOST = 0.1;
/** The widest band a hedge from below ("almost", "nearly") stands for. */
const BELOW_MOST = 0.05;
/** "About 656,000" stands for 656,534: a hedge allows at least 1% whatever the digits. */
export const APPROX_LEAST = 0.01;

export function allowed(q: Quantity): Interval {
  const half = roundingHalf(q);
  switch (q.qualifier) {
    case 'at-least':
      return { lo: q.low, hi: Infinity };
    case 'more-than':
      return { lo: q.low, hi: Infinity };
    case 'at-most':
      return { lo: 0, hi: q.high };
    case 'less-than':
      return { lo: 0, hi: q.high };
    case 'vague':
      return { lo: q.low, hi: q.high };
    default:
      // "almost half" is not more than half: a hedge from below ends at the figure.
      return { lo: q.low - half, hi: q.below ? q.high : q.high + half };
  }
}

const isBand = (q: Quantity) => q.qualifier === 'exact' || q.qualifier === 'approx' || q.qualifier === 'range';

/** What two band ends may differ by in floating point and still be one point. */
const TOUCH = 1e-9;

export function compatible(a: Quantity, b: Quantity): boolean {
  // Two spreads of what was measured ("ranged from -22 to -6 Celsius", "from -2 to -22C") state
  // both ends: they agree end by end, not by overlapping.
  if (a.spread && b.spread) return compatible(endOf(a, a.low), endOf(b, b.low)) && compatible(endOf(a, a.high), endOf(b, b.high));
  const x = countedUp(a, b, allowed(a));
  const y = countedUp(b, a, allowed(b));
  // A strict bound ("more than 6,000") excludes the bound itself.
  const strictLo = (q: Quantity) => q.qualifier === 'more-than';
  const strictHi = (q: Quantity) => q.qualifier === 'less-than';
  // Rounding bands meet but do not overlap when two figures differ by one step ("67%" and "68%"
  // cannot both be right); a band touching a bound is still apart only at a strict bound.
  // Bands are sums of decimals ("40.06" less half of 0.01): a touch may come out a hair apart
  // or a hair over, which is no overlap either way.
  const overlap = Math.min(x.hi, y.hi) - Math.max(x.lo, y.lo);
  const hair = TOUCH * Math.max(Math.abs(x.lo), Math.abs(y.hi), 1);
  if (overlap < -hair) return false;
  // A band inside the other overlaps it whole, however narrow ("$1,039,263,762" within "$1 billion").
  const inside = overlap >= Math.min(x.hi - x.lo, y.hi - y.lo) - hair;
  if (overlap <= hair && !inside && x.hi > x.lo && y.hi > y.lo && isBand(a) && isBand(b)) return false;
  if (overlap < 0) return false;
  // "upwards of 70" and "as many as 70": news writes "more than" loosely, and two reports that hedge
  // one figure from either side give that figure, as a reader takes them; not "fewer than 70".
  // So do "nearly 4,000" and "more than 4,000" of a count, but not of a share: "almost half" and
  // "more than half" sit on either side of a majority.
  const looseTouch = (lo: Quantity, hi: Quantity) => lo.qualifier === 'more-than' && (hi.qualifier === 'at-most' || (!!hi.below && hi.kind === 'count'));
  if (x.hi === y.lo && (strictHi(a) || strictLo(b)) && !looseTouch(b, a)) return false;
  if (y.hi === x.lo && (strictHi(b) || strictLo(a)) && !looseTouch(a, b)) return false;
  return true;
}

/** One end of a spread, as a figure of its own. */
export const endOf = (q: Quantity, v: number): Quantity => ({ ...q, qualifier: 'exact', low: v, high: v, spread: undefined });

/**
 * Time gone by is told in whole units completed as often as rounded: "a seven-week strike" after 53
 * days (seven weeks and four days). So a plain whole count of weeks, months or years reaches up to
 * the next whole one against a figure written finer ("53 days", "7.6 weeks"), but not against
 * another whole count: "seven weeks" and "eight weeks" still differ. A measure is as often cut to
 * its whole unit as rounded ("254.8mm" given as "254 mm"), so it reaches up alike against a finer one.
 */
function countedUp(q: Quantity, other: Quantity, band: Interval): Interval {
  const exact = q.qualifier === 'exact' && Number.isInteger(q.high);
  const whole = exact && q.kind === 'duration' && !!q.unit && COUNTED_UNITS.has(q.unit) && other.precision < 1;
  // Not against a figure converted from another unit, whose fraction the conversion made.
  const cut = exact && q.kind === 'measure' && q.precision === 1 && other.precision < 1 && (other.unitStep ?? 1) === 1;
  if (whole || cut) return { lo: band.lo, hi: q.high + 1 };
  // A hedged round count is as often cut to the step its writer trusts as rounded ("a town of some
  // 4,700 people" of 4,761): against a figure written finer it reaches up a whole step, within the
  // 5% a plain round figure may stand for.
  const hedgedCut = q.qualifier === 'approx' && !q.below && q.kind === 'count' && q.precision > 1 && other.precision < q.precision;
  return hedgedCut ? { lo: band.lo, hi: Math.max(band.hi, q.high + Math.min(q.precision, q.high * ROUNDING_MOST)) } : band;
}

const COUNTED_UNITS = new Set(['week', 'month', 'year']);

/**
 * How far b's figure lies from a's, as fractions of a's (negative: lower). For ranges the two
 * ends give two fractions ("20–33% lower").
 */
/** Temperatures have no true zero: their difference is told in degrees, never as a share. */
export const isTemperature = (q: Quantity) => q.unit === '°C' || q.unit === '°F';

/** b's ends minus a's middle, in a's unit ("5 °C" against "-5 °C": 10 degrees higher). */
export function absoluteDifference(a: Quantity, b: Quantity): [number, number] {
  const mid = (a.low + a.high) / 2;
  return [b.low - mid, b.high - mid];
}

export function relativeDifference(a: Quantity, b: Quantity): [number, number] {
  const base = (a.low + a.high) / 2 || 1;
  const d1 = (b.low - base) / base;
  const d2 = (b.high - base) / base;
  return d1 <= d2 ? [d1, d2] : [d2, d1];
}

/** Whether two figures' middles lie further apart than `share` of the larger ("nearly $1bn (£840m)" against "(£840,000m)"). */
export function middlesApart(a: { low: number; high: number }, b: { low: number; high: number }, share: number): boolean {
  const x = (a.low + a.high) / 2;
  const y = (b.low + b.high) / 2;
  return Math.abs(x - y) > share * Math.max(Math.abs(x), Math.abs(y));
}

/** Two figures that write one number in one unit, whatever their hedges ("at least 95", "95"). */
export function sameNumber(a: Quantity, b: Quantity): boolean {
  return a.low === b.low && a.high === b.high && a.unit === b.unit;
}

/** True when the two figures state the same thing the same way (so "same", not just "agrees"). */
export function sameFigure(a: Quantity, b: Quantity): boolean {
  return a.low === b.low && a.high === b.high && a.qualifier === b.qualifier;
}

const LOWER_BOUND = new Set(['at-least', 'more-than']);

/** A bound from above ("at most", "fewer than"): any smaller figure agrees with it. */
export const isUpperBound = (q: Quantity) => q.qualifier === 'at-most' || q.qualifier === 'less-than';
/** A bound ("at least", "more than", "up to", "fewer than"), not a figure or a band. */
export const isBound = (q: Quantity) => LOWER_BOUND.has(q.qualifier) || isUpperBound(q);

/**
 * A count so far ("at least 261 people have died") against another source's figure above it by
 * more than the bound's own rounding step ("the death toll jumped to 288"): both may be true, but
 * the bound may be out of date, or the two may count different things. Either way, one to check by
 * hand, on the bound's side only: the higher figure is not put in doubt by a lower bound. A figure
 * within the step ("more than 97%", "97.8%") is only the bound said more exactly.
 */
export function belowLaterCount(bound: Quantity, figure: Quantity): boolean {
  if (!LOWER_BOUND.has(bound.qualifier)) return false;
  // Another lower bound above it counts only against a bound written to three figures or more
  // ("more than 852,000 people", "at least 1,287 dead"): a writer who knew of a million would have
  // said so, where "more than 5,000" leaves room for anything above.
  if (isBound(figure) && !(LOWER_BOUND.has(figure.qualifier) && preciseBound(bound))) return false;
  // Above it by the whole of what the figure may stand for: "almost 18,000" may be 17,800, which
  // "over 17,795" says too.
  return (isBound(figure) ? figure.low : allowed(figure).lo) > bound.low + bound.precision;
}

/** Significant figures from which a lower bound says nearly how much, not only at least how much. */
const PRECISE_BOUND = 100;
/** A bound written to three figures or more ("over 17,795", "at least 58.3%"): it says nearly how much. */
export const preciseBound = (q: Quantity) => q.low >= PRECISE_BOUND * q.precision;

/**
 * "with as much as 15in possible" against "up to 20 inches", or "anywhere from 8 to 20 inches": two
 * stated maxima of one thing that differ beyond rounding. Read as intervals they overlap, but
 * each says what the most is, and both cannot be right: one to check by hand.
 */
export function otherMaximum(a: Quantity, b: Quantity): boolean {
  if (a.qualifier !== 'at-most' && b.qualifier !== 'at-most') return false;
  const most = (q: Quantity): Quantity | undefined => (q.qualifier === 'at-most' || q.qualifier === 'range' ? { ...q, qualifier: 'exact', low: q.high } : undefined);
  const x = most(a);
  const y = most(b);
  return !!x && !!y && !compatible(x, y);
}

/**
 * "at least 18 months" against "a year to 18 months": a bound that another figure reaches only at
 * its far end. Both are right only if the truth is the bound itself, which neither says: one to
 * check by hand, on either side.
 */
export function meetsOnlyAtEnd(a: Quantity, b: Quantity): boolean {
  const [bound, other] = isBound(a) ? [a, b] : [b, a];
  if (isBound(other)) return false;
  if (LOWER_BOUND.has(bound.qualifier)) return other.high === bound.low && other.low < bound.low;
  return isBound(bound) && other.low === bound.high && other.high > bound.high;
}

