// Where a quotation's words stand in another text: the best of a few anchored places, aligned word
// by word with a diff (the words kept, left out and added), remembered per document and per window.
import { diffArrays } from 'diff';
import type { ClaimIndex } from './claimIndex';

/** Candidate places in one document that are aligned word by word. */
const ALIGNED_STARTS = 3;

export interface Alignment {
  path: string;
  matched: number;
  from: number; // word index in the other document
  to: number; // exclusive
  ops: { op: 'same' | 'added' | 'removed'; text: string }[];
  /** Offsets of the aligned words in the other document's text. */
  start: number;
  end: number;
}

/**
 * An alignment within a window of the other document's words (positions relative to it), its ops
 * as ranges: of the window (added, same) or of the quotation's words (removed).
 */
interface WindowAlignment {
  matched: number;
  from: number;
  to: number;
  ops: { op: 'same' | 'added' | 'removed'; from: number; to: number }[];
}

/** A document's words as align() reads them: a length and slices. */
interface WordList {
  length: number;
  slice(from: number, to: number): string[];
}

/** Window positions of the words the diff kept, in order. */
function keptPositions(parts: ReturnType<typeof diffArrays<string>>): number[] {
  const out: number[] = [];
  let pos = 0;
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    if (!p.added && !p.removed) for (let k = 0; k < n; k++) out.push(pos + k);
    if (!p.removed) pos += n;
  }
  return out;
}

/** The densest run of kept words: stray matches of "the" or "they" far away are not the quotation. */
function densest(kept: number[]): [number, number] | undefined {
  if (kept.length === 0) return undefined;
  let best: [number, number, number] = [kept[0], kept[0], 1];
  let from = 0;
  for (let i = 1; i <= kept.length; i++) {
    if (i === kept.length || kept[i] - kept[i - 1] > MAX_GAP) {
      const count = i - from;
      if (count > best[2]) best = [kept[from], kept[i - 1], count];
      from = i;
    }
  }
  return [best[0], best[1] + 1];
}

const MAX_GAP = 5;

function align(words: string[], other: WordList, start: number, memo: Map<string, WindowAlignment | undefined>): Omit<Alignment, 'start' | 'end'> | undefined {
  const slack = Math.max(4, Math.ceil(words.length * 0.6));
  const a0 = Math.max(0, start - slack);
  const b0 = Math.min(other.length, start + words.length + slack);
  // The diff only asks whether two words are equal, so a window word that is none of the
  // quotation's words may be any such word: windows that differ only there (versions of one story
  // with other figures around a quotation) align alike, and the alignment is computed once.
  const win = other.slice(a0, b0);
  const own = new Set(words);
  const shape = win.map((w) => (own.has(w) ? w : OTHER_WORD));
  const key = `${words.join(' ')}\u0001${shape.join(' ')}`;
  let found = memo.get(key);
  if (found === undefined && !memo.has(key)) {
    found = alignWindow(words, shape);
    if (memo.size >= ALIGN_MEMO) memo.clear();
    memo.set(key, found);
  }
  if (!found) return undefined;
  const ops = found.ops.map((o) => ({ op: o.op, text: (o.op === 'removed' ? words : win).slice(o.from, o.to).join(' ') }));
  return { path: '', matched: found.matched, from: a0 + found.from, to: a0 + found.to, ops };
}

/** Stands for every window word that is not a word of the quotation (never a word itself). */
const OTHER_WORD = '\u0000';

/** Window alignments remembered (each a quotation and the words around its place in another text). */
const ALIGN_MEMO = 20_000;

function alignWindow(words: string[], other: string[]): WindowAlignment | undefined {
  // Most quotations stand word for word in the other text: that is their alignment, without a diff.
  const exact = exactRun(words, other);
  if (exact >= 0) return { matched: words.length, from: exact, to: exact + words.length, ops: [{ op: 'same', from: exact, to: exact + words.length }] };
  const run = densest(keptPositions(diffArrays(words, other)));
  if (!run) return undefined;
  // The first diff may have spent a common word ("I") far off; the second, on the run and a few
  // words either side, takes the one next to the rest.
  const a = Math.max(0, run[0] - MAX_GAP);
  const window = other.slice(a, Math.min(other.length, run[1] + MAX_GAP));
  const parts = slideRemovals(diffArrays(words, window));
  // Trim the window's own words before the first and after the last shared word.
  let first = -1;
  let last = -1;
  let pos = 0;
  let matched = 0;
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    if (!p.added && !p.removed) {
      if (first < 0) first = pos;
      last = pos + n;
      matched += n;
    }
    if (!p.removed) pos += n;
  }
  if (matched === 0) return undefined;
  const ops: WindowAlignment['ops'] = [];
  pos = 0;
  let at = 0; // in the quotation's words
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    if (p.added) {
      const from = Math.max(pos, first);
      const to = Math.min(pos + n, last);
      if (to > from) ops.push({ op: 'added', from: a + from, to: a + to });
      pos += n;
    } else if (p.removed) {
      // One run of its own words, though the other text's words between were trimmed away.
      const last = ops[ops.length - 1];
      if (last?.op === 'removed' && last.to === at) last.to = at + n;
      else ops.push({ op: 'removed', from: at, to: at + n });
      at += n;
    } else {
      ops.push({ op: 'same', from: a + pos, to: a + pos + n });
      pos += n;
      at += n;
    }
  }
  return { matched, from: a + first, to: a + last, ops };
}

