// Rules that clear a pair which would otherwise conflict: the document's own other figure agrees,
// a third source's more exact figure that both round, the two are other days of the story, a part
// below its whole, or parts that add up to it.
import type { Claim, DocumentClaims, QuantityClaim } from './types';
import type { ClaimIndex, Ref } from './claimIndex';
import type { Scorer } from './scorer';
import { compatible, isBound } from './interval';
import { TIE, threshold, type FigureClaim, type Match } from './figureScore';
import { yearIn } from './years';
import { saidElsewhere } from './restatements';
import { doersApart } from './frame';

/**
 * When this document itself gives another figure for the same thing that agrees with the other
 * source, the other source is not contradicting it: it sides with one of this document's figures.
 */
export function explainedByOwnFigure(c: FigureClaim, m: Match, doc: DocumentClaims, sc: Scorer): boolean {
  const theirs = m.ref.claim as FigureClaim;
  for (const own of doc.claims) {
    if (own === c || saidElsewhere(own) || own.kind !== c.kind || roundsOwn(own, c)) continue;
    // A figure asked for is not what was given: "over 30%" in the deal does not side with a 40% demand.
    if (own.kind === 'quantity' && !!own.context.requested !== !!theirs.context.requested) continue;
    // "Microsoft announced 10,000 job cuts … Amazon's move to cut 18,000 jobs" against "10,000 each
    // by Microsoft and Amazon": the other figure is of this one's party too, so its siding with
    // another party's figure here does not explain this one away.
    if (c.kind === 'quantity' && theirs.kind === 'quantity' && own.kind === 'quantity' && c.context.doer && own.context.doer && theirs.context.doer && doersApart(c.context, own.context) && !doersApart(c.context, theirs.context)) continue;
    const v = sc.verdict(own as FigureClaim, theirs);
    if (v !== 'agrees' && v !== 'same') continue;
    const s = sc.score(own as FigureClaim, theirs);
    // The very same figure, said of a matching thing, is that figure whatever else matches better.
    if (s >= threshold(own as FigureClaim, theirs, v) && (v === 'same' || s >= m.score - TIE)) return true;
  }
  return false;
}

/**
 * "Nearly 200 nations" … "consensus among 194 countries": a hedged figure of a report that its
 * own exact figure falls within rounds that figure, and vouches for nothing else: another
 * source's "197 countries" that it would allow still differs from the 194, and a source that
 * gives both is read at its exact figure (compare.ts statedFiner).
 */
export function roundsOwn(round: Claim, exact: FigureClaim): boolean {
  return round.kind === 'quantity' && exact.kind === 'quantity' && round.quantity.qualifier === 'approx' && finerThan(exact, round) && exact.quantity.unit === round.quantity.unit && compatible(exact.quantity, round.quantity);
}

/**
 * "since a 1961 tsunami killed 61 people" against "the 1960 tsunami that hit the Big Island,
 * killing 61 people": two sources give one figure, each dated to its own year. Then an undated
 * figure of one of them is not the other's dated one (the 53 dead of this week's fire are not the
 * 61 of the tsunami); the years disagree, which the two dates say.
 */
