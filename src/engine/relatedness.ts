// Which documents report the same story. A careful reader compares a figure only with reports of
// the same event, and recognises them by the people and places they name: reports of one event
// share its rare names, reports of different events rarely do. Each document is summed up by its
// most distinctive names (tf × idf); two documents are related when those summaries overlap. A
// document that names almost nothing (notes, a lower-case draft) is summed up by its rare words
// instead. Only rare terms are followed, so the cost per document stays bounded however large the
// workspace grows.
import { MONTHS, STOPWORDS, TITLES, WEEKDAYS } from './lexicon';
import { Vocabulary, drifted } from './vocabulary';

/** Below this cosine of the two summaries, two documents are taken to tell different stories. */
export const RELATED = 0.15;
/** Documents compared with one document at most (the most related first). */
const MAX_RELATED = 50;
/** Reports of one story that two documents must each be related to, to be related through them. */
const COMMON_NEIGHBOURS = 2;
/** With fewer distinct names than this, a document's rare words speak for it too. */
const FEW_NAMES = 5;

export class Relatedness {
  private readonly names = new Vocabulary();
  private readonly words = new Vocabulary();
  private readonly related = new Map<string, { n: number; docs: Map<string, number> }>();
  /** What relatedTo finds of names and words alone, before common neighbours (see relatedTo). */
  private readonly direct = new Map<string, { n: number; docs: Map<string, number> }>();
  /** Documents by number, for the vocabularies (a number is not given twice). */
  private readonly idOf = new Map<string, number>();
  private readonly pathOf: string[] = [''];
  /** Documents placed by their words too (placedByWords), as of a version of the names. */
  private fewNamed = { version: -1, ids: new Set<number>() };
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
    this.unread.set(id, words);
    // An edit that leaves the document's summary as it was leaves its story as it was: the related
    // sets stand (this is the common case while someone types).
    if (before !== undefined) {
      if (this.summaryKey(id) === before) return;
      this.forget(path);
    }
    // Once related sets are in use (an editor session), a new document joins those of its story
    // at once, instead of every set being recomputed.
    if (this.related.size > 0) {
      join(this.direct, path, this.directTo(path));
      join(this.related, path, this.relatedTo(path));
    }
  }

  /** Drops a document from every related set, its own included. */
  private forget(path: string): void {
    for (const sets of [this.related, this.direct]) {
      sets.delete(path);
      for (const { docs } of sets.values()) docs.delete(path);
    }
  }

  /**
   * Whether a document names too little that other documents name to be placed by names alone: a
   * lower-case draft names almost nothing, and a report told through other people (a president's
   * reaction to the figures the others give) shares few of the others' names, though it shares
   * their rare words. One that names many and shares none tells another story.
   */
  private namesFew(id: number): boolean {
    if (this.names.distinct(id) < FEW_NAMES) return true;
    const shared = this.names.summarySize(id);
    return shared > 0 && shared < FEW_NAMES;
  }

  /** The documents namesFew() holds for, counted again when the names changed. */
  private placedByWords(): Set<number> {
    if (this.fewNamed.version !== this.names.version) {
      const ids = new Set<number>();
      for (const id of this.idOf.values()) if (this.namesFew(id)) ids.add(id);
      this.fewNamed = { version: this.names.version, ids };
    }
    return this.fewNamed.ids;
  }

  /** What relatedTo reads of a document: its names, and its words when it names few. */
  private summaryKey(id: number): string {
    const names = this.names.summaryTerms(id).join();
    return this.namesFew(id) ? `${names}|${this.countWords().summaryTerms(id).join()}` : names;
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
      this.idOf.delete(path);
      this.pathOf[id] = '';
    }
    this.forget(path);
  }

  /** How many documents have this content word (three letters or more, not a stopword). */
  wordFrequency(word: string): number {
    return this.countWords().frequency(word);
  }

  hasWord(path: string, word: string): boolean {
    const id = this.idOf.get(path);
    return id !== undefined && this.countWords().hasTerm(id, word);
  }

  /**
   * Other documents that tell the same story, most related first, with their similarity: those
   * whose names (or words) meet this one's, and those that two or more of these meet in turn. Two
   * reports of one event may share few rare names with each other (one follows the strikers, the
   * other the studios) and still each share many with the same other reports of it, as a reader
   * who has read all of them knows them for one story.
   */
  relatedTo(path: string): Map<string, number> {
    const n = this.names.size;
    const hit = this.related.get(path);
    if (hit && !drifted(hit.n, n)) return hit.docs;
    const docs = new Map(this.directTo(path));
    if (docs.size >= COMMON_NEIGHBOURS) {
      const met = new Map<string, number>();
      for (const b of docs.keys()) for (const c of this.directTo(b).keys()) if (c !== path && !docs.has(c)) met.set(c, (met.get(c) ?? 0) + 1);
      // At the threshold: less related than any document met directly, so listed after them.
      for (const [c, k] of met) if (k >= COMMON_NEIGHBOURS && docs.size < MAX_RELATED) docs.set(c, RELATED);
    }
    this.related.set(path, { n, docs });
    return docs;
  }

  /** The documents whose names (or words, for one that names few) meet this one's, most related first. */
  private directTo(path: string): Map<string, number> {
    const n = this.names.size;
    const hit = this.direct.get(path);
    if (hit && !drifted(hit.n, n)) return hit.docs;
    const id = this.idOf.get(path);
    const sims = new Map<string, number>();
    if (id !== undefined) {
      const byName = this.names.similarities(id);
      byName.ids.forEach((other, i) => sims.set(this.pathOf[other], byName.sims[i]));
      // A document that names few is placed by its words too, from either side: the link between
      // it and a report that names many must not depend on which of the two asks.
      // (Only when the workspace holds such a document: most hold none, and words cost a pass.)
      const fewNamed = this.placedByWords();
      const few = fewNamed.has(id);
      if (few || fewNamed.size > 0) {
        const byWord = this.countWords().similarities(id);
        byWord.ids.forEach((other, i) => {
          if (!few && !fewNamed.has(other)) return;
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
    this.direct.set(path, { n, docs });
    return docs;
  }
}

/** Adds `path` to the cached sets of the documents it is related to, as long as they have room. */
function join(sets: Map<string, { docs: Map<string, number> }>, path: string, found: Map<string, number>): void {
  for (const [other, sim] of found) {
    const cached = sets.get(other);
    if (cached && cached.docs.size < MAX_RELATED) cached.docs.set(path, sim);
  }
}

/**
 * The names a text mentions: capitalised words that do not open a sentence or a line. Reports of
 * one event share its people and places; reports of different events rarely share rare names.
 */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  // A scan by character codes, the letters past ASCII asked of the regular expressions: a reopened
  // workspace reads the names of every text again, and one Unicode regular expression over all of
  // them took a tenth of the reopening.
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 65 && c <= 90) && !(c > 127 && UPPER.test(charAt(text, i)))) continue;
    let end = i + charAt(text, i).length;
    while (end < n && inName(text, end)) end += charAt(text, end).length;
    if (i > 0 && !opensSentence(text, i)) {
      const name = text.slice(i, end).toLowerCase().replace(/['’]s$/, '');
      // "Friday", "October", "Prime Minister": words of any story, not names of one.
      if (!NOT_NAMES.has(name)) out.push(name);
    }
    i = end - 1;
  }
  return out;
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** The character at i, whole: both halves of a pair of surrogates ("𝔘"). */
const charAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i)!);

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(charAt(text, i)));
}

/** A letter, an apostrophe or a hyphen: what a name goes on with. */
const inName = (text: string, i: number) => isLetter(text, i) || text[i] === "'" || text[i] === '’' || text[i] === '-';

const SPACE = /\s/;

/** Marks after which a capital opens a sentence, a quotation or a line. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '‘', '’', "'", '\n']);

/** True when one of OPENERS comes, past spaces only, in the three characters before `at`. */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    if (OPENERS.has(text[i])) return true;
    if (!SPACE.test(text[i])) return false;
  }
  return false;
}

export const NOT_NAMES = new Set([...WEEKDAYS, ...MONTHS, ...TITLES, 'ceo']);
