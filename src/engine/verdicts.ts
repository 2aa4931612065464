// The verdict of a pair of figures that may speak of one thing: the same, agreeing, in conflict,
// a later count, to check by hand, or not to be set against each other at all.
import type { DateClaim, QuantityClaim } from './types';
import type { FigureClaim, Match } from './figureScore';
import { belowLaterCount, compatible, isTemperature, meetsOnlyAtEnd, middlesApart, otherMaximum, sameFigure } from './interval';
import { boundMet, boundSoFar, laterCount, otherDaysOf, sameDayOf } from './laterCounts';
import { dateVerdict } from './dateCompare';
import { spanOf, yearIn } from './years';
import { onBasisOf } from './units';
import type { RateTable } from './currency';
import { unitSlip } from './figureChecks';
import { timeVerdict } from './zones';
import { SCORE, otherContest } from './scores';
import { AGE } from './ages';

/**
 * "nearly $1bn (£840m)" and "nearly $1 billion (£840,000m)": the same figure, converted into one
 * currency or unit two ways further apart than rates and rounding move a stated conversion (5%, as
 * for a figure read at a stated rate): one conversion is wrong.
 */
export function conversionsApart(a: QuantityClaim['quantity'], b: QuantityClaim['quantity']): boolean {
  const x = a.alt;
  const y = b.alt;
  return !!x && !!y && x.unit === y.unit && a.unit === b.unit && middlesApart(x, y, CONVERSIONS_APART);
}

const CONVERSIONS_APART = 0.05;

/**
 * Two durations in different units compared in the other's unit too: a whole count of weeks, months
 * or years reaches up to the next against a figure written finer (interval.ts countedUp), which
 * reads the unit it was written in ("53 days" against "the 7 week long strike" as "7 weeks" does).
 */
function onEitherBasis(a: QuantityClaim['quantity'], b: QuantityClaim['quantity'], rates: RateTable): boolean {
  if (a.kind !== 'duration' || b.kind !== 'duration' || a.unit === b.unit) return false;
  const ours = onBasisOf(a, b, rates);
  return !!ours && compatible(ours, b);
}

