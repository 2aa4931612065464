// Two checks on a pair of figures already set on one footing: a dropped or extra digit, and money
// brought across at a rate that neither figure states itself.
import type { Quantity } from './types';

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

/** Money of two currencies that neither figure converts itself: compared at another source's rate. */
export function atOutsideRate(c: Quantity, o: Quantity): boolean {
  return c.kind === 'money' && !!c.unit && !!o.unit && c.unit !== o.unit && o.alt?.unit !== c.unit && c.alt?.unit !== o.unit;
}
