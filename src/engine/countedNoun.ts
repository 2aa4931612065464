// What a figure counts: the noun phrase after it ("15,000 troops"), or before it ("a deployment of
// 15,000", "turnout was 68%", "Windows revenue is up 9%").
import type { Analysis } from './nlp';
import { isNumberWord } from './numbers';
import { INCREMENT_AFTER } from './lexicon';
import { lemmaOf, spanText } from './context';
import { DASHES } from './figures';

const COPULA = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'stood', 'reached', 'hit', 'totalled', 'totaled']);

export const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Nouns that are plural without an -s: they end a counted phrase like any plural. */
const INVARIANT_PLURALS = new Set(['people', 'police', 'personnel', 'staff', 'cattle', 'livestock', 'clergy', 'crew', 'folk']);

function isPlural(an: Analysis, i: number): boolean {
  const lemma = (an.lemmas[i] ?? an.lower[i]).toLowerCase();
  return an.pos[i] === 'NOUN' && (lemma !== an.lower[i] || INVARIANT_PLURALS.has(an.lower[i]));
}

/** The counted noun phrase after the figure, or "deployment of 15,000" before it. */
export function countedNoun(an: Analysis, after: number, first: number, ofChange = false): { noun?: string; nounForm?: string; phrase?: string; part?: boolean; increment?: boolean; before?: boolean; last: number } {
  let j = after;
  let increment = false;
  let part = false;
  // "a 7.1-magnitude earthquake": the hyphened word qualifies the noun that follows.
  if (DASHES.has(an.values[j]) && an.starts[j] === an.ends[j - 1] && an.types[j + 1] === 'word' && an.ends[j] === an.starts[j + 1]) j++;
  // "a second four-year term": a measure joined by a hyphen qualifies the noun that follows.
  else if ((an.types[j] === 'number' || isNumberWord(an.lower[j] ?? '')) && DASHES.has(an.values[j + 1]) && an.ends[j] === an.starts[j + 1] && an.types[j + 2] === 'word') j += 3;
  if (INCREMENT_AFTER.has(an.lower[j]) && an.lower[j + 1] !== 'than') {
    increment = true;
    j++;
  }
  if (an.lower[j] === 'of' && ['the', 'those', 'these', 'its', 'their', 'them', 'his', 'her', 'our'].includes(an.lower[j + 1])) {
    part = true;
    j += an.lower[j + 1] === 'them' ? 1 : 2;
  }
  const s = an.sentenceOf[first];
  let head = -1;
  let k = j;
  while (k < an.values.length && an.sentenceOf[k] === s && an.types[k] === 'word') {
    const p = an.pos[k];
    // A plural noun ends the phrase ("2,000 firefighters next week", "1.5 million people lack …").
    if (head >= 0 && isPlural(an, head)) break;
    if (p === 'NOUN' || p === 'PROPN') head = k;
    else if (head < 0 && (p === 'ADJ' || (p === 'VERB' && /ed$/.test(an.lower[k]) && an.pos[k + 1] === 'NOUN'))) { /* "armed personnel" */ }
    else break;
    k++;
  }
  if (head >= 0) {
    return { noun: lemmaOf(an, head), nounForm: an.lower[head], phrase: spanText(an, j, head), part, increment, last: head };
  }
  // "a total deployment of 15,000": the noun before "of"; "turnout was 68%": the subject of "to be";
  // "Windows revenue is up 9%", "gaming revenue surged by 50%": the subject of a verb of change.
  const at = an.lower[first - 1] === 'of' ? first - 2 : COPULA.has(an.lower[first - 1]) ? first - 2 : ofChange ? subjectBefore(an, first) : -1;
  if (at >= 0 && an.sentenceOf[at] === s && (an.pos[at] === 'NOUN' || (an.pos[at] === 'PROPN' && at === an.sentences[s][0]))) {
    let from = at;
    while (from > an.sentences[s][0] && NOUNISH.has(an.pos[from - 1]) && an.types[from - 1] === 'word') from--;
    return { noun: lemmaOf(an, at).toLowerCase(), nounForm: an.lower[at], phrase: spanText(an, from, at), part, increment, before: true, last: first };
  }
  return { part, increment, last: first };
}

/**
 * The head of the subject of the verb just before a share or an amount ("revenue" in "Xbox revenue
 * increased 61 per cent"), or -1. Counts name what they count after them ("the toll rose to 288
 * people"), so only shares and amounts look back.
 */
function subjectBefore(an: Analysis, first: number): number {
  let k = first - 1;
  for (let n = 0; n < 2 && (CHANGE_LINKS.has(an.lower[k]) || an.pos[k] === 'ADV'); n++) k--;
  if (an.pos[k] !== 'VERB' && !COPULA.has(an.lower[k])) return -1;
  k--;
  while (an.pos[k] === 'AUX' || an.pos[k] === 'ADV' || an.pos[k] === 'PART') k--;
  return an.pos[k] === 'NOUN' ? k : -1;
}

/** Words between a verb of change and its figure: "rose by 5%", "is up 9%", "fell to 3%". */
const CHANGE_LINKS = new Set(['by', 'to', 'up', 'down', 'nearly', 'almost', 'about', 'around', 'some', 'roughly', 'just', 'only', 'over', 'more', 'than']);
