// The time and place a clause states around a figure ("in three months", "to Russia"), and the
// times nearby that are not the figure's: a statement's day, another figure's, an aside's.
import type { Analysis } from './nlp';
import { leadingPlace, placeIn, worldIn } from './places';
import { partOfName } from './figures';
import { clauseOf, saysAt, spanText } from './context';
import { listRow } from './listRows';
import { SEASONS } from './lexicon';
import { yearAt } from './status';

/** "not … until 2037", "won't … until March": the time at which a thing denied before it happens. */
export function notUntil(an: Analysis, first: number, lo: number): boolean {
  const until = an.lower[first] === 'until' || an.lower[first] === 'till' ? first : an.lower[first - 1] === 'until' || an.lower[first - 1] === 'till' ? first - 1 : -1;
  if (until < 0) return false;
  for (let k = until - 1; k >= lo; k--) if (NEGATIONS.has(an.lower[k])) return true;
  return false;
}

const NEGATIONS = new Set(['not', "n't", 'never']);

/** Words before a date that make it the time of another figure: "down from the 2014 vote", "since 2019". */
const OTHER_TIME_LEAD = new Set(['from', 'since', 'than', 'with']);
const TIME_LEAD = new Set(['in', 'on', 'since', 'within', 'over', 'during', 'by']);

/**
 * The time and place a clause states around tokens [a, b]: "in three months", "to Russia". The
 * clause's own time first; else a time its sentence states ("… on Sunday, winning 52%"), but not
 * the day a statement was made ("the commission said Monday"), a date set against the figure
 * ("down from the 2014 vote") or a duration that qualifies a noun ("a four-year term").
 */
