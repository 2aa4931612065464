// Where a quotation's aligned words stand in the other document: inside one of its quotations, as
// the whole of one, as part of a longer one, or in one that is another sentence sharing a phrase.
import type { QuoteClaim } from './types';
import type { ClaimIndex } from './claimIndex';
import type { Alignment } from './alignment';
import { WORD as QUOTE_WORD, quoteWords } from './quotes';
import { SPEECH } from './speakers';
import { isTitle } from './quoteTitle';
import { STOPWORDS } from './lexicon';
import { named, sameSource } from './sources';

/** A quotation this long that nobody else carries is worth a hint; this long, another's whole quotation corroborates. */
export const SINGLE_SOURCE_WORDS = 4;

/** Words at one end of a wording that the other does not have, from which two wordings are two sentences. */
const OWN_END = 3;

/**
 * "there will be enormous challenges in reaching volume production with Cybertruck …" against
 * "reach volume production and be cash flow positive at a price that people can afford": each runs
 * on past the shared words at the other end, so the two are two sentences that share a phrase, not
 * two wordings of one (which line up end to end, or one of which holds the other).
 */
export function staggered(index: ClaimIndex, al: Alignment): boolean {
  const other = quoteAt(index, al);
  const t = index.tokens(al.path);
  if (!other || !t) return false;
  // The other quotation's words before and after the aligned ones.
  let theirHead = 0;
  let theirTail = 0;
  for (let i = al.from - 1; i >= 0 && t.starts[i] >= other.span.start; i--) theirHead++;
  for (let i = al.to; i < t.ids.length && t.ends[i] <= other.span.end; i++) theirTail++;
  // This quotation's words before the first shared word and after the last ("removed": its own).
  const count = (o: { text: string }) => o.text.split(' ').filter(Boolean).length;
  const firstSame = al.ops.findIndex((o) => o.op === 'same');
  let lastSame = -1;
  for (let i = al.ops.length - 1; i >= 0 && lastSame < 0; i--) if (al.ops[i].op === 'same') lastSame = i;
  const own = (ops: { op: string; text: string }[]) => ops.filter((o) => o.op === 'removed').reduce((n, o) => n + count(o), 0);
  const ourHead = own(al.ops.slice(0, Math.max(0, firstSame)));
  const ourTail = own(al.ops.slice(lastSame + 1));
  return (ourHead >= OWN_END && theirTail >= OWN_END && ourTail <= 1 && theirHead <= 1) || (ourTail >= OWN_END && theirHead >= OWN_END && ourHead <= 1 && theirTail <= 1);
}

/**
 * Whether the words two quotations share hold a whole sentence of one of them, of four words or
 * more ("I'm 36 in a few months.", "This is 'do or die' for our party." within "… but this really
 * is 'do or die' for our party"): two sentences that share a phrase do not share a sentence, so
 * the two quote one statement, though each runs on past it at its own end.
 */
export function sharesSentence(index: ClaimIndex, al: Alignment, quoted: string): boolean {
  // Ours: which of the quotation's words the alignment kept.
  const kept = keptWords(al);
  let at = 0;
  for (const m of quoted.matchAll(SENTENCES)) {
    const n = quoteWords(m[0]).length;
    if (n >= SINGLE_SOURCE_WORDS && at + n <= kept.length && kept.slice(at, at + n).every(Boolean)) return true;
    at += n;
  }
  // Theirs: which of the other quotation's sentences the shared words cover whole.
  const other = quoteAt(index, al);
  const t = index.tokens(al.path);
  if (!other || !t) return false;
  const shared = sharedPlaces(al).map((p) => t.starts[p]);
  const base = other.span.start + Math.max(0, other.text.indexOf(other.quoted));
  for (const m of other.quoted.matchAll(SENTENCES)) {
    const n = quoteWords(m[0]).length;
    const from = base + m.index!;
    const inside = shared.filter((x) => x >= from && x < from + m[0].length).length;
    if (n >= SINGLE_SOURCE_WORDS && inside >= n) return true;
  }
  return false;
}

