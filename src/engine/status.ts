// A figure's status in its sentence: a forecast, a rate of change, a side of a tally, an earlier value
// (a record or a target: marks.ts).
import type { Analysis } from './nlp';
import { isNumberWord } from './numbers';
import { afterBracket, clauseOf, hyphenAt, lemmaOf } from './context';
import { DASHES, POSSESSIVES, PROJECTION, WEEKDAYS, YEAR_DIGITS } from './lexicon';

/**
 * What analysts expected is a forecast, not a result: "analysts had expected around $2.78", "the
 * average analyst estimate of $61.12 billion", "consensus forecasts of 3%".
 */
export function isForecast(an: Analysis, first: number, last: number, noun: { noun?: string; before?: boolean }): boolean {
  if (noun.before && noun.noun && FORECAST_NOUNS.has(noun.noun)) return true;
  // "ahead of estimates of around $2.78"
  for (let i = Math.max(0, first - 3); i < first; i++) if (an.pos[i] === 'NOUN' && an.lower[i + 1] === 'of' && FORECAST_NOUNS.has(lemmaOf(an, i))) return true;
  const [c0, c1] = clauseOf(an, first, last);
  // "The highest price target valued the company at about $1.6 trillion": analysts' targets.
  // "The company guided for fourth-quarter revenue of …": a company's own forecast ("guided Argentina
  // to the title" is no forecast: only "guided for").
  for (let i = c0; i <= c1; i++) if ((FORECAST_WORDS.has(an.lower[i]) && !agreementAmong(an, i)) || (an.lower[i] === 'price' && /^targets?$/.test(an.lower[i + 1] ?? '')) || (an.lower[i + 1] === 'for' && GUIDED.test(an.lower[i]))) return true;
  // "the 214,000 expected by economists", "303,000 vs. 214,000 est.": what was expected, right after it.
  const next = an.lower[last + 1] ?? '';
  return next === 'est' || next === 'est.' || (EXPECTED.test(next) && an.lower[last + 2] === 'by');
}

const EXPECTED = /^(expected|forecast|forecasted|predicted|estimated|projected)$/;
const GUIDED = /^guid(e|es|ed|ing)$/;

/** "consensus among 194 countries", "a consensus on": agreement among parties, no analysts' forecast. */
const agreementAmong = (an: Analysis, i: number) => an.lower[i] === 'consensus' && /^(among|amongst|between|on|that|to|with)$/.test(an.lower[i + 1] ?? '');

export const FORECAST_NOUNS = new Set(['estimate', 'forecast', 'expectation', 'consensus', 'guidance', 'projection', 'target', 'outlook']);

const FORECAST_WORDS = new Set(['analyst', 'analysts', 'consensus', 'forecast', 'forecasts', 'forecasting', 'forecasted', 'guidance', 'outlook']);

/**
 * "up 5.5%", "revenue grew 18%", "a 9% increase": a rate of change, which is another measure than a
 * share or a level ("9.2% of the company", "turnout was 41%").
 */
export function changeOf(an: Analysis, first: number, last: number, verbs = true): 'up' | 'down' | 'change' | undefined {
  // "raised its key rate by a quarter of a percentage point": past the article of the fraction.
  const lead = /^an?$/.test(an.lower[first - 1] ?? '') && an.lower[first - 2] === 'by' ? first - 1 : first;
  let k = lead - 1;
  for (let n = 0; n < 2 && (an.lower[k] === 'by' || an.lower[k] === 'of' || an.pos[k] === 'ADV'); n++) k--;
  // Of a count, only a change named as one ("an increase of 210", "down 250 seats", "a 71,000-job
  // increase"): a verb's subject may be the count itself ("payrolls rose by 303,000" are the jobs added).
  if (!verbs && an.pos[k] === 'VERB') return undefined;
  // "a 71,000-job increase": past the noun hyphened to the figure.
  const after = DASHES.has(an.values[last + 1] ?? '') && an.ends[last] === an.starts[last + 1] ? last + 3 : last + 1;
  return directionOf(an, k) ?? directionOf(an, after) ?? changeNamedAfter(an, first, after) ?? (verbs && an.lower[lead - 1] === 'by' ? directionOf(an, verbBefore(an, lead - 1)) : undefined) ?? (an.values[first - 1] === ':' && PERIOD_ON_PERIOD.test(an.text.slice(an.starts[an.sentences[an.sentenceOf[first]][0]], an.starts[first - 1])) ? 'change' : undefined);
}