export function timeAndPlace(an: Analysis, a: number, b: number): { time?: string; place?: string } {
  const [c0, c1] = clauseOf(an, a, b);
  const [s0, s1] = an.sentences[an.sentenceOf[a]];
  // The time nearest the figure ("the outage that started late on Thursday … forced it to scrap
  // 1,250 flights yesterday": yesterday's).
  const timeWithin = (lo: number, hi: number, sentence: boolean) => {
    let best: string | undefined;
    let gap = Infinity;
    for (const e of an.entities) {
      if (e.first < lo || e.last > hi || (e.first <= b && e.last >= a)) continue;
      const before = an.lower[e.first - 1] ?? '';
      // A duration is a time only as "in three months", "over two years"; "four-year" qualifies a noun.
      // "There will not be nine billion people until 2037": what does not happen until a time
      // happens then, which wink reads as a duration.
      if (!notUntil(an, e.first, lo) && (e.type === 'DURATION' ? sentence || !['in', 'within', 'over', 'during', 'for'].includes(before) : e.type !== 'DATE')) continue;
      if (OTHER_TIME_LEAD.has(before) || (an.lower[e.first - 2] === 'from' && an.pos[e.first - 1] === 'DET')) continue;
      // "Morocco's deadliest earthquake in more than six decades": the span of a superlative, not a time.
      // So is a year after "of" ("the third-highest-earning movie of 2023").
      if ((e.type === 'DURATION' || before === 'of') && superlativeBefore(an, e.first)) continue;
      if (saidOn(an, e.first, e.last) || inParticipleAside(an, e.first, e.last, a, b)) continue;
      // "due to the winter storm", "the summer Olympics": a season that qualifies the noun after it names a kind, not a time.
      if (e.first === e.last && an.lower[e.first] in SEASONS && an.pos[e.first + 1] === 'NOUN') continue;
      // "overtaking 2016, the previous warmest year": a bare year a verb takes is a thing, not a time
      // (wink tags some such verbs in -ing as nouns).
      if (e.first === e.last && an.types[e.first] === 'number' && (an.pos[e.first - 1] === 'VERB' || (an.pos[e.first - 1] === 'NOUN' && an.lower[e.first - 1].endsWith('ing')))) continue;
      // "India's population was 86.1 crore while China's population was 114.4 crore in 1950": two
      // things set side by side with "while" or "whereas" at one time, which the sentence gives once.
      const contrast = sentence && e.first > b && contrasted(an, b, e.first);
      if (e.first > b ? (!contrast && (ofLaterFigure(an, b, e.first) || opensNextClause(an, b, e.first, e.last))) || ofOtherPredicate(an, b, e.first) || ofAsideClause(an, b, e.first) : e.last < a && (ofOtherPredicate(an, e.last, a) || ofOpeningParticiple(an, e.first, a))) continue;
      // "grounded 3,000 flights over the weekend, and early Monday had canceled 700 more": a time in
      // another clause that has a figure of its own is that figure's.
      if (sentence && !contrast && otherFigureIn(an, clauseOf(an, e.first, e.last), a, b, e)) continue;
      // "…, and the KMT garnered 38.16%, Saturday's results indicate …": a date in the possessive
      // dates its own noun, not a figure of another clause.
      if (sentence && /^['’]s$/.test(an.lower[e.last + 1] ?? '')) continue;
      const d = e.first > b ? e.first - b : a - e.last;
      // As near after as before ("a record low of 1.20 in 2023 from 1.26 in 2022"): a figure's own
      // time follows it; the one before is the figure's before it.
      if (d > gap || (d === gap && e.first < a)) continue;
      gap = d;
      best = spanText(an, TIME_LEAD.has(before) ? e.first - 1 : e.first, e.last);
    }
    return best;
  };
  const time = yearOfThat(an, timeWithin(c0, c1, false) ?? timeOfWhen(an, c0) ?? timeWithin(s0, s1, true), a);
  return { time, place: placeIn(an, c0, c1, a, b) ?? bracketedPlace(an, c0, c1) ?? placeOfWhere(an, c0) ?? listItemName(an, a, s0, s1) ?? listRow(an, a - 1)?.place ?? leadingPlace(an, s0, c0) ?? worldIn(an, s0, s1) };
}

/**
 * "… has topped the medal chart since 1996. The U.S. took home 101 medals that year": "that year",
 * "the same year" is the year last named before it, in its sentence or the one before, which the
 * time then carries ("that year (1996)"), as "in 1996" would.
 */
function yearOfThat(an: Analysis, time: string | undefined, a: number): string | undefined {
  if (!time || !/^(?:(?:in|during|by) )?(?:that|(?:that |the )?same) year$/i.test(time)) return time;
  const at = an.sentenceOf[a];
  const from = an.sentences[Math.max(0, at - 1)][0];
  for (let k = a - 1; k >= from; k--) if (yearAt(an, k) !== undefined) return `${time} (${an.values[k]})`;
  return time;
}

/**
 * "The majority of the deaths have been in the eastern region of Valencia (155 deaths)": a figure
 * that fills a bracket on its own counts what the words before the bracket name, in their place.
 */
function bracketedPlace(an: Analysis, c0: number, c1: number): string | undefined {
  if (an.values[c0 - 1] !== '(' || an.values[c1 + 1] !== ')' || c0 < 2) return undefined;
  const [p0, p1] = clauseOf(an, c0 - 2, c0 - 2);
  return placeIn(an, p0, p1 + 1, -1, -1);
}

/** Words before the first item of a list ("the counties … are Hillsborough, 75 percent out; …"). */
const LIST_OPENS = new Set([';', ':', 'and', 'are', 'were', 'is', 'was']);

/**
 * "… are Hillsborough, 75 percent out; Manatee, 82 percent out; and Sarasota, 75 percent out": in a
 * list whose items a semicolon parts, a name set off by a comma before a figure is what that item
 * is of, as "82% in Manatee" says it.
 */
function listItemName(an: Analysis, a: number, s0: number, s1: number): string | undefined {
  if (an.values[a - 1] !== ',' || an.pos[a - 2] !== 'PROPN' || !/^\p{Lu}/u.test(an.values[a - 2])) return undefined;
  let k = a - 2;
  while (k > s0 && a - k < 3 && an.pos[k - 1] === 'PROPN') k--;
  if (!LIST_OPENS.has(an.lower[k - 1] ?? '')) return undefined;
  for (let j = s0; j <= s1; j++) if (an.values[j] === ';') return spanText(an, k, a - 2);
  return undefined;
}

/** "…, including Congo, where 14,000 cases and 524 deaths have been reported": a clause of "where" is of the name before it. */
function placeOfWhere(an: Analysis, c0: number): string | undefined {
  if (an.lower[c0] !== 'where' || an.values[c0 - 1] !== ',' || an.pos[c0 - 2] !== 'PROPN') return undefined;
  let k = c0 - 2;
  while (an.pos[k - 1] === 'PROPN') k--;
  return spanText(an, k, c0 - 2);
}

/**
 * "…'s worst aviation disaster since 1997, when 228 people died": a clause of "when" is of the date
 * just before it, whatever word leads that date ("since" makes it another figure's elsewhere).
 */
function timeOfWhen(an: Analysis, c0: number): string | undefined {
  if (an.lower[c0] !== 'when' || an.values[c0 - 1] !== ',') return undefined;
  const date = an.entities.find((e) => e.last === c0 - 2 && (e.type === 'DATE' || e.type === 'DURATION'));
  if (!date) return undefined;
  // wink reads "since 1997" as a duration: the year is the date.
  if (date.type === 'DATE') return spanText(an, TIME_LEAD.has(an.lower[date.first - 1] ?? '') ? date.first - 1 : date.first, date.last);
  return /^(1[89]|20)\d\d$/.test(an.values[c0 - 2]) ? an.values[c0 - 2] : undefined;
}

function superlativeBefore(an: Analysis, at: number): boolean {
  for (let k = at - 2; k >= Math.max(0, at - 6); k--) if (an.lower[k] === 'most' || (an.pos[k] === 'ADJ' && /est$/.test(an.lower[k]) && an.lemmas[k]?.toLowerCase() !== an.lower[k])) return true;
  return false;
}

/**
 * "were up 0.3%, and are up 4.1% over the last year", "grew 0.3% after rising 0.2% in February": a
 * time after another figure that a verb of its own introduces is that figure's (but "rose 5% to
 * $20 billion in the quarter" dates both).
 */
function otherFigureIn(an: Analysis, [c0, c1]: [number, number], a: number, b: number, time: { first: number; last: number }): boolean {
  // Not a number inside a name ("the Korean Air Flight 801 crash in Guam in August 1997"): no figure.
  for (let k = c0; k <= c1; k++) if ((k < a || k > b) && (k < time.first || k > time.last) && an.types[k] === 'number' && !partOfName(an, k)) return true;
  return false;
}

/** A "while" or "whereas" between tokens b and `time` that opens a clause after b's, the time ending the sentence. */
function contrasted(an: Analysis, b: number, time: number): boolean {
  const [, s1] = an.sentences[an.sentenceOf[b]];
  let end = time;
  while (end < s1 && an.types[end + 1] !== 'punctuation') end++;
  if (end < s1 - 1) return false;
  for (let k = b + 1; k < time; k++) if (an.lower[k] === 'while' || an.lower[k] === 'whereas') return true;
  return false;
}

function ofLaterFigure(an: Analysis, b: number, time: number): boolean {
  let verb = false;
  for (let k = b + 1; k < time; k++) {
    if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') verb = true;
    // A figure in digits or in words ("compared with nearly half a million votes five years ago").
    // Not a clock's reading ("at 3:28pm local (09:28 GMT) on Tuesday"): the day is the reading's too.
    else if (verb && (an.types[k] === 'number' || an.pos[k] === 'NUM') && !/^\d{1,2}:\d\d$/.test(an.values[k])) return true;
  }
  return false;
}

/**
 * "canceled another 1,300 flights, and today, it's already canceled another 600": a time just after
 * "and" or "but" that opens a clause of its own, whose verb then states a figure, is that figure's.
 */
function opensNextClause(an: Analysis, b: number, first: number, last: number): boolean {
  const and = an.pos[first - 1] === 'CCONJ' ? first - 1 : an.pos[first - 2] === 'CCONJ' ? first - 2 : -1;
  return and > b && ofLaterFigure(an, last, an.sentences[an.sentenceOf[last]][1] + 1);
}

/**
 * "It was built in 2015 and is 300 metres long", "founded in 1998 and has 5,000 staff": a date
 * before "and" and a verb of the figure's own is the earlier predicate's; and one after "and" and a
 * verb of its own, the later predicate's ("has 83 million followers … and has shown interest in
 * buying the firm as early as 2017"). Read from the token after the first to the second.
 */
function ofOtherPredicate(an: Analysis, time: number, a: number): boolean {
  for (let k = time + 1; k < a; k++) {
    if (an.pos[k] !== 'CCONJ') continue;
    // The verb opens what "and" joins ("and is", "and has shown"): "savings and loans bank" joins nouns.
    let j = k + 1;
    while (j < a && (an.pos[j] === 'ADV' || an.pos[j] === 'PART')) j++;
    if (j < a && (an.pos[j] === 'VERB' || an.pos[j] === 'AUX')) return true;
  }
  return false;
}

/**
 * "with 97.08 percent of votes, almost the exact percentage which brought the former-military
 * commander to his first term four years ago": a time in a relative clause of an aside after the
 * figure's comma tells of the aside's noun, not of the figure ("the 1,250 flights that were
 * cancelled on Sunday", with no comma between, is the figure's own).
 */
function ofAsideClause(an: Analysis, b: number, time: number): boolean {
  let comma = false;
  for (let k = b + 1; k < time; k++) {
    if (an.values[k] === ',') comma = true;
    else if (comma && /^(which|that|who)$/.test(an.lower[k]) && (an.pos[k - 1] === 'NOUN' || an.pos[k - 1] === 'PROPN')) return true;
  }
  return false;
}

/**
 * "Built in 2015 in Korea, the 985-foot-long ship …", "Founded in 1998, the company has 5,000
 * staff": a date in a phrase that opens the sentence with a verb of its own, before a comma, is
 * that verb's.
 */
function ofOpeningParticiple(an: Analysis, time: number, a: number): boolean {
  const s0 = an.sentences[an.sentenceOf[time]][0];
  if (an.pos[s0] !== 'VERB') return false;
  for (let k = time + 1; k < a; k++) if (an.values[k] === ',') return true;
  return false;
}

/**
 * "The bridge, built in 1977, spans 1.6 miles", "The ship, launched in 2018, carries 20,000
 * containers": a date in an aside set off by commas between a subject and its verb, that opens with
 * a verb of its own (or "which" or "who" and a verb), is that verb's, not the time of a figure
 * outside the aside.
 */
function inParticipleAside(an: Analysis, first: number, last: number, a: number, b: number): boolean {
  const [s0, s1] = an.sentences[an.sentenceOf[first]];
  let open = first - 1;
  while (open > s0 && an.values[open] !== ',') open--;
  let close = last + 1;
  while (close < s1 && an.values[close] !== ',') close++;
  if (an.values[open] !== ',' || an.values[close] !== ',' || (a > open && b < close)) return false;
  const verb = RELATIVE.has(an.lower[open + 1]) ? open + 2 : open + 1;
  return /^(NOUN|PROPN)$/.test(an.pos[open - 1] ?? '') && /^(VERB|AUX)$/.test(an.pos[verb] ?? '') && (verb > open + 1 || an.pos[verb] === 'VERB') && /^(VERB|AUX)$/.test(an.pos[close + 1] ?? '');
}

const RELATIVE = new Set(['which', 'who']);

/** "said Monday", "announced on Monday afternoon": the day of a statement, not of what it states. */
function saidOn(an: Analysis, first: number, last: number): boolean {
  let k = first - 1;
  if (TIME_LEAD.has(an.lower[k])) k--;
  if (k >= 0 && saysAt(an, k)) return true;
  return last + 1 < an.values.length && saysAt(an, last + 1);
}