const SENTENCES = /[^.!?…]+[.!?…]*/g;

/** True when most of the aligned words of the other source lie inside one of its quotations. */
export function quotedAround(index: ClaimIndex, al: Alignment): boolean {
  const t = index.tokens(al.path);
  const e = index.entry(al.path);
  if (!t || !e) return false;
  const mid = t.starts[Math.floor((al.from + al.to - 1) / 2)];
  return e.claims.claims.some((c) => c.kind === 'quote' && c.span.start <= mid && mid < c.span.end);
}

/** For each of the quotation's words an alignment reads (its own and the shared), whether it is shared. */
export function keptWords(al: Alignment): boolean[] {
  const kept: boolean[] = [];
  for (const o of al.ops) if (o.op !== 'added') for (let k = o.text.split(' ').length; k > 0; k--) kept.push(o.op === 'same');
  return kept;
}

/** The places (word numbers in the other document) of the words an alignment shares, or of those only the other has (`added`). */
export function sharedPlaces(al: Alignment, op: 'same' | 'added' = 'same'): number[] {
  const out: number[] = [];
  let pos = al.from;
  for (const o of al.ops) {
    if (o.op === 'removed') continue;
    const n = o.text.split(' ').length;
    if (o.op === op) for (let k = 0; k < n; k++) out.push(pos + k);
    pos += n;
  }
  return out;
}

/**
 * "He directed that arrangements should be made to transport the bodies …", "According to a
 * statement …, the premier prayed for …", "…, the ministry said.": the aligned words are someone's
 * statement in the writer's words (indirect speech), which a quotation elsewhere may give word for
 * word. A verb of saying or deciding with "that" before them in their sentence (a few words may
 * stand between: "told reporters on Monday that"), "according to" anywhere in it, or a comma, a
 * speaker of a few words and a verb of saying closing it.
 */
export function reportedAround(index: ClaimIndex, al: Alignment): boolean {
  const text = index.entry(al.path)?.text;
  if (!text) return false;
  const [s, e] = sentenceAround(text, al);
  if (/\baccording to\b/i.test(text.slice(s, e))) return true;
  const before = text.slice(s, al.start).toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < before.length; i++) if (before[i] === 'that' && before.slice(Math.max(0, i - 1 - BETWEEN), i).some(statementVerb)) return true;
  const after = /,([^,]*)$/.exec(text.slice(al.end, e));
  const closing = after?.[1].toLowerCase().match(WORD) ?? [];
  return closing.length >= 2 && closing.length <= BETWEEN + 2 && statementVerb(closing[closing.length - 1]);
}

/**
 * Whether prose that rewords a quotation is told as another named source's ("According to the
 * National Weather Service, the deadliest tornado event in state history occurred in 1890" is no
 * report of Beshear's "the most devastating tornado event in our state's history").
 */
export function toldByAnother(index: ClaimIndex, al: Alignment, speaker: string): boolean {
  const text = index.entry(al.path)?.text;
  if (!text) return false;
  const [s, e] = sentenceAround(text, al);
  // One sentence only: words aligned across several tell nothing of whose each one is.
  if (SENTENCE_END.test(text.slice(al.start, Math.max(al.start, al.end - 1)))) return false;
  const source = /\baccording to ([^,.;:]+)/i.exec(text.slice(s, e))?.[1];
  return !!source && named(source) && named(speaker) && !sameSource(source, speaker);
}

/**
 * Whether the sentence that holds the aligned words tells someone's words: a verb of saying or
 * of calling anywhere in it ("calling him his closest comrade", "Kim expressed deep condolences"),
 * or "according to". A short phrase ("under control", "into chaos") in the writer's own narrative
 * is the writer's wording, which vouches for no one's.
 */
export function saidAround(index: ClaimIndex, al: Alignment): boolean {
  const text = index.entry(al.path)?.text;
  if (!text) return false;
  const sentence = text.slice(...sentenceAround(text, al)).toLowerCase();
  return /\baccording to\b/.test(sentence) || (sentence.match(WORD) ?? []).some((w) => statementVerb(w) || /^call(s|ed|ing)?$/.test(w));
}

