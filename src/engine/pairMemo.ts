// Scores of pairs of claims, remembered by the claims' signatures. Many documents carry the same
// claim (versions of one story, a wire copied by several outlets): a claim is scored once against
// each distinct other claim, not once per document that carries it. A signature names everything
// that figureScore and verdictOf read of a claim and its document (see ClaimIndex.signature), and
// the memo holds only while the workspace statistics that scores read (idf) stay as they are.

/** Verdict codes; 0 is "no verdict" (the pair is not compared). */
export const VERDICTS = [undefined, 'agrees', 'same', 'conflicts', 'unresolved'] as const;
export type Verdict = Exclude<(typeof VERDICTS)[number], undefined>;

export function verdictCode(v: Verdict | undefined): number {
  return v === undefined ? 0 : VERDICTS.indexOf(v);
}

interface Row {
  /** Signature of the other claim → slot. */
  at: Map<number, number>;
  verdict: number[];
  /** NaN until scored. */
  score: number[];
}

/** Entries kept before the memo starts over (about 40 bytes each). */
const MAX_ENTRIES = 2_000_000;

export class PairMemo {
  private rows = new Map<number, Row>();
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
      this.rows.set(sig, (r = { at: new Map(), verdict: [], score: [] }));
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
      this.entries++;
    }
    return i;
  }

  clear(): void {
    this.rows = new Map();
    this.entries = 0;
  }

  get size(): number {
    return this.entries;
  }
}
