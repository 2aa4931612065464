// Verdicts and scores of pairs of claims, remembered by the claims' signatures. Many documents
// carry the same claim (versions of one story, a wire copied by several outlets): a claim is scored
// once against each distinct other claim, not once per document that carries it. A signature names
// everything figureScore and verdictOf read of a claim (see claimIndex.ts signature()); a score
// that also read the years of the claims' documents is kept per pair of year sets. The memo holds
// only while the workspace statistics that scores read (idf) stay as they are (an epoch).

/** Verdict codes; 0 is "no verdict" (the pair is not compared). */
export const VERDICTS = [undefined, 'agrees', 'same', 'conflicts', 'unresolved'] as const;
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

export interface Row {
  /** Signature of the other claim → slot. */
  at: Map<number, number>;
  verdict: number[];
  /** NaN until scored, or when the score depends on the years (see byYears). */
  score: number[];
  reads: Reads[];
}

/** Entries kept before the memo starts over (a few tens of bytes each). */
const MAX_ENTRIES = 3_000_000;

export class PairMemo {
  private rows = new Map<number, Row>();
  /** Scores that read the documents' years: `sigA,sigB,yearsA,yearsB` → score. */
  private byYears = new Map<string, number>();
  private entries = 0;
  private epoch = -1;

  /** The row of one claim signature, emptied first when the statistics changed (epoch). */
  row(sig: number, epoch: number): Row {
    if (epoch !== this.epoch) {
      this.clear();
      this.epoch = epoch;
    }
    let r = this.rows.get(sig);
    if (!r) {
      if (this.entries > MAX_ENTRIES) this.clear();
      this.rows.set(sig, (r = { at: new Map(), verdict: [], score: [], reads: [] }));
    }
    return r;
  }

  /** Slot of `other` in a row, created with the verdict that `verdict()` gives. */
  slot(row: Row, other: number, verdict: () => number): number {
    let i = row.at.get(other);
    if (i === undefined) {
      i = row.verdict.length;
      row.at.set(other, i);
      row.verdict.push(verdict());
      row.score.push(NaN);
      row.reads.push(Reads.Nothing);
      this.entries++;
    }
    return i;
  }

  yearScore(key: string): number | undefined {
    return this.byYears.get(key);
  }

  setYearScore(key: string, score: number): void {
    this.byYears.set(key, score);
    this.entries++;
  }

  clear(): void {
    this.rows = new Map();
    this.byYears = new Map();
    this.entries = 0;
  }

  get size(): number {
    return this.entries;
  }
}
