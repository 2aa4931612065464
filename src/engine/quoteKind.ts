// What another source's words make of a quotation, once aligned: the same words, a part of them, a
// longer quotation that holds them, another wording (quoted, or reported in the writer's words), or
// nothing: two sentences that share a phrase, prose that happens to share words.
import type { ClaimIndex } from './claimIndex';
import { STOPWORDS } from './lexicon';
import type { Alignment } from './alignment';
import { isTitle } from './quoteTitle';
import { heldWhole, longerQuotation, sharedPlaces, quotationHolding, quoteAt, quotedInParts, quotedAround, reportedAround, saidAround, sentenceWordsAround, sharesSentence, staggered } from './quoteSpans';

/** Quotations shorter than this are only matched word for word. */
const SHORT = 3;
/** A variant shares at least half of the quotation's words, in order. */
const VARIANT_SHARE = 0.5;
/** Share of both wordings that makes prose another wording of a quotation, without a verb of saying. */
export const CLOSE_WORDING = 0.8;
/** Content words another source must share to quote one sentence of a longer quotation. */
const PART_WORDS = 4;

/**
 * Words that carry a statement: not function words, nor figures ("2% goal", "toward 2%"): a figure
 * in two quotations is checked as a figure, and does not make them one statement.
 */
export const isContent = (w: string) => !STOPWORDS.has(w) && !/^\d/.test(w);

function contentShared(al: Alignment): number {
  let n = sharedCounts.get(al);
  if (n === undefined) sharedCounts.set(al, (n = al.ops.filter((o) => o.op === 'same').flatMap((o) => o.text.split(' ')).filter(isContent).length));
  return n;
}

/** contentShared per alignment: alignments are kept per document and met once per version. */
const sharedCounts = new WeakMap<Alignment, number>();

/**
 * Content words shared, as a part of the content words of the shorter wording ("the … of the" is
 * no match): a source may quote one sentence of a longer quotation.
 */
function contentShare(al: Alignment, words: string[], sentence: () => boolean): number {
  const content = words.filter(isContent).length;
  const theirs = al.ops.filter((o) => o.op !== 'removed').flatMap((o) => o.text.split(' ')).filter((w) => w && isContent(w)).length;
  const shared = contentShared(al);
  // Measured on the other's words only when they share enough to be a sentence of this one, or
  // a whole sentence of either ("This is 'do or die' for our party.": few words of substance).
  const n = shared >= PART_WORDS || sentence() ? Math.min(content, theirs || content) : content;
  return n ? shared / n : 0;
}

/** Words shared, as a part of the shorter of the two wordings (one may quote more than the other). */
export function shareOf(al: Alignment, words: string[]): number {
  return al.matched / Math.min(words.length, al.to - al.from);
}

/**
 * What another document's best alignment with these words makes of them: the same words (whole,
 * or a part it quotes whole), another wording, or nothing (null). It reads only the words and the
 * document aligned, as the alignment (kept per document and words) does, so it is kept with it.
 */
function kindOf(al: Alignment, words: string[], quoted: string, index: ClaimIndex): Kind | null {
  if (al.matched === words.length && al.to - al.from === words.length) {
    // One word ("pleased", "hoax") is a word before it is a quotation: another source that uses it
    // in its own prose does not quote it, so only another quotation of it corroborates it. A phrase
    // of two or three words is too, or prose that tells someone's words; in other prose it is the
    // writer's own.
    if (words.length <= SHORT && !quotedAround(index, al) && (words.length === 1 || !saidAround(index, al))) return null;
    return { exact: true, longer: longerQuotation(index, al, words) };
  }
  // Every word matched, but spread: the alignment may have taken a word of the prose before the
  // other source's quotation ("in Lahaina and surrounding areas. “Lahaina, with a few rare
  // exceptions …”"); a quotation of the window that holds these words in a row is the same words.
  if (al.matched === words.length) {
    const holder = quotationHolding(index, al, words);
    if (holder) return { exact: true, longer: holder.length > words.length + 2 ? holder : undefined };
  }
  // "[Ohtani] is excited to begin this partnership": words in square brackets are the writer's,
  // standing for the words they replace; a difference they alone explain is none.
  if (editedOnly(index, al)) return { exact: true };
  // The alignment reads one window of words: it does not span the attribution between two parts
  // (looked for only where the window holds much of the quotation: versions meet it again and again).
  if (shareOf(al, words) >= VARIANT_SHARE && quotedInParts(index, al.path, words)) return { exact: true, split: true };
  // Another source that quotes a part of this quotation, word for word, corroborates that part.
  if (heldWhole(index, al, words)) return { exact: true };
  // Another wording of the same statement: most of the words of both, and words that the other
  // source also gives as someone's (quoted, or reported in the speaker's voice), not its own prose.
  // A whole sentence of either shared (sharesSentence), worded otherwise within, is one statement
  // however long the rest: two excerpts of one speech that overlap word for word are no variant.
  let whole: boolean | undefined;
  const sentence = () => (whole ??= differsWithin(al) && sharesSentence(index, al, quoted));
  if (words.length < SHORT || !(contentShared(al) >= 2 || namedAlike(al, words)) || shareOf(al, words) < VARIANT_SHARE || contentShare(al, words, sentence) < VARIANT_SHARE) return null;
  if (quotedAround(index, al)) {
    // A title the other source quotes ("Shot Sage Blue Marilyn") is no wording of a remark that names it.
    if (isTitle(quoteAt(index, al)?.quoted ?? '')) return null;
    // Most of the words of the sentences the other source quotes, too (sentenceWordsAround).
    // So do its words of substance: two sentences that share two names ("the emergency committee",
    // "a public health emergency of") and little else are two remarks.
    const other = quoteAt(index, al);
    const around = other && sentenceWordsAround(other, al);
    if (around && !sentence()) {
      const all = Math.max(around.length, al.to - al.from);
      const content = Math.max(around.filter(isContent).length, contentShared(al));
      if (al.matched / Math.min(words.length, all) < VARIANT_SHARE || contentShared(al) / Math.min(words.filter(isContent).length, content) < VARIANT_SHARE) return null;
    }
    // Two sentences that share a phrase are no variant; a share of four words of substance is.
    return contentShared(al) < PART_WORDS && staggered(index, al) && !sentence() ? null : { exact: false };
  }
  // Or the same statement in the other source's prose: "That's illegal under EU antitrust rules."
  // against “This is illegal under EU antitrust rules”, prose that carries every word of substance
  // of the quotation in a row, missing only function words at an end, is the writer's wording.
  if (contentShared(al) >= PART_WORDS && al.to - al.from === al.matched && al.matched < words.length && contentShared(al) === words.filter(isContent).length) return { exact: false, reported: true };
  // The same statement reported in the other source's own words ("He directed that
  // arrangements should be made to transport …"): with as many words of substance as a sentence
  // quoted in part, not a phrase ("the death toll"), and words of its own among them. The same
  // words reported without quotation marks neither vary the quotation nor vouch for it as said.
  return contentShared(al) >= PART_WORDS && al.to - al.from > al.matched && (reportedAround(index, al) || wholeShare(al, words) >= CLOSE_WORDING) ? { exact: false, reported: true } : null;
}