/**
 * "a 38% pay rise", "36% general raises", "a 10% price cut": a change named by a noun one word past
 * the figure (a tagger may read "rise" after "pay" as a verb, which the article then sets right),
 * or past a period set against a period ("the 8.6% year-on-year increase").
 */
function changeNamedAfter(an: Analysis, first: number, after: number): 'up' | 'down' | 'change' | undefined {
  // "the 8.6% year-on-year increase": past a period set against a period, hyphened as one word.
  if (PERIOD_ON_PERIOD.test(an.text.slice(an.starts[after] ?? 0, an.ends[after + 4] ?? 0)) && an.values[after + 1] === '-' && an.values[after + 3] === '-') after += 4;
  if (an.types[after] !== 'word' || !/^(NOUN|VERB|ADJ)$/.test(an.pos[after])) return undefined;
  const noun = an.pos[after + 1] === 'NOUN' || (an.pos[after + 1] === 'VERB' && /^(a|an)$/.test(an.lower[first - 1] ?? ''));
  return noun ? directionOf(an, after + 1) : undefined;
}

/** "increased the payroll tax for businesses by 1.2 percentage points": the verb of the clause that "by" ends, past its object. */
function verbBefore(an: Analysis, by: number): number {
  const [c0] = clauseOf(an, by, by);
  for (let k = by - 1; k >= c0 && by - k <= 10; k--) if (an.pos[k] === 'VERB') return k;
  return -1;
}

/** "Average hourly earnings, month-on-month: 0.3%": a label that names a change from a period before. */
const PERIOD_ON_PERIOD = /\b(?:(?:week|month|quarter|year)[- ](?:on|over)[- ](?:week|month|quarter|year)|[ymq]\/[ymq])\b/i;

/**
 * "a drop of 6.6% from the previous quarter", "up 3% sequentially": a change from the period just
 * before, where a change that names no base is from a year before, as results are reported.
 */
export function isSequential(an: Analysis, last: number): boolean {
  const s = an.sentences[an.sentenceOf[last]];
  let end = last;
  while (end < s[1] && end < last + 10 && !/^[,;:]$/.test(an.values[end + 1])) end++;
  return SEQUENTIAL.test(an.text.slice(an.ends[last], an.ends[end]));
}

const SEQUENTIAL = /\b(?:sequentially|(?:quarter|month)[- ](?:on|over)[- ](?:quarter|month)|(?:from|than|on|over|versus|vs\.?) (?:the |a |its )?(?:previous|prior|preceding|last) (?:quarter|month|three months))\b/i;

/**
 * "the death toll rose to 55", "has soared to 11,300", "rose Thursday to at least 55": a count said
 * to have risen to the figure that starts at token `lead`.
 */
export function isRisenTo(an: Analysis, lead: number): boolean {
  let k = lead - 1;
  if (an.lower[k] !== 'to') return false;
  k--;
  // Past a day or an adverb: "rose Thursday to", "rose sharply to", "rose again on Friday to".
  for (let n = 0; n < 3 && (an.pos[k] === 'ADV' || an.lower[k] === 'on' || WEEKDAYS.includes(an.lower[k])); n++) k--;
  return an.pos[k] === 'VERB' && (RISES.has(an.lower[k]) || RISES.has(lemmaOf(an, k)));
}

