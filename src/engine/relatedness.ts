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
class Vocabulary {
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
  private version = 0;

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

export class Relatedness {
  private readonly names = new Vocabulary();
  private readonly words = new Vocabulary();
  private readonly related = new Map<string, { n: number; docs: Map<string, number> }>();
  /** Documents by number, for the vocabularies (a number is not given twice). */
  private readonly idOf = new Map<string, number>();
  private readonly pathOf: string[] = [''];
  /** Documents that name fewer than FEW_NAMES: placed by their words too (relatedTo). */
  private readonly fewNamed = new Set<number>();
  /** Documents whose words are not counted yet, in the order added: counted when first read. */
  private readonly unread = new Map<number, () => string[]>();

  private id(path: string): number {
    let id = this.idOf.get(path);
    if (id === undefined) {
      id = this.pathOf.length;
      this.idOf.set(path, id);
      this.pathOf.push(path);
    }
    return id;
  }

  /** `words`: the document's words, asked for only when words are first read (see countWords). */
  add(path: string, names: string[], words: () => string[]): void {
    const id = this.id(path);
    const before = this.names.has(id) ? this.summaryKey(id) : undefined;
    this.names.add(id, names);
    if (this.names.distinct(id) < FEW_NAMES) this.fewNamed.add(id);
    else this.fewNamed.delete(id);
    this.unread.set(id, words);
    // An edit that leaves the document's summary as it was leaves its story as it was: the related
    // sets stand (this is the common case while someone types).
    if (before !== undefined) {
      if (this.summaryKey(id) === before) return;
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
  private summaryKey(id: number): string {
    const names = this.names.summaryTerms(id).join();
    return this.names.distinct(id) < FEW_NAMES ? `${names}|${this.countWords().summaryTerms(id).join()}` : names;
  }

  /** The word vocabulary with every document's words counted. */
  private countWords(): Vocabulary {
    for (const [id, words] of this.unread) this.words.add(id, words().filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d/.test(w)));
    this.unread.clear();
    return this.words;
  }

  remove(path: string): void {
    const id = this.idOf.get(path);
    if (id !== undefined) {
      this.names.remove(id);
      this.words.remove(id);
      this.unread.delete(id);
      this.fewNamed.delete(id);
      this.idOf.delete(path);
      this.pathOf[id] = '';
    }
    this.related.delete(path);
    for (const { docs } of this.related.values()) docs.delete(path);
  }

  /** How many documents have this content word (three letters or more, not a stopword). */
  wordFrequency(word: string): number {
    return this.countWords().frequency(word);
  }

  hasWord(path: string, word: string): boolean {
    const id = this.idOf.get(path);
    return id !== undefined && this.countWords().hasTerm(id, word);
  }

  /** Other documents that tell the same story, most related first, with their similarity. */
  relatedTo(path: string): Map<string, number> {
    const n = this.names.size;
    const hit = this.related.get(path);
    if (hit && !drifted(hit.n, n)) return hit.docs;
    const id = this.idOf.get(path);
    const sims = new Map<string, number>();
    if (id !== undefined) {
      const byName = this.names.similarities(id);
      byName.ids.forEach((other, i) => sims.set(this.pathOf[other], byName.sims[i]));
      // A document that names few is placed by its words too, from either side: the link between
      // it and a report that names many must not depend on which of the two asks.
      // (Only when the workspace holds such a document: most hold none, and words cost a pass.)
      const few = this.fewNamed.has(id);
      if (few || this.fewNamed.size > 0) {
        const byWord = this.countWords().similarities(id);
        byWord.ids.forEach((other, i) => {
          if (!few && !this.fewNamed.has(other)) return;
          const p = this.pathOf[other];
          sims.set(p, Math.max(byWord.sims[i], sims.get(p) ?? 0));
        });
      }
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