/**
 * Whether every word the two wordings do not share is the other source's bracketed insertion or a
 * word of this one that such an insertion stands in for: in its place, or at an end of the window
 * with the bracket just past it ("He is excited" against "[Ohtani] is excited").
 */
function editedOnly(index: ClaimIndex, al: Alignment): boolean {
  if (!al.ops.some((o) => o.op !== 'same')) return false;
  const text = index.entry(al.path)?.text;
  // Most windows hold no bracket at all: one look at the window and the few characters around it.
  if (text === undefined || !text.slice(Math.max(0, al.start - BRACKET), al.end + BRACKET).includes('[')) return false;
  const t = index.tokens(al.path);
  if (!t) return false;
  const inBrackets = (offset: number) => {
    const open = text.lastIndexOf('[', offset);
    const close = text.indexOf(']', offset);
    return open >= 0 && offset - open < BRACKET && text.lastIndexOf(']', offset) < open && close >= 0 && close - open < BRACKET;
  };
  if (!sharedPlaces(al, 'added').every((p) => inBrackets(t.starts[p]))) return false;
  return al.ops.every((o, k) => {
    if (o.op !== 'removed') return true;
    const byInsertion = al.ops[k - 1]?.op === 'added' || al.ops[k + 1]?.op === 'added';
    const atStart = k === 0 && /\]\s*$/.test(text.slice(Math.max(0, al.start - 3), al.start));
    const atEnd = k === al.ops.length - 1 && /^\s*\[/.test(text.slice(al.end, al.end + 3));
    return byInsertion || atStart || atEnd;
  });
}

/** The longest bracketed insertion read as one ("[Ohtani]", "[the company]"). */
const BRACKET = 40;

/** Whether the words between the first and the last shared word differ somewhere. */
function differsWithin(al: Alignment): boolean {
  const first = al.ops.findIndex((o) => o.op === 'same');
  const last = al.ops.map((o) => o.op).lastIndexOf('same');
  return al.ops.slice(first, last).some((o) => o.op !== 'same');
}

/**
 * A short quoted name that another source gives with one word changed and its figure kept ("the
 * 'devil's 11 minutes'", "the \"critical 11 minutes\""): one name worded two ways.
 */
const namedAlike = (al: Alignment, words: string[]) => words.length <= SHORT + 1 && contentShared(al) >= 1 && al.ops.some((o) => o.op === 'same' && /(^| )\d/.test(o.text));

/** kindOf, kept per alignment: versions of a story meet the same alignments again and again. */
export function kindAt(al: Alignment, words: string[], quoted: string, index: ClaimIndex): Kind | null {
  let kind = kinds.get(al);
  if (kind === undefined) kinds.set(al, (kind = kindOf(al, words, quoted, index)));
  return kind;
}

const kinds = new WeakMap<Alignment, Kind | null>();

/**
 * The same words (with the longer quotation they stand in, if any, or `split` in two quotations of
 * the other source, its attribution between), or another wording: quoted, or `reported` in indirect speech.
 */
export type Kind = { exact: boolean; longer?: string[]; reported?: boolean; split?: boolean; part?: string[] };

/** Words shared, as a part of the longer of the two wordings. */
export function wholeShare(al: Alignment, words: string[]): number {
  return al.matched / Math.max(words.length, al.to - al.from);
}
