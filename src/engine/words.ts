// The words of a text, as quotation search and story links read them: lower case, one apostrophe,
// no possessive 's, each word's string shared through a table. This runs over every word of every
// text when a workspace opens from the cache, so it scans characters instead of running a Unicode
// regular expression: ASCII by its codes, anything else by one test of its code point.

/** Every distinct word of the workspace's texts, once: documents keep their words as ids. */
export class WordTable {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];

  id(w: string): number {
    let i = this.ids.get(w);
    if (i === undefined) {
      i = this.words.length;
      this.ids.set(w, i);
      this.words.push(w);
    }
    return i;
  }

  find(w: string): number | undefined {
    return this.ids.get(w);
  }

  /** The table's own copy of a word: documents that share words share the strings. */
  canonical(w: string): string {
    return this.words[this.id(w)];
  }
}

/** A text's words (ids in a WordTable) with their places, for aligning quotations. */
export interface Tokens {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Code units of the letter (or digit, with `digits`) at i, or 0. */
function wordChar(text: string, i: number, digits: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (digits && c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const n = cp > 0xffff ? 2 : 1;
  return (digits ? LETTER_OR_DIGIT : LETTER).test(text.slice(i, i + n)) ? n : 0;
}

const APOSTROPHES = "'’‘`";
const HYPHENS = '-‐‑';
/** Prefixes written with a hyphen or without ("re-establish", "reestablish"): see quotes.ts WORD. */
export const PREFIXES = new Set(['re', 'co', 'pre', 'post', 'non', 'anti', 'multi', 'semi', 'sub', 'inter', 'mid', 'ex', 'over', 'under', 'counter', 'cross', 'self', 'micro', 'mega', 'ultra', 'bi', 'tri']);

/**
 * The words of `text` as WORD (quotes.ts) finds them, folded as quoteWords folds them (lower case,
 * one apostrophe, no possessive 's, no hyphen after a prefix).
 */
export function tokensOf(text: string, table: WordTable): { tokens: Tokens; words: string[] } {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    let k = wordChar(text, i, true);
    if (!k) {
      i++;
      continue;
    }
    const start = i;
    let j = i + k;
    while (j < n && (k = wordChar(text, j, true))) j += k;
    // A prefix and its word are one word, with a hyphen or without (quotes.ts WORD).
    const prefix = j + 1 < n && HYPHENS.includes(text[j]) && PREFIXES.has(text.slice(start, j).toLowerCase()) && (k = wordChar(text, j + 1, false)) > 0;
    if (prefix) {
      j += 1 + k;
      while (j < n && (k = wordChar(text, j, true))) j += k;
    }
    // One apostrophe and the letters after it: "don't", "Kashmir's".
    if (j + 1 < n && APOSTROPHES.includes(text[j]) && (k = wordChar(text, j + 1, false))) {
      j += 1 + k;
      while (j < n && (k = wordChar(text, j, false))) j += k;
    }
    let w = text.slice(start, j).toLowerCase();
    if (w.length > 2 && /['’‘`]/.test(w)) w = w.replace(/[’‘`]/g, "'").replace(/'s$/, '');
    // Only a joined prefix leaves a hyphen in a word: no test of every other word, on this hot path.
    if (prefix) w = w.replace(/[-‐‑]/g, '');
    words.push(w);
    starts.push(start);
    ends.push(j);
    i = j;
  }
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    ids[i] = table.id(words[i]);
    words[i] = table.words[ids[i]];
  }
  return { tokens: { ids, starts: Int32Array.from(starts), ends: Int32Array.from(ends) }, words };
}
