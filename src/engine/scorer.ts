// Verdicts and scores of figure claims as compareDocument asks for them, computed once per pair of
// signatures (pairMemo.ts) and, per document compared, once per pair of its own claim and a
// distinct claim of its story (a Block). Versions of one story carry the same claims many times
// over: the work for a document grows with its own claims and the distinct claims of its story,
// not with the number of versions. In `direct` mode nothing is remembered: the reference that the
// memoised comparison must equal (test/unit/compare-memo.test.ts).
import type { Claim, DocumentClaims } from './types';
import { pathOf, type ClaimIndex, type Group } from './claimIndex';
import { Reads, VERDICTS, verdictCode, type Verdict } from './pairMemo';

/** The rules compare.ts scores by (verdictOf, figureScore). */
export interface ScoreRules {
  verdict(a: Claim, b: Claim): Verdict | undefined;
  /** sa, sb: the claims' signatures without their documents' years (ClaimIndex.baseOf), when known. */
  score(a: Claim, b: Claim, sa?: number, sb?: number): number;
}

/**
 * One block of a document: its own claims (rows) against the distinct claims of the block in the
 * documents of its story (columns), with the verdict (0: none) and the score of every pair that
 * has a verdict.
 */
export interface Block {
  own: Claim[];
  rowOf: Map<Claim, number>;
  groups: Group[];
  colOf: Map<number, number>;
  verdict: Uint8Array;
  score: Float64Array;
  /** The columns each document of the story holds (by Ref.doc), worked out when first asked. */
  ofDoc?: Map<number, number[]>;
}

