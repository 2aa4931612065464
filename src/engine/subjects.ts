// The subject a figure is read of when it names nothing after it: the noun phrase before a verb of
// change or "to be" ("Windows revenue is up 9%", "turnout was 68%"), before a colon ("Net income:
// down 44%"), or named after "in" or "of" ("an 11% increase in sales of Windows PCs").
import type { Analysis } from './nlp';
import { CHANGE_WORDS } from './status';
import { beforeAuxiliaries, hyphenAt, lemmaOf, spanText } from './context';
import { DASHES, PARTS, PER_CENT, POSSESSIVES } from './lexicon';
import { SCALES, isNumberWord } from './numbers';

/** "The trials lasted six years": the subject of "to last" is what lasted. */
export const LASTING = new Set(['lasted', 'lasts']);

/** Verbs of "to be", of reaching a level and of lasting: their subject is what the figure after them measures. */
export const COPULA = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'stood', 'reached', 'hit', 'totalled', 'totaled', ...LASTING]);

/**
 * A verb of being or of change at k ("Revenue was $5 billion", "shares rose 6%"): its subject is what
 * the figure after it measures, where a verb of doing's subject is who did it ("had paid 5,000 dollars").
 */
export const measuresItsSubject = (an: Analysis, k: number) => COPULA.has(an.lower[k]) || CHANGE_WORDS.has(lemmaOf(an, k));

export const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

export type Phrase = { noun: string; nounForm: string; phrase: string; span: [number, number] };

/**
 * The noun phrase whose head is token `at`: its modifiers, joined ones too ("Xbox content and
 * services revenue"), and, when `ownerFirst`, the noun a preposition hangs it on ("profits for the
 * quarter soared": the profits soared; "revenue in productivity and business processes was").
 */
