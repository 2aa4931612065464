// Passages a document repeats word for word (a copy-paste slip in a draft, a syndication glitch).
import type { Analysis } from './nlp';
import type { Span } from './types';
import { fnv53 } from './hash';

const MIN_WORDS = 6;

/** A hash of a sentence's folded words (none for sentences too short to count), and its span. */
export interface SentenceKey {
  key?: number;
  start: number;
  end: number;
}

export function sentenceKeys(an: Analysis): SentenceKey[] {
  return an.sentences.map(([a, b]) => ({
    key: b - a + 1 < MIN_WORDS ? undefined : fnv53(an.lower.slice(a, b + 1).join(' ')),
    start: an.starts[a],
    end: an.ends[b],
  }));
}

/** Runs of consecutive sentences that appear earlier in the same text, each run reported once. */
export function repetitionsOf(keys: SentenceKey[]): { first: Span; again: Span }[] {
  const seen = new Map<number, number>();
  const key = (i: number) => keys[i].key;
  const out: { first: Span; again: Span }[] = [];
  const n = keys.length;
  let i = 0;
  while (i < n) {
    const k = key(i);
    const prev = k === undefined ? undefined : seen.get(k);
    if (prev === undefined) {
      if (k !== undefined) seen.set(k, i);
      i++;
      continue;
    }
    // Extend the run while the following sentences repeat the ones after the first copy.
    let len = 1;
    while (i + len < n && prev + len < i && key(i + len) !== undefined && key(i + len) === key(prev + len)) len++;
    const span = (from: number, to: number): Span => ({ start: keys[from].start, end: keys[to].end });
    out.push({ first: span(prev, prev + len - 1), again: span(i, i + len - 1) });
    i += len;
  }
  return out;
}
