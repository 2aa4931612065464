// How a count was read: while it was under way (partial results, a share of the ballots counted),
// as a mean over many games or days, not as the final total of one; and whether it is net or whole.
import type { Analysis } from './nlp';
import { clauseOf } from './context';

/**
 * "Lai took 40.2 percent of votes cast, according to partial results": a reading of a count under
 * way (partial, preliminary, early or provisional results, returns, counting or figures; a count
 * "from 98 percent of polling stations"; a price "in pre-market trading"), which the final count
 * or the close may leave behind.
 */
export function isInterim(an: Analysis, first: number): boolean {
  const { text } = sentenceAround(an, first);
  return INTERIM.test(text) || PROGRESS.test(text) || COUNTED_FROM.test(text);
}

/** The text of the sentence of token `first`, and where it starts in the document. */
function sentenceAround(an: Analysis, first: number): { from: number; text: string } {
  const [s0, s1] = an.sentences[an.sentenceOf[first]];
  return { from: an.starts[s0], text: an.text.slice(an.starts[s0], an.ends[s1]) };
}

// A count that has not reached every ballot: "with 95% of the votes counted", "With 97.6% of votes
// tallied", "with 80 percent of precincts reporting"
const PROGRESS = /\b(?<share>\d+(\.\d+)?)\s*(%|percent|per cent)\s+of\s+(the\s+)?(votes?|ballots?|polling stations|precincts|returns)\s+(were\s+|had been\s+|have been\s+)?(counted|tallied|reporting|processed)\b/i;
// "counted from 98 percent of polling stations"
const COUNTED_FROM = /\b(counted|tallied)\s+(from|in)\s+(?<share>\d+(\.\d+)?)\s*(%|percent|per cent)\s+of\b/i;

const INTERIM = new RegExp(
  [
    // "announced a provisional death toll of 92": a toll still being counted, as a partial count is.
    /\b(partial|preliminary|early|provisional|incomplete)\s+(results|returns|counts?|counting|figures|tall(y|ies)|(death\s+)?tolls?)\b/.source,
    // "up nearly 3 per cent in pre-market trading": a price read during a session, which the close
    // may leave behind.
    /\b(pre-?market|early|midday|late|after-hours|extended|intraday)\s+trading\b/.source,
  ].join('|'),
  'i',
);

/**
 * How far a count under way had gone ("With 97.6% of votes tallied": 97.6), when its sentence
 * says, and whether the figure at `first` is that share itself, which counts ballots, not votes
 * for anyone.
 */
export function countProgress(an: Analysis, first: number): { counted: number; self: boolean } | undefined {
  const { from, text } = sentenceAround(an, first);
  const m = PROGRESS.exec(text) ?? COUNTED_FROM.exec(text);
  if (!m?.groups) return undefined;
  const at = from + m.index + m[0].indexOf(m.groups.share);
  return { counted: Number(m.groups.share), self: an.starts[first] === at };
}

/**
 * "he averaged 21.4 points, 6.2 rebounds and 10.0 assists", "an average of 5,500": a mean over many
 * games or days, told by the verb or the noun before the figure, past the figures listed with it.
 */
export function isAverage(an: Analysis, first: number): boolean {
  const s0 = an.sentences[an.sentenceOf[first]][0];
  for (let k = first - 1, n = 0; k >= s0 && n < 12; k--, n++) {
    const w = an.lower[k];
    if (/^averag(e|ed|es|ing)$/.test(w)) return an.pos[k] === 'VERB' || an.lower[k + 1] === 'of';
    if (w === 'of' && an.lower[k - 1] === 'average') return true;
    // Back over the figures listed before this one ("21.4 points, 6.2 rebounds and"), whatever the
    // tagger made of the word after each number.
    const listed = an.types[k] === 'number' || w === ',' || w === 'and' || an.pos[k] === 'NUM' || an.types[k - 1] === 'number' || an.pos[k - 1] === 'NUM' || QUALIFIER_WORDS.has(w);
    if (!listed) return false;
  }
  return false;
}

const QUALIFIER_WORDS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'just', 'over', 'under', 'more', 'than', 'less']);

/**
 * "NET immigration hit a record 745,000", "net arrivals of 1,829,000" against "total long-term
 * immigration was around 1.2 million", "gross profit": what is left after what went the other way
 * is not the whole that came in. The word before a noun in the figure's clause tells, "net" first
 * (a clause may name the total it reflects and the net figure both); "the net" (a goal's, a
 * fisherman's) is no such word, and neither is "total" without its noun ("a total of 300").
 */
export function basisOf(an: Analysis, first: number, last: number): 'net' | 'gross' | undefined {
  const [c0, c1] = clauseOf(an, first, last);
  let gross = false;
  for (let k = c0; k <= c1; k++) {
    const w = an.lower[k];
    if (w !== 'net' && w !== 'gross' && w !== 'total') continue;
    const next = an.pos[k + 1];
    if (!(next === 'NOUN' || next === 'ADJ' || next === 'PROPN') || an.types[k + 1] !== 'word' || an.lower[k + 1] === 'of') continue;
    if (w === 'net') return 'net';
    gross = true;
  }
  return gross ? 'gross' : undefined;
}
