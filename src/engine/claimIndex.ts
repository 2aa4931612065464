// The workspace's claims, blocked so that a claim meets only claims that could match it: claims of
// the reports of the same story (see relatedness.ts), of the same kind and unit. A document meets a
// bounded number of related documents, so the cost of a check grows with the workspace, not with
// its square.
import type { Claim, DocumentClaims } from './types';
import { Relatedness, namesIn } from './relatedness';
import { blockUnit } from './units';
import { AGE } from './ages';
import { RateTable } from './currency';
import { WordTable, tokensOf, type Tokens } from './words';
import { PairMemo } from './pairMemo';
import { saidElsewhere } from './restatements';
import { ContextPairs } from './contextPairs';
import { YEAR_DIGITS } from './lexicon';

export interface Ref {
  path: string;
  claim: Claim;
  /** The claim's signature with its document's years (see signature()); 0 for quotations. */
  sig: number;
  /** The document's number (a new one each time it is indexed). */
  doc: number;
}

/** Claims of one block in the documents of a story that share one signature, in document order. */
export interface Group {
  sig: number;
  /** One of them: all score alike. */
  claim: Claim;
  refs: Ref[];
}

/** The path of a claim's document, from its id ("path#q123"). */
export const pathOf = (c: Claim) => c.id.slice(0, c.id.lastIndexOf('#'));

export function blockKey(c: Claim): string {
  if (c.kind === 'quote') return 'quote';
  if (c.kind === 'date') return c.context.events[0] === 'report' ? 'date|report' : c.context.projection ? 'date|bound' : 'date';
  // An age is one, however written ("Arteta, 41,", "aged 16", "the 20-year-old Spaniard").
  if (c.context.noun === AGE) return 'age';
  const q = c.quantity;
  // A count with a fraction and no unit ("9.86 in sixth": a time whose unit the sentence leaves
  // out) measures something; it is no tally of things ("8 men", "eight finalists").
  // A rate ("4.2 per 1,000", "31 per 100,000") is a tally brought to a base, fraction or not.
  const kind = q.kind === 'count' && !q.unit && !q.per && !Number.isInteger(q.low) ? 'count.' : q.kind;
  // Measures meet across units of one quantity (miles and km), money across currencies, rates only rates (units.ts).
  // acrossLines.ts reads the parts after the unit by their place.
  return `${kind}|${blockUnit(q)}|${c.context.increment ? 'inc' : ''}|${c.context.projection ? 'proj' : ''}|${c.context.previous || c.context.mark === 'record' ? 'prev' : c.context.mark === 'target' ? 'target' : ''}|${c.context.requested ? 'req' : ''}|${c.context.tally ? 'tally' : ''}|${c.context.change ? 'change' : ''}|${c.context.run ? 'run' : ''}|${c.context.label ? 'label' : ''}`;
}

interface DocEntry {
  claims: DocumentClaims;
  text: string;
  years: Set<string>;
  /** Signatures of its figure claims, released when it goes. */
  sigs: number[];
  /** Its words with their places, read when first asked for (quotation search, story links by word). */
  tokens?: Tokens;
  /** Its number in Refs. */
  no: number;
}

const YEAR = new RegExp(`\\b(${YEAR_DIGITS})\\b`, 'g');

/**
 * Everything figureScore, verdictOf and threshold read of a figure claim: two claims with one
 * signature score alike against any claim, unless the score reads the years their documents name
 * (yearsOf), which the pair memo tracks (see scorer.ts). A claim's own place (id, span, sentence)
 * does not enter. A rule that reads more of a claim or its document must add it here
 * (test/unit/compare-memo.test.ts checks the memoised comparison against the direct one).
 */
export function signature(c: Claim): string {
  if (c.kind === 'quote') return '';
  return JSON.stringify([c.kind, c.text, c.kind === 'quantity' ? c.quantity : c.date, c.context]);
}

