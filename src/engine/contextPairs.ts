// The part of a figure pair's score that reads only what the two figures are said of (their
// contexts, the kind of figure), not their values nor their documents. Versions of a story give one
// sentence many values: the pair memo (pairMemo.ts), keyed by full signatures, meets each pair of
// values anew, while the pairs of contexts are far fewer (stress-1000: 160,000 pairs scored, 12,000
// pairs of contexts). Valid for one statsEpoch, as the scores read idf.
import type { Claim } from './types';

/** Pairs kept before the memo starts over (a few tens of bytes each). */
const MAX_PAIRS = 1_000_000;

/** Context ids stay below this: the key of a pair is one number. */
const IDS = 2 ** 26;

export class ContextPairs {
  private ids = new Map<string, number>();
  private idOfClaim = new WeakMap<Claim, number>();
  private pairs = new Map<number, Float64Array>();
  private epoch = -1;

  /** Empties the memo when the statistics changed (epoch); call before id() and get(). */
  sync(epoch: number): void {
    // Ids are never reused within an epoch; a caller takes at most a few between two syncs.
    if (epoch === this.epoch && this.ids.size < IDS / 2) return;
    this.epoch = epoch;
    this.clear();
  }

  /**
   * An id for what the value-independent factors read of a figure claim: its kind, the kind of its
   * quantity, whether it counts a few things (isSmallCount, which reads the value), its context.
   */
  id(c: Claim, small: boolean): number {
    let id = this.idOfClaim.get(c);
    if (id !== undefined) return id;
    const text = JSON.stringify([c.kind, c.kind === 'quantity' ? c.quantity.kind : '', small, c.kind === 'quote' ? '' : c.context]);
    id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.ids.size + 1));
    this.idOfClaim.set(c, id);
    return id;
  }

  /** The factors remembered for the pair of context ids, or undefined. */
  get(a: number, b: number): Float64Array | undefined {
    return this.pairs.get(a * IDS + b);
  }

  set(a: number, b: number, factors: Float64Array): void {
    if (this.pairs.size >= MAX_PAIRS) this.pairs = new Map();
    this.pairs.set(a * IDS + b, factors);
  }

  private clear(): void {
    this.ids = new Map();
    this.idOfClaim = new WeakMap();
    this.pairs = new Map();
  }
}