export function subjectPhrase(an: Analysis, at: number, s: number, ownerFirst = true): Phrase | undefined {
  const s0 = an.sentences[s][0];
  if (at < s0 || an.sentenceOf[at] !== s || !nounAt(an, at)) return undefined;
  const word = (i: number) => i >= s0 && NOUNISH.has(an.pos[i]) && an.types[i] === 'word';
  const extend = (i: number) => {
    // Past "and", commas join the list too: "Cash, cash equivalents, and investments".
    let listed = false;
    for (;;) {
      if (word(i - 1)) i--;
      // Not over a unit: "up 18 per cent and net income" joins no names.
      else if ((an.lower[i - 1] === 'and' || an.values[i - 1] === '&') && word(i - 2) && an.types[i - 3] !== 'number' && an.lower[i - 3] !== 'per') {
        i -= 2;
        listed = true;
      } else if (an.lower[i - 1] === 'and' && an.values[i - 2] === ',' && word(i - 3) && an.types[i - 4] !== 'number') {
        i -= 3;
        listed = true;
      } else if (listed && an.values[i - 1] === ',' && word(i - 2)) i -= 2;
      else if (DASHES.has(an.values[i - 1]) && word(i - 2)) i -= 2;
      // "his brother-in-law", "the twice-monthly infusion": a hyphen with no space either side
      // joins one word, whatever its parts are.
      else if (hyphenAt(an, i - 1) && an.types[i - 2] === 'word' && i - 2 >= s0) i -= 2;
      else return i;
    }
  };
  let head = at;
  let from = extend(at);
  // "Operating income: down 52%", "its operating margin": a word in -ing that opens the sentence,
  // or follows a determiner, qualifies the noun ("causing profits to fall": it is the verb).
  const ing = from - 1;
  if (an.pos[ing] === 'VERB' && /ing$/.test(an.lower[ing]) && (firstWord(an, ing) === ing || an.pos[ing - 1] === 'DET' || POSSESSIVES.has(an.lower[ing - 1]) || /^['’]s$/.test(an.lower[ing - 1] ?? ''))) from--;
  // "commercial sales of Office software, where revenue grew 17 percent": the place "where" names.
  if (an.lower[from - 1] === 'where' && an.values[from - 2] === ',' && an.pos[from - 3] === 'NOUN') {
    head = from - 3;
    from = extend(head);
  }
  const lead = an.pos[from - 1] === 'DET' ? from - 1 : from;
  if (ownerFirst && OWNER_PREPOSITIONS.has(an.lower[lead - 1])) {
    let h = lead - 2;
    if (an.pos[h] === 'DET' || an.pos[h] === 'PRON') h--;
    if (h >= s0 && an.types[h] === 'word' && nounAt(an, h)) {
      head = h;
      from = extend(h);
    }
  }
  // "The black hole immortalised by a network of radio telescopes is …": a participle with "by"
  // tells of the noun before it, which is the subject; the doer after "by" is not.
  const by = an.pos[from - 1] === 'DET' ? from - 2 : from - 1;
  if (an.lower[by] === 'by' && an.pos[by - 1] === 'VERB' && /(ed|en)$/.test(an.lower[by - 1]) && by - 2 >= s0 && nounAt(an, by - 2)) {
    head = at = by - 2;
    from = extend(head);
  }
  return { noun: lemmaOf(an, head).toLowerCase(), nounForm: an.lower[head], phrase: spanText(an, from, at), span: [from, at] };
}

const OWNER_PREPOSITIONS = new Set(['for', 'in', 'at', 'of', 'from', 'before', 'after']);

/** The noun phrase that starts at token `j` ("sales of Windows PCs"), up to its last noun. */
export function phraseAfter(an: Analysis, j: number, s: number): Phrase | undefined {
  if (an.pos[j] === 'DET') j++;
  let last = -1;
  for (let k = j; k < an.values.length && an.sentenceOf[k] === s; k++) {
    if (NOUNISH.has(an.pos[k]) && an.types[k] === 'word') last = k;
    else if (!(an.types[k] === 'number' || (an.lower[k] === 'of' && last >= 0) || an.values[k] === '&')) break;
  }
  if (last < 0) return undefined;
  let head = last;
  for (let k = j; k < last; k++) if (an.lower[k] === 'of' && an.pos[k - 1] === 'NOUN') head = k - 1;
  return { noun: lemmaOf(an, head).toLowerCase(), nounForm: an.lower[head], phrase: spanText(an, j, last), span: [j, last] };
}

/** "Windows revenue saw a 9.5% rise": the head of the subject of the verb before the figure's article. */
export function subjectOfVerbBefore(an: Analysis, first: number): number {
  let k = first - 1;
  while (an.pos[k] === 'DET' || an.pos[k] === 'ADJ' || an.pos[k] === 'ADV') k--;
  return an.pos[k] === 'VERB' ? overAside(an, beforeAuxiliaries(an, k - 1)) : -1;
}

/** "The quarterly revenue, however, saw …": the token before an adverb set off by commas, or k. */
function overAside(an: Analysis, k: number): number {
  return an.values[k] === ',' && an.pos[k - 1] === 'ADV' && an.values[k - 2] === ',' ? k - 3 : k;
}

/** Where the verb before a figure stands, past "to", "by", "up" and an adverb or two ("rose to", "was up"). */
function verbBefore(an: Analysis, first: number): number {
  let k = first - 1;
  for (let n = 0; n < 2 && (CHANGE_LINKS.has(an.lower[k]) || an.pos[k] === 'ADV'); n++) k--;
  return an.lower[first - 1] === 'to' ? pastChange(an, k) : k;
}

/**
 * "Revenue rose 5% to $10.2 billion", "prize money rose by a third to $60 million": the level a
 * change reaches is of what changed, as the change is; past the change's figure, to its verb.
 */
function pastChange(an: Analysis, k: number): number {
  let j = k;
  let figure = false;
  for (let n = 0; n < 6 && j > 0 && an.pos[j] !== 'VERB'; n++, j--) {
    const w = an.lower[j];
    if (an.types[j] === 'number' || an.pos[j] === 'NUM' || Object.hasOwn(PARTS, w)) figure = true;
    else if (!(an.types[j] === 'symbol' || an.types[j] === 'currency' || w === 'by' || w === 'a' || w === 'per' || w === 'cent' || PER_CENT.test(w) || Object.hasOwn(SCALES, w))) return k;
  }
  return figure && an.pos[j] === 'VERB' ? j : k;
}

/**
 * The head of the subject of the verb just before a share or an amount ("revenue" in "Xbox revenue
 * increased 61 per cent"), or -1. Counts name what they count after them ("the toll rose to 288
 * people"), so only shares and amounts look back.
 */
export function subjectBefore(an: Analysis, first: number): number {
  let k = verbBefore(an, first);
  // "revenue up 18%", in a headline or a list: the noun before "up" or "down", with no verb.
  if ((an.lower[k + 1] === 'up' || an.lower[k + 1] === 'down') && an.pos[k] === 'NOUN') return k;
  // "Production and deliveries: up 18% and 27%": the same, named before a colon.
  if ((an.lower[k + 1] === 'up' || an.lower[k + 1] === 'down') && an.values[k] === ':' && an.pos[k - 1] === 'NOUN') return k - 1;
  if (an.pos[k] !== 'VERB' && !COPULA.has(an.lower[k])) return -1;
  // "Revenue was up 18%", "Shares rose 6.5%": what changes; "Reyl got 41.1 per cent": who won it.
  const ofWhat = measuresItsSubject(an, k);
  const giving = GIVING.has(lemmaOf(an, k));
  k = overRelativeClause(an, overAside(an, beforeAuxiliaries(an, k - 1)));
  // "Sales in China grew": what grew is named before the place (the place is read as a place).
  const owner = ofWhat ? pastNamedOwner(an, k) : k;
  if (owner !== k) return owner;
  return (an.pos[k] === 'NOUN' && (ofWhat || !giving)) || (ofWhat && nounAt(an, k)) ? k : -1;
}

/**
 * "Sales in China grew", "Sales in the United States grew": the noun a name hangs on by a
 * preposition, which is what is measured (the name is its place), or k when none.
 */
function pastNamedOwner(an: Analysis, k: number): number {
  let j = k;
  while (j > 0 && an.pos[j] === 'PROPN') j--;
  if (j < k && an.pos[j] === 'DET') j--;
  return j < k && OWNER_PREPOSITIONS.has(an.lower[j]) && nounAt(an, j - 1) ? j - 1 : k;
}

/**
 * Verbs of giving or paying, whose subject does something with an amount rather than being measured
 * by it: "A jury awarded $50m", "the company paid $5bn" (the amount is the award, the payment, not
 * the jury). Offers, demands and requests are read as such (status.ts).
 */
export const GIVING = new Set(['award', 'pay', 'give', 'spend', 'donate', 'grant', 'lend', 'fine', 'invest', 'raise', 'charge', 'owe', 'pledge', 'allocate', 'provide']);

/**
 * "The global average temperature in 2023 was", "… throughout the year was": the subject stands
 * before a phrase of time; the noun before it, or k as it was.
 */
export function overTimePhrase(an: Analysis, k: number): number {
  if (!(an.types[k] === 'number' || TIME_NOUNS.has(an.lower[k]))) return k;
  let p = k - 1;
  while (an.pos[p] === 'DET' || an.pos[p] === 'ADJ') p--;
  return TIME_PREPOSITIONS.has(an.lower[p]) && nounAt(an, p - 1) ? p - 1 : k;
}

const TIME_NOUNS = new Set(['year', 'month', 'quarter', 'week', 'day', 'decade', 'period', 'season']);
const TIME_PREPOSITIONS = new Set(['in', 'throughout', 'during', 'over', 'for', 'since']);

/**
 * "efficacy fell to 62 percent. But it rose to 90 percent": a share or an amount whose verb of
 * change or "to be" has a pronoun for subject ("it", "they"), which names what the figure before
 * it measured.
 */
export function pronounSubject(an: Analysis, first: number): boolean {
  const k = verbBefore(an, first);
  if (!(an.pos[k] === 'VERB' && CHANGE_WORDS.has(lemmaOf(an, k))) && !COPULA.has(an.lower[k])) return false;
  const at = beforeAuxiliaries(an, k - 1);
  return an.lower[at] === 'it' || an.lower[at] === 'they';
}

/**
 * "Revenue at the Intelligent Cloud unit, which houses Azure, grew 20 per cent": the subject stands
 * before a relative clause set off by commas; the token before that clause, or k as it was.
 */
export function overRelativeClause(an: Analysis, k: number): number {
  if (an.values[k] !== ',') return k;
  const s0 = an.sentences[an.sentenceOf[k]][0];
  for (let i = k - 1; i > s0 && k - i < 25; i--) {
    if (an.values[i] !== ',') continue;
    // So does an apposition: "The strike, the longest in decades, lasted 46 days".
    return /^(which|who|where|whose|that)$/.test(an.lower[i + 1]) || (an.pos[i + 1] === 'DET' && nounAt(an, i - 1)) ? i - 1 : k;
  }
  return k;
}

/** Words between a verb of change and its figure: "rose by 5%", "is up 9%", "fell to 3%". */
const CHANGE_LINKS = new Set(['by', 'to', 'up', 'down', 'worth', 'nearly', 'almost', 'about', 'around', 'some', 'roughly', 'just', 'only', 'over', 'more', 'than']);

/** A noun, or a capitalised noun that opens a sentence, which wink reads as a name ("Revenue was …"). */
export const nounAt = (an: Analysis, i: number) => an.pos[i] === 'NOUN' || (an.pos[i] === 'PROPN' && i === firstWord(an, i)) || nounBeforeOf(an, i);

/**
 * "a fourth-wicket stand of 192", "a record haul of 40": a word between a determiner and "of", past
 * only adjectives and nouns, is a noun, whatever a tagger reads ("stand" as a verb): no verb is led
 * by "a" and followed by "of".
 */
function nounBeforeOf(an: Analysis, i: number): boolean {
  if (an.pos[i] !== 'VERB' || an.lower[i + 1] !== 'of' || /(?:ing|ed)$/.test(an.lower[i])) return false;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (an.pos[k] === 'DET' || POSSESSIVES.has(an.lower[k])) return true;
    if (!(an.pos[k] === 'ADJ' || an.pos[k] === 'NOUN' || (an.values[k] === '-' && k > 0))) return false;
  }
  return false;
}

export const firstWord = (an: Analysis, i: number) => {
  let k = an.sentences[an.sentenceOf[i]][0];
  while (k < i && an.types[k] !== 'word') k++;
  return k;
};

/**
 * "Of the 6.9 million accounts hacked, 5.5 million contained …", "Of 1,000 participants, 12
 * developed side effects": a sentence that opens with "of" and a count names, before its comma,
 * the whole that the figure right after the comma is a part of: the whole's figure and its noun
 * (the last noun before any verb).
 */
export function wholeOpening(an: Analysis, first: number): { figure: number; head: number } | undefined {
  // Past an adverb: "…, only 12 cast a vote".
  const comma = an.pos[first - 1] === 'ADV' ? first - 2 : first - 1;
  if (an.values[comma] !== ',' && !DASHES.has(an.values[comma])) return undefined;
  const s0 = an.sentences[an.sentenceOf[first]][0];
  if (an.lower[s0] !== 'of') return undefined;
  let k = s0 + 1;
  if (/^(the|its|their|those|these|his|her|our)$/.test(an.lower[k])) k++;
  // "Of the Fed's 19 policymakers": past the owner's name.
  if ((an.pos[k] === 'PROPN' || an.pos[k] === 'NOUN') && /^['’]s$/.test(an.values[k + 1] ?? '')) k += 2;
  const figure = k;
  if (an.types[k] !== 'number' && !isNumberWord(an.lower[k])) return undefined;
  k++;
  while (an.pos[k] === 'NUM') k++;
  let head = -1;
  for (; k < comma && (an.pos[k] === 'NOUN' || an.pos[k] === 'PROPN' || an.pos[k] === 'ADJ' || DASHES.has(an.values[k])); k++) if (an.pos[k] === 'NOUN') head = k;
  return head >= 0 ? { figure, head } : undefined;
}

/**
 * "Of the 181 people on board -- including 175 passengers and six crew members -- 176 had been
 * confirmed dead": the figure a sentence opens with after "Of the" is the whole that a figure after
 * its comma or dash is a part of (wholeOpening, read from the part).
 */
export function opensAsWhole(an: Analysis, first: number): boolean {
  const [s0, s1] = an.sentences[an.sentenceOf[first]];
  if (an.lower[s0] !== 'of') return false;
  for (let k = first + 1; k < s1; k++) {
    const part = an.pos[k + 1] === 'ADV' ? k + 2 : k + 1;
    if ((an.values[k] === ',' || DASHES.has(an.values[k])) && (an.types[part] === 'number' || isNumberWord(an.lower[part])) && wholeOpening(an, part)?.figure === first) return true;
  }
  return false;
}
