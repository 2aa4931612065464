// The part of a figure pair's score that reads only what the two figures are said of (their
// contexts, the kind of figure), not their values nor their documents. Versions of a story give one
// sentence many values: the pair memo (pairMemo.ts), keyed by full signatures, meets each pair of
// values anew, while the pairs of contexts are far fewer (stress-1000: 160,000 pairs scored, 12,000
// pairs of contexts). Valid for one statsEpoch, as the scores read idf.
import type { Claim } from './types';

/** Pairs kept before the memo starts over. */
const MAX_PAIRS = 1_000_000;

/** Context ids stay below this: the key of a pair is one number. */
const IDS = 2 ** 26;

/** Numbers kept per pair (see figureScore.ts contextFactors). */
export const FACTORS = 9;

export class ContextPairs {
  private ids = new Map<string, number>();
  private idOfClaim = new WeakMap<Claim, number>();
  /** By signature (ClaimIndex.baseOf): a signature holds the context, and a number is looked up faster than a claim. */
  private idOfSig = new Map<number, number>();
  /** Pair key → offset of its factors in `values`. */
  private pairs = new Map<number, number>();
  /** The factors of every pair, FACTORS apiece: one array, not one per pair. */
  values = new Float64Array(FACTORS * 256);
  private epoch = -1;

  /** Empties the memo when the statistics changed (epoch); call before id() and find(). */
  sync(epoch: number): void {
    // Ids are never reused within an epoch; a caller takes at most a few between two syncs.
    if (epoch === this.epoch && this.ids.size < IDS / 2 && this.pairs.size < MAX_PAIRS) return;
    this.epoch = epoch;
    this.ids = new Map();
    this.idOfClaim = new WeakMap();
    this.idOfSig = new Map();
    this.pairs = new Map();
    this.values = new Float64Array(FACTORS * 256);
  }

  /**
   * An id for what the value-independent factors read of a figure claim: its kind, the kind of its
   * quantity, whether it counts a few things (isSmallCount, which reads the value), its context.
   * `sig`: its signature, if known (0: not).
   */
  id(c: Claim, small: boolean, sig: number): number {
    let id = sig ? this.idOfSig.get(sig) : this.idOfClaim.get(c);
    if (id !== undefined) return id;
    const text = JSON.stringify([c.kind, c.kind === 'quantity' ? c.quantity.kind : '', small, c.kind === 'quote' ? '' : c.context]);
    id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.ids.size + 1));
    if (sig) this.idOfSig.set(sig, id);
    else this.idOfClaim.set(c, id);
    return id;
  }

  /** The offset in `values` of the factors of the pair of context ids, or -1. */
  find(a: number, b: number): number {
    return this.pairs.get(a * IDS + b) ?? -1;
  }

  /** Keeps the factors of a pair; their offset in `values` (which this may replace). */
  add(a: number, b: number, factors: ArrayLike<number>): number {
    const at = this.pairs.size * FACTORS;
    if (at + FACTORS > this.values.length) {
      const more = new Float64Array(this.values.length * 2);
      more.set(this.values);
      this.values = more;
    }
    for (let i = 0; i < FACTORS; i++) this.values[at + i] = factors[i] ?? 0;
    this.pairs.set(a * IDS + b, at);
    return at;
  }
}