export function toldOfAnotherYear(c: FigureClaim, o: FigureClaim, own: readonly Claim[], other: readonly Claim[], sc: Scorer): boolean {
  const yc = yearIn(c.context.time);
  const yo = yearIn(o.context.time);
  if (!yc === !yo) return false;
  const [dated, year, claims] = yc ? [c, yc, other] : [o, yo!, own];
  for (const x of claims) {
    if (x.kind === 'quote' || x.kind !== dated.kind || x.context.noun !== dated.context.noun) continue;
    const y = yearIn(x.context.time);
    if (y && y !== year && sc.verdict(dated, x as FigureClaim) === 'same') return true;
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

/**
 * Whether x gives c's figure more exactly, as one figure that c may round. A bound ("more than
 * 3,700") says where a figure lies on one side only: it fits "nearly 4,000" and "more than 4,000"
 * alike, and so explains neither as a rounding of the other.
 */
export const finerThan = (x: FigureClaim, c: QuantityClaim): x is QuantityClaim => x.kind === 'quantity' && x.quantity.precision < c.quantity.precision && !isBound(x.quantity);

/** The figures of other sources, more exact than c, that agree with it (for roundedTwoWays). */
export function finerFigures(c: FigureClaim, doc: DocumentClaims, index: ClaimIndex, sc: Scorer): Finer[] {
  // Nothing counts finer than to the unit.
  if (c.kind !== 'quantity' || (c.quantity.kind === 'count' && c.quantity.precision <= 1)) return [];
  const out: Finer[] = [];
  for (const ref of index.candidates(c, doc.path)) {
    const x = ref.claim as FigureClaim;
    if (!finerThan(x, c)) continue;
    const match = matchOf(c, x, sc);
    if (match > 0) out.push({ ref, match });
  }
  return out;
}

/** Near enough the other figure, as an echo is (compare.ts). */
const ROUNDED_ECHO = 0.5;

/** One of two matches full, the other at least an echo of the rounding. */
const bothMatch = (a: number, b: number) => Math.max(a, b) >= 1 && Math.min(a, b) >= ROUNDED_ECHO;

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
    if (bothMatch(f.match, matchOf(o, x, sc))) return true;
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
  if (c.kind !== 'quantity' || o.kind !== 'quantity' || c.quantity.kind !== 'count') return false;
  // "Of the 6.9 million accounts hacked, 5.5 million contained …": another source's "nearly 7
  // million" is the whole (it agrees with the whole's figure), not this part.
  if (partOfTheirs(c, o) || partOfTheirs(o, c)) return true;
  // "four of the six states" names its whole: another report's "three states" counts a part of it.
  // (A whole above c itself is no candidate of c's at all: compare.ts asks belowNamedWhole first.)
  if (!c.context.part && belowNamedWhole(o, c)) return true;
  // "97 women and 54 men were killed": a count listed beside counts of other kinds is a part of a
  // whole of any other kind that holds them all ("at least 151 people"); not of one that does not
  // ("171 guests and 6 crew members" against "174 passengers": the guests are the passengers).
  if (listedPart(c, o) || listedPart(o, c)) return true;
  if (narrowedPart(c, o) || narrowedPart(o, c)) return true;
  if (!!c.context.part === !!o.context.part) return false;
  const [part, whole] = c.context.part ? [c.quantity, o.quantity] : [o.quantity, c.quantity];
  return part.high < whole.low;
}

/**
 * "44 silver medals" against "126 total medals": a count of a noun that a word narrows, below a
 * count of that noun said to be the total, is a part of it, no contradiction.
 */
function narrowedPart(part: QuantityClaim, whole: QuantityClaim): boolean {
  return !!part.context.narrowing?.length && !whole.context.narrowing?.length && whole.context.basis === 'gross' && part.context.noun === whole.context.noun && part.quantity.high < whole.quantity.low;
}

function listedPart(part: QuantityClaim, whole: QuantityClaim): boolean {
  const kinds = part.context.listedWith;
  const noun = whole.context.noun;
  if (!kinds?.length || !part.context.noun || noun === part.context.noun || kinds.includes(noun ?? '')) return false;
  const beside = Number(/^-?[\d.]+/.exec(part.context.partner ?? '')?.[0] ?? 0);
  return part.quantity.high + beside <= whole.quantity.high;
}

/**
 * Whether x lies below y, a whole named as such ("Of the 181 people on board", "of the six
 * states"), and is neither a whole nor a part itself: what x counts may be part of y, not another
 * count of it.
 */
export function belowNamedWhole(x: FigureClaim, y: FigureClaim): boolean {
  return x.kind === 'quantity' && y.kind === 'quantity' && !!y.context.whole && !x.context.whole && !x.context.part && x.quantity.high < y.quantity.low;
}

function partOfTheirs(part: QuantityClaim, whole: QuantityClaim): boolean {
  const within = part.context.within;
  return !!within && !whole.context.within && compatible(within, whole.quantity) && part.quantity.high < whole.quantity.low;
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
    if (x.kind !== 'quantity' || x.quantity.kind !== 'count' || x.sentence.start !== part.sentence.start) continue;
    if (addsUp(part, x, whole)) return true;
  }
  return false;
}

