// An alignment of a quotation with another source, held to that source's quotations: a window may
// run on past a quotation into the writer's own words ("… for our party,” the new bloc of MPs said
// in a statement"; "… the prosecutor said in an interview with RTL radio, “but …"), where a stray
// "the" or "an" lines up. Those words are the other source's prose, not its quotation of them.
// Likewise one word is quoted only where the other source quotes it: its alignment moves there.
import type { ClaimIndex } from './claimIndex';
import type { Alignment } from './alignment';
import { quotedAround, sharedPlaces } from './quoteSpans';
import { firstAtOrAfter } from './sorted';

/**
 * The alignment without its shared words at either end that lie outside every quotation of the
 * other source, when most of them lie inside one (else the same alignment): the other source's
 * prose (indirect speech) is compared as it stands, and a quotation that matches every word is
 * left whole (quotationHolding decides).
 */
export function clippedToQuotations(index: ClaimIndex, al: Alignment, words: number): Alignment {
  if (al.matched >= words) return al;
  let out = clipped.get(al);
  if (out) return out;
  clipped.set(al, (out = clip(index, al)));
  return out;
}

const clipped = new WeakMap<Alignment, Alignment>();

function clip(index: ClaimIndex, al: Alignment): Alignment {
  const t = index.tokens(al.path);
  const e = index.entry(al.path);
  if (!t || !e) return al;
  const quotes = e.claims.claims.filter((c) => c.kind === 'quote');
  const quoted = (p: number) => quotes.some((c) => c.span.start <= t.starts[p] && t.starts[p] < c.span.end);
  const shared = sharedPlaces(al);
  const inside = shared.filter(quoted);
  if (inside.length * 2 <= shared.length) return al;
  const from = inside[0];
  const to = inside[inside.length - 1] + 1;
  if (from === shared[0] && to === shared[shared.length - 1] + 1) return al;
  // The ops again, with the window cut to [from, to): shared words outside it become this
  // quotation's own (removed); the other source's words outside it are left out.
  const ops: Alignment['ops'] = [];
  const push = (op: Alignment['ops'][number]['op'], ws: string[]) => {
    if (!ws.length) return;
    const last = ops[ops.length - 1];
    if (last?.op === op) last.text += ` ${ws.join(' ')}`;
    else ops.push({ op, text: ws.join(' ') });
  };
  let pos = al.from;
  let matched = 0;
  for (const o of al.ops) {
    const ws = o.text.split(' ');
    if (o.op === 'removed') {
      push('removed', ws);
      continue;
    }
    ws.forEach((w, k) => {
      const at = pos + k;
      const within = at >= from && at < to;
      if (o.op === 'same') {
        push(within ? 'same' : 'removed', [w]);
        if (within) matched++;
      } else if (within) push('added', [w]);
    });
    pos += ws.length;
  }
  return { path: al.path, matched, from, to, ops, start: t.starts[from], end: t.ends[to - 1] };
}

/**
 * For an alignment of one word outside the other source's quotations, the same word where one of
 * them holds it, if any ("called the surprise decision shortsighted" … "\"The President is
 * disappointed by the shortsighted decision …\""): a word is quoted only where it is in quotation marks.
 */
export function quotedOccurrence(index: ClaimIndex, al: Alignment): Alignment {
  if (al.to - al.from !== 1) return al;
  let out = occurrences.get(al);
  if (!out) occurrences.set(al, (out = quotedAround(index, al) ? al : (occurrenceIn(index, al) ?? al)));
  return out;
}

/** Versions of a story meet the same alignments again and again: each looked at once. */
const occurrences = new WeakMap<Alignment, Alignment>();

function occurrenceIn(index: ClaimIndex, al: Alignment): Alignment | undefined {
  const t = index.tokens(al.path);
  const e = index.entry(al.path);
  if (!t || !e) return undefined;
  const id = t.ids[al.from];
  for (const c of e.claims.claims) {
    if (c.kind !== 'quote') continue;
    for (let k = firstAtOrAfter(t.starts, c.span.start); k < t.starts.length && t.starts[k] < c.span.end; k++) if (t.ids[k] === id) return { ...al, from: k, to: k + 1, start: t.starts[k], end: t.ends[k] };
  }
  return undefined;
}
