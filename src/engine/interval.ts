// What values a stated figure allows, given its qualifier and the precision it was written with,
// and how two figures compare: compatible, or apart by how much.
import type { Quantity } from './types';

export interface Interval {
  lo: number;
  hi: number;
}

/** Half the rounding step a figure implies: "15,000" stands for 14,500–15,500; "47" for itself. */
function roundingHalf(q: Quantity): number {
  if (q.precision < 1) return q.precision / 2;
  return q.precision >= 10 && q.kind !== 'ordinal' ? q.precision / 2 : 0;
}

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
      return { lo: q.low - half, hi: q.high + half };
  }
}

export function compatible(a: Quantity, b: Quantity): boolean {
  const x = allowed(a);
  const y = allowed(b);
  // A strict bound ("more than 6,000") excludes the bound itself.
  const strictLo = (q: Quantity) => q.qualifier === 'more-than';
  const strictHi = (q: Quantity) => q.qualifier === 'less-than';
  if (x.hi < y.lo || y.hi < x.lo) return false;
  if (x.hi === y.lo && (strictHi(a) || strictLo(b))) return false;
  if (y.hi === x.lo && (strictHi(b) || strictLo(a))) return false;
  return true;
}

/**
 * How far b's figure lies from a's, as fractions of a's (negative: lower). For ranges the two
 * ends give two fractions ("20–33% lower").
 */
export function relativeDifference(a: Quantity, b: Quantity): [number, number] {
  const base = (a.low + a.high) / 2 || 1;
  const d1 = (b.low - base) / base;
  const d2 = (b.high - base) / base;
  return d1 <= d2 ? [d1, d2] : [d2, d1];
}

/** True when the two figures state the same thing the same way (so "same", not just "agrees"). */
export function sameFigure(a: Quantity, b: Quantity): boolean {
  return a.low === b.low && a.high === b.high && a.qualifier === b.qualifier;
}