/**
 * "the death toll had risen to 2862 with 2562 people injured", "rose to 2,862, with 2,562 hurt": a
 * count given with a risen count is of the same update, the latest of its own changing count too.
 */
export function givenWithRisen(an: Analysis, lead: number): boolean {
  let k = lead - 1;
  if (an.lower[k] !== 'with') return false;
  k--;
  if (an.values[k] === ',') k--;
  return an.types[k] === 'number' && isRisenTo(an, k);
}

/** "rose", "a rise", "up": a rise; "fell", "a drop", "down": a fall; "changed": neither said. */
function directionOf(an: Analysis, i: number): 'up' | 'down' | 'change' | undefined {
  const w = an.lower[i] ?? '';
  const l = lemmaOf(an, i);
  if (!CHANGE_WORDS.has(w) && !CHANGE_WORDS.has(l)) return undefined;
  if (FALLS.has(w) || FALLS.has(l)) return 'down';
  return RISES.has(w) || RISES.has(l) ? 'up' : 'change';
}

const RISES = new Set(['up', 'rise', 'raise', 'rose', 'risen', 'increase', 'grow', 'growth', 'jump', 'surge', 'climb', 'gain', 'soar', 'advance', 'rally', 'higher', 'boost', 'accelerate', 'skyrocket']);
const FALLS = new Set(['down', 'fall', 'fell', 'drop', 'decline', 'slip', 'slide', 'plunge', 'shrink', 'decrease', 'tumble', 'sink', 'dip', 'lower', 'cut', 'ease', 'slow', 'plummet', 'slump']);

export const CHANGE_WORDS = new Set([
  'up', 'down', 'rise', 'raise', 'rose', 'risen', 'increase', 'grow', 'growth', 'fall', 'fell', 'drop', 'jump', 'surge', 'climb',
  'decline', 'gain', 'slip', 'slide', 'plunge', 'soar', 'shrink', 'decrease', 'tumble', 'sink', 'advance', 'rally', 'dip',
  'higher', 'lower', 'boost', 'cut', 'ease', 'slow', 'accelerate', 'plummet', 'slump', 'skyrocket',
]);

/**
 * "432 votes to 202", "won 3-1": each side of a tally is a figure of its own, never the same thing as
 * the margin between them ("a majority of 230") or a plain count.
 */
export function isTally(an: Analysis, first: number, last: number): boolean {
  // "increased the tax by 1.2 percentage points to 15%", "rose 5% to $20 billion": a change and the
  // level it reached, not two sides.
  if (an.lower[last + 1] === 'to' && (an.types[last + 2] === 'number' || isNumberWord(an.lower[last + 2] ?? ''))) return !changeOf(an, first, last);
  // "… to 202", "432 votes to 202": the second side, after "to" and the first side with its noun.
  const k = first - 1;
  if (an.lower[k] !== 'to') return false;
  const side = an.types[k - 1] === 'number' ? k - 1 : an.pos[k - 1] === 'NOUN' && an.types[k - 2] === 'number' ? k - 2 : -1;
  // Not the level a change reached: "expanded by 6.3 percent to 848,659" (but "passed by 432 votes
  // to 202" and "won the playoff by 2.5 points to 1.5" are tallies).
  const byShare = an.lower[side - 1] === 'by' && (an.values[side + 1] === '%' || /^(?:percent|per)$/.test(an.lower[side + 1] ?? ''));
  return side >= 0 && !byShare && !changeOf(an, side, side);
}

