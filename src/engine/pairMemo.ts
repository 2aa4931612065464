// Verdicts and scores of pairs of claims, remembered by the claims' signatures. Many documents
// carry the same claim (versions of one story, a wire copied by several outlets): a claim is scored
// once against each distinct other claim, not once per document that carries it. A signature names
// everything figureScore and verdictOf read of a claim (see claimIndex.ts signature()); a score
// that also read the years of the claims' documents is kept per pair of year sets. The memo holds
// only while the workspace statistics that scores read (idf) stay as they are (an epoch).

/** Verdict codes; 0 is "no verdict" (the pair is not compared). */
export const VERDICTS = [undefined, 'agrees', 'same', 'conflicts', 'unresolved', 'later'] as const;
export type Verdict = Exclude<(typeof VERDICTS)[number], undefined>;

export function verdictCode(v: Verdict | undefined): number {
  return v === undefined ? 0 : VERDICTS.indexOf(v);
}

/** What a score read besides the two signatures. */
export const enum Reads {
  Nothing = 0,
  /** The years of one or both documents: kept per pair of year sets. */
  Years = 1,
  /** Something else (another document's years): never kept. */
  Other = 2,
}

/** Entries kept before the memo starts over (a few tens of bytes each). */
const MAX_ENTRIES = 3_000_000;

/**
 * Pairs of signatures and what is known of them, in typed arrays: a stress run keeps hundreds of
 * thousands, and a Map per claim with three arrays beside it took twice the memory. An entry's
 * number stays valid until the memo is cleared (a new epoch, or MAX_ENTRIES); the arrays are
 * replaced as they grow, so read them through the memo after a slot() that may add one.
 */
export class PairMemo {
  /** Open addressing over entries: entry number + 1 (0: empty), at a hash of the two signatures. */
  private table = new Int32Array(1 << 10);
  private first = new Int32Array(1 << 9);
  private second = new Int32Array(1 << 9);
  /** Verdict code of each entry (0: no verdict). */
  verdict = new Uint8Array(1 << 9);
  /** Score of each entry; NaN until scored, or when the score depends on the years (see byYears). */
  score = new Float64Array(1 << 9);
  /** What scoring each entry read besides the two signatures (Reads). */
  reads = new Uint8Array(1 << 9);
  private count = 0;
  /** Scores that read the documents' years: `sigA,sigB,yearsA,yearsB` → score. */
  private byYears = new Map<string, number>();
  private entries = 0;
  private epoch = -1;

  /** Empties the memo when the statistics changed (epoch); call before find() and slot(). */
  sync(epoch: number): void {
    if (epoch !== this.epoch) {
      this.clear();
      this.epoch = epoch;
    }
  }

  /** The entry of the pair (a, b), or -1. */
  find(a: number, b: number): number {
    const mask = this.table.length - 1;
    for (let h = hash(a, b) & mask; ; h = (h + 1) & mask) {
      const e = this.table[h] - 1;
      if (e < 0) return -1;
      if (this.first[e] === a && this.second[e] === b) return e;
    }
  }

  /** The entry of the pair (a, b), created with the verdict that `verdict()` gives. */
  slot(a: number, b: number, verdict: () => number): number {
    const known = this.find(a, b);
    if (known >= 0) return known;
    const v = verdict();
    if (this.entries > MAX_ENTRIES) this.clear();
    if (this.count === this.first.length) this.grow();
    const e = this.count++;
    this.first[e] = a;
    this.second[e] = b;
    this.verdict[e] = v;
    this.score[e] = NaN;
    this.reads[e] = Reads.Nothing;
    this.place(e);
    this.entries++;
    return e;
  }

  yearScore(key: string): number | undefined {
    return this.byYears.get(key);
  }

  setYearScore(key: string, score: number): void {
    this.byYears.set(key, score);
    this.entries++;
  }

  clear(): void {
    this.table = new Int32Array(1 << 10);
    for (const k of ['first', 'second'] as const) this[k] = new Int32Array(1 << 9);
    this.verdict = new Uint8Array(1 << 9);
    this.score = new Float64Array(1 << 9);
    this.reads = new Uint8Array(1 << 9);
    this.count = 0;
    this.byYears = new Map();
    this.entries = 0;
  }

  get size(): number {
    return this.entries;
  }

  private place(e: number): void {
    const mask = this.table.length - 1;
    let h = hash(this.first[e], this.second[e]) & mask;
    while (this.table[h] !== 0) h = (h + 1) & mask;
    this.table[h] = e + 1;
  }

  /** Twice the room for entries, and a table twice as large (at most half full). */
  private grow(): void {
    const n = this.first.length * 2;
    const more = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(n);
      b.set(a);
      return b;
    };
    this.first = more(this.first, Int32Array);
    this.second = more(this.second, Int32Array);
    this.verdict = more(this.verdict, Uint8Array);
    this.score = more(this.score, Float64Array);
    this.reads = more(this.reads, Uint8Array);
    this.table = new Int32Array(n * 2);
    for (let e = 0; e < this.count; e++) this.place(e);
  }
}

function hash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 7;
}
