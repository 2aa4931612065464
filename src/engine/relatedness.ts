// Which documents report the same story. A careful reader compares a figure only with reports of
// the same event: they share its rare words (names, places, the things counted). Each document is
// summed up by its most distinctive words (tf × idf); two documents are related when those
// summaries overlap. Only rare words are followed, so the cost per document stays bounded however
// large the workspace grows.
import { STOPWORDS } from './lexicon';

/** Words that sum a document up. */
const SUMMARY_TERMS = 30;
/** Below this cosine of the two summaries, two documents are taken to tell different stories. */
export const RELATED = 0.08;
/** Documents compared with one document at most (the most related first). */
const MAX_RELATED = 200;

export class Relatedness {
  private readonly tf = new Map<string, Map<string, number>>();
  private readonly df = new Map<string, Set<string>>();
  private version = 0;
  private readonly summaries = new Map<string, { version: number; terms: Map<string, number>; norm: number }>();
  private readonly related = new Map<string, { version: number; docs: Map<string, number> }>();

  add(path: string, words: string[]): void {
    const counts = new Map<string, number>();
    for (const w of words) {
      if (w.length < 3 || STOPWORDS.has(w) || /^\d/.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    this.tf.set(path, counts);
    for (const w of counts.keys()) {
      let s = this.df.get(w);
      if (!s) this.df.set(w, (s = new Set()));
      s.add(path);
    }
    this.version++;
  }

  remove(path: string): void {
    const counts = this.tf.get(path);
    if (!counts) return;
    for (const w of counts.keys()) {
      const s = this.df.get(w);
      s?.delete(path);
      if (s && s.size === 0) this.df.delete(w);
    }
    this.tf.delete(path);
    this.summaries.delete(path);
    this.related.delete(path);
    this.version++;
  }

  /** A word shared by more documents than this says nothing about which story a document tells. */
  private commonLimit(): number {
    const n = this.tf.size;
    return n <= 50 ? n : Math.max(50, Math.round(n * 0.02));
  }

  private summary(path: string): { terms: Map<string, number>; norm: number } {
    const hit = this.summaries.get(path);
    if (hit && hit.version === this.version) return hit;
    const n = this.tf.size;
    const limit = this.commonLimit();
    const scored: [string, number][] = [];
    for (const [w, c] of this.tf.get(path) ?? []) {
      const df = this.df.get(w)?.size ?? 1;
      if (df < 2 || df > limit) continue; // a word no other document has cannot relate it
      scored.push([w, (1 + Math.log(c)) * Math.log(1 + n / df)]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    const terms = new Map(scored.slice(0, SUMMARY_TERMS));
    let norm = 0;
    for (const v of terms.values()) norm += v * v;
    const s = { version: this.version, terms, norm: Math.sqrt(norm) || 1 };
    this.summaries.set(path, s);
    return s;
  }

  /** Other documents that tell the same story, with the cosine of the two summaries. */
  relatedTo(path: string): Map<string, number> {
    const hit = this.related.get(path);
    if (hit && hit.version === this.version) return hit.docs;
    const mine = this.summary(path);
    const dots = new Map<string, number>();
    for (const [w, weight] of mine.terms) {
      for (const other of this.df.get(w) ?? []) {
        if (other === path) continue;
        const theirs = this.summary(other).terms.get(w);
        if (theirs !== undefined) dots.set(other, (dots.get(other) ?? 0) + weight * theirs);
      }
    }
    const docs = new Map(
      [...dots]
        .map(([p, dot]): [string, number] => [p, dot / (mine.norm * this.summary(p).norm)])
        .filter(([, sim]) => sim >= RELATED)
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_RELATED),
    );
    this.related.set(path, { version: this.version, docs });
    return docs;
  }
}