/** "down from 71%", "up from", "compared with 55%": the figure is the earlier value of a change. */
export function isPrevious(an: Analysis, first: number, last = first, nounLast = last): boolean {
  // "(275,000 previously)": said after the figure, in a table's brackets.
  if (EARLIER.has(an.lower[last + 1] ?? '') && an.values[last + 2] === ')') return true;
  // "authorities previously had put the toll at 5,500": an earlier figure, since replaced.
  const [c0, c1] = clauseOf(an, first, first);
  for (let i = Math.max(c0, first - 10); i < first; i++) if (EARLIER.has(an.lower[i]) && an.pos[i] === 'ADV') return true;
  // "The IOM earlier tweeted that there were up to 400 people", "had earlier said 288 had died",
  // "Earlier, the director said that at least 288 …": what a source said before, since replaced
  // (not "earlier this week", a time, nor "earlier reports", whatever the tagger makes of them).
  const s0 = an.sentences[an.sentenceOf[first]][0];
  for (let i = Math.max(s0, first - 15); i < first; i++) {
    if (an.lower[i] !== 'earlier') continue;
    if (i === s0 && an.values[i + 1] === ',') return true;
    if (an.pos[i] === 'ADV' && an.pos[i + 1] === 'VERB' && SUBJECT_TAGS.has(an.pos[i - 1])) return true;
  }
  // "after rejecting by a 95% margin Boeing's initial offer for 25% wage gains", "about 64% of
  // members rejected a previous proposal": a figure of an offer or a vote its clause names as an
  // earlier one is an earlier value, since replaced (not "two previous offers", which counts them,
  // nor a figure set above it, "landed higher than initial estimates with $162 million").
  for (let i = c0; i <= c1; i++) {
    if (i >= first - 2 && i <= nounLast) continue;
    if (an.lower[i - 1] === 'than' || (an.pos[i - 1] === 'DET' && an.lower[i - 2] === 'than')) continue;
    if (EARLIER_NAMED.has(an.lower[i]) && (PROPOSALS.has(lemmaOf(an, i + 1)) || (an.pos[i + 1] !== 'VERB' && PROPOSALS.has(lemmaOf(an, i + 2))))) return true;
  }
  const k = openerOf(an, first);
  const w = an.lower[k];
  const before = an.lower[k - 1];
  if (changedFrom(an, k)) return true;
  // "above Sunday's estimate of $155 million", "higher than the $155 million the studio estimated on
  // Sunday": an estimate that a count is set above or below, which the count has replaced.
  if (estimateComparedWith(an, k, nounLast)) return true;
  // "well down on the 303 from five years ago", "up on last year's 5%": the value compared with.
  if (w === 'on' && (before === 'up' || before === 'down')) return true;
  // "down from a two-decade high of 5.3 percent", "up from a low of 3%": the value named before "of".
  if (w === 'of') {
    let m = k - 1;
    for (let n = 0; n < 6 && m > 0 && an.lower[m] !== 'from' && (an.types[m] !== 'punctuation' || an.values[m] === '-'); n++) m--;
    if (changedFrom(an, m)) return true;
  }
  // "grew 0.3% after rising 0.2% in February", "follows a 270,000 increase in February", "above the
  // 155,000 seen in February": the change or value before this one.
  if (before === 'after' && CHANGE_WORDS.has(lemmaOf(an, k)) && /ing$/.test(w)) return true;
  // Not a figure of another thing that came before ("following an almost four-month-long trial").
  if (lemmaOf(an, k) === 'follow' && an.pos[k] === 'VERB' && !(an.pos[nounLast] === 'NOUN' && !CHANGE_WORDS.has(lemmaOf(an, nounLast)))) return true;
  if (/^(above|below|than)$/.test(w) && /^(seen|recorded|reported|posted)$/.test(an.lower[last + 1] ?? '')) return true;
  // "the previous count, which was 36", "the previous toll of 36", "an earlier estimate of 5,500":
  // the value of a thing named as the one before.
  if (earlierNamed(an, k)) return true;
  // "rose to £1.9bn from £1.2bn", "fell to 3.9% in March from 4.1%", "decreased to 3.8%, from 3.9%":
  // the value it moved from (past a comma, within the sentence).
  if (w === 'from') for (let i = k - 2, s0 = an.sentences[an.sentenceOf[first]][0]; i >= Math.max(s0, k - 10); i--) if (an.lower[i] === 'to' && CHANGE_WORDS.has(lemmaOf(an, i - 1))) return true;
  return comparedAt(an, k);
}

