// A figure's own conversion in brackets, "$5bn (£3.9bn)", "£3.9bn ($5bn)", "€40m (US$43m)",
// "150 mph (241 km/h)", "95F (35C)": the two are one claim (the bracket is not a second source, nor
// a rival figure of the document). For money the pair states the rate between the two currencies
// that the workspace may use (currency.ts); for a measure the conversion is known, and the figure
// and its bracket check each other (see conversionFinding).
import type { Analysis } from './nlp';
import type { Quantity } from './types';
import { CURRENCY_SYMBOLS } from './lexicon';
import { readNumber } from './figures';
import { unitAfter } from './figureUnits';
import { dimensionOf } from './units';

const HEDGES = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'some', 'almost', 'over', 'c.', 'ca.', 'approx.']);

/** Reads "(£3.9bn)" or "(241 km/h)" after token `last` into `q.alt`; returns the closing bracket's token, or undefined. */
export function ownConversion(an: Analysis, last: number, q: Quantity): number | undefined {
  if (an.values[last + 1] !== '(') return undefined;
  let at = last + 2;
  // "100,000 rupees (about $1,200)": a conversion is rounded, and may say so.
  if (HEDGES.has(an.lower[at] ?? '')) at++;
  let unit = q.kind === 'money' ? CURRENCY_SYMBOLS[an.lower[at] ?? ''] : undefined;
  if (unit) at++;
  if (an.types[at] !== 'number') return undefined;
  const n = readNumber(an, at);
  if (!n) return undefined;
  let end = n.last;
  if (!unit) {
    const u = unitAfter(an, end + 1);
    if (!u || u.kind !== q.kind || !u.unit) return undefined;
    if (q.kind === 'measure' && dimensionOf(u.unit) !== dimensionOf(q.unit)) return undefined;
    unit = u.unit;
    end = u.last;
  }
  if (an.values[end + 1] !== ')' || unit === q.unit) return undefined;
  q.alt = { unit, low: n.value, high: n.value, precision: n.precision };
  return end + 1;
}
