// Rules that clear a pair which would otherwise conflict: the document's own other figure agrees,
// a third source's more exact figure that both round, the two are other days of the story, a part
// below its whole, or parts that add up to it.
import type { Claim, DocumentClaims, QuantityClaim } from './types';
import type { ClaimIndex, Ref } from './claimIndex';
import type { Scorer } from './scorer';
import { compatible } from './interval';
import { TIE, threshold, type FigureClaim, type Match } from './figureScore';

/**
 * When this document itself gives another figure for the same thing that agrees with the other
 * source, the other source is not contradicting it: it sides with one of this document's figures.
 */
export function explainedByOwnFigure(c: FigureClaim, m: Match, doc: DocumentClaims, sc: Scorer): boolean {
  const theirs = m.ref.claim as FigureClaim;
  for (const own of doc.claims) {
    if (own === c || own.repeatOf || own.kind !== c.kind) continue;
    const v = sc.verdict(own as FigureClaim, theirs);
    if (v !== 'agrees' && v !== 'same') continue;
    const s = sc.score(own as FigureClaim, theirs);
    // The very same figure, said of a matching thing, is that figure whatever else matches better.
    if (s >= threshold(own as FigureClaim, theirs, v) && (v === 'same' || s >= m.score - TIE)) return true;
  }
  return false;
}

/** A figure of another source more exact than this one that agrees with it, and how well it matches. */
export interface Finer {
  ref: Ref;
  /** Its score against this figure, as a share of the threshold. */
  match: number;
}

/** How well x matches a figure it agrees with, as a share of the threshold (0: it does not agree). */
function matchOf(a: FigureClaim, x: FigureClaim, sc: Scorer): number {
  const v = sc.verdict(a, x);
  return v === 'agrees' || v === 'same' ? sc.score(a, x) / threshold(a, x, v) : 0;
}

/** The figures of other sources, more exact than c, that agree with it (for roundedTwoWays). */
export function finerFigures(c: FigureClaim, doc: DocumentClaims, index: ClaimIndex, sc: Scorer): Finer[] {
  // Nothing counts finer than to the unit.
  if (c.kind !== 'quantity' || (c.quantity.kind === 'count' && c.quantity.precision <= 1)) return [];
  const out: Finer[] = [];
  for (const ref of index.candidates(c, doc.path)) {
    const x = ref.claim as FigureClaim;
    if (x.kind !== 'quantity' || x.quantity.precision >= c.quantity.precision) continue;
    const match = matchOf(c, x, sc);
    if (match > 0) out.push({ ref, match });
  }
  return out;
}

/** Near enough the other figure, as an echo is (compare.ts). */
const ROUNDED_ECHO = 0.5;

/**
 * "$1.9 billion" against "$1.8 billion" when a third source gives "$1.85 billion": one figure rounded
 * two ways. A figure of a third source, more exact than both, that agrees with both, clearly matches
 * one and is near enough the other, clears the pair. `finer`: finerFigures() of c.
 */
export function roundedTwoWays(m: Match, finer: Finer[], sc: Scorer): boolean {
  const o = m.ref.claim as FigureClaim;
  if (m.verdict !== 'conflicts' || o.kind !== 'quantity') return false;
  for (const f of finer) {
    const x = f.ref.claim as QuantityClaim;
    if (f.ref.path === m.ref.path || x.quantity.precision >= o.quantity.precision) continue;
    const [p, q] = [f.match, matchOf(o, x, sc)].sort((a, b) => b - a);
    if (p >= 1 && q >= ROUNDED_ECHO) return true;
  }
  return false;
}

/**
 * A story runs over several days: the quake on Saturday, the rescue and the statements on Sunday.
 * When either document names the other's weekday too, the two weekdays most likely date different
 * events of the story, and the pair is no conflict.
 */
export function otherDaysOfStory(c: FigureClaim, m: Match, doc: DocumentClaims, index: ClaimIndex): boolean {
  const theirs = m.ref.claim as FigureClaim;
  const member = seriesMember(c);
  const their = seriesMember(theirs);
  if (!member || !their || member.series !== their.series) return false;
  const names = (claims: readonly Claim[], value: number) => claims.some((o) => o.kind !== 'quote' && seriesMember(o)?.series === member.series && seriesMember(o)?.value === value);
  const other = index.entry(m.ref.path)?.claims.claims ?? [];
  return names(doc.claims, their.value) || names(other, member.value);
}

/**
 * "17,388 of them in Pakistani Kashmir", "about 11,000 of the deaths": a part of a toll is smaller
 * than the toll, and so no contradiction of a larger figure.
 */
export function partBelowWhole(c: FigureClaim, m: Match): boolean {
  const o = m.ref.claim as FigureClaim;
  if (c.kind !== 'quantity' || o.kind !== 'quantity' || c.quantity.kind !== 'count' || !!c.context.part === !!o.context.part) return false;
  const [part, whole] = c.context.part ? [c.quantity, o.quantity] : [o.quantity, c.quantity];
  return part.high < whole.low;
}

/**
 * "30 cases in people who had two doses and 101 cases in people who received a dummy injection":
 * two counts of one thing in one sentence that add up to the other source's figure are its parts
 * (30 + 101 = 131), and so no contradiction of it; the same when the other source splits the whole.
 */
export function partsOfWhole(c: FigureClaim, m: Match, doc: DocumentClaims, index: ClaimIndex): boolean {
  const o = m.ref.claim as FigureClaim;
  if (c.kind !== 'quantity' || o.kind !== 'quantity' || c.quantity.kind !== 'count' || o.quantity.kind !== 'count') return false;
  const other = index.entry(m.ref.path)?.claims.claims ?? [];
  return sumsTo(c, doc.claims, o) || sumsTo(o, other, c);
}

/** A count plus another count of the same noun in its sentence gives `whole`'s figure. */
function sumsTo(part: QuantityClaim, claims: readonly Claim[], whole: QuantityClaim): boolean {
  for (const x of claims) {
    if (x === part || x.kind !== 'quantity' || x.quantity.kind !== 'count' || x.sentence.start !== part.sentence.start || x.context.noun !== part.context.noun) continue;
    const sum = { ...part.quantity, low: part.quantity.low + x.quantity.low, high: part.quantity.high + x.quantity.high };
    if (compatible(sum, whole.quantity)) return true;
  }
  return false;
}

/**
 * Weekdays and ordinals name members of a series (the days of a story, a president's terms): a
 * document that names both "his first term" and "a second term" knows them as two things.
 */
function seriesMember(c: FigureClaim): { series: string; value: number } | undefined {
  if (c.kind === 'date') return c.date.type === 'weekday' ? { series: 'weekday', value: c.date.weekday } : undefined;
  if (c.quantity.kind === 'ordinal') return { series: `ordinal|${c.context.noun}`, value: c.quantity.low };
  // A storm's category is a reading at one moment: "a Category 5 hurricane" at landfall, "now a
  // Category 4 storm" inland. A report that names both knows them as two moments.
  return c.quantity.unit === 'category' && c.quantity.low === c.quantity.high ? { series: 'category', value: c.quantity.low } : undefined;
}