/** "compared with 55%", "compared to May": token k is the "with" or "to" of "compared". */
export const comparedAt = (an: Analysis, k: number): boolean => (an.lower[k] === 'with' || an.lower[k] === 'to') && an.lower[k - 1] === 'compared';

/**
 * The token before a figure, past its hedge, its determiner and marks set around it ("fell from
 * ‘1.26’ in 2022": read as it stands), and a word that names the value as the one now ("from the
 * current $18,684").
 */
function openerOf(an: Analysis, first: number): number {
  let k = first - 1;
  while (k >= 0 && (QUALIFIER_OR_DET.has(an.lower[k]) || FIGURE_MARKS.has(an.values[k]) || (NOW_NAMED.has(an.lower[k]) && an.pos[k - 1] === 'DET'))) k--;
  return k;
}

const NOW_NAMED = new Set(['current', 'present', 'existing']);

/**
 * "up from", "fell from", "will increase 76% from": token m is a "from" just past a change, or past
 * the figure of a change; the value after it is the one the change moved from.
 */
function changedFrom(an: Analysis, m: number): boolean {
  if (an.lower[m] !== 'from') return false;
  let j = m - 1;
  if (an.values[j] === '%' || /^(?:percent|per|cent|points?)$/.test(an.lower[j] ?? '')) {
    for (let n = 0; n < 3 && j > 0 && an.types[j] !== 'number'; n++) j--;
    if (an.types[j] !== 'number') return false;
    if (an.lower[j - 1] === 'by') j--;
    j--;
  }
  return an.lower[j] === 'up' || an.lower[j] === 'down' || CHANGE_WORDS.has(lemmaOf(an, j));
}

/** Whether the figure at token `first` is the value a change moved from ("rise from 8 billion to"): what is now or was, no projection. */
export const fromValueAt = (an: Analysis, first: number): boolean => changedFrom(an, openerOf(an, first));

/** Tags of a word that may end a verb's subject or stand before its adverb ("the IOM earlier", "had earlier"). */
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'PRON', 'AUX', 'PUNCT']);
/** Quotation marks that may set a figure apart ("fell from ‘1.26’"): it reads as it stands. */
export const FIGURE_MARKS = new Set(['‘', '’', '“', '”', '"', "'", '«', '»']);
const EARLIER = new Set(['previously', 'initially', 'originally', 'formerly']);
/** Adjectives that name a thing as an earlier one ("a previous proposal", "its initial offer"). */
const EARLIER_NAMED = new Set(['previous', 'prior', 'initial', 'original', 'earlier']);
/** What is put forward, voted on and replaced by a later one: offers, drafts, estimates. */
const PROPOSALS = new Set(['offer', 'proposal', 'deal', 'contract', 'bid', 'agreement', 'plan', 'vote', 'ballot', 'draft', 'estimate', 'forecast', 'version', 'guidance']);

/** Words of an estimate, a figure given before the count itself. */
const ESTIMATES = new Set(['estimate', 'projection', 'prediction', 'forecast', 'project', 'predict']);
const COMPARED = new Set(['than', 'above', 'below', 'from']);

