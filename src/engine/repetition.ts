// Passages a document repeats word for word (a copy-paste slip in a draft, a syndication glitch).
import type { Analysis } from './nlp';
import type { Span } from './types';
import { fnv53Words } from './hash';

const MIN_WORDS = 6;

/**
 * Each sentence's span and a hash of its folded words (NaN for sentences too short to count), in
 * typed arrays: every document keeps them, so an edit can find repeated passages again.
 */
export interface SentenceKeys {
  keys: Float64Array;
  starts: Int32Array;
  ends: Int32Array;
}

export function sentenceKeys(an: Analysis): SentenceKeys {
  const n = an.sentences.length;
  const out = { keys: new Float64Array(n), starts: new Int32Array(n), ends: new Int32Array(n) };
  an.sentences.forEach(([a, b], i) => {
    out.keys[i] = b - a + 1 < MIN_WORDS ? NaN : fnv53Words(an.lower, a, b);
    out.starts[i] = an.starts[a];
    out.ends[i] = an.ends[b];
  });
  return out;
}

/** The sentences `keep` accepts, their spans moved by `shift`. */
export function sliceKeys(k: SentenceKeys, keep: (start: number, end: number) => boolean, shift = 0): SentenceKeys {
  const idx: number[] = [];
  for (let i = 0; i < k.keys.length; i++) if (keep(k.starts[i], k.ends[i])) idx.push(i);
  return {
    keys: Float64Array.from(idx, (i) => k.keys[i]),
    starts: Int32Array.from(idx, (i) => k.starts[i] + shift),
    ends: Int32Array.from(idx, (i) => k.ends[i] + shift),
  };
}

export function concatKeys(parts: SentenceKeys[]): SentenceKeys {
  const cat = <T extends Float64Array | Int32Array>(make: (n: number) => T, pick: (k: SentenceKeys) => T): T => {
    const out = make(parts.reduce((n, p) => n + pick(p).length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(pick(p), at);
      at += pick(p).length;
    }
    return out;
  };
  return {
    keys: cat((n) => new Float64Array(n), (p) => p.keys),
    starts: cat((n) => new Int32Array(n), (p) => p.starts),
    ends: cat((n) => new Int32Array(n), (p) => p.ends),
  };
}

/** Runs of consecutive sentences that appear earlier in the same text, each run reported once. */
export function repetitionsOf(sk: SentenceKeys): { first: Span; again: Span }[] {
  const seen = new Map<number, number>();
  const key = (i: number) => (Number.isNaN(sk.keys[i]) ? undefined : sk.keys[i]);
  const out: { first: Span; again: Span }[] = [];
  const n = sk.keys.length;
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
    const span = (from: number, to: number): Span => ({ start: sk.starts[from], end: sk.ends[to] });
    out.push({ first: span(prev, prev + len - 1), again: span(i, i + len - 1) });
    i += len;
  }
  return out;
}