function columnsByDoc(groups: Group[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  groups.forEach((g, i) => {
    for (const r of g.refs) {
      const list = out.get(r.doc);
      if (!list) out.set(r.doc, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return out;
}

const readsOwnYears = (read: string[], pa: string, pb: string) => read.every((p) => p === pa || p === pb);

export class Scorer {
  private readonly blocks = new Map<string, Block>();
  private readonly checks = new Map<Claim, Map<string, boolean>>();

  constructor(
    readonly doc: DocumentClaims,
    readonly index: ClaimIndex,
    private readonly rules: ScoreRules,
    readonly direct: boolean,
  ) {}

  verdict(a: Claim, b: Claim): Verdict | undefined {
    if (this.direct) return this.rules.verdict(a, b);
    const { index } = this;
    index.pairs.sync(index.statsEpoch);
    const i = index.pairs.slot(index.baseOf[index.sigOf(a)], index.baseOf[index.sigOf(b)], () => verdictCode(this.rules.verdict(a, b)));
    return VERDICTS[index.pairs.verdict[i]] as Verdict | undefined;
  }

  score(a: Claim, b: Claim): number {
    if (this.direct) return this.rules.score(a, b);
    this.index.pairs.sync(this.index.statsEpoch);
    return this.scoreIn(this.index.sigOf(a), this.index.sigOf(b), a, b);
  }

  /**
   * The score of a pair by full signatures (NaN without a verdict), from the memo (synced).
   * A score that read the years of the documents (yearsOf) is kept per pair of year sets; one that
   * read anything else of another document is not kept.
   */
  private scoreIn(fa: number, fb: number, a: Claim, b: Claim): number {
    const { index } = this;
    const memo = index.pairs;
    const sa = index.baseOf[fa];
    const sb = index.baseOf[fb];
    const i = memo.slot(sa, sb, () => verdictCode(this.rules.verdict(a, b)));
    if (memo.verdict[i] === 0) return NaN;
    const known = memo.score[i];
    if (known === known) return known;
    const reads = memo.reads[i];
    const key = reads === Reads.Years ? `${sa},${sb},${index.yearsIdOf[fa]},${index.yearsIdOf[fb]}` : '';
    if (key) {
      const hit = memo.yearScore(key);
      if (hit !== undefined) return hit;
    }
    index.yearReads = [];
    index.otherReads = false;
    let score: number;
    try {
      score = this.rules.score(a, b, sa, sb);
    } finally {
      const read = index.yearReads;
      index.yearReads = undefined;
      // Anything of a document beyond its years (its other claims, its words): not remembered.
      const now = index.otherReads ? Reads.Other : read.length === 0 ? Reads.Nothing : readsOwnYears(read, pathOf(a), pathOf(b)) ? Reads.Years : Reads.Other;
      index.otherReads = false;
      if (now > memo.reads[i]) memo.reads[i] = now;
    }
    if (memo.reads[i] === Reads.Nothing) memo.score[i] = score;
    else if (memo.reads[i] === Reads.Years) memo.setYearScore(`${sa},${sb},${index.yearsIdOf[fa]},${index.yearsIdOf[fb]}`, score);
    return score;
  }

  /** The block of `key` in this document: every own claim against every distinct claim of the story. */
  block(key: string): Block {
    let b = this.blocks.get(key);
    if (b) return b;
    const refs = this.index.blockOf(this.doc.path, key);
    const own = refs.map((r) => r.claim);
    const groups = this.index.groups(key, this.doc.path);
    const k = own.length;
    const n = groups.length;
    const verdict = new Uint8Array(k * n);
    const score = new Float64Array(k * n);
    const bases = groups.map((g) => this.index.baseOf[g.sig]);
    const memo = this.index.pairs;
    memo.sync(this.index.statsEpoch);
    for (let i = 0; i < k; i++) {
      const a = own[i];
      const fa = refs[i].sig;
      const sa = this.index.baseOf[fa];
      for (let g = 0; g < n; g++) {
        // The common case inline: a pair met before, whose score read nothing else.
        const at = memo.find(sa, bases[g]);
        if (at >= 0) {
          const v = memo.verdict[at];
          const s = memo.score[at];
          if (v === 0 || s === s) {
            verdict[i * n + g] = v;
            score[i * n + g] = v === 0 ? NaN : s;
            continue;
          }
        }
        const other = groups[g];
        score[i * n + g] = this.scoreIn(fa, other.sig, a, other.claim);
        verdict[i * n + g] = memo.verdict[memo.find(sa, bases[g])];
      }
    }
    b = { own, rowOf: new Map(own.map((c, i) => [c, i])), groups, colOf: new Map(groups.map((g, i) => [g.sig, i])), verdict, score };
    this.blocks.set(key, b);
    return b;
  }

  /**
   * Whether another own claim of the block (not `row`) meets the claim of column `col` with a
   * verdict and a score above `above` (compare.ts takenByRival, over the block).
   */
  beaten(b: Block, row: number, col: number, above: number, spared?: (i: number) => boolean): boolean {
    const n = b.groups.length;
    for (let i = 0; i < b.own.length; i++) {
      // The exception last: it weighs verdicts of its own, and most rivals score too low anyway.
      if (i === row || b.verdict[i * n + col] === 0 || !(b.score[i * n + col] > above)) continue;
      if (!spared?.(i)) return true;
    }
    return false;
  }

  /**
   * Whether own claim `row` meets a column of document `doc` other than `col` better than `col`
   * (compare.ts bestElsewhere, over the block).
   */
  pairedElsewhere(b: Block, row: number, col: number, doc: number): boolean {
    const n = b.groups.length;
    const s = b.score[row * n + col];
    const cols = (b.ofDoc ??= columnsByDoc(b.groups)).get(doc) ?? [];
    return cols.some((g) => g !== col && b.verdict[row * n + g] !== 0 && b.score[row * n + g] > s);
  }

  /**
   * A comparison of paths that orders them as localeCompare does: one sort of the story's paths per
   * document, not one per finding.
   */
  byPath(): (a: string, b: string) => number {
    if (this.direct) return (a, b) => a.localeCompare(b);
    if (!this.rank) {
      const paths = [...this.index.stories.relatedTo(this.doc.path).keys()].sort((a, b) => a.localeCompare(b));
      const rank = new Map<string, number>();
      paths.forEach((p, i) => rank.set(p, i > 0 && paths[i - 1].localeCompare(p) === 0 ? rank.get(paths[i - 1])! : i));
      this.rank = rank;
    }
    const rank = this.rank;
    return (a, b) => {
      const x = rank.get(a);
      const y = rank.get(b);
      return x !== undefined && y !== undefined ? x - y : a.localeCompare(b);
    };
  }

  private rank?: Map<string, number>;
  private local?: Map<number, number>;

  /** For each document of the story (by number, Ref.doc), its place among them: 0, 1, 2… */
  places(): Map<number, number> {
    if (!this.local) {
      this.local = new Map();
      for (const p of this.index.stories.relatedTo(this.doc.path).keys()) this.local.set(this.index.docNo(p), this.local.size);
    }
    return this.local;
  }

  /**
   * Something worked out of a document's claims (clearing.ts), kept while this document is
   * compared: it meets each document of its story many times, but the next document others.
   */
  ofClaims<T>(kind: string, claims: readonly Claim[], make: () => T): T {
    let mine = this.byClaims.get(claims);
    if (!mine) this.byClaims.set(claims, (mine = new Map()));
    let v = mine.get(kind) as T | undefined;
    if (v === undefined) mine.set(kind, (v = make()));
    return v;
  }

  private readonly byClaims = new Map<readonly Claim[], Map<string, unknown>>();

  /** A check of c against another claim, remembered per document by that claim's signature. */
  check(kind: string, c: Claim, sig: number, run: () => boolean): boolean {
    if (this.direct) return run();
    let mine = this.checks.get(c);
    if (!mine) this.checks.set(c, (mine = new Map()));
    const key = `${kind}${sig}`;
    let v = mine.get(key);
    if (v === undefined) mine.set(key, (v = run()));
    return v;
  }
}