/** Token k (before the figure, past its determiners) ends "above Sunday's estimate of", or "than" with an estimate after the figure. */
function estimateComparedWith(an: Analysis, k: number, nounLast: number): boolean {
  if (an.lower[k] === 'of' && ESTIMATES.has(lemmaOf(an, k - 1))) {
    for (let i = k - 2; i >= Math.max(0, k - 5); i--) if (COMPARED.has(an.lower[i])) return true;
    return false;
  }
  // "higher than Sunday's atomic $81.5 million projection": past the words that describe it.
  let j = k;
  for (let n = 0; n < 4 && !COMPARED.has(an.lower[j]) && (an.pos[j] === 'ADJ' || an.pos[j] === 'PROPN' || an.pos[j] === 'DET' || /^['’]s$/.test(an.lower[j])); n++) j--;
  if (!COMPARED.has(an.lower[j]) || an.lower[j] === 'from') return false;
  if (j !== k) return nounLast > k && ESTIMATES.has(lemmaOf(an, nounLast));
  for (let i = nounLast + 1; i <= nounLast + 4 && i < an.lower.length; i++) if (ESTIMATES.has(lemmaOf(an, i))) return true;
  return false;
}

/** Token k ends "the previous count of", "the previous count, which was", "an earlier toll at". */
function earlierNamed(an: Analysis, k: number): boolean {
  if (an.lower[k] === 'was' && an.lower[k - 1] === 'which') k -= an.values[k - 2] === ',' ? 3 : 2;
  else if (an.lower[k] === 'of' || an.lower[k] === 'at') k--;
  else return false;
  // The thing named, of up to two nouns ("the previous world mark").
  for (let n = 0; n < 2 && an.pos[k - 1] === 'NOUN'; n++) k--;
  // wink tags "estimate" in "an earlier estimate of" as a verb: after a determiner it is a noun.
  return (an.pos[k] === 'NOUN' || an.pos[k - 2] === 'DET') && EARLIER_ADJECTIVES.has(an.lower[k - 1] ?? '');
}

const EARLIER_ADJECTIVES = new Set(['previous', 'earlier', 'prior', 'former', 'old']);

/** Words that may stand between "of" and its figure: a qualifier, an article, a currency sign. */
export const QUALIFIER_OR_DET = new Set(['some', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'an', 'a', 'the', 'just', 'over', 'under', '$', '€', '£']);

const MODAL = new Set(['will', 'shall', "'ll", 'could', 'would']);
const EXPECT = /^(expect(s|ed|ing)?|projected|predicted|forecast(ed)?)$/;
const FORECASTS = /^(?:expect|forecast|project|predict|anticipat)(?:s|es|ing)$/;
const POSSIBLE_AFTER = new Set(['possible', 'likely', 'expected', 'forecast', 'predicted']);
const PERFECT = new Set(['have', 'has', 'had', "'ve"]);

/**
 * "would issue a 22-page memorandum", "will serve a 30-year term": a figure joined by a hyphen to
 * its unit, before a noun, describes the thing ("a 22-page memorandum" has 22 pages whether it is to
 * come or came); a plan for it is not a plan for the figure. `orName`: or before a name ("could win
 * 240 seats in the 543-member Lok Sabha": the house has 543 members whatever is won in it).
 */
export function isAttributive(an: Analysis, first: number, orName = false): boolean {
  const attached = (k: number) => an.ends[k - 1] === an.starts[k];
  let k = first;
  // "an 8-day mission", "an eight-day mission": a number in figures or in words.
  while (an.types[k] === 'number' || (k === first && isNumberWord(an.lower[k])) || (k > first && an.types[k] === 'word' && attached(k))) {
    if (!(an.values[k + 1] === '-' && attached(k + 1) && attached(k + 2) && an.types[k + 2] === 'word')) break;
    k += 2;
  }
  if (k === first) return false;
  // "69-meter (226-foot) bell towers": past the measure's own conversion in brackets.
  k = afterBracket(an, k + 1) - 1;
  const next = an.pos[k + 1] === 'ADJ' ? k + 2 : k + 1;
  return (an.pos[next] === 'NOUN' || (orName && an.pos[next] === 'PROPN')) && an.types[next] === 'word';
}

/**
 * "as many as 70 could be dead", "he still expects there will be more than 100 people determined
 * dead": a projection told as a guess, what may be or is expected, not what is planned or set
 * ("will bring it to within 60 miles of the lunar surface"). Read in the sentence up to the
 * figure's clause, as isProjection reads.
 */
export function isGuess(an: Analysis, a: number, b: number): boolean {
  const [s0, s1] = an.sentences[an.sentenceOf[a]];
  const [, c1] = clauseOf(an, a, b);
  for (let i = Math.max(s0, a - 16); i <= Math.min(s1, c1, b + 4); i++) if (GUESS.test(an.lower[i])) return true;
  return false;
}

const GUESS = /^(could|may|might|expect(s|ed|ing)?|forecast(s|ed)?|predict(s|ed|ing)?|projected|likely|possibl[ey])$/;

/** True when the clause of [a, b] speaks of the future or an intention. */
export function isProjection(an: Analysis, a: number, b: number, reach = 8): boolean {
  const [c0, c1] = clauseOf(an, a, b);
  // "he expected the total number of dead across the country to reach more than 2,500": what
  // someone expects something to do, however long the thing named between; so is what a thing is
  // projected, predicted or forecast to do ("is projected to grow from 216 million to 373 million").
  // Not "a faster-than-expected increase … compared to May": a word hyphened into a comparison
  // with what was expected tells what happened.
  for (let i = c0; i < a; i++) if (EXPECT.test(an.lower[i]) && !hyphenAt(an, i - 1) && an.lower.slice(i + 2, a).includes('to') && !pastClauseBetween(an, i, a)) return true;
  // "Rs 1 lakh will be given to each", "as much as 15in (381mm) possible": the figure as the
  // subject of what will or may be.
  // Not past "and": "reached more than 5,000 and was expected to rise further" is a count so far,
  // and the expectation is of what comes after it.
  // Not after "have": "upwards of 70 people have likely been killed" is a deed done, if not yet
  // confirmed, not one to come.
  // Not a word of what may be before its own noun: "47% to 45% among likely voters", "$2.1 billion
  // in expected revenue" describe those voters and that revenue.
  for (let i = b + 1; i <= Math.min(c1, b + 4) && an.pos[i] !== 'CCONJ'; i++) if (MODAL.has(an.lower[i]) || (POSSIBLE_AFTER.has(an.lower[i]) && !PERFECT.has(an.lower[i - 1]) && an.pos[i + 1] !== 'NOUN')) return true;
  for (let i = Math.max(c0, a - reach); i < a; i++) {
    const w = an.lower[i];
    // "The company says it expects revenue of $11 billion": what a party expects or forecasts, its
    // verb taking the figure's noun, is a projection.
    if (FORECASTS.test(w) && an.pos[i] === 'VERB') return true;
    if (!PROJECTION.has(w)) continue;
    // "plans to", "set to", "aims to": an intention only before "to" ("Brexit plans" is a noun).
    if (!MODAL.has(w)) {
      if (an.lower[i + 1] === 'to') return true;
      continue;
    }
    if (pastModal(an, i, c0, c1)) continue;
    return true;
  }
  // "At a $60 billion valuation, Arm's multiple would be over 110": the premise of what would be.
  if (premiseOf(an, c0, c1)) return true;
  // "rising to a possible €134m": the figure's own qualifier says it may be.
  for (let i = a; i < b; i++) if (an.lower[i] === 'possible' || an.lower[i] === 'potential') return true;
  return false;
}

/**
 * "who could last just 363 days in office from October 1963 to October 1964", "he would go on to
 * win 14 majors between 1997 and 2008": "could" or "would" in a clause dated only to years before
 * the latest year the report names tells what could be, or was yet to come, at a time now past:
 * what happened, not a projection. Not "could have" or "would have": what did not happen.
 */
function pastModal(an: Analysis, i: number, c0: number, c1: number): boolean {
  if (an.lower[i] !== 'could' && an.lower[i] !== 'would') return false;
  if (PERFECT.has(an.lower[i + 1])) return false;
  let dated = false;
  const latest = latestYear(an);
  for (let k = c0; k <= c1; k++) {
    const y = yearAt(an, k);
    if (y === undefined) continue;
    if (y >= latest) return false;
    dated = true;
  }
  return dated;
}

const YEAR_TOKEN = new RegExp(`^(?:${YEAR_DIGITS})$`);
/** The year a token writes ("1996"), or undefined. */
export const yearAt = (an: Analysis, k: number): number | undefined => (an.types[k] === 'number' && YEAR_TOKEN.test(an.values[k]) ? Number(an.values[k]) : undefined);

const latestYears = new WeakMap<Analysis, number>();

/** The latest year a text names (0: none): the time it is written in, or after. */
function latestYear(an: Analysis): number {
  let y = latestYears.get(an);
  if (y === undefined) {
    y = 0;
    for (let k = 0; k < an.values.length; k++) y = Math.max(y, yearAt(an, k) ?? 0);
    latestYears.set(an, y);
  }
  return y;
}

/**
 * "would lay off about 10% of its 12,000 staff", "will close 30 of the chain's 400 stores": a
 * figure an owner's possessive stands before names what the owner has now, whatever is planned for it.
 */
export function ownedNow(an: Analysis, first: number): boolean {
  let k = first - 1;
  if (HEDGES_BEFORE.has(an.lower[k] ?? '')) k--;
  return POSSESSIVES.has(an.lower[k] ?? '') || /^['’]s?$/.test(an.values[k] ?? '');
}

const HEDGES_BEFORE = new Set(['some', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'under', 'just']);

/** Words that open a clause of their own inside an expectation ("expected … to hit 1% in June after prices rose 1% in May"). */
const SUBORDINATE = new Set(['after', 'before', 'since', 'because', 'as', 'when', 'while']);

/**
 * A clause of "after", "since", "when" … between tokens i and a whose verb is in the past ("after
 * prices rose"): what it tells happened, whatever the sentence expects around it.
 */
function pastClauseBetween(an: Analysis, i: number, a: number): boolean {
  for (let k = i + 1; k < a; k++) {
    if (!SUBORDINATE.has(an.lower[k])) continue;
    // The figure in that clause, not past its end ("… in May and 8.8 percent annually": expected).
    if (an.pos.slice(k + 1, a).includes('CCONJ') || an.values.slice(k + 1, a).includes(',')) continue;
    for (let v = k + 1; v < a; v++) {
      if (an.pos[v] !== 'VERB' && an.pos[v] !== 'AUX') continue;
      const w = an.lower[v];
      // A form unlike its lemma that is neither "-ing" nor "-s": "rose", "jumped", "was", "had".
      if (w !== lemmaOf(an, v) && !/(ing|s)$/.test(w) && an.lower[v - 1] !== 'to') return true;
    }
  }
  return false;
}

/** A phrase "at a …" that opens its sentence, then a clause of what would or could be. */
function premiseOf(an: Analysis, c0: number, c1: number): boolean {
  const [s0, s1] = an.sentences[an.sentenceOf[c0]];
  if (c0 !== s0 || an.lower[c0] !== 'at' || !/^(a|an)$/.test(an.lower[c0 + 1])) return false;
  let k = c1 + 1;
  while (k <= s1 && an.values[k] !== ',') k++;
  for (let i = k + 1; i <= Math.min(s1, k + 10); i++) if (an.lower[i] === 'would' || an.lower[i] === 'could') return true;
  return false;
}

/**
 * A count at a moment, so far: "As of 7.30 this morning, Labour have 410 seats" (from its
 * sentence's start), "176 had been confirmed dead and two found alive as of 6:10 p.m." (to its
 * clause's end).
 */
export function asOfAt(an: Analysis, first: number, last: number): boolean {
  const s0 = an.sentences[an.sentenceOf[first]][0];
  const c1 = clauseOf(an, first, last)[1];
  return AS_OF.test(an.text.slice(an.starts[s0], an.starts[first])) || AS_OF.test(an.text.slice(an.ends[last], an.ends[c1]));
}

const AS_OF = /\b(as of|so far|thus far)\b/i;