export function verdictOf(a: FigureClaim, b: FigureClaim, rates: RateTable): Match['verdict'] | undefined {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    // The time a source read a count at is no time of the story's events (extract.ts markStamps).
    if (a.quantity.kind === 'time' && (a.context.stamp || b.context.stamp)) return undefined;
    if (a.quantity.kind === 'time') return timeVerdict(a.quantity, b.quantity, rates.localOffset(), rates.season());
    const pa = a.quantity.period;
    const pb = b.quantity.period;
    // Two spans of years agree only when both ends do ("1991-2001" is not "1991-2002").
    if (pa && pb) return pa[0] === pb[0] && pa[1] === pb[1] ? 'same' : 'conflicts';
    const theirs = onBasisOf(b.quantity, a.quantity, rates);
    // Money in another currency with no rate stated anywhere in the workspace, or pay per hour
    // against pay per day: check by hand.
    if (!theirs) return 'unresolved';
    if (sameFigure(a.quantity, theirs)) return conversionsApart(a.quantity, b.quantity) ? 'conflicts' : 'same';
    // "the first floor" in British and European numbering is the American "second floor": floors one
    // apart may be one floor counted two ways.
    if (floorsCountedTwoWays(a, b)) return 'agrees';
    if (a.context.noun === AGE && b.context.noun === AGE) {
      const ageSpan = ageSpanVerdict(a.quantity, theirs);
      if (ageSpan !== false) return ageSpan;
    }
    if (unitSlip(a.quantity, b.quantity)) return 'conflicts';
    // A score during a match is one moment of it: only results are set against each other.
    if (a.quantity.unit === SCORE && (a.quantity.running || b.quantity.running || otherContest(a.quantity, theirs))) return undefined;
    // How far a count had gone ("With 99.4% of votes tallied") is no one's share: it meets only
    // another such reading (below), never a figure of the count itself, however it fits.
    if (!a.context.progress !== !b.context.progress) return undefined;
    const fits = (compatible(a.quantity, theirs) || onEitherBasis(a.quantity, b.quantity, rates)) && !countedApart(a, b, theirs);
    if (laterCount(a, b, theirs, fits)) return 'later';
    // An increment ("another 1,300 flights", "a further 455", "700 more") is what was added since
    // its report's last count: two that agree are one addition, but two that differ are set
    // against each other only when said of the same day. The rest besides those named ("six other
    // cities") is no addition: two such differ unless they name two days.
    const rest = a.context.increment === 'rest' && b.context.increment === 'rest';
    const apart = !!a.context.increment && !!b.context.increment && (rest ? otherDaysOf(a, b) : !sameDayOf(a, b));
    if (fits && belowLaterCount(a.quantity, theirs)) return apart ? undefined : boundSoFar(a, theirs) ? 'later' : boundMet(a.quantity, theirs) ? 'agrees' : 'unresolved';
    if (fits) return otherMaximum(a.quantity, theirs) || meetsOnlyAtEnd(a.quantity, theirs) ? (apart ? undefined : 'unresolved') : 'agrees';
    if (apart) return undefined;
    // A time to the second ("2:01:53") is someone's result: two are set against each other only
    // when said of the same named person.
    if (a.quantity.clock && b.quantity.clock && !(a.context.agent && a.context.agent === b.context.agent)) return undefined;
    // So is an age ("Arteta, 41,"): two are set against each other only for the same person.
    if (a.context.noun === AGE && b.context.noun === AGE && (a.context.agent !== b.context.agent || !sameAgeMoment(a, b))) return undefined;
    // An age ("the 20-year-old Spaniard") is no span of years ("had not lost in 10 years").
    if ((a.context.noun === AGE) !== (b.context.noun === AGE) && (a.quantity.unit === 'year' || b.quantity.unit === 'year')) return undefined;
    // A night's low ("recording a low of 25.8C") and a temperature that names no reading ("the 40C
    // heatwave") may be two readings of a day: they agree if they do, but are not set against each
    // other.
    if (isTemperature(a.quantity) && (lowAgainstUnread(a, b) || lowAgainstUnread(b, a))) return undefined;
    // Partial results and final ones rightly differ: the count went on between them.
    if (!!a.context.interim !== !!b.context.interim) return undefined;
    // Two readings of how far a count had gone, at different stages ("With 97.6% of votes
    // tallied", "With 99.4% of votes tallied"), are two moments of the count (one against any other
    // figure was set apart above).
    if (a.context.progress && b.context.progress) return undefined;
    // A mean ("he averaged 21.4 points") is no total of one game ("Murray added 14 points").
    if (!!a.context.average !== !!b.context.average) return undefined;
    // How many times a thing happened ("finished among the top three a record 14 times") is no count
    // of things ("involved in 10 goals"), though one may lead to the other.
    if (a.context.noun && b.context.noun && occasions(a) !== occasions(b)) return undefined;
    // A net figure ("net migration") is not the whole it is left of ("total immigration").
    if (a.context.basis && b.context.basis && a.context.basis !== b.context.basis) return undefined;
    // Changes over spans of different lengths ("rose about 25% last week", "has risen by about 41
    // per cent in 2023") are two changes.
    if (a.context.change && b.context.change && otherSpans(a.context.time, b.context.time)) return undefined;
    if (a.context.counted !== undefined && b.context.counted !== undefined && a.context.counted !== b.context.counted) return undefined;
    // Two guesses at what may be ("as many as 70 could be dead", "expects there will be more than
    // 100") differ as opinions do: neither is a fact the other misreports.
    if (a.context.guess && b.context.guess) return undefined;
    // Two polls of analysts rightly differ: forecasts are checked for agreement, never set against
    // each other, unless both name the same poll ("according to FactSet", "recorded by FactSet").
    return a.context.forecast && b.context.forecast && !samePoll(a, b) ? undefined : 'conflicts';
  }
  if (a.kind === 'date' && b.kind === 'date') {
    // "on Saturday night" runs past midnight: in the next day's early hours, or in a time zone ahead,
    // it is the next day ("on Sunday"), which may tell the same event.
    if (nightBefore(a, b) || nightBefore(b, a)) return undefined;
    return dateVerdict(a.date, b.date);
  }
  return undefined;
}

const FLOORS = new Set(['floor', 'storey', 'story']);
const floorOf = (c: QuantityClaim) => c.quantity.kind === 'ordinal' && FLOORS.has(c.context.noun ?? '');

