// A statement quoted in other words: two translations of one remark, or one remark heard two ways
// ("It's truly horrific," Yoon said / "This is truly tragic," he said in a statement). Alignment
// (alignment.ts) finds a quotation's words in another source; these share too few words for it, so
// the reader's test is asked instead: the same speaker, in another report of the story, saying
// most of the same things, word for word or in words of like meaning.
import type { ClaimIndex } from './claimIndex';
import type { QuoteClaim, WordVectors } from './types';
import { STOPWORDS } from './lexicon';
import { sameSpeaker } from './sources';
import { wordsOf } from './quoteSpans';

/** Two words this near in word vectors say the same thing in a quotation ("horrific", "tragic": 0.75). */
const LIKE_WORDS = 0.7;
/** The share of each quotation's content words that the other must stand for. */
const MOST = 0.75;
/** Two quotations of one remark are about as long: the longer at most this many times the shorter. */
const LIKE_LENGTH = 1.5;
/** Quotations longer than this are matched by their words (alignment.ts), not by their meaning. */
const SHORT = 16;

export interface Paraphrase {
  path: string;
  other: QuoteClaim;
  share: number;
}

/**
 * The quotations of the same speaker in the other reports of q's story that say q in other words:
 * each content word of either stands for one of the other's (the same word or a like one), most of
 * them on each side, one of them the very same word, and the two about as long.
 */
export function paraphrasesOf(q: QuoteClaim, path: string, index: ClaimIndex, vectors: WordVectors | undefined): Paraphrase[] {
  const words = wordsOf(q);
  const own = contentOf(q);
  if (!q.speaker || q.unmarked || !vectors || own.length < 2 || words.length > SHORT) return [];
  const out: Paraphrase[] = [];
  for (const other of index.stories.relatedTo(path).keys()) {
    let best: Paraphrase | undefined;
    for (const o of index.entry(other)?.claims.claims ?? []) {
      if (o.kind !== 'quote' || !o.speaker || o.unmarked || !sameSpeaker(q.speaker, o.speaker)) continue;
      const theirs = wordsOf(o);
      const their = contentOf(o);
      if (their.length < 2 || theirs.length > LIKE_LENGTH * words.length || words.length > LIKE_LENGTH * theirs.length) continue;
      if (!own.some((w) => their.includes(w))) continue;
      const share = Math.min(standsFor(own, their, vectors), standsFor(their, own, vectors));
      if (share >= MOST && (!best || share > best.share)) best = { path: other, other: o, share };
    }
    if (best) out.push(best);
  }
  return out;
}

/**
 * The words of a quotation that carry what it says: not function words, contractions ("it's",
 * "wasn't"), nor names ("Tour de France"), which tell what a remark is about, not how it is worded.
 */
function contentOf(q: QuoteClaim): string[] {
  const named = new Set((q.quoted.match(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase()));
  return [...new Set(wordsOf(q).filter((w) => !STOPWORDS.has(w) && /^\p{L}+$/u.test(w) && !named.has(w)))];
}

/** The share of words `a` that some word of `b` stands for. */
function standsFor(a: string[], b: string[], vectors: WordVectors): number {
  let n = 0;
  for (const w of a) if (b.some((v) => v === w || (vectors.similarity(w, v) ?? 0) >= LIKE_WORDS)) n++;
  return n / a.length;
}
