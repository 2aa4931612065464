// Which documents report the same story. A careful reader compares a figure only with reports of
// the same event, and recognises them by the people and places they name: reports of one event
// share its rare names, reports of different events rarely do. Each document is summed up by its
// most distinctive names (tf × idf); two documents are related when those summaries overlap. A
// document that names almost nothing (notes, a lower-case draft) is summed up by its rare words
// instead. Only rare terms are followed, so the cost per document stays bounded however large the
// workspace grows.
import { STOPWORDS } from './lexicon';

/** Terms that sum a document up. */
const SUMMARY_TERMS = 30;
/** Below this cosine of the two summaries, two documents are taken to tell different stories. */
export const RELATED = 0.15;
/** Documents compared with one document at most (the most related first). */
const MAX_RELATED = 50;
/** Documents followed through one summary term at most. */
const VISITS_PER_TERM = 100;
/** With fewer distinct names than this, a document's rare words speak for it too. */
const FEW_NAMES = 5;

/**
 * Summaries weigh terms by rarity, which moves as documents come and go; a summary is kept until the
 * workspace has grown or shrunk by a tenth, so one edit does not recompute every document's.
 */
function drifted(then: number, now: number): boolean {
  return Math.abs(now - then) > then * 0.1;
}

/** tf × idf summaries of one kind of term (names, or words) over the workspace's documents. */
class Vocabulary {
  private readonly tf = new Map<string, Map<string, number>>();
  private readonly df = new Map<string, Set<string>>();
  private readonly summaries = new Map<string, { n: number; terms: Map<string, number>; norm: number }>();

  /** Adds a document, or replaces its terms (only the terms that came or went touch the df sets). */
  add(path: string, terms: string[]): void {
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    const old = this.tf.get(path);
    for (const t of old?.keys() ?? []) {
      if (counts.has(t)) continue;
      const s = this.df.get(t);
      s?.delete(path);
      if (s && s.size === 0) this.df.delete(t);
    }
    for (const t of counts.keys()) {
      if (old?.has(t)) continue;
      let s = this.df.get(t);
      if (!s) this.df.set(t, (s = new Set()));
      s.add(path);
    }
    this.tf.set(path, counts);
    this.summaries.delete(path);
  }

  has(path: string): boolean {
    return this.tf.has(path);
  }

  /** The terms of a document's summary, to tell whether an edit changed what it is about. */
  summaryTerms(path: string): string[] {
    return [...this.summary(path).terms.keys()].sort();
  }

  remove(path: string): void {
    for (const t of this.tf.get(path)?.keys() ?? []) {
      const s = this.df.get(t);
      s?.delete(path);
      if (s && s.size === 0) this.df.delete(t);
    }
    this.tf.delete(path);
    this.summaries.delete(path);
  }

  get size(): number {
    return this.tf.size;
  }

  frequency(term: string): number {
    return this.df.get(term)?.size ?? 0;
  }

  hasTerm(path: string, term: string): boolean {
    return this.tf.get(path)?.has(term) ?? false;
  }

  distinct(path: string): number {
    return this.tf.get(path)?.size ?? 0;
  }

  private summary(path: string): { terms: Map<string, number>; norm: number } {
    const n = this.tf.size;
    const hit = this.summaries.get(path);
    if (hit && !drifted(hit.n, n)) return hit;
    const scored: [string, number][] = [];
    for (const [t, c] of this.tf.get(path) ?? []) {
      const df = this.df.get(t)?.size ?? 1;
      if (df < 2) continue; // a term no other document has cannot relate it
      scored.push([t, (1 + Math.log(c)) * Math.log(1 + n / df)]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    const terms = new Map(scored.slice(0, SUMMARY_TERMS));
    let norm = 0;
    for (const v of terms.values()) norm += v * v;
    const s = { n, terms, norm: Math.sqrt(norm) || 1 };
    this.summaries.set(path, s);
    return s;
  }

  /** Cosine of this document's summary with every document sharing one of its summary terms. */
  similarities(path: string): Map<string, number> {
    const mine = this.summary(path);
    const dots = new Map<string, number>();
    for (const [t, weight] of mine.terms) {
      // A term most documents share (one story told a thousand times) is followed only so far: the
      // related set is bounded anyway, and rarer terms reach the closest documents first.
      let visits = 0;
      for (const other of this.df.get(t) ?? []) {
        if (other === path) continue;
        if (++visits > VISITS_PER_TERM) break;
        const theirs = this.summary(other).terms.get(t);
        if (theirs !== undefined) dots.set(other, (dots.get(other) ?? 0) + weight * theirs);
      }
    }
    for (const [p, dot] of dots) dots.set(p, dot / (mine.norm * this.summary(p).norm));
    return dots;
  }
}

export class Relatedness {
  private readonly names = new Vocabulary();
  private readonly words = new Vocabulary();
  private readonly related = new Map<string, { n: number; docs: Map<string, number> }>();

  add(path: string, names: string[], words: string[]): void {
    const before = this.names.has(path) ? this.summaryKey(path) : undefined;
    this.names.add(path, names);
    this.words.add(path, words.filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d/.test(w)));
    // An edit that leaves the document's summary as it was leaves its story as it was: the related
    // sets stand (this is the common case while someone types).
    if (before !== undefined) {
      if (this.summaryKey(path) === before) return;
      this.related.delete(path);
      for (const { docs } of this.related.values()) docs.delete(path);
    }
    // Once related sets are in use (an editor session), a new document joins those of its story
    // at once, instead of every set being recomputed.
    if (this.related.size > 0) {
      for (const [other, sim] of this.relatedTo(path)) {
        const cached = this.related.get(other);
        if (cached && cached.docs.size < MAX_RELATED) cached.docs.set(path, sim);
      }
    }
  }

  /** What relatedTo reads of a document: its names, and its words when it names few. */
  private summaryKey(path: string): string {
    const names = this.names.summaryTerms(path).join();
    return this.names.distinct(path) < FEW_NAMES ? `${names}|${this.words.summaryTerms(path).join()}` : names;
  }

  remove(path: string): void {
    this.names.remove(path);
    this.words.remove(path);
    this.related.delete(path);
    for (const { docs } of this.related.values()) docs.delete(path);
  }

  /** How many documents have this content word (three letters or more, not a stopword). */
  wordFrequency(word: string): number {
    return this.words.frequency(word);
  }

  hasWord(path: string, word: string): boolean {
    return this.words.hasTerm(path, word);
  }

  /** Other documents that tell the same story, most related first, with their similarity. */
  relatedTo(path: string): Map<string, number> {
    const n = this.names.size;
    const hit = this.related.get(path);
    if (hit && !drifted(hit.n, n)) return hit.docs;
    const sims = this.names.similarities(path);
    if (this.names.distinct(path) < FEW_NAMES) {
      for (const [p, s] of this.words.similarities(path)) sims.set(p, Math.max(s, sims.get(p) ?? 0));
    }
    const docs = new Map(
      [...sims]
        .filter(([, sim]) => sim >= RELATED)
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_RELATED),
    );
    this.related.set(path, { n, docs });
    return docs;
  }
}