/** A full signature (sig, years of the document) as one number, for the maps that key on it. */
const YEAR_IDS = 2 ** 22;

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export class ClaimIndex {
  private readonly docs = new Map<string, DocEntry>();
  /** Each document's claims by block key. */
  private readonly blocks = new Map<string, Map<string, Ref[]>>();
  private readonly df = new Map<string, number>();
  /** Which documents tell the same story; figures are compared only between those. */
  readonly stories = new Relatedness();
  /** The words of every text, once (documents keep ids: see Tokens). */
  readonly words = new WordTable();
  /** Per document searched: a quotation's best alignment there, kept until that document changes. */
  readonly alignments = new Map<string, Map<string, unknown>>();
  /** Alignments of a quotation within a window of words, whatever the document (quoteCompare.ts). */
  readonly windowAlignments = new Map<string, unknown>();
  /** Scores and verdicts of pairs of claims by signature (see pairMemo.ts), valid for one statsEpoch. */
  readonly pairs = new PairMemo();
  /** What scores read of two contexts alone (see contextPairs.ts), valid for one statsEpoch. */
  readonly contexts = new ContextPairs();
  /** The exchange rates the documents state (currency.ts); a change of them changes verdicts, so the epoch. */
  readonly rates = new RateTable();
  /** Changes whenever idf() may answer otherwise (documents counted, or a word's document frequency). */
  statsEpoch = 0;
  /** Signature text → id, with the number of claims holding it; ids are never reused. */
  private readonly sigIds = new Map<string, number>();
  private readonly sigTexts = new Map<number, { text: string; n: number }>();
  private nextSig = 1;
  /** The years a document names (as one key) → id. */
  private readonly yearIds = new Map<string, number>();
  /**
   * A claim's full signature: its signature and the id of its document's years, as a small number
   * (the maps of the comparison key on it); baseOf and yearsOf give the two parts back.
   */
  private readonly fullIds = new Map<number, number>();
  readonly baseOf: number[] = [0];
  readonly yearsIdOf: number[] = [0];
  private readonly sigOfClaim = new WeakMap<Claim, number>();
  /**
   * While set (a pair being scored for the memo, see scorer.ts), the paths whose years yearsOf()
   * was asked for; `other` when anything else of a document was read (entry(), tokens()), which
   * a score remembered by signature could not see.
   */
  yearReads?: string[];
  otherReads = false;
  private idfs = new Map<string, number>();
  private nextDoc = 1;
  private idfEpoch = -1;
  /** The context words of a document being replaced: an edit that keeps them keeps idf. */
  private replaced?: { path: string; words: Set<string>; sigs: number[] };

  add(doc: DocumentClaims, text: string): void {
    const contextWords = new Set<string>();
    const blocks = new Map<string, Ref[]>();
    const years = new Set([...text.matchAll(YEAR)].map((m) => m[1]));
    const yearKey = [...years].sort().join();
    let yearId = this.yearIds.get(yearKey);
    if (yearId === undefined) this.yearIds.set(yearKey, (yearId = this.yearIds.size + 1));
    const sigs: number[] = [];
    const docNo = this.nextDoc++;
    for (const c of doc.claims) {
      let sig = 0;
      if (c.kind !== 'quote') {
        for (const w of c.context.words) contextWords.add(w);
        const base = this.intern(signature(c));
        sigs.push(base);
        sig = this.full(base, yearId);
        this.sigOfClaim.set(c, sig);
      }
      if (saidElsewhere(c)) continue;
      const key = blockKey(c);
      const list = blocks.get(key);
      if (list) list.push({ path: doc.path, claim: c, sig, doc: docNo });
      else blocks.set(key, [{ path: doc.path, claim: c, sig, doc: docNo }]);
    }
    for (const w of contextWords) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    const was = this.replaced;
    this.replaced = undefined;
    for (const s of was?.sigs ?? []) this.release(s);
    const ratesChanged = this.rates.set(doc.path, doc.claims);
    if (!was || was.path !== doc.path || !sameSet(was.words, contextWords) || ratesChanged) this.statsEpoch++;
    this.blocks.set(doc.path, blocks);
    const entry: DocEntry = { claims: doc, text, years, sigs, no: docNo };
    this.docs.set(doc.path, entry);
    // Its words are read only when something asks for them: a workspace reopened from the cache
    // compares nothing until an edit, and most workspaces never place a document by its words.
    this.stories.add(doc.path, namesIn(text).map((w) => this.words.canonical(w)), () => Array.from(this.tokensIn(entry).ids, (i) => this.words.words[i]));
  }

  /** Takes a document out; `replacing` keeps its place among the stories for the add that follows. */
  remove(doc: DocumentClaims, replacing = false): void {
    const entry = this.docs.get(doc.path);
    if (!entry) return;
    // The context words of its claims, as add() counted them (not kept: the claims hold them).
    const contextWords = new Set<string>();
    for (const c of entry.claims.claims) if (c.kind !== 'quote') for (const w of c.context.words) contextWords.add(w);
    for (const w of contextWords) {
      const n = (this.df.get(w) ?? 1) - 1;
      if (n <= 0) this.df.delete(w);
      else this.df.set(w, n);
    }
    // A replaced document whose context words stay the same leaves every idf as it was; its
    // signatures are released after the add, so the claims an edit left alone keep theirs (and
    // the scores remembered for them).
    if (replacing) this.replaced = { path: doc.path, words: contextWords, sigs: entry.sigs };
    else {
      for (const s of entry.sigs) this.release(s);
      this.rates.delete(doc.path);
      this.statsEpoch++;
    }
    this.alignments.delete(doc.path);
    this.blocks.delete(doc.path);
    this.docs.delete(doc.path);
    if (!replacing) this.stories.remove(doc.path);
  }

  get size(): number {
    return this.docs.size;
  }

  idf(word: string): number {
    if (this.idfEpoch !== this.statsEpoch) {
      this.idfs = new Map();
      this.idfEpoch = this.statsEpoch;
    }
    let v = this.idfs.get(word);
    if (v === undefined) this.idfs.set(word, (v = Math.log(1 + this.docs.size / (1 + (this.df.get(word) ?? 0)))));
    return v;
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

  /** A document's own claims of one block (not those of a passage it repeats). */
  blockOf(path: string, key: string): Ref[] {
    return this.blocks.get(path)?.get(key) ?? [];
  }

  /** candidates() of a block, grouped by full signature: each group scores alike against any claim. */
  groups(key: string, path: string): Group[] {
    const bySig = new Map<number, Group>();
    for (const other of this.stories.relatedTo(path).keys()) {
      const list = this.blocks.get(other)?.get(key);
      if (!list) continue;
      for (const r of list) {
        const g = bySig.get(r.sig);
        if (g) g.refs.push(r);
        else bySig.set(r.sig, { sig: r.sig, claim: r.claim, refs: [r] });
      }
    }
    return [...bySig.values()];
  }

  /** The number of an indexed document (see Ref.doc), 0 when it is not indexed. */
  docNo(path: string): number {
    return this.docs.get(path)?.no ?? 0;
  }

  /** The full signature of an indexed figure claim (0 for quotations and claims not indexed). */
  sigOf(c: Claim): number {
    return this.sigOfClaim.get(c) ?? 0;
  }

  private full(base: number, years: number): number {
    const key = base * YEAR_IDS + years;
    let id = this.fullIds.get(key);
    if (id === undefined) {
      id = this.baseOf.length;
      this.fullIds.set(key, id);
      this.baseOf.push(base);
      this.yearsIdOf.push(years);
    }
    return id;
  }

  private intern(text: string): number {
    let id = this.sigIds.get(text);
    if (id === undefined) {
      id = this.nextSig++;
      this.sigIds.set(text, id);
      this.sigTexts.set(id, { text, n: 0 });
    }
    this.sigTexts.get(id)!.n++;
    return id;
  }

  private release(id: number): void {
    const e = this.sigTexts.get(id);
    if (!e || --e.n > 0) return;
    this.sigTexts.delete(id);
    this.sigIds.delete(e.text);
  }

  docFrequency(word: string): number {
    return this.stories.wordFrequency(word);
  }

  entry(path: string): DocEntry | undefined {
    if (this.yearReads) this.otherReads = true;
    return this.docs.get(path);
  }

  /** The years a document's text names (2019, 1953), for telling figures of different times apart. */
  yearsOf(path: string): Set<string> {
    this.yearReads?.push(path);
    return this.docs.get(path)?.years ?? new Set();
  }

  /** A document's words with their places. */
  tokens(path: string): Tokens | undefined {
    if (this.yearReads) this.otherReads = true;
    const entry = this.docs.get(path);
    return entry && this.tokensIn(entry);
  }

  private tokensIn(entry: DocEntry): Tokens {
    return (entry.tokens ??= tokensOf(entry.text, this.words).tokens);
  }
}