/** sumsTo for one other count x of part's sentence. */
function addsUp(part: QuantityClaim, x: QuantityClaim, whole: QuantityClaim): boolean {
  if (x === part || x.context.noun !== part.context.noun) return false;
  // Another named party's count is no part of this party's whole ("about 1,200 flights compared to
  // Southwest's 234" does not add up to "Delta canceled 1,500 flights").
  if (x.context.doer && whole.context.doer && doersApart(x.context, whole.context)) return false;
  const sum = { ...part.quantity, low: part.quantity.low + x.quantity.low, high: part.quantity.high + x.quantity.high };
  // A lower bound holds any sum beyond it, but a writer bounds a count by the round figure just
  // under it: "more than 300,000" is under 400,000 (one step of its last digit), not 1.1 million.
  const w = whole.quantity;
  return compatible(sum, w) && (!isBound(w) || sum.high < w.low + w.precision);
}

/** Figures of other sources more exact than c that agree with it, one signature each (finerFigures by column). */
export interface FinerColumn {
  claim: QuantityClaim;
  refs: Ref[];
  match: number;
}

/**
 * The rules above for one column of a block (compare.ts): claims of one signature, which meet c
 * with one verdict and one score (m: one of them). What the rules read of the claim is asked once,
 * what they read of the document that carries it (its other claims, its path) per claim: `true`
 * when every claim of the column is cleared, else a test per claim (undefined: none is cleared).
 */
export function columnClearing(c: FigureClaim, m: Match, doc: DocumentClaims, index: ClaimIndex, sc: Scorer, finer: () => FinerColumn[]): true | ((ref: Ref) => boolean) | undefined {
  if (sc.check('own', c, m.ref.sig, () => explainedByOwnFigure(c, m, doc, sc)) || partBelowWhole(c, m)) return true;
  const o = m.ref.claim as FigureClaim;
  const member = seriesMember(c);
  const their = seriesMember(o);
  const series = member && their && member.series === their.series ? member : undefined;
  if (series && membersIn(doc.claims, sc).has(`${series.series}\u0000${their!.value}`)) return true;
  const counts = c.kind === 'quantity' && o.kind === 'quantity' && c.quantity.kind === 'count' && o.quantity.kind === 'count';
  if (counts && sumsTo(c, doc.claims, o)) return true;
  // roundedTwoWays: the documents of the finer figures that would clear the pair.
  const rounding: string[] = [];
  if (m.verdict === 'conflicts' && o.kind === 'quantity') {
    for (const f of finer()) {
      if (f.claim.quantity.precision >= o.quantity.precision) continue;
      if (bothMatch(f.match, matchOf(o, f.claim, sc))) for (const r of f.refs) rounding.push(r.path);
    }
  }
  // toldOfAnotherYear: asked per document when one of the two is dated and the other not.
  const years = !yearIn(c.context.time) !== !yearIn(o.context.time);
  if (!series && !counts && !rounding.length && !years) return undefined;
  const mine = series && `${series.series}\u0000${series.value}`;
  return (ref) => {
    const other = series || counts || years ? (index.entry(ref.path)?.claims.claims ?? []) : [];
    if (years && toldOfAnotherYear(c, ref.claim as FigureClaim, doc.claims, other, sc)) return true;
    if (mine && membersIn(other, sc).has(mine)) return true;
    if (counts) for (const x of countsIn(other, sc).get(ref.claim.sentence.start) ?? []) if (addsUp(ref.claim as QuantityClaim, x, c as QuantityClaim)) return true;
    return rounding.some((p) => p !== ref.path);
  };
}

/** The members of series that claims name (seriesMember), as `series\0value`: asked of a document by every claim that meets it. */
function membersIn(claims: readonly Claim[], sc: Scorer): Set<string> {
  return sc.ofClaims('members', claims, () => {
    const set = new Set<string>();
    for (const o of claims) {
      const s = o.kind !== 'quote' ? seriesMember(o) : undefined;
      if (s) set.add(`${s.series}\u0000${s.value}`);
    }
    return set;
  });
}

/** Counts of claims by the start of their sentence (the candidates of sumsTo). */
function countsIn(claims: readonly Claim[], sc: Scorer): Map<number, QuantityClaim[]> {
  return sc.ofClaims('counts', claims, () => {
    const map = new Map<number, QuantityClaim[]>();
    for (const x of claims) {
      if (x.kind !== 'quantity' || x.quantity.kind !== 'count') continue;
      const list = map.get(x.sentence.start);
      if (list) list.push(x);
      else map.set(x.sentence.start, [x]);
    }
    return map;
  });
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
