// Counts of one thing read at different moments of a story: a count said to have risen against a
// lower one, a lower bound of a toll that a later count has passed, and increments, which are
// additions since each report's own last count. They are later counts, not disagreements.
import type { QuantityClaim } from './types';
import { APPROX_LEAST, isBound, preciseBound } from './interval';
import { harmSenses } from './context';
import { daysAfter } from './dateCompare';
import { placeWords } from './places';

/**
 * A count said to have risen to a figure ("the toll rose to at least 55") against a lower count of
 * the same thing elsewhere ("53 people were killed"): the lower one is an earlier count, not a
 * disagreement (a toll grows between reports). Counts only: a rate that "rose to 3.9%" is a reading.
 * Not past double the lower count, unless the higher is itself said to have risen and both name one
 * place (below): a count that much higher more often counts another scope (a region against one of
 * its cities) than a later hour, and stays a conflict to weigh. `fits`:
 * whether the two figures are compatible as intervals (interval.ts compatible).
 */
export function laterCount(a: QuantityClaim, b: QuantityClaim, theirs: QuantityClaim['quantity'], fits: boolean): boolean {
  if (a.quantity.kind !== 'count') return false;
  // Both said to have risen, the higher on a later day ("rose to 2,122" on Sunday, "had risen to
  // 2862" on Monday): one toll read on two days.
  const after = a.context.risen && b.context.risen && a.context.day && b.context.day ? daysAfter(a.context.day, b.context.day) ?? 0 : 0;
  // A count said "as of" a moment is one so far: a higher count elsewhere, beyond its rounding, may
  // be later.
  const soFar = !after && !fits;
  const mineHigher = after ? after < 0 && a.quantity.low > theirs.high : (a.context.risen && !b.context.risen) || (soFar && !!b.context.asOf && !a.context.asOf);
  const theirsHigher = after ? after > 0 && theirs.low > a.quantity.high : (b.context.risen && !a.context.risen) || (soFar && !!a.context.asOf && !b.context.asOf);
  const [lower, higher] = theirsHigher ? [a.quantity, theirs] : mineHigher ? [theirs, a.quantity] : [];
  if (!lower || !higher) return false;
  // "the death toll had risen to 2862 with 2562 people injured" against "670 people are injured" two
  // days before: a count said itself to have risen is the later one however far it rose (short of
  // tenfold), when both are said of one place or neither names one; the cap guards a region
  // against one of its cities, which place words tell apart.
  const risen = theirsHigher ? b.context.risen : a.context.risen;
  return risen && samePlaceWords(a, b) ? higher.low > lower.high && higher.low < TENFOLD * lower.high : passedWithin(lower, higher);
}

/** Tenfold or more is a digit too many or another scale, not one toll grown. */
const TENFOLD = 10;

/** Whether two figures name the same place in words, or neither names one. */
function samePlaceWords(a: QuantityClaim, b: QuantityClaim): boolean {
  const x = placeWords(a.context.place);
  const y = placeWords(b.context.place);
  return x.length === y.length && x.every((w) => y.includes(w));
}

/**
 * A lower bound of a toll of harm ("at least 176 people" dead, "more than 1,100" who died) below
 * another source's figure (179, 1,301): both hold, and the bound reads as a count so far, which a
 * later count has passed: a later count, not a conflict. Tolls only, which grow while the event
 * is told: a bound on what stands still ("over 17,795 polling stations") against a higher figure is
 * one to check. Not past double the bound: a source that says "more than 5,000" where another
 * counts 46,000 says much less than is known, which stays one to check by hand too.
 */
export function boundSoFar(bound: QuantityClaim, figure: QuantityClaim['quantity']): boolean {
  return bound.quantity.kind === 'count' && harmSenses(bound.context.events).length > 0 && !isBound(figure) && passedWithin(bound.quantity, figure);
}

/**
 * A lower bound ("more than 4,600 people", "over two stages") below a plain figure of another
 * source that is less than double it ("about 4,800", "four"): the figure meets the bound, so both
 * hold; a careful reader does not stop there. Past double, the bound says much less than is known;
 * a bound written to three figures ("over 17,795") says nearly how many, which a figure more than
 * the 1% a hedge allows above it denies ("18,400"; "at least 58.3%" and "58.8%" meet); and another
 * bound above it may be a later count: those stay to check by hand.
 */
export const boundMet = (bound: QuantityClaim['quantity'], figure: QuantityClaim['quantity']) => !isBound(figure) && (!preciseBound(bound) || figure.low <= bound.high * (1 + APPROX_LEAST)) && passedWithin(bound, figure);

/** A higher count that has passed a lower one by less than a count grows between two reports of one story. */
export const passedWithin = (lower: QuantityClaim['quantity'], higher: QuantityClaim['quantity']) => higher.low > lower.high && higher.low <= LATER_GROWTH * lower.high;

/** How much a count may grow between two reports of one story and still be read as a later count. */
const LATER_GROWTH = 2;

/** Both figures said of one day: the same weekday or date, or the same words of time. */
export function sameDayOf(a: QuantityClaim, b: QuantityClaim): boolean {
  const x = a.context.day;
  const y = b.context.day;
  if (x && y) return daysAfter(x, y) === 0;
  return !!a.context.time && a.context.time === b.context.time;
}

/** Both figures name a day, and the days differ. */
export function otherDaysOf(a: QuantityClaim, b: QuantityClaim): boolean {
  const x = a.context.day;
  const y = b.context.day;
  return !!x && !!y && daysAfter(x, y) !== 0;
}
