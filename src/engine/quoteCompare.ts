// A quotation against the other sources: the same words (corroborated), other words for the same
// statement (a variant, with a word-level diff), the same words given to someone else, or nobody.
import { diffArrays } from 'diff';
import type { DocumentClaims, Finding, QuoteClaim, Related } from './types';
import type { ClaimIndex } from './claimIndex';
import { quoteWords } from './quotes';
import { STOPWORDS } from './lexicon';
import { sourceName } from './format';

/** Quotations shorter than this are only matched word for word. */
const SHORT = 3;
/** A variant shares at least half of the quotation's words, in order. */
const VARIANT_SHARE = 0.5;
/** A quotation this long that nobody else carries is worth a hint. */
const SINGLE_SOURCE_WORDS = 4;

interface Alignment {
  path: string;
  matched: number;
  from: number; // word index in the other document
  to: number; // exclusive
  ops: { op: 'same' | 'added' | 'removed'; text: string }[];
}

function align(words: string[], other: string[], start: number): Alignment | undefined {
  const slack = Math.max(4, Math.ceil(words.length * 0.6));
  const a = Math.max(0, start - slack);
  const b = Math.min(other.length, start + words.length + slack);
  const window = other.slice(a, b);
  const parts = diffArrays(words, window);
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
  const ops: Alignment['ops'] = [];
  pos = 0;
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    if (p.added) {
      const from = Math.max(pos, first);
      const to = Math.min(pos + n, last);
      if (to > from) ops.push({ op: 'added', text: window.slice(from, to).join(' ') });
      pos += n;
    } else if (p.removed) {
      ops.push({ op: 'removed', text: p.value.join(' ') });
    } else {
      ops.push({ op: 'same', text: p.value.join(' ') });
      pos += n;
    }
  }
  return { path: '', matched, from: a + first, to: a + last, ops };
}

function bestIn(words: string[], anchors: string[], path: string, index: ClaimIndex): Alignment | undefined {
  const positions = index.positions(path);
  const entry = index.entry(path);
  if (!positions || !entry) return undefined;
  const starts = new Set<number>();
  for (const w of anchors) {
    const k = words.indexOf(w);
    for (const p of positions.get(w) ?? []) {
      starts.add(Math.max(0, p - k));
      if (starts.size > 40) break;
    }
  }
  let best: Alignment | undefined;
  for (const s of starts) {
    const al = align(words, entry.words, s);
    if (al && (!best || al.matched > best.matched || (al.matched === best.matched && al.to - al.from < best.to - best.from))) best = al;
  }
  if (best) best.path = path;
  return best;
}

function lastName(s: string | undefined): string | undefined {
  return s?.trim().split(/\s+/).pop()?.toLowerCase().replace(/['’]s$/, '');
}

export function compareQuote(q: QuoteClaim, doc: DocumentClaims, index: ClaimIndex): Finding | undefined {
  const words = quoteWords(q.quoted);
  if (words.length === 0) return undefined;
  const content = [...new Set(words.filter((w) => !STOPWORDS.has(w)))];
  const pool = content.length ? content : [...new Set(words)];
  const anchors = pool.sort((a, b) => index.docFrequency(a) - index.docFrequency(b)).slice(0, 3);
  const docs = new Set<string>();
  for (const a of anchors) for (const p of index.docsWithWords([a], doc.path)) docs.add(p);
  const found: { al: Alignment; exact: boolean }[] = [];
  for (const path of docs) {
    const al = bestIn(words, anchors, path, index);
    if (!al) continue;
    const exact = al.matched === words.length && al.to - al.from === words.length;
    if (exact) found.push({ al, exact });
    else if (words.length >= SHORT && al.matched >= SHORT && al.matched / words.length >= VARIANT_SHARE) found.push({ al, exact });
  }
  const claim = { path: doc.path, start: q.span.start, end: q.span.end, text: q.text, id: q.id };
  if (found.length === 0) {
    if (words.length < SINGLE_SOURCE_WORDS || q.unmarked) return undefined;
    return {
      type: 'single-source',
      severity: 'hint',
      confidence: 0.5,
      message: `No other source carries this quotation${q.speaker ? ` from ${q.speaker}` : ''}; it rests on this source alone.`,
      claim,
      related: [],
    };
  }
  found.sort((a, b) => a.al.path.localeCompare(b.al.path));
  const related: Related[] = found.map(({ al, exact }) => relatedFor(al, exact, index));
  // The same words given to another speaker.
  const speakerClash = found
    .map(({ al }) => ({ al, other: quoteAt(index, al) }))
    .find(({ other }) => other?.speaker && q.speaker && lastName(other.speaker) !== lastName(q.speaker));
  const variants = found.filter((f) => !f.exact);
  if (speakerClash) {
    return {
      type: 'quote-speaker',
      severity: 'warning',
      confidence: 0.7,
      message: `Attributed to ${q.speaker} here; ${sourceName(speakerClash.al.path)} gives the same words to ${speakerClash.other!.speaker}.`,
      claim,
      related,
    };
  }
  if (variants.length) {
    const closest = variants.sort((a, b) => b.al.matched - a.al.matched)[0].al;
    const left = closest.ops.filter((o) => o.op === 'added').map((o) => `“${o.text}”`);
    const extra = closest.ops.filter((o) => o.op === 'removed').map((o) => `“${o.text}”`);
    const share = closest.matched / words.length;
    const how = [left.length ? `leaves out ${left.slice(0, 3).join(', ')} that ${sourceName(closest.path)} has` : '', extra.length ? `has ${extra.slice(0, 3).join(', ')} that ${sourceName(closest.path)} does not` : '']
      .filter(Boolean)
      .join(' and ');
    const corroborating = found.filter((f) => f.exact).map((f) => sourceName(f.al.path));
    return {
      type: 'quote-variant',
      severity: share >= 0.8 ? 'warning' : 'information',
      confidence: Math.round(share * 100) / 100,
      message: `Quotation worded differently in ${variants.map((v) => sourceName(v.al.path)).join(', ')}: this one ${how || 'differs in word order'} (${Math.round(share * 100)}% of its words shared)${corroborating.length ? `; ${corroborating.join(', ')} quote${corroborating.length === 1 ? 's' : ''} it word for word` : ''}.`,
      claim,
      related,
      diff: closest.ops,
    };
  }
  return {
    type: 'quote-corroborated',
    severity: 'hint',
    confidence: 1,
    message: `The same words appear in ${found.map((f) => sourceName(f.al.path)).join(', ')}.`,
    claim,
    related,
  };
}

function relatedFor(al: Alignment, exact: boolean, index: ClaimIndex): Related {
  const e = index.entry(al.path)!;
  const start = e.wordStarts[al.from];
  const end = e.wordEnds[al.to - 1];
  return {
    path: al.path,
    start,
    end,
    text: e.text.slice(start, end),
    relation: exact ? 'same' : 'differs',
    note: exact ? `${sourceName(al.path)} has the same words` : `${sourceName(al.path)} words it differently`,
  };
}

/** The quotation claim of the other document that holds the aligned words, if any. */
function quoteAt(index: ClaimIndex, al: Alignment): QuoteClaim | undefined {
  const e = index.entry(al.path)!;
  const start = e.wordStarts[al.from];
  return e.claims.claims.find((c): c is QuoteClaim => c.kind === 'quote' && c.span.start <= start && start < c.span.end);
}