/** The start and end offsets of the sentence that holds the aligned words. */
function sentenceAround(text: string, al: Alignment): [number, number] {
  let s = al.start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1])) s--;
  let e = al.end;
  while (e < text.length && !SENTENCE_END.test(text[e])) e++;
  return [s, e];
}

const SENTENCE_END = /[.!?\n]/;
const WORD = /[\p{L}’']+/gu;
/** Words that may stand between a verb of saying and its "that" ("told reporters on Monday that"). */
const BETWEEN = 3;
/** Verbs that report a statement or a decision: those of saying, and of directing or deciding. */
const STATEMENT_VERBS = new Set([...SPEECH, 'direct', 'order', 'instruct', 'demand', 'rule', 'decide']);
const IRREGULAR = new Set(['said', 'told', 'wrote', 'spoke']);

/**
 * A form of a statement verb, as news prose reports a statement: the verb and -s, -es, -d, -ed,
 * -ied. The bare word is more often the noun ("the restraining order that didn't allow writers to
 * work", "a report that …") than the verb.
 */
function statementVerb(w: string): boolean {
  if (IRREGULAR.has(w)) return true;
  for (const [end, base] of [['ied', 'y'], ['es', ''], ['ed', ''], ['s', ''], ['d', '']]) if (w.endsWith(end) && STATEMENT_VERBS.has(w.slice(0, -end.length) + base)) return true;
  return false;
}

/**
 * True when the other source's whole quotation (two words or more: "saved lives" of “They saved
 * lives last night.”) is these words, in a row: a fragment of this quotation, not another wording.
 */
export function heldWhole(index: ClaimIndex, al: Alignment, words: string[]): boolean {
  return heldRun(index, al, words) !== undefined;
}

/** Words a quoted fragment must have to stand for a part of a longer quotation. */
const FRAGMENT_WORDS = 2;

/**
 * The words [from, to) of this quotation that another source quotes whole (see heldWhole): the
 * part it corroborates, whatever rests on this source alone around it (quoteAlone.ts).
 */
export function heldRun(index: ClaimIndex, al: Alignment, words: string[]): [number, number] | undefined {
  if (al.matched < FRAGMENT_WORDS) return undefined;
  // The other source's quotation that the aligned words fall in, word for word a run of this one
  // (the window may reach past it into the prose around: the quotation itself decides).
  const e = index.entry(al.path)!;
  for (const c of e.claims.claims) {
    if (c.kind !== 'quote' || c.span.end <= al.start || c.span.start >= al.end) continue;
    const theirs = quoteWords(c.quoted);
    if (theirs.length < FRAGMENT_WORDS || theirs.length >= words.length || isTitle(c.quoted)) continue;
    const at = runAt(words, theirs);
    if (at >= 0) return [at, at + theirs.length];
  }
  return undefined;
}

/** True when `part` stands in `words` as a run, word for word. */
function runOf(words: string[], part: string[]): boolean {
  return runAt(words, part) >= 0;
}

/** Where `part` stands in `words` as a run, word for word, or -1. */
export function runAt(words: string[], part: string[]): number {
  outer: for (let i = 0; i + part.length <= words.length; i++) {
    for (let k = 0; k < part.length; k++) if (words[i + k] !== part[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The words of the longer quotation of another source that holds these words whole, if any: one
 * that goes on for more than two words, one that goes on after these words, one that opens with a
 * word of substance before them, or one that the cut leaves with a hedge or a negation just before
 * them (“upwards of 1,700 buildings” from “maybe upwards of 1,700 buildings”: the cut changes what
 * was said).
 */
export function longerQuotation(index: ClaimIndex, al: Alignment, words: string[]): string[] | undefined {
  const other = quoteAt(index, al);
  if (!other) return undefined;
  const theirs = wordsOf(other);
  if (theirs.length > words.length + 2) return theirs;
  const at = runAt(theirs, words);
  if (at < 0) return undefined;
  // A cut at the end takes words of what was said ("Peace be with you" of "Peace be with you all",
  // "life-threatening" of "life-threatening coastal flooding"); one at the start that leaves out only
  // the words that lead into a phrase ("the worst-case scenario", "It will go down …", "I'm quite
  // relieved") does not.
  const before = theirs.slice(0, at);
  return at + words.length < theirs.length || before.some((w) => !STOPWORDS.has(w.replace(/'.*$/, ''))) || QUALIFYING.has(theirs[at - 1]) ? theirs : undefined;
}

/** Words whose loss before a quoted fragment changes what it says. */
const QUALIFYING = new Set(['maybe', 'perhaps', 'possibly', 'probably', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'not', 'never', 'no', 'hardly', 'barely']);

/** The words of a quotation of the other document, within the aligned span, that holds `words` in a row. */
export function quotationHolding(index: ClaimIndex, al: Alignment, words: string[]): string[] | undefined {
  for (const c of index.entry(al.path)!.claims.claims) {
    if (c.kind !== 'quote' || c.span.end <= al.start || c.span.start >= al.end) continue;
    const theirs = wordsOf(c);
    if (runAt(theirs, words) >= 0) return theirs;
  }
  return undefined;
}

/**
 * Whether another source gives these words in two quotations one after the other, its attribution
 * between them ("“It’s the one I wanted,” said Lyles, whose winning time was a personal best. “It’s
 * the hard battle, it’s the amazing opponents.”"): the words run on from the end of the first into
 * the second, and neither holds them alone.
 */
export function quotedInParts(index: ClaimIndex, path: string, words: string[]): boolean {
  const quotes = index.entry(path)!.claims.claims.filter((c): c is QuoteClaim => c.kind === 'quote');
  for (let i = 0; i + 1 < quotes.length; i++) {
    const first = wordsOf(quotes[i]);
    const at = runAt([...first, ...wordsOf(quotes[i + 1])], words);
    if (at >= 0 && at < first.length && at + words.length > first.length) return true;
  }
  return false;
}

/** quoteWords of a quotation claim, once per claim: versions of a story meet the same ones again and again. */
const claimWords = new WeakMap<QuoteClaim, string[]>();
export function wordsOf(q: QuoteClaim): string[] {
  let w = claimWords.get(q);
  if (!w) claimWords.set(q, (w = quoteWords(q.quoted)));
  return w;
}

/**
 * The words of the other quotation's sentences that the aligned words lie in: what a variant must
 * share most of, not only the window the alignment chose, which may hold a phrase the two sentences
 * share ("prevent a first-ever default") and little around it.
 */
export function sentenceWordsAround(other: QuoteClaim, al: Alignment): string[] | undefined {
  const at = other.text.indexOf(other.quoted);
  if (at < 0) return undefined;
  const base = other.span.start + at;
  const out: string[] = [];
  for (const m of other.quoted.matchAll(SENTENCES)) {
    const from = base + m.index!;
    if (from < al.end && from + m[0].length > al.start) out.push(...quoteWords(m[0]));
  }
  return out;
}

/** The quotation claim of the other document that holds the aligned words, if any. */
export function quoteAt(index: ClaimIndex, al: Alignment): QuoteClaim | undefined {
  const e = index.entry(al.path)!;
  const start = al.start;
  return e.claims.claims.find((c): c is QuoteClaim => c.kind === 'quote' && c.span.start <= start && start < c.span.end);
}

/**
 * Where each word of quoteWords(q.quoted) stands in the document, or undefined when the words cannot
 * be placed one to one (a letter whose lower case is longer).
 */
export function wordPlaces(q: QuoteClaim): { start: number; end: number }[] | undefined {
  const at = q.text.indexOf(q.quoted);
  const lower = q.quoted.toLowerCase().replace(/[’‘`]/g, "'");
  if (at < 0 || lower.length !== q.quoted.length) return undefined;
  const base = q.span.start + at;
  return [...lower.matchAll(QUOTE_WORD)].map((m) => ({ start: base + m.index!, end: base + m.index! + m[0].length }));
}
