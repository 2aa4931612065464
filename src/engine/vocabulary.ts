// tf × idf summaries of one kind of term over the workspace's documents (relatedness.ts): which
// documents have a term, each document's most distinctive terms, and the cosine of two summaries,
// computed over numbers and arrays.

/** Terms that sum a document up. */
const SUMMARY_TERMS = 30;
/** Documents followed through one summary term at most. */
const VISITS_PER_TERM = 100;

/**
 * Summaries weigh terms by rarity, which moves as documents come and go; a summary is kept until the
 * workspace has grown or shrunk by a tenth, so one edit does not recompute every document's.
 */
export function drifted(then: number, now: number): boolean {
  return Math.abs(now - then) > then * 0.1;
}

interface Summary {
  n: number;
  terms: Map<string, number>;
  norm: number;
}

/**
 * tf × idf summaries of one kind of term (names, or words) over the workspace's documents, which
 * it knows by number (see Relatedness.idOf): the similarity of one document with those it meets
 * runs over numbers and arrays.
 */
export class Vocabulary {
  /**
   * Each document's terms in the order first met, with their counts: two arrays, not a Map per
   * document (whether a document has a term is in df). Thousands of documents of hundreds of
   * distinct words each: a Map apiece held twice the memory.
   */
  private readonly tf = new Map<number, { terms: string[]; counts: Int32Array }>();
  private readonly df = new Map<string, Set<number>>();
  private readonly summaries: (Summary | undefined)[] = [];
  /** Scratch for similarities(): the dot product per document, and whether it was met. */
  private dots = new Float64Array(0);
  private seen = new Uint8Array(0);
  /**
   * Per term: the first documents of its df set (one more than a term is followed through) with
   * the term's weight in each one's summary (NaN: not in it). Valid while nothing is added or
   * removed (version): documents of one story share their summary terms, so each list serves many.
   */
  private readonly visits = new Map<string, { version: number; ids: Int32Array; weights: Float64Array }>();
  /** Changes with every add or remove. */
  version = 0;

  /** Adds a document, or replaces its terms (only the terms that came or went touch the df sets). */
  add(id: number, terms: string[]): void {
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    const old = this.tf.get(id);
    for (const t of old?.terms ?? []) {
      if (counts.has(t)) continue;
      const s = this.df.get(t);
      s?.delete(id);
      if (s && s.size === 0) this.df.delete(t);
    }
    for (const t of counts.keys()) {
      // A term the document had already is in its df set: adding it again changes nothing.
      let s = this.df.get(t);
      if (!s) this.df.set(t, (s = new Set()));
      s.add(id);
    }
    this.tf.set(id, { terms: [...counts.keys()], counts: Int32Array.from(counts.values()) });
    this.summaries[id] = undefined;
    this.version++;
  }

  has(id: number): boolean {
    return this.tf.has(id);
  }

  /** The terms of a document's summary, to tell whether an edit changed what it is about. */
  summaryTerms(id: number): string[] {
    return [...this.summary(id).terms.keys()].sort();
  }

  /** How many terms sum a document up: those it shares with other documents, at most SUMMARY_TERMS. */
  summarySize(id: number): number {
    return this.summary(id).terms.size;
  }

  remove(id: number): void {
    for (const t of this.tf.get(id)?.terms ?? []) {
      const s = this.df.get(t);
      s?.delete(id);
      if (s && s.size === 0) this.df.delete(t);
    }
    this.tf.delete(id);
    this.summaries[id] = undefined;
    this.version++;
  }

  get size(): number {
    return this.tf.size;
  }

  frequency(term: string): number {
    return this.df.get(term)?.size ?? 0;
  }

  hasTerm(id: number, term: string): boolean {
    return this.tf.has(id) && (this.df.get(term)?.has(id) ?? false);
  }

  distinct(id: number): number {
    return this.tf.get(id)?.terms.length ?? 0;
  }

  private summary(id: number): Summary {
    const n = this.tf.size;
    const hit = this.summaries[id];
    if (hit && !drifted(hit.n, n)) return hit;
    const scored: [string, number][] = [];
    const own = this.tf.get(id);
    for (let k = 0; k < (own?.terms.length ?? 0); k++) {
      const t = own!.terms[k];
      const c = own!.counts[k];
      const df = this.df.get(t)?.size ?? 1;
      if (df < 2) continue; // a term no other document has cannot relate it
      scored.push([t, (1 + Math.log(c)) * Math.log(1 + n / df)]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    const terms = new Map(scored.slice(0, SUMMARY_TERMS));
    let norm = 0;
    for (const v of terms.values()) norm += v * v;
    const s = { n, terms, norm: Math.sqrt(norm) || 1 };
    this.summaries[id] = s;
    return s;
  }

  private visitList(t: string): { ids: Int32Array; weights: Float64Array } {
    const hit = this.visits.get(t);
    if (hit && hit.version === this.version) return hit;
    const ids: number[] = [];
    for (const other of this.df.get(t) ?? []) {
      ids.push(other);
      if (ids.length > VISITS_PER_TERM) break;
    }
    const weights = new Float64Array(ids.length);
    ids.forEach((other, k) => (weights[k] = this.summary(other).terms.get(t) ?? NaN));
    const list = { version: this.version, ids: Int32Array.from(ids), weights };
    if (this.visits.size > 100_000) this.visits.clear();
    this.visits.set(t, list);
    return list;
  }

  /** Cosine of this document's summary with every document sharing one of its summary terms, in the order met. */
  similarities(id: number): { ids: number[]; sims: number[] } {
    const mine = this.summary(id);
    if (this.dots.length < this.summaries.length) {
      this.dots = new Float64Array(Math.max(64, this.summaries.length * 2));
      this.seen = new Uint8Array(this.dots.length);
    }
    const { dots, seen } = this;
    const met: number[] = [];
    for (const [t, weight] of mine.terms) {
      // A term most documents share (one story told a thousand times) is followed only so far: the
      // related set is bounded anyway, and rarer terms reach the closest documents first.
      let visits = 0;
      const list = this.visitList(t);
      for (let k = 0; k < list.ids.length; k++) {
        const other = list.ids[k];
        if (other === id) continue;
        if (++visits > VISITS_PER_TERM) break;
        const theirs = list.weights[k];
        if (theirs !== theirs) continue;
        if (!seen[other]) {
          seen[other] = 1;
          met.push(other);
        }
        dots[other] += weight * theirs;
      }
    }
    const sims = met.map((p) => {
      const dot = dots[p];
      dots[p] = 0;
      seen[p] = 0;
      return dot / (mine.norm * this.summary(p).norm);
    });
    return { ids: met, sims };
  }
}