type Part = ReturnType<typeof diffArrays<string>>[number];

/**
 * The diff keeps the first of two places where the quotation repeats its words ("This was a rigged
 * trial … This was a rigged, disgraceful trial" against another's "This was a rigged disgraceful
 * trial"): shared words followed by left-out words that end with the same words are slid to that
 * second place, next to the shared words after it, as a reader lines them up.
 */
function slideRemovals(parts: Part[]): Part[] {
  const out = parts.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.added || a.removed || !b.removed || b.value.length <= a.value.length) continue;
    const n = a.value.length;
    const tail = b.value.slice(b.value.length - n);
    if (!tail.every((w, k) => w === a.value[k])) continue;
    const left = [...a.value, ...b.value.slice(0, b.value.length - n)];
    const prev = out[i - 1];
    const removed: Part = prev?.removed ? { ...prev, value: [...prev.value, ...left], count: prev.value.length + left.length } : { value: left, count: left.length, added: false, removed: true };
    const next = out[i + 2];
    const joins = !!next && !next.added && !next.removed;
    const kept: Part = joins ? { ...next, value: [...a.value, ...next.value], count: n + next.value.length } : a;
    const from = prev?.removed ? i - 1 : i;
    out.splice(from, i + (joins ? 3 : 2) - from, removed, kept);
    i = from;
  }
  return out;
}

/** Where `words` stand, in order and together, in `other`: the first place, or -1. */
function exactRun(words: string[], other: string[]): number {
  const n = words.length;
  if (n === 0) return -1;
  outer: for (let i = 0; i + n <= other.length; i++) {
    if (other[i] !== words[0]) continue;
    for (let k = 1; k < n; k++) if (other[i + k] !== words[k]) continue outer;
    return i;
  }
  return -1;
}

/** The key of a quotation's words, once per words array: it is looked up in every document of its story. */
const joined = new WeakMap<string[], string>();

/** bestIn, remembered per document until it changes: re-checks after an edit reuse the diffs. */
export function bestInCached(words: string[], anchors: string[], path: string, index: ClaimIndex): Alignment | undefined {
  let perDoc = index.alignments.get(path);
  if (!perDoc) index.alignments.set(path, (perDoc = new Map()));
  let key = joined.get(words);
  if (key === undefined) joined.set(words, (key = words.join(' ')));
  if (perDoc.has(key)) return perDoc.get(key) as Alignment | undefined;
  const al = bestIn(words, anchors, path, index);
  if (perDoc.size > 2000) perDoc.clear();
  perDoc.set(key, al);
  return al;
}

function bestIn(words: string[], anchors: string[], path: string, index: ClaimIndex): Alignment | undefined {
  const entry = index.tokens(path);
  if (!entry) return undefined;
  const ids = entry.ids;
  const table = index.words;
  const starts = new Set<number>();
  for (const w of anchors) {
    const k = words.indexOf(w);
    const id = table.find(w);
    if (id === undefined) continue;
    for (let p = 0; p < ids.length; p++) {
      if (ids[p] !== id) continue;
      starts.add(Math.max(0, p - k));
      if (starts.size > 40) break;
    }
  }
  // Align only at the few starts whose window holds most of the quotation's words: the diff is
  // the costly step, and a start that holds few of them cannot win.
  const wanted = new Set<number>();
  for (const w of words) {
    const id = table.find(w);
    if (id !== undefined) wanted.add(id);
  }
  const hits = (s: number) => {
    let n = 0;
    for (let k = s; k < Math.min(ids.length, s + words.length); k++) if (wanted.has(ids[k])) n++;
    return n;
  };
  const ranked = [...starts].map((s) => [s, hits(s)] as const).sort((a, b) => b[1] - a[1]).slice(0, ALIGNED_STARTS);
  const other: WordList = { length: ids.length, slice: (a, b) => Array.from(ids.subarray(a, b), (i) => table.words[i]) };
  let best: Omit<Alignment, 'start' | 'end'> | undefined;
  for (const [s] of ranked) {
    const al = align(words, other, s, index.windowAlignments as Map<string, WindowAlignment | undefined>);
    if (al && (!best || al.matched > best.matched || (al.matched === best.matched && al.to - al.from < best.to - best.from))) best = al;
    // Every word, in a row: no other start can do better.
    if (best && best.matched === words.length && best.to - best.from === words.length) break;
  }
  if (!best) return undefined;
  // Spelled out, not spread ({ ...best, path, … }): V8 gave each spread copy a hidden class of
  // its own, two per alignment kept, more memory than the alignments themselves.
  return { path, matched: best.matched, from: best.from, to: best.to, ops: best.ops, start: entry.starts[best.from], end: entry.ends[best.to - 1] };
}
