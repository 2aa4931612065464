// Checks on a pair of figures already set on one footing: a dropped or extra digit, two digits
// swapped, figures alike or close at their precision, and money brought across at a rate that
// neither figure states itself; and of a measure against its own conversion in brackets.
import type { Finding, QuantityClaim, Quantity } from './types';
import { convertTo } from './units';
import { compatible, isTemperature } from './interval';
import { formatDifference, formatQuantity } from './format';
import { timeGap } from './zones';

/** The significant digits of a value as written: 3,200,000 and 320,000 both give "32". */
function digits(v: number): string {
  return Number(Math.abs(v).toPrecision(12)).toExponential().split('e')[0].replace('.', '').replace(/0+$/, '');
}

/**
 * "3.2 million" against "320,000": the same digits ten, a hundred or a thousand times apart. Sources
 * rarely differ tenfold about one figure, but a digit dropped or added in copying does exactly this;
 * with two digits or more alike it is rarely chance. Only single figures of one unit, not bounds.
 */
export function droppedDigit(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || (a.kind !== 'count' && a.kind !== 'money' && a.kind !== 'measure')) return false;
  if (a.unit !== b.unit || a.per !== b.per || a.low !== a.high || b.low !== b.high || !(a.low > 0) || !(b.low > 0)) return false;
  const plain = (q: Quantity) => q.qualifier === 'exact' || q.qualifier === 'approx';
  if (!plain(a) || !plain(b)) return false;
  const r = Math.log10(Math.max(a.low, b.low) / Math.min(a.low, b.low));
  const k = Math.round(r);
  if (k < 1 || k > 3 || Math.abs(r - k) > 1e-9) return false;
  const d = digits(a.low);
  return d.length >= 2 && d === digits(b.low);
}

/**
 * "38.61 percent" against "38.16%", "1,360 flights" against "1,630": the same digits, written to the
 * same place, with two neighbours swapped. With three digits or more that is rarely two figures
 * and often one copied by hand: the finding says so. Only single figures of one unit, not bounds.
 */
export function transposedDigits(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit || a.per !== b.per || a.precision !== b.precision || !(a.precision > 0)) return false;
  if (a.low !== a.high || b.low !== b.high || a.qualifier !== 'exact' || b.qualifier !== 'exact') return false;
  const x = String(Math.round(Math.abs(a.low) / a.precision));
  const y = String(Math.round(Math.abs(b.low) / b.precision));
  return x.length >= 3 && neighboursSwapped(x, y);
}

/**
 * "1,978,274" against "1,977,824": two figures written to the last unit, five significant digits or
 * more each, within a thousandth of each other. Chance rarely puts two different quantities of one
 * story that close at that precision; one figure copied with a slip, or revised, does. Only single
 * unhedged figures of one unit.
 */
export function nearlyAlike(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || a.kind === 'time' || a.unit !== b.unit || a.per !== b.per || a.low === b.low) return false;
  if (a.low !== a.high || b.low !== b.high || a.qualifier !== 'exact' || b.qualifier !== 'exact') return false;
  const fine = (q: Quantity) => q.precision > 0 && Math.abs(q.low) >= q.precision * 10_000;
  return fine(a) && fine(b) && Math.abs(a.low - b.low) * 1000 <= Math.max(Math.abs(a.low), Math.abs(b.low));
}

/**
 * Two figures of one unit written to three significant figures and to one step, within 2% of each
 * other ("422 vessels were waiting", "the tailback had reached 425"; "served 364 days", "363 days
 * in office"): the first digits shared, the last apart, as a count copied with a slip or revised a
 * little is. A story seldom holds two quantities of one unit that close at that precision, so they
 * meet on what agreeing on a written figure asks (figureScore.ts threshold). Not temperatures (a
 * heatwave's readings are close by nature, place by place and hour by hour), nor times in seconds
 * (runners'), nor figures of four digits or more (tallies of rivals are close there). A figure in
 * another unit is read in its own conversion ("2.39 trillion yuan ($333 billion)" / "US$328 billion").
 */
export function closeFigures(a: Quantity, b: Quantity): boolean {
  if (a.qualifier !== 'exact' || b.qualifier !== 'exact' || a.kind !== b.kind || a.per !== b.per) return false;
  const x = a.unit === b.unit ? a : a.alt?.unit === b.unit ? a.alt : undefined;
  const y = x && (b.unit === x.unit ? b : b.alt?.unit === x.unit ? b.alt : undefined);
  if (!x || !y || x.precision !== y.precision || Math.abs(x.low - y.low) > CLOSE * Math.max(Math.abs(x.low), Math.abs(y.low))) return false;
  return exactlyThreeFigures(x) && exactlyThreeFigures(y) && !isTemperature(a) && !(a.kind === 'duration' && a.unit === 'second');
}

/**
 * A single value written to exactly three significant figures ("422", "9.83", "$333 billion"); not
 * figureScore.ts threeFigures, three or more, for the very same figure.
 */
const exactlyThreeFigures = (q: { low: number; high: number; precision: number }) => q.low === q.high && q.precision * 100 <= Math.abs(q.low) && q.precision * 1000 > Math.abs(q.low);

const CLOSE = 0.02;

/** Two strings of digits alike but for two neighbours swapped ("1360", "1630"). */
function neighboursSwapped(x: string, y: string): boolean {
  if (x.length !== y.length || x === y) return false;
  const at = [...x].findIndex((d, i) => d !== y[i]);
  return x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2);
}

