// Margins and the marks ranks are counted by: what one side led or won by, what was left, and the
// figure a rank is counted by ("a lead of 12 points", "beat India by six wickets", "with seven overs
// to spare", "the sixth quarterback to win three"): no one's tally.
import type { Analysis } from './nlp';
import { lemmaOf } from './context';

/** What a margin is called: the difference between two figures, not a count of what they count. */
export const MARGINS = new Set(['majority', 'margin', 'lead', 'gap', 'deficit', 'shortfall', 'difference']);

/**
 * "The Heat led by as many as 10 points", "outscoring the Heat by 12 points", "beat India by six
 * wickets": what one side led or won by, a margin, not a count of what it scored (figureScore.ts).
 */
export function marginBy(an: Analysis, first: number, noun: string | undefined): boolean {
  // "a lead of 12 points": the figure's noun names a margin.
  if (noun && MARGINS.has(noun)) return true;
  const by = pastHedge(an, first, HEDGES);
  // "by a margin of less than 1.5 lakh votes": a margin named before the figure.
  if (an.lower[by] === 'of' && MARGINS.has(lemmaOf(an, by - 1))) return true;
  return an.lower[by] === 'by' && leadBefore(an, by);
}

/** A word of leading or winning a few words before "by" at `by` ("led by", "outscoring the Heat by"). */
function leadBefore(an: Analysis, by: number): boolean {
  // By the word, not its tag: a tagger may read "beating" as a noun, and "a win by six wickets" is one too.
  for (let k = by - 1; k >= Math.max(0, by - 8) && an.values[k] !== ','; k--) if (LEADS.test(an.lower[k])) return true;
  return false;
}

/** Words of a hedge between "by" and its figure ("by as many as 10 points", "by nearly 12"). */
const HEDGES = new Set(['as', 'many', 'much', 'nearly', 'almost', 'about', 'around', 'some', 'just', 'over', 'under', 'more', 'less', 'fewer', 'than', 'up', 'to']);
/** …and of a bound between a verb and its figure ("to win at least three"). */
const HEDGES_OR_BOUND = new Set([...HEDGES, 'at', 'least']);

/** The token before the figure at `first`, past adverbs and the words of a hedge. */
function pastHedge(an: Analysis, first: number, hedges: Set<string>): number {
  let k = first - 1;
  while (k > 0 && (an.pos[k] === 'ADV' || hedges.has(an.lower[k]))) k--;
  return k;
}

/**
 * "chased down a target of 241 with seven overs to spare", "with six wickets and seven overs to
 * spare", "with 13 laps remaining": what was left when a thing was done, a margin, not a count of
 * what was used ("in his 10 overs"). `end`: the last token of the figure and its noun.
 */
export function remainder(an: Analysis, first: number, end: number): boolean {
  let k = end + 1;
  // A remainder said once after a list ("six wickets and seven overs to spare").
  if (an.lower[k] === 'and' && an.pos[k + 1] === 'NUM') for (k += 2; an.pos[k] === 'NOUN' || an.pos[k] === 'ADJ'; k++);
  if (an.lower[k] === 'to' && an.lower[k + 1] === 'spare') return true;
  // "remaining" and "left" only after "with": "The 41 workers left the tunnel" is a deed.
  return (an.lower[k] === 'remaining' || an.lower[k] === 'left') && an.lower[pastHedge(an, first, HEDGES)] === 'with';
}

/**
 * "has won the award three times more than anyone else", "two more goals than Messi", "three points
 * clear of Arsenal", "five points behind Leeds": by how much one side exceeds or trails another, a
 * margin, not a tally of either. `last`: the figure's last token; `end`: its noun's.
 */
export function excess(an: Analysis, last: number, end: number): boolean {
  // "two more goals than": "more" may open the noun's phrase, or follow it.
  for (const at of last < end ? [last + 1, end + 1] : [end + 1]) {
    const w = an.lower[at];
    if (w !== 'more' && w !== 'fewer' && w !== 'less') continue;
    let k = at + 1;
    // "billions of times more massive than the sun" is a multiple of a measure, as "6.5 billion
    // times the mass of the sun" is, not what one exceeds another by.
    while (k <= at + 3 && (an.pos[k] === 'NOUN' || (an.pos[k] === 'ADJ' && an.lower[end] !== 'times')) && an.types[k] === 'word') k++;
    if (an.lower[k] === 'than') return true;
  }
  const w = an.lower[end + 1];
  const against = (j: number) => an.pos[j] === 'DET' || an.pos[j] === 'PROPN' || an.pos[j] === 'NOUN';
  if ((w === 'clear' || w === 'ahead') && an.lower[end + 2] === 'of') return against(end + 3);
  return w === 'behind' && against(end + 2);
}

const LEADS = /^(led|lead(s|ing)?|won|win(s|ning)?|beat(s|en|ing)?|outscor(e|es|ed|ing)|trail(s|ed|ing)?|defeat(s|ed|ing)?|edg(e|es|ed|ing))$/;

/**
 * "He's only the sixth quarterback to win three Super Bowls", "the fifth quarterback in NFL history
 * to win at least three": a figure after "to" and its verb, past a rank ("the sixth", "the first",
 * "the only"), is the mark the rank is counted by, not anyone's tally ("Brady won seven Super
 * Bowls"); figureScore.ts reads it as a margin is read.
 */
export function rankMark(an: Analysis, first: number): boolean {
  const k = pastHedge(an, first, HEDGES_OR_BOUND);
  if (an.pos[k] !== 'VERB' || an.lower[k - 1] !== 'to') return false;
  const s0 = an.sentences[an.sentenceOf[first]][0];
  for (let i = k - 2; i >= Math.max(s0, k - 8); i--) if (an.lower[i - 1] === 'the' && RANKS.test(an.lower[i])) return true;
  return false;
}

const RANKS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|\d+(st|nd|rd|th))$/;