/** Two floors one apart ("first floor", "second floor"): one floor, counted from the ground floor or from the street. */
export const floorsCountedTwoWays = (a: QuantityClaim, b: QuantityClaim) => floorOf(a) && floorOf(b) && Math.abs(a.quantity.low - b.quantity.low) === 1;

/**
 * A span of ages ("aged 16 to 41", "ranging in age from 16 to 49") runs from the youngest to the
 * oldest of a group, not from one guess to another: two spans meet only if both ends do, and one
 * age is one person's, not the group's. `false`: not two ages of which one is a span.
 */
function ageSpanVerdict(a: QuantityClaim['quantity'], b: QuantityClaim['quantity']): Match['verdict'] | undefined | false {
  const span = (q: QuantityClaim['quantity']) => q.qualifier === 'range' && q.low < q.high;
  if (!span(a) && !span(b)) return false;
  if (!span(a) || !span(b)) return undefined;
  return a.low === b.low && a.high === b.high ? 'same' : 'conflicts';
}

/**
 * An age whose owner the words leave open ("aged 16", "the 19-year-old") is an age at some moment:
 * two differ only when said of one year ("joined Dortmund in 2020, aged 16", "… aged just 17"),
 * since a person's age changes and a story gives it at several moments. A named owner ("Arteta,
 * 41,") is aged now, in every report.
 */
function sameAgeMoment(a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.context.agent !== '?') return true;
  const year = yearIn(a.context.time);
  return !!year && year === yearIn(b.context.time);
}

/** A name in one forecast's source ("FactSet consensus estimates") that the other forecast's words name too. */
function samePoll(a: QuantityClaim, b: QuantityClaim): boolean {
  const names = (c: QuantityClaim) => (c.context.attribution ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  const named = (c: QuantityClaim, w: string) => c.context.words.includes(w) || (c.context.attribution ?? '').toLowerCase().split(/\s+/).includes(w);
  return names(a).some((w) => named(b, w)) || names(b).some((w) => named(a, w));
}

/** `o`'s figure in `c`'s unit ("250 km" as 155.3 miles, units.ts), or as it is when the units are one or cannot be converted. */
export function inUnitOf(o: QuantityClaim, c: QuantityClaim, rates?: RateTable): QuantityClaim['quantity'] {
  return (c.quantity.kind !== 'time' && onBasisOf(o.quantity, c.quantity, rates)) || o.quantity;
}

/** A night's low against a reading of no named moment (temperatures.ts extremeOf). */
const lowAgainstUnread = (a: QuantityClaim, b: QuantityClaim) => a.context.moment === 'low' && !b.context.moment;

/** A weekday's night ("Saturday night") and the weekday after it ("Sunday"). */
function nightBefore(a: DateClaim, b: DateClaim): boolean {
  return !!a.context.night && a.date.type === 'weekday' && b.date.type === 'weekday' && (a.date.weekday + 1) % 7 === b.date.weekday;
}

function otherSpans(a: string | undefined, b: string | undefined): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  return !!x && !!y && x !== y;
}

/** A count of occasions, written as such after the figure ("14 times", "on five occasions"; not "a seven-time champion"). */
const occasions = (c: QuantityClaim) => c.quantity.kind === 'count' && (c.context.phrase === 'times' || c.context.noun === 'occasion');

/**
 * Two plain counts under a thousand, no round hundred, neither hedged nor a change, that differ:
 * counted, not rounded ("230 seats", "232 seats"; "210 Democrats", "211 Democrats"). A change is
 * as often rounded ("a drop of 247 seats", "down 250 seats").
 */
export function countedApart(a: QuantityClaim, b: QuantityClaim, theirs: QuantityClaim['quantity']): boolean {
  const plain = (q: QuantityClaim['quantity']) => q.kind === 'count' && q.qualifier === 'exact' && q.low === q.high && !q.unit && q.low > 100 && q.low < 1000 && q.low % 100 !== 0 && Number.isInteger(q.low);
  // Nor a count read at a moment of a tally that goes on ("As of 7.30 …, 410 seats").
  const settled = (c: QuantityClaim) => !c.context.change && !c.context.increment && !c.context.asOf && !c.context.interim;
  return plain(a.quantity) && plain(theirs) && a.quantity.low !== theirs.low && settled(a) && settled(b);
}
