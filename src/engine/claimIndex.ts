// The workspace's claims, blocked so that a claim meets only claims that could match it: by kind
// and unit, then by shared terms (counted noun, events, nearby words). Cost grows with the claims
// that share a term, not with the number of documents.
import type { Claim, DocumentClaims, WordVectors } from './types';
import { quoteWords } from './quotes';
import { harmSenses } from './context';
import { Relatedness } from './relatedness';

export interface Ref {
  path: string;
  claim: Claim;
}

/** Terms too common to narrow anything are not used for blocking. */
const MAX_POSTINGS = 4000;
const TERMS_PER_CLAIM = 8;

export function blockKey(c: Claim): string {
  if (c.kind === 'quote') return 'quote';
  if (c.kind === 'date') return c.context.events[0] === 'report' ? 'date|report' : 'date';
  const q = c.quantity;
  return `${q.kind}|${q.unit ?? ''}|${c.context.increment ? 'inc' : ''}|${c.context.projection ? 'proj' : ''}`;
}

/** Nouns this close in meaning ("troops", "soldiers", "personnel") meet in blocking. */
const NEIGHBOUR = 0.55;

const nounKey = (form: string) => `n:${form}`;

function termsOf(c: Claim): string[] {
  if (c.kind === 'quote') return [];
  const t = new Set<string>();
  if (c.kind === 'quantity' && c.context.noun) t.add(nounKey(c.context.nounForm ?? c.context.noun));
  for (const h of harmSenses(c.context.events)) t.add(`!${h}`);
  for (const e of c.context.events) t.add(e);
  for (const w of c.context.words) {
    if (t.size >= TERMS_PER_CLAIM) break;
    t.add(w);
  }
  if (t.size === 0) t.add('*');
  return [...t];
}

interface DocEntry {
  claims: DocumentClaims;
  text: string;
  contextWords: Set<string>;
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
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const w = quoteWords(m[0])[0];
    if (!w) continue;
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
  constructor(private readonly vectors?: WordVectors) {}

  private readonly docs = new Map<string, DocEntry>();
  private readonly blocks = new Map<string, Map<string, Set<Ref>>>();
  private readonly refs = new Map<string, Ref[]>();
  private readonly df = new Map<string, number>();
  /** Every counted noun seen, and for each the nouns near it in meaning (grown as nouns arrive). */
  private readonly nouns: string[] = [];
  private readonly nounSeen = new Set<string>();
  private readonly neighbours = new Map<string, { upTo: number; list: string[] }>();
  /** Which documents tell the same story; figures are compared only between those. */
  readonly stories = new Relatedness();
  /** Word lists of recently searched documents (a Map keeps insertion order: oldest first). */
  private readonly tokenCache = new Map<string, Tokens>();

  add(doc: DocumentClaims, text: string): void {
    const tokens = tokensOf(text);
    const contextWords = new Set<string>();
    const refs: Ref[] = [];
    for (const c of doc.claims) {
      if (c.kind !== 'quote') for (const w of c.context.words) contextWords.add(w);
      if (c.repeatOf) continue;
      if (c.kind === 'quantity' && c.context.noun) {
        const form = c.context.nounForm ?? c.context.noun;
        if (!this.nounSeen.has(form)) {
          this.nounSeen.add(form);
          this.nouns.push(form);
        }
      }
      const ref = { path: doc.path, claim: c };
      refs.push(ref);
      let block = this.blocks.get(blockKey(c));
      if (!block) this.blocks.set(blockKey(c), (block = new Map()));
      for (const t of termsOf(c)) {
        let set = block.get(t);
        if (!set) block.set(t, (set = new Set()));
        set.add(ref);
      }
    }
    for (const w of contextWords) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    this.refs.set(doc.path, refs);
    this.docs.set(doc.path, { claims: doc, text, contextWords });
    this.stories.add(doc.path, namesIn(text), tokens.words);
    this.remember(doc.path, tokens);
  }

  remove(doc: DocumentClaims): void {
    const entry = this.docs.get(doc.path);
    if (!entry) return;
    for (const ref of this.refs.get(doc.path) ?? []) {
      const block = this.blocks.get(blockKey(ref.claim));
      for (const t of termsOf(ref.claim)) block?.get(t)?.delete(ref);
    }
    for (const w of entry.contextWords) {
      const n = (this.df.get(w) ?? 1) - 1;
      if (n <= 0) this.df.delete(w);
      else this.df.set(w, n);
    }
    this.tokenCache.delete(doc.path);
    this.refs.delete(doc.path);
    this.docs.delete(doc.path);
    this.stories.remove(doc.path);
  }

  get size(): number {
    return this.docs.size;
  }

  idf(word: string): number {
    return Math.log(1 + this.docs.size / (1 + (this.df.get(word) ?? 0)));
  }

  /** Claims of related documents in the same block that share at least one term with c. */
  candidates(c: Claim, path: string): Ref[] {
    const block = this.blocks.get(blockKey(c));
    if (!block) return [];
    const related = this.stories.relatedTo(path);
    if (related.size === 0) return [];
    const seen = new Set<Ref>();
    const terms = termsOf(c);
    if (c.kind === 'quantity' && c.context.noun) for (const n of this.nearNouns(c.context.nounForm ?? c.context.noun)) terms.push(nounKey(n));
    for (const t of terms) {
      const set = block.get(t);
      if (!set || set.size > MAX_POSTINGS) continue;
      for (const r of set) if (related.has(r.path)) seen.add(r);
    }
    return [...seen];
  }

  /** Nouns of the workspace near this one in meaning; only nouns added since the last call are compared. */
  private nearNouns(form: string): string[] {
    if (!this.vectors) return [];
    let entry = this.neighbours.get(form);
    if (!entry) this.neighbours.set(form, (entry = { upTo: 0, list: [] }));
    for (; entry.upTo < this.nouns.length; entry.upTo++) {
      const other = this.nouns[entry.upTo];
      if (other !== form && (this.vectors.similarity(form, other) ?? 0) >= NEIGHBOUR) entry.list.push(other);
    }
    return entry.list;
  }

  /** Documents (other than path) that contain the word (content words only). */
  docsWithWord(word: string, path: string): string[] {
    return this.stories.docsWith(word).filter((p) => p !== path);
  }

  docFrequency(word: string): number {
    return this.stories.docsWith(word).length;
  }

  entry(path: string): DocEntry | undefined {
    return this.docs.get(path);
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