/**
 * "3.27pm" against "3:27am": the same minute, twelve hours apart. Two events of one story seldom
 * fall on the same minute of the morning and of the afternoon, but am and pm are easily swapped in
 * copying. Only minutes past the hour ("9 a.m." / "9 pm" name the hours of many events).
 */
export function meridiemSlip(a: Quantity, b: Quantity): boolean {
  return exactTimes(a, b) && Math.abs(a.low - b.low) === HALF_DAY && a.low % 60 !== 0;
}

const HALF_DAY = 720;

/** A time of day to the minute and unhedged. */
const toTheMinute = (q: Quantity) => q.kind === 'time' && q.low === q.high && q.qualifier === 'exact' && q.precision === 1;

/** Two times of day of one zone, each to the minute and unhedged: as copied, digit for digit. */
const exactTimes = (a: Quantity, b: Quantity) => toTheMinute(a) && toTheMinute(b) && a.unit === b.unit;

/**
 * "6:23 p.m." against "6:32 pm": a time of day whose digits, as a 12-hour clock writes them, swap
 * two neighbours. The minutes of two events of one story rarely do; a time copied by hand often.
 */
export function transposedTime(a: Quantity, b: Quantity): boolean {
  if (!exactTimes(a, b)) return false;
  const clock = (q: Quantity) => {
    const m = ((q.low % HALF_DAY) + HALF_DAY) % HALF_DAY;
    return `${Math.floor(m / 60) || 12}${String(m % 60).padStart(2, '0')}`;
  };
  return neighboursSwapped(clock(a), clock(b));
}

/**
 * "6:07 pm local time" against "6:09 p.m. Rome time", "1:47 a.m. EST" against "1:48 am Eastern
 * time": two times to the odd minute, unhedged, a few minutes apart in one zone. The events of one
 * story are seldom minutes apart, while one moment is often read off two clocks, or timed by two
 * sources, a minute or two apart: such a pair is one moment misreported as often as a copied time
 * with two digits swapped (transposedTime), and asks the evidence any figure asks.
 */
export function nearTimes(a: Quantity, b: Quantity): boolean {
  if (!toTheMinute(a) || !toTheMinute(b)) return false;
  // A time on a five-minute mark ("1.30am", "6:15 pm") may be rounded: only odd minutes, each
  // chosen by who wrote it, are readings of a clock.
  if (a.low % 5 === 0 || b.low % 5 === 0) return false;
  const t = timeGap(a, b);
  return !!t && t.gap !== 0 && Math.abs(t.gap) <= NEAR_MINUTES;
}

/** How far apart two readings of one moment are often given (see nearTimes). */
const NEAR_MINUTES = 5;

/**
 * "About 400 miles" against "400 nautical miles": the same number in two units of one quantity that
 * are not near each other. Rounding may make the two overlap, but a source that gives the very
 * number of another in another unit has more likely mixed the units up than measured anew.
 */
export function unitSlip(a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'measure' || b.kind !== 'measure' || !a.unit || !b.unit || a.unit === b.unit || a.per || b.per) return false;
  if (a.low !== b.low || a.high !== b.high || !(a.low > 0) || a.alt || b.alt) return false;
  const plain = (q: Quantity) => q.qualifier === 'exact' || q.qualifier === 'approx';
  if (!plain(a) || !plain(b)) return false;
  const c = convertTo(b, a.unit);
  return c !== undefined && Math.abs(c.low / a.low - 1) > UNITS_APART;
}

/** Two units this far apart (as a part of one another) are no rounding of one figure. */
const UNITS_APART = 0.05;

/** Money of two currencies that neither figure converts itself: compared at another source's rate. */
export function atOutsideRate(c: Quantity, o: Quantity): boolean {
  return c.kind === 'money' && !!c.unit && !!o.unit && c.unit !== o.unit && o.alt?.unit !== c.unit && c.alt?.unit !== o.unit;
}

/**
 * "150 mph (260 km/h)": a measure and its own conversion in brackets check each other. Units convert
 * exactly, so a bracket that the figure, read within its rounding, cannot give is a slip in one of
 * the two, whatever the other sources say.
 */
export function conversionFinding(c: QuantityClaim, path: string): Finding | undefined {
  const q = c.quantity;
  if (q.kind !== 'measure' || !q.alt?.unit) return undefined;
  const given: Quantity = { ...q, ...q.alt, qualifier: 'exact', alt: undefined };
  const converted = convertTo({ ...q, alt: undefined }, q.alt.unit);
  if (!converted || compatible(converted, given)) return undefined;
  const exact = { ...converted, qualifier: 'exact' as const, low: Number(converted.low.toPrecision(3)), high: Number(converted.high.toPrecision(3)) };
  // Two values of one thing that cannot both be right: a conflict, within one source.
  const open = c.text.lastIndexOf('(');
  const bracket = { start: c.span.start + open, end: c.span.end };
  // The figure's words up to the bracket, without the space before it: text and span alike.
  const figure = c.text.slice(0, open).trimEnd();
  return {
    type: 'conflict',
    severity: 'warning',
    confidence: 1,
    message: `${formatQuantity({ ...q, alt: undefined })} is about ${formatQuantity(exact)}, but its own conversion in brackets says ${formatQuantity(given)} (${formatDifference(converted, given)}): one of the two is a slip.`,
    claim: { path, start: c.span.start, end: c.span.start + figure.length, text: figure, id: c.id },
    related: [{ path, ...bracket, text: c.text.slice(open), relation: 'conflicts', note: 'its own conversion' }],
  };
}
