// A count that one source gives as the earlier count ("the previous count, which was 36") is an
// earlier count wherever it is given: a report that still gives it is out of date against the later
// counts, not in conflict with them, and it agrees with the source that names it earlier.
import type { DocumentClaims, QuantityClaim } from './types';
import type { ClaimIndex } from './claimIndex';
import type { Match } from './figureScore';
import { verdictOf } from './verdicts';
import { passedWithin } from './laterCounts';
import { isSmallCount } from './frameGroup';
import { isUpperBound } from './interval';
import { sourceName } from './format';
import { commaList } from './listing';

/**
 * Rewrites, in place, the matches of c when another source of its story gives c's very figure as
 * an earlier value: higher counts (passedWithin, laterCounts.ts) become later counts, and that source
 * is added as one that agrees.
 */
export function earlierElsewhere(c: QuantityClaim, doc: DocumentClaims, matches: Match[], index: ClaimIndex): void {
  if (c.quantity.kind !== 'count' || c.context.previous || isSmallCount(c)) return;
  const higher = (m: Match) => (m.verdict === 'conflicts' || m.verdict === 'unresolved' || m.verdict === 'later') && later(c, m.ref.claim as QuantityClaim);
  if (!matches.some(higher)) return;
  const told = index.candidates({ ...c, context: { ...c.context, previous: true } }, doc.path).filter((r) => {
    const o = r.claim as QuantityClaim;
    const v = verdictOf(c, o, index.rates);
    // A bound from above ("less than 150,000") agrees with any smaller count: none is named by it.
    return o.context.previous && (!o.context.noun || o.context.noun === c.context.noun) && (v === 'same' || (v === 'agrees' && !isUpperBound(c.quantity)));
  });
  if (!told.length) return;
  const by = [...new Set(told.map((r) => sourceName(r.path)))];
  const why = `a later count: ${commaList(by)} give${by.length === 1 ? 's' : ''} this one as the earlier count`;
  for (const m of matches) if (higher(m)) Object.assign(m, { verdict: 'later', why });
  for (const r of told) matches.push({ ref: r, score: 0, verdict: 'agrees', why: 'given there as the earlier count' });
}

function later(c: QuantityClaim, o: QuantityClaim): boolean {
  return o.quantity.kind === 'count' && passedWithin(c.quantity, o.quantity);
}
