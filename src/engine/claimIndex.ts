// The workspace's claims, blocked so that a claim meets only claims that could match it: claims of
// the reports of the same story (see relatedness.ts), of the same kind and unit. A document meets a
// bounded number of related documents, so the cost of a check grows with the workspace, not with
// its square.
import type { Claim, DocumentClaims } from './types';
import { Relatedness } from './relatedness';
import { dimensionOf } from './units';

export interface Ref {
  path: string;
  claim: Claim;
}

export function blockKey(c: Claim): string {
  if (c.kind === 'quote') return 'quote';
  if (c.kind === 'date') return c.context.events[0] === 'report' ? 'date|report' : c.context.projection ? 'date|bound' : 'date';
  const q = c.quantity;
  // Measures meet across units of one quantity (miles and km); other units only themselves.
  return `${q.kind}|${q.kind === 'measure' || q.kind === 'duration' ? dimensionOf(q.unit) : q.unit ?? ''}|${c.context.increment ? 'inc' : ''}|${c.context.projection ? 'proj' : ''}|${c.context.previous ? 'prev' : ''}|${c.context.requested ? 'req' : ''}|${c.context.tally ? 'tally' : ''}|${c.context.change ? 'change' : ''}`;
}

interface DocEntry {
  claims: DocumentClaims;
  text: string;
  contextWords: Set<string>;
  years?: Set<string>;
}

/** A text's words with their places, for aligning quotations; rebuilt from the text when needed. */
export interface Tokens {
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  positions: Map<string, number[]>;
}

/** How many documents keep their word lists between quotation searches. */
const TOKEN_CACHE = 256;

export function tokensOf(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’‘`][\p{L}]+)?/gu)) {
    // The folding of quoteWords (lower case, one apostrophe, no possessive 's), inline: this runs
    // over every word of a text at each edit.
    let w = m[0].toLowerCase();
    if (w.length > 2 && /['’‘`]/.test(w)) w = w.replace(/[’‘`]/g, "'").replace(/'s$/, '');
    words.push(w);
    starts.push(m.index!);
    ends.push(m.index! + m[0].length);
  }
  const positions = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = positions.get(w);
    if (list) list.push(i);
    else positions.set(w, [i]);
  });
  return { words, starts: Int32Array.from(starts), ends: Int32Array.from(ends), positions };
}

/**
 * The names a text mentions: capitalised words that do not open a sentence or a line. Reports of
 * one event share its people and places; reports of different events rarely share rare names.
 */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{Lu}][\p{L}'’-]*/gu)) {
    const before = text.slice(Math.max(0, m.index! - 3), m.index!);
    if (m.index === 0 || /(^|[.!?:;"“”‘’'\n]\s*|[.!?]["”’']?\s+)$/.test(before) || /\n\s*$/.test(before)) continue;
    out.push(m[0].toLowerCase().replace(/['’]s$/, ''));
  }
  return out;
}

export class ClaimIndex {
  private readonly docs = new Map<string, DocEntry>();
  /** Each document's claims by block key. */
  private readonly blocks = new Map<string, Map<string, Ref[]>>();
  private readonly df = new Map<string, number>();
  /** Which documents tell the same story; figures are compared only between those. */
  readonly stories = new Relatedness();
  /** Word lists of recently searched documents (a Map keeps insertion order: oldest first). */
  private readonly tokenCache = new Map<string, Tokens>();
  /** Per document searched: a quotation's best alignment there, kept until that document changes. */
  readonly alignments = new Map<string, Map<string, unknown>>();

  add(doc: DocumentClaims, text: string): void {
    const tokens = tokensOf(text);
    const contextWords = new Set<string>();
    const blocks = new Map<string, Ref[]>();
    for (const c of doc.claims) {
      if (c.kind !== 'quote') for (const w of c.context.words) contextWords.add(w);
      if (c.repeatOf) continue;
      const key = blockKey(c);
      const list = blocks.get(key);
      if (list) list.push({ path: doc.path, claim: c });
      else blocks.set(key, [{ path: doc.path, claim: c }]);
    }
    for (const w of contextWords) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    this.blocks.set(doc.path, blocks);
    this.docs.set(doc.path, { claims: doc, text, contextWords });
    this.stories.add(doc.path, namesIn(text), tokens.words);
    this.remember(doc.path, tokens);
  }

  /** Takes a document out; `replacing` keeps its place among the stories for the add that follows. */
  remove(doc: DocumentClaims, replacing = false): void {
    const entry = this.docs.get(doc.path);
    if (!entry) return;
    for (const w of entry.contextWords) {
      const n = (this.df.get(w) ?? 1) - 1;
      if (n <= 0) this.df.delete(w);
      else this.df.set(w, n);
    }
    this.tokenCache.delete(doc.path);
    this.alignments.delete(doc.path);
    this.blocks.delete(doc.path);
    this.docs.delete(doc.path);
    if (!replacing) this.stories.remove(doc.path);
  }

  get size(): number {
    return this.docs.size;
  }

  idf(word: string): number {
    return Math.log(1 + this.docs.size / (1 + (this.df.get(word) ?? 0)));
  }

  /** Claims of the same block in the documents that tell the same story as path. */
  candidates(c: Claim, path: string): Ref[] {
    const key = blockKey(c);
    const out: Ref[] = [];
    for (const other of this.stories.relatedTo(path).keys()) {
      const list = this.blocks.get(other)?.get(key);
      if (list) for (const r of list) out.push(r);
    }
    return out;
  }

  docFrequency(word: string): number {
    return this.stories.wordFrequency(word);
  }

  entry(path: string): DocEntry | undefined {
    return this.docs.get(path);
  }

  /** The years a document's text names (2019, 1953), for telling figures of different times apart. */
  yearsOf(path: string): Set<string> {
    const e = this.docs.get(path);
    if (!e) return new Set();
    if (!e.years) e.years = new Set([...e.text.matchAll(/\b(1[5-9]\d\d|2[01]\d\d)\b/g)].map((m) => m[1]));
    return e.years;
  }

  /** A document's words with their places, rebuilt from its text when not cached. */
  tokens(path: string): Tokens | undefined {
    const hit = this.tokenCache.get(path);
    if (hit) {
      this.tokenCache.delete(path);
      this.tokenCache.set(path, hit);
      return hit;
    }
    const e = this.docs.get(path);
    if (!e) return undefined;
    const t = tokensOf(e.text);
    this.remember(path, t);
    return t;
  }

  private remember(path: string, t: Tokens): void {
    this.tokenCache.set(path, t);
    if (this.tokenCache.size > TOKEN_CACHE) this.tokenCache.delete(this.tokenCache.keys().next().value!);
  }

}
