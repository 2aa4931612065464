// A count that one source gives as the earlier count ("the previous count, which was 36") is an
// earlier count wherever it is given: a report that still gives it is out of date against the later
// counts, not in conflict with them, and it agrees with the source that names it earlier.
import type { Claim, DocumentClaims, QuantityClaim } from './types';
import type { ClaimIndex, Ref } from './claimIndex';
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
 * is added as one that agrees. Any other figure, a sum or a share, may be revised either way, so
 * only the source that gives both tells which of its figures is the later: "$162 million, above
 * Sunday's estimate of $155 million" makes its $162 million the later figure against a report's
 * "$155 million", in whichever direction it moved; so for a count that source's own lower one.
 */
export function earlierElsewhere(c: QuantityClaim, doc: DocumentClaims, matches: Match[], index: ClaimIndex): void {
  if (c.context.previous || c.quantity.kind === 'time' || isSmallCount(c)) return;
  const differs = (m: Match) => m.verdict === 'conflicts' || m.verdict === 'unresolved' || m.verdict === 'later';
  if (!matches.some(differs)) return;
  // Earlier counts, and earlier estimates ("above Sunday's estimate of $155 million"), a block apart.
  const earlier = (projection: boolean) => index.candidates({ ...c, context: { ...c.context, previous: true, projection } }, doc.path);
  const earlierRefs = [...earlier(false), ...earlier(true)];
  const told = earlierRefs.filter((r) => {
    const o = r.claim as QuantityClaim;
    const v = verdictOf(c, o, index.rates);
    // "Sunday's estimate of $155 million": a figure whose noun is its status names no other thing.
    const thing = !o.context.noun || o.context.noun === c.context.noun || (o.context.projection && matches.some((m) => differs(m) && setLater(r, m, index)));
    // A bound from above ("less than 150,000") agrees with any smaller count: none is named by it.
    return o.context.previous && thing && (v === 'same' || (v === 'agrees' && !isUpperBound(c.quantity)));
  });
  if (!told.length) return earlierThere(c, matches.filter(differs), earlierRefs, index);
  // The source's later figure is set against the earlier in one sentence ("$162 million take, above
  // Sunday's estimate of $155 million"): another figure of that source may be another thing.
  const moved = (m: Match) => differs(m) && ((c.quantity.kind === 'count' && later(c, m.ref.claim as QuantityClaim)) || told.some((r) => setLater(r, m, index)));
  const laterOnes = matches.filter(moved);
  if (!laterOnes.length) return;
  const by = [...new Set(told.map((r) => sourceName(r.path)))];
  const noun = c.quantity.kind === 'count' ? 'count' : 'figure';
  const why = `a later ${noun}: ${commaList(by)} give${by.length === 1 ? 's' : ''} this one as the earlier ${told.some((r) => (r.claim as QuantityClaim).context.projection) ? 'estimate' : noun}`;
  for (const m of laterOnes) Object.assign(m, { verdict: 'later', why });
  for (const r of told) matches.push({ ref: r, score: 0, verdict: 'agrees', why: `given there as the earlier ${noun}` });
}

/**
 * The mirror of the above: a match whose figure another source gives as the earlier one, beside
 * c's very figure ("$162 million take, above Sunday's estimate of $155 million"), is an earlier
 * figure against c's, not a conflict: a report's "$155 million" against another's "$162 million".
 */
function earlierThere(c: QuantityClaim, differing: Match[], earlier: Ref[], index: ClaimIndex): void {
  const beside = earlier.filter((r) => (r.claim as QuantityClaim).context.previous && figuresBeside(r, index).some((o) => verdictOf(o, c, index.rates) === 'same'));
  if (!beside.length) return;
  for (const m of differing) {
    const by = beside.filter((r) => r.path !== m.ref.path && verdictOf(m.ref.claim as QuantityClaim, r.claim as QuantityClaim, index.rates) === 'same');
    if (!by.length) continue;
    const names = [...new Set(by.map((r) => sourceName(r.path)))];
    const what = by.some((r) => (r.claim as QuantityClaim).context.projection) ? 'estimate' : 'figure';
    Object.assign(m, { verdict: 'later', why: `an earlier ${what}: ${commaList(names)} give${names.length === 1 ? 's' : ''} it as the earlier ${what}, beside this one` });
  }
}

/** The figures a source's sentence sets beside its earlier figure r. */
function figuresBeside(r: Ref, index: ClaimIndex): QuantityClaim[] {
  const beside = (o: Claim): o is QuantityClaim => o.kind === 'quantity' && o !== r.claim && o.sentence.start === r.claim.sentence.start && !o.context.previous;
  return (index.entry(r.path)?.claims.claims ?? []).filter(beside);
}

/**
 * Whether a source sets a match's figure later than its earlier one r: in r's sentence, or as the
 * very figure r's sentence sets beside it, given by another source ("$162 million, above Sunday's
 * estimate of $155 million" makes another report's "$162 million" the later figure too).
 */
function setLater(r: Ref, m: Match, index: ClaimIndex): boolean {
  if (r.path === m.ref.path) return r.claim.sentence.start === m.ref.claim.sentence.start;
  return figuresBeside(r, index).some((o) => verdictOf(o, m.ref.claim as QuantityClaim, index.rates) === 'same');
}

function later(c: QuantityClaim, o: QuantityClaim): boolean {
  return o.quantity.kind === 'count' && passedWithin(c.quantity, o.quantity);
}
