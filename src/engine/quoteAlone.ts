// The parts of a quotation that rest on one source: the runs that no source quoting a part of it
// carries, and the sentences that other sources give in other words only in part.
import type { DocumentClaims, Finding, QuoteClaim } from './types';
import type { ClaimIndex } from './claimIndex';
import type { Alignment } from './alignment';
import { SINGLE_SOURCE_WORDS, heldRun, keptWords, wordPlaces } from './quoteSpans';

/**
 * Words a run must have to be said to rest on one source: fewer are the frame of the part quoted
 * elsewhere ("The announcement today takes us …"), not a statement of their own.
 */
const ALONE_WORDS = 2 * SINGLE_SOURCE_WORDS;

/**
 * The runs of a quotation that no source quoting a part of it carries ("Our cost of goods … fell to
 * $37,500. … We continue to believe that an industry leader needs to be a cost leader." where another
 * source quotes only the last sentence): they rest on this source alone, and an editor is told so
 * at their place.
 */
export function uncorroborated(q: QuoteClaim, words: string[], parts: Alignment[], doc: DocumentClaims, index: ClaimIndex): Finding[] {
  const places = parts.length ? wordPlaces(q) : undefined;
  if (!places || places.length !== words.length) return [];
  const covered = new Uint8Array(words.length);
  for (const al of parts) {
    const run = heldRun(index, al, words);
    if (!run) return [];
    covered.fill(1, run[0], run[1]);
  }
  return aloneRuns(q, covered, places, doc, index, 'the rest of it is quoted elsewhere');
}

/**
 * "After the first set I thought … I started playing tennis watching you. … But 36 is the new 26":
 * a long quotation that other sources give in other words only in part. Its sentences that share
 * fewer than three words with them (a lone "I" or "to" met elsewhere is no part quoted) rest on
 * this source alone.
 */
export function beyondVariants(q: QuoteClaim, words: string[], variants: Alignment[], doc: DocumentClaims, index: ClaimIndex): Finding[] {
  const places = wordPlaces(q);
  if (!places || places.length !== words.length) return [];
  const same = new Uint8Array(words.length);
  for (const al of variants) {
    const kept = keptWords(al);
    if (kept.length !== words.length) return [];
    kept.forEach((k, i) => k && (same[i] = 1));
  }
  const text = index.entry(doc.path)?.text ?? '';
  const covered = new Uint8Array(words.length);
  for (let a = 0; a < words.length; ) {
    let b = a + 1;
    while (b < words.length && !/[.!?]/.test(text.slice(places[b - 1].end, places[b].start))) b++;
    let shared = 0;
    for (let k = a; k < b; k++) shared += same[k];
    if (shared >= SHARED_WORDS) covered.fill(1, a, b);
    a = b;
  }
  return aloneRuns(q, covered, places, doc, index, 'the rest of it is quoted elsewhere in other words');
}

/** Words a sentence must share with another wording to count as quoted there. */
const SHARED_WORDS = 3;

/** Single-source findings for the runs of the quotation's words (at `places`) not covered, of ALONE_WORDS or more. */
function aloneRuns(q: QuoteClaim, covered: Uint8Array, places: { start: number; end: number }[], doc: DocumentClaims, index: ClaimIndex, rest: string): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < covered.length; ) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < covered.length && !covered[j]) j++;
    if (j - i >= ALONE_WORDS) {
      const start = places[i].start;
      const end = places[j - 1].end;
      const text = index.entry(doc.path)?.text.slice(start, end) ?? '';
      out.push({
        type: 'single-source',
        severity: 'hint',
        confidence: 0.5,
        message: `No other source carries these words of the quotation${q.speaker ? ` from ${q.speaker}` : ''}; ${rest}, but these rest on this source alone.`,
        claim: { path: doc.path, start, end, text, id: `${q.id}@${start}` },
        related: [],
      });
    }
    i = j;
  }
  return out;
}
