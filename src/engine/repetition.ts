// Passages a document repeats word for word (a copy-paste slip in a draft, a syndication glitch).
import type { Analysis } from './nlp';
import type { Span } from './types';

const MIN_WORDS = 6;

/** Runs of consecutive sentences that appear earlier in the same text, each run reported once. */
export function findRepetitions(an: Analysis): { first: Span; again: Span }[] {
  const seen = new Map<string, number>();
  const key = (i: number) => {
    const [a, b] = an.sentences[i];
    if (b - a + 1 < MIN_WORDS) return undefined;
    return an.lower.slice(a, b + 1).join(' ');
  };
  const out: { first: Span; again: Span }[] = [];
  const n = an.sentences.length;
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
    const span = (from: number, to: number): Span => ({ start: an.starts[an.sentences[from][0]], end: an.ends[an.sentences[to][1]] });
    out.push({ first: span(prev, prev + len - 1), again: span(i, i + len - 1) });
    i += len;
  }
  return out;
}
