// What a figure counts: the noun phrase after it ("15,000 troops"), or before it ("a deployment of
// 15,000", "turnout was 68%", "Windows revenue is up 9%").
import type { Analysis } from './nlp';
import { isNumberWord } from './numbers';
import { DASHES, EPITHETS, INCREMENT_AFTER, PARTICIPLE_PREPOSITIONS, POSSESSIVES, QUALIFIER_PHRASES, STOPWORDS, isDayName } from './lexicon';
import { CHANGE_WORDS, FIGURE_MARKS, FORECAST_NOUNS } from './status';
import { beforeAuxiliaries, clauseOf, lemmaOf, spanText } from './context';
import { TIME_NOUNS } from './narrowing';
import { DIMENSIONS } from './dimensions';
import { listRow } from './listRows';
import { MARGINS } from './margins';
import { COPULA, GIVING, firstWord, nounAt, overRelativeClause, overTimePhrase, phraseAfter, subjectBefore, subjectOfVerbBefore, subjectPhrase, wholeOpening } from './subjects';

/** Nouns that are plural without an -s: they end a counted phrase like any plural. */
const INVARIANT_PLURALS = new Set(['people', 'police', 'personnel', 'staff', 'cattle', 'livestock', 'clergy', 'crew', 'folk']);

function isPlural(an: Analysis, i: number): boolean {
  const lemma = (an.lemmas[i] ?? an.lower[i]).toLowerCase();
  return an.pos[i] === 'NOUN' && (lemma !== an.lower[i] || INVARIANT_PLURALS.has(an.lower[i]));
}

/** The last word of the title after "-time" ("seven-time Wimbledon king"): its names, adjectives and nouns. */
function titleEnd(an: Analysis, j: number): number {
  let end = j;
  for (let k = j + 1; k < an.values.length && an.sentenceOf[k] === an.sentenceOf[j] && an.types[k] === 'word'; k++) {
    // A name after the title's noun is the holder's ("23-time champion Novak Djokovic").
    if (an.pos[k] === 'PROPN' && end > j && an.pos[end] === 'NOUN') break;
    if (an.pos[k] === 'NOUN' || an.pos[k] === 'PROPN') end = k;
    else if (an.pos[k] !== 'ADJ') break;
  }
  return end;
}

/**
 * "a three-train collision", "the 133 seat legislature": the noun at j is what is counted, and the
 * noun after it what the counted things make up, not a kind of them: no narrowing.
 */
function madeUpOf(an: Analysis, j: number): { noun: string; nounForm: string; phrase: string; span: [number, number]; part: boolean; increment: boolean; last: number } {
  // A name as the whole runs to its end, and to the noun just after it ("141-car Norfolk Southern train").
  let last = j + 1;
  if (an.pos[last] === 'PROPN') {
    while (an.pos[last + 1] === 'PROPN' && an.sentenceOf[last + 1] === an.sentenceOf[j]) last++;
    if (an.pos[last + 1] === 'NOUN' && an.sentenceOf[last + 1] === an.sentenceOf[j]) last++;
  }
  return { noun: lemmaOf(an, j), nounForm: an.lower[j], phrase: spanText(an, j, last), span: [j, j], part: false, increment: false, last };
}

/** Words that, before a unit of time, name a span as of when a figure holds ("last year", "next week"). */
const TIME_EDGES = new Set(['last', 'next', 'past']);

/** Whether token `first` opens its line, past a list's bullet. */
function opensLine(an: Analysis, first: number): boolean {
  const start = an.text.lastIndexOf('\n', an.starts[first] - 1) + 1;
  return /^[\s\-*•]*$/.test(an.text.slice(start, an.starts[first]));
}

/** Words before "other" and a count ("the other two", "its 40 other") that make it the rest of a group. */
const REST_OF = /^(the|its|their|his|her|our)$/;

/** A hedge of about as much that ends in "of" ("just shy of", "the best part of"): its noun is no counted one. */
const hedgeOfBefore = (an: Analysis, first: number) => QUALIFIER_PHRASES.some(([w, q]) => q === 'approx' && w[w.length - 1] === 'of' && w.every((x, k) => an.lower[first - w.length + k] === x));

/** The token after an owner's name that starts at k ("state's", "Talvor's", "the players'"), or -1. */
function pastOwner(an: Analysis, k: number): number {
  let e = k;
  while (e < an.values.length && (an.pos[e] === 'NOUN' || an.pos[e] === 'PROPN') && an.types[e] === 'word') e++;
  return e > k && /^['’]s?$/.test(an.values[e] ?? '') ? e + 1 : -1;
}

/** The counted noun phrase after the figure, or "deployment of 15,000" before it. */
export function countedNoun(an: Analysis, after: number, first: number, ofChange = false): { noun?: string; nounForm?: string; phrase?: string; span?: [number, number]; part?: boolean; increment?: boolean | 'rest'; before?: boolean; last: number; narrowedBy?: string[]; within?: number } {
  // "138: Royal Navy sailors.", "2,000: Number of guests at Westminster Abbey.": a figure that opens
  // its line before a colon, as lists of figures are written, counts what the colon brings in.
  if (an.values[after] === ':' && opensLine(an, first)) {
    let k = an.lower[after + 1] === 'number' && an.lower[after + 2] === 'of' ? after + 3 : after + 1;
    if (an.pos[k] === 'DET') k++;
    return countedNoun(an, k, first, ofChange);
  }
  let j = after;
  let increment: boolean | 'rest' = false;
  // "the other two automakers", "its other 40 stores": the rest of a group, a part of it.
  let part = an.lower[first - 1] === 'other' && REST_OF.test(an.lower[first - 2] ?? '');
  // "a 7.1-magnitude earthquake": the hyphened word qualifies the noun that follows.
  if (DASHES.has(an.values[j]) && an.starts[j] === an.ends[j - 1] && an.types[j + 1] === 'word' && an.ends[j] === an.starts[j + 1]) {
    j++;
    // "the 6.7-metre-long Titan": the dimension is the measure's, the noun after it what it measures.
    if (DIMENSIONS.has(an.lower[j]) && (an.pos[j + 1] === 'NOUN' || an.pos[j + 1] === 'PROPN')) j++;
    // "a two-time Olympic champion" counts times, not champions; "a three-train collision", "a
    // 22-page memo" count trains and pages. The times are those of the title that follows: its
    // words stay in the phrase, so that "a seven-time Wimbledon king" and "a 23-time grand slam
    // champion" count two things (frameGroup.ts groupFactor).
    if (an.lower[j] === 'time') return { noun: 'time', nounForm: 'times', phrase: spanText(an, j, titleEnd(an, j)), span: [j, j], part: false, increment: false, last: j };
    // "the 32-story Space Launch System (SLS) rocket": so with a name as the whole.
    if (an.pos[j] === 'NOUN' && (an.pos[j + 1] === 'NOUN' || an.pos[j + 1] === 'PROPN')) return madeUpOf(an, j);
  }
  // "the 133 seat legislature": a singular noun between a count above one and another singular
  // noun is that noun's measure written without its hyphen ("the 113-seat legislature"); not "12,000
  // job cuts", whose plural counts the cuts, nor "75,000 health care workers", whose nouns run on.
  else if (an.pos[j] === 'NOUN' && an.pos[j + 1] === 'NOUN' && an.pos[j + 2] !== 'NOUN' && !isPlural(an, j) && !isPlural(an, j + 1) && an.types[j + 1] === 'word' && an.types[j - 1] === 'number' && Number(an.values[j - 1].replace(/,/g, '')) > 1 && an.sentenceOf[j + 1] === an.sentenceOf[first]) return madeUpOf(an, j);
  // "a second four-year term": a measure joined by a hyphen qualifies the noun that follows.
  else if ((an.types[j] === 'number' || isNumberWord(an.lower[j] ?? '')) && DASHES.has(an.values[j + 1]) && an.ends[j] === an.starts[j + 1] && an.types[j + 2] === 'word') j += 3;
  if (INCREMENT_AFTER.has(an.lower[j]) && an.lower[j + 1] !== 'than') {
    // "the 11 other voting members", as "the other 11": the rest of a group that "the" names, a
    // part of it, not more of a count.
    if (an.lower[j] === 'other' && REST_OF.test(an.lower[first - 1] ?? '')) part = true;
    // "held news conferences in six other cities": the rest besides the one named, not more of a
    // count added since the last (verdicts.ts).
    else increment = an.lower[j] === 'other' && an.pos[j + 1] === 'NOUN' ? 'rest' : true;
    j++;
  }
  const ofWhole = an.lower[j] === 'of' && ['the', 'those', 'these', 'its', 'their', 'them', 'his', 'her', 'our'].includes(an.lower[j + 1]);
  // "four of Talvor's six mines": an owner's name, with no determiner, before the whole.
  if (ofWhole || (an.lower[j] === 'of' && pastOwner(an, j + 1) > 0)) {
    part = true;
    j += ofWhole && an.lower[j + 1] !== 'them' ? 2 : 1;
    // "12 of the state's 67 counties", "two of the team's players": past the owner, to the whole.
    const owned = pastOwner(an, j);
    if (owned > 0) j = owned;
    // "48 of its 365 seats", "Four of the five victims": past the whole's own count, to what both count.
    if ((an.types[j] === 'number' || isNumberWord(an.lower[j] ?? '')) && an.pos[j + 1] === 'NOUN') j++;
  }
  const s = an.sentenceOf[first];
  // "up 24 per cent year-over-year", "year on year": the base of the change, not what changed.
  if (ofChange && an.lower[j] === 'year' && /^(over|on)$/.test(an.lower[j + 1] === '-' ? an.lower[j + 2] : an.lower[j + 1])) j = an.sentences[s][1] + 1;
  let head = -1;
  let k = j;
  while (k < an.values.length && an.sentenceOf[k] === s && an.types[k] === 'word') {
    // "20,000 Ford employees": a capitalised word inside a sentence and before a noun is a name,
    // whatever the tagger made of it (it reads "Ford" as the verb).
    const p = an.pos[k] !== 'NOUN' && an.pos[k + 1] === 'NOUN' && /^\p{Lu}\p{Ll}/u.test(an.values[k]) && k !== firstWord(an, k) ? 'PROPN' : an.pos[k];
    // "rat-hole miners", "flood-hit villages": a word joined by a dash to the next one modifies it.
    if (DASHES.has(an.values[k + 1]) && an.ends[k] === an.starts[k + 1] && an.starts[k + 2] === an.ends[k + 1] && an.types[k + 2] === 'word') {
      if (an.pos[k + 2] === 'NOUN' || an.pos[k + 2] === 'PROPN') head = k + 2;
      k += 3;
      continue;
    }
    // A plural noun ends the phrase ("2,000 firefighters next week", "1.5 million people lack …").
    if (head >= 0 && isPlural(an, head)) break;
    // "cut by a half percentage point Wednesday": a day or a month names when, not what.
    if (/^\p{Lu}/u.test(an.values[k]) && isDayName(an.lower[k])) break;
    // "745,000 last year", "2,000 next week": when, not what.
    if (head < 0 && TIME_EDGES.has(an.lower[k]) && TIME_NOUNS.has(lemmaOf(an, k + 1))) break;
    // "+214,000 est.": a forecast's mark in a table, not what is counted (status.ts).
    if (an.lower[k] === 'est' || an.lower[k] === 'est.') break;
    // "10in of rain forecast", "an earnings estimate": a forecast of the thing, not the thing's noun (status.ts).
    if (head >= 0 && p === 'NOUN' && FORECAST_NOUNS.has(lemmaOf(an, k))) break;
    if (p === 'NOUN' || p === 'PROPN') head = k;
    else if (head < 0 && (p === 'ADJ' || (p === 'VERB' && /(ed|ing)$/.test(an.lower[k]) && an.pos[k + 1] === 'NOUN' && !mainVerb(an, first, k)))) { /* "armed personnel", "98 percent of polling stations" */ }
    // "1.2bn monthly active users", "20,000 newly displaced people": an adverb of the adjective.
    else if (head < 0 && p === 'ADV' && /ly$/.test(an.lower[k]) && (an.pos[k + 1] === 'ADJ' || an.pos[k + 1] === 'VERB')) { /* on */ }
    // "the decades-long Sierra Leone civil war": a name modifies the noun its adjective leads to.
    else if (head >= 0 && an.pos[head] === 'PROPN' && p === 'ADJ' && an.pos[k + 1] === 'NOUN') { /* on to the noun */ }
    else break;
    k++;
  }
  // "a 32-point, 25-minute masterpiece of a game", "a monster of a storm": an epithet set before
  // what it praises or damns with "of a" is that thing, which the figure measures.
  if (head >= 0 && EPITHETS.has(lemmaOf(an, head)) && an.lower[head + 1] === 'of' && /^an?$/.test(an.lower[head + 2] ?? '') && an.pos[head + 3] === 'NOUN') head += 3;
  // "Of the 6.9 million accounts hacked, 5.5 million contained …": a part of the whole its
  // sentence opens with, and with a verb after it, a count of that whole's noun.
  const whole = wholeOpening(an, first);
  if (whole && (head < 0 || verbAt(an, after))) {
    const h = whole.head;
    return { noun: lemmaOf(an, h), nounForm: an.lower[h], phrase: spanText(an, h, h), span: [h, h], part, increment, last: first, within: whole.figure };
  }
  if (head >= 0 && ofChange && CHANGE_WORDS.has(lemmaOf(an, head))) {
    // "an 11% increase in sales of Windows PCs", "Windows revenue saw a 9.5% rise": a change is
    // about what changed, named after "in" or "of", else the subject of its clause.
    const after = /^(in|of)$/.test(an.lower[head + 1]) ? phraseAfter(an, head + 2, s) : undefined;
    // "a 25% general wage increase", "a rate cut": a noun before the change names what changed.
    let m = head - 1;
    while (m >= j && an.pos[m] !== 'NOUN') m--;
    const named = m >= j && !TIME_NOUNS.has(lemmaOf(an, m)) ? { noun: lemmaOf(an, m), nounForm: an.lower[m], phrase: spanText(an, m, m), span: [m, m] as [number, number] } : undefined;
    // "a 9.5% rise in the quarter": when, not what.
    const changed = after && !TIME_NOUNS.has(after.noun) ? after : named ?? subjectPhrase(an, subjectOfVerbBefore(an, first), s);
    return { ...changed, part, increment, before: changed ? true : undefined, last: head };
  }
  // "a majority of just 346 votes", "a lead of 12 points": the margin, in votes or points (MARGINS).
  let of = first - 1;
  while (an.pos[of] === 'ADV') of--;
  if (head >= 0 && an.lower[of] === 'of' && MARGINS.has(lemmaOf(an, of - 1))) {
    return { noun: lemmaOf(an, of - 1), nounForm: an.lower[of - 1], phrase: spanText(an, of - 1, head), span: [of - 1, of - 1], part, increment, before: true, last: head };
  }
  if (head >= 0) {
    const end = narrowedBy(an, head);
    const by = end > head ? an.lower.slice(head + 1, end + 1).filter((w) => !STOPWORDS.has(w)) : spanLater(an, head);
    return { noun: lemmaOf(an, head), nounForm: an.lower[head], phrase: spanText(an, j, end), span: [j, head], part, increment, last: head, narrowedBy: by };
  }
  // "a total deployment of 15,000": the noun before "of"; "turnout was 68%": the subject of "to be";
  // "Windows revenue is up 9%", "gaming revenue surged by 50%": the subject of a verb of change.
  // "The giant ship, 984 feet in length, drifted": a dimension set off by a comma is of the noun before it.
  const dimension = (an.lower[after] === 'in' && DIMENSIONS.has(an.lower[after + 1])) || DIMENSIONS.has(an.lower[after]);
  // "4. India: 26%" under "This is the full list of reciprocal tariffs …:": what the list gives.
  const row = listRow(an, first - 1);
  if (row?.noun) return { ...row.noun, part, increment, before: true, last: first };
  // "a \"discounted reciprocal tariff\" of 27%": past the marks that set the noun apart.
  const ofAt = an.lower[first - 1] === 'of' && !hedgeOfBefore(an, first) ? (FIGURE_MARKS.has(an.values[first - 2]) ? first - 3 : first - 2) : -1;
  const atWord = pastHedge(an, first);
  const at = an.values[first - 1] === ',' && dimension ? first - 2 : ofAt >= 0 ? ofAt : COPULA.has(an.lower[first - 1]) ? overRelativeClause(an, overTimePhrase(an, beforeAuxiliaries(an, first - 2))) : an.lower[atWord] === 'at' ? putAt(an, atWord) : an.values[first - 1] === ':' ? labelled(an, first - 1, after) : ofChange ? subjectBefore(an, first) : -1;
  // "a rise of 15 per cent": a change of what the figure before measures (see quantities.ts).
  if (ofChange && an.lower[first - 1] === 'of' && CHANGE_WORDS.has(lemmaOf(an, at))) return { part, increment, last: first };
  const subject = subjectPhrase(an, at, s, an.lower[first - 1] !== 'of');
  if (subject) return { ...subject, part, increment, before: true, last: first };
  // "The Pinault family has pledged 100 million euros", "A jury awarded $50m": an amount a verb of
  // giving or paying takes is named by that deed (a pledge, an award), not by the one who did it.
  const deed = ofChange ? givingBefore(an, first, after) : -1;
  const act = deed >= 0 ? givingLemma(an, deed) : '';
  return deed >= 0 ? { noun: act, nounForm: act, phrase: act, span: [deed, deed], part, increment, before: true, last: first } : { part, increment, last: first };
}

/**
 * "- Unemployment rate: 3.8%", "Average hourly earnings, month-on-month: 0.3%": in a table or a list,
 * the figure after a colon is of the label before it (its head noun, before any comma), when the
 * label is no clause and nothing after the figure names it ("$23B in revenue").
 */
function labelled(an: Analysis, colon: number, after: number): number {
  if (an.lower[after] === 'in' && an.pos[after + 1] === 'NOUN') return -1;
  const s0 = an.sentences[an.sentenceOf[colon]][0];
  let end = colon;
  for (let k = s0; k < colon; k++) {
    if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') return -1;
    if (an.values[k] === ',' && end === colon) end = k;
  }
  for (let k = end - 1; k >= s0; k--) if (an.pos[k] === 'NOUN' || an.pos[k] === 'PROPN') return k;
  return -1;
}

/**
 * "put the death toll in Derna at 5,500", "estimated the cost at $2bn", "put support at 45 per
 * cent": the figure is of the object of the verb that sets it, named before "at" (the head of the
 * noun phrase after the verb, before any phrase that places it).
 */
function putAt(an: Analysis, atWord: number): number {
  const s0 = an.sentences[an.sentenceOf[atWord]][0];
  for (let v = atWord - 1; v > s0 && v > atWord - 10; v--) {
    if (an.pos[v] !== 'VERB') continue;
    // "The toll stands at 1,000", "Gross margin came in at 17.9%", "Shares closed at $10": the
    // subject's. Not a name's: "Arm opened at $56.10" is a price of Arm, not a count of Arms.
    if (STANDS.has(lemmaOf(an, v)) && (v === atWord - 1 || (v === atWord - 2 && an.lower[v + 1] === 'in'))) {
      const j = beforeAuxiliaries(an, v - 1, s0);
      return nounAt(an, j) && an.pos[j] !== 'PROPN' ? j : -1;
    }
    if (!PUT.has(lemmaOf(an, v))) continue;
    let k = v + 1;
    while (an.pos[k] === 'DET' || an.pos[k] === 'ADJ') k++;
    let head = -1;
    while (k < atWord && (an.pos[k] === 'NOUN' || (an.pos[k] === 'PROPN' && head < 0))) head = k++;
    return head;
  }
  // "went into the ceremony with the most nominations at 13": a plural noun just before "at" counts
  // the bare number after it (not a price: "selling shares at $51").
  return an.pos[atWord - 1] === 'NOUN' && isPlural(an, atWord - 1) && an.types[atWord + 1] === 'number' ? atWord - 1 : -1;
}

/**
 * The token before a figure's hedge ("at about 5,500", "at more than 17.9%"; lexicon.ts
 * QUALIFIER_PHRASES), or just before the figure: a hedge qualifies the figure, it does not part it
 * from what it is of.
 */
function pastHedge(an: Analysis, first: number): number {
  const hedge = QUALIFIER_PHRASES.find(([w]) => w.every((x, k) => an.lower[first - w.length + k] === x))?.[0];
  return first - 1 - (hedge?.length ?? 0);
}

const STANDS = new Set(['stand', 'come', 'close', 'end', 'finish', 'settle', 'open', 'peak', 'hover', 'sit', 'remain', 'trade', 'start']);

const PUT = new Set(['put', 'estimate', 'peg', 'place', 'set', 'value', 'fix', 'forecast', 'project', 'tally', 'assess', 'cap']);

/**
 * "Of 1,000 participants, 12 developed side effects": a verb in -ed after a figure that opens its
 * clause, with no other verb in the clause, is what the figure did, not a word that qualifies what
 * it counts ("sent 2,000 armed personnel", "12 injured people were taken to hospital").
 */
function mainVerb(an: Analysis, first: number, k: number): boolean {
  const [c0, c1] = clauseOf(an, first, k);
  for (let i = c0; i < first; i++) if (an.pos[i] === 'VERB' || an.pos[i] === 'AUX') return false;
  for (let i = k + 1; i <= c1; i++) if (an.pos[i] === 'VERB' || an.pos[i] === 'AUX') return false;
  return true;
}

/**
 * "bettered his own timing by 50 seconds", "their own estimate of 8,000": a figure measured on the
 * subject's own mark, set apart from another's ("Kipchoge's world mark", "the UN's figure") by the
 * writer. Looked for just before the figure, in its clause.
 */
export function ownMarkBefore(an: Analysis, first: number): boolean {
  const [c0] = clauseOf(an, first, first);
  for (let k = first - 1; k >= Math.max(c0 + 1, first - 5); k--) if (an.lower[k] === 'own' && POSSESSIVES.has(an.lower[k - 1])) return true;
  return false;
}

/** A verb at token i, or a singular noun before a determiner, which is one the tagger misread ("12 cast a vote"). */
const verbAt = (an: Analysis, i: number) => an.pos[i] === 'VERB' || an.pos[i] === 'AUX' || (an.pos[i] === 'NOUN' && !isPlural(an, i) && an.pos[i + 1] === 'DET');

/**
 * "four countries neighboring the DRC", "people living near the plant": a participle and its object
 * just after the counted noun narrow what is counted, as an adjective before it would ("African
 * countries"). The phrase's last token: the object's, or the noun's when no participle follows.
 */
function narrowedBy(an: Analysis, head: number): number {
  const v = head + 1;
  const span = spanFrom(an, v);
  if (span > 0) return span;
  // "people eligible to cast ballots", "workers able to return": an adjective with "to" and its
  // verb narrows the noun as the participle does; the phrase ends at the verb.
  if (an.pos[v] === 'ADJ' && an.lower[v + 1] === 'to' && an.pos[v + 2] === 'VERB' && an.sentenceOf[v + 2] === an.sentenceOf[head]) return v + 2;
  // wink tags some such participles as adjectives ("neighboring").
  if ((an.pos[v] !== 'VERB' && an.pos[v] !== 'ADJ') || !/ing$/.test(an.lower[v]) || an.sentenceOf[v] !== an.sentenceOf[head]) return head;
  // Not a word of time or of a list ("following the eruption", "including"), nor a compound ("a
  // 34-match winning streak": a noun straight after it).
  if (PREPOSITION_LIKE.has(an.lower[v]) || (an.pos[v + 1] !== 'ADP' && an.pos[v + 1] !== 'DET' && an.pos[v + 1] !== 'PROPN')) return head;
  let k = v + 1;
  if (an.pos[k] === 'ADP') k++;
  if (an.pos[k] === 'DET') k++;
  let end = -1;
  while (an.sentenceOf[k] === an.sentenceOf[head] && (an.pos[k] === 'PROPN' || an.pos[k] === 'NOUN' || an.pos[k] === 'ADJ')) end = k++;
  return end > v ? end : head;
}

/**
 * "a toll of 577 deaths for the two busiest days of hajj", "deaths in the past 24 hours": a span of
 * time narrows a count to that span, a part of the whole. The last token of the span that opens at
 * token v, or -1.
 */
function spanFrom(an: Analysis, v: number): number {
  const w = an.lower[v];
  const opens = w === 'for' || w === 'during' || (w === 'in' && an.lower[v + 1] === 'the' && SPAN_EDGES.has(an.lower[v + 2]));
  if (!opens) return -1;
  let k = v + 1;
  if (an.pos[k] === 'DET') k++;
  // The span is cut out of a longer time by a count, an edge or a superlative ("two busiest", "past
  // 24", "first"): "net income for the quarter", "for the third quarter" name the whole period told.
  let cut = false;
  for (; an.sentenceOf[k] === an.sentenceOf[v] && (an.pos[k] === 'NUM' || an.pos[k] === 'ADJ' || an.types[k] === 'number' || SPAN_EDGES.has(an.lower[k])); k++) {
    cut ||= an.types[k] === 'number' || (an.pos[k] === 'NUM' && an.types[k] !== 'ordinal') || SPAN_EDGES.has(an.lower[k]) || /est$/.test(an.lower[k]);
  }
  const l = lemmaOf(an, k);
  return cut && an.sentenceOf[k] === an.sentenceOf[v] && (TIME_NOUNS.has(l) || l === 'hour') ? k : -1;
}

/**
 * The words of a span of time later in the counted noun's clause ("deaths were recorded in the past
 * 24 hours", "during the first week"), if any.
 */
function spanLater(an: Analysis, head: number): string[] | undefined {
  const [, c1] = clauseOf(an, head, head);
  for (let v = head + 2; v <= Math.min(c1, head + SPAN_REACH); v++) {
    // "trapped for 17 days": after a verb, "for" tells how long the deed lasted, not a window.
    if (an.lower[v] === 'for') continue;
    const end = spanFrom(an, v);
    if (end > 0) return an.lower.slice(v, end + 1).filter((w) => !STOPWORDS.has(w));
  }
  return undefined;
}

/** Tokens after the counted noun within which a span of time of its clause is read. */
const SPAN_REACH = 6;

const SPAN_EDGES = new Set(['past', 'last', 'first', 'final', 'next']);

/** Participles that serve as prepositions, and those of a starting or closing time ("starting Monday"). */
const PREPOSITION_LIKE = new Set([...PARTICIPLE_PREPOSITIONS, 'starting', 'beginning', 'ending']);

/**
 * "seven people died … at the bowling alley", "found dead at the Recreation bowling alley": a toll
 * said of one site, after it in its clause, is a part of the event's toll (clearing.ts
 * partBelowWhole), not a rival total (quantities.ts asks only of counts of harm). Not a moment or a
 * manner ("at the time", "at the end", "at the hands of").
 */
export function atSite(an: Analysis, last: number): boolean {
  const s = an.sentenceOf[last];
  const joined = (i: number) => DASHES.has(an.values[i]) || DASHES.has(an.values[i + 1] ?? '');
  for (let k = last + 1; k < an.values.length && an.sentenceOf[k] === s && k - last < 12; k++) {
    if (CLAUSE_END.has(an.values[k])) return false;
    if (an.lower[k] !== 'at' || an.pos[k + 1] !== 'DET') continue;
    let j = k + 2;
    // Past the name of the place and its modifiers ("the Just-In-Time Recreation bowling alley").
    while (an.pos[j] === 'PROPN' || an.pos[j] === 'ADJ' || (an.pos[j] === 'NOUN' && an.pos[j + 1] === 'NOUN') || joined(j)) j++;
    // "at a bowling alley and bar": the sites of the whole event, not one of them.
    return an.pos[j] === 'NOUN' && !NOT_SITES.has(lemmaOf(an, j).toLowerCase()) && !/^(of|and|or)$/.test(an.lower[j + 1] ?? '');
  }
  return false;
}

const CLAUSE_END = new Set([',', ';', ':', '.', '—', '(']);

/** Nouns after "at the" that name a moment, a measure or a manner, not a place. */
const NOT_SITES = new Set(['time', 'end', 'start', 'beginning', 'moment', 'weekend', 'outset', 'height', 'peak', 'close', 'open', 'opening', 'rate', 'pace', 'cost', 'expense', 'age', 'hand', 'request', 'behest', 'level', 'price', 'same']);

/**
 * The verb of giving or paying (subjects.ts GIVING) just before the figure, past articles and
 * adverbs, and past the one it was given to ("fined the company $4.3 billion", "awarded the
 * families $1.4 billion", "fined Apple €1.8bn"), or -1.
 */
function givingBefore(an: Analysis, first: number, after: number): number {
  let k = first - 1;
  while (an.pos[k] === 'DET' || an.pos[k] === 'ADV' || an.types[k] === 'currency') k--;
  if (givingAt(an, k)) return k;
  // Not a price per unit ("pay shareholders $54.20 a share"), which its unit names.
  if (PER_UNIT.has(an.lower[after] ?? '')) return -1;
  for (let n = 0; n < 3 && /^(NOUN|PROPN|PRON)$/.test(an.pos[k]); n++) k--;
  while (an.pos[k] === 'DET') k--;
  return k < first - 1 && givingAt(an, k) ? k : -1;
}

/** A verb of giving or paying at token k. */
const givingAt = (an: Analysis, k: number) => an.pos[k] === 'VERB' && GIVING.has(givingLemma(an, k));

/** The lemma of a verb of giving; wink reads "fined" as a form of "fin". */
const givingLemma = (an: Analysis, k: number) => (an.lower[k].endsWith('ed') && GIVING.has(an.lower[k].slice(0, -1)) ? an.lower[k].slice(0, -1) : lemmaOf(an, k));

const PER_UNIT = new Set(['a', 'an', 'per', 'each', 'apiece']);

/**
 * "The 98-metre SLS is the most powerful rocket": a name a figure measures, said by "is" or "was"
 * to be a thing of some kind, is measured as that kind of thing (a rocket's height meets "the
 * 212-foot rocket"); the name stays among its words.
 */
export function kindOfName(an: Analysis, span: [number, number] | undefined): { noun: string; nounForm: string; phrase: string } | undefined {
  const h = span?.[1];
  if (h === undefined || an.pos[h] !== 'PROPN' || !/^(is|was)$/.test(an.lower[h + 1] ?? '')) return undefined;
  let k = h + 2;
  if (an.pos[k] === 'DET') k++;
  while (an.pos[k] === 'ADV' || an.pos[k] === 'ADJ') k++;
  // Not the subject of a clause that follows: "the $10bn James Webb Space Telescope is the farthest
  // humanity has ever seen".
  if (an.pos[k] !== 'NOUN' || an.types[k] !== 'word' || an.sentenceOf[k] !== an.sentenceOf[h] || an.pos[k + 1] === 'AUX' || an.pos[k + 1] === 'VERB') return undefined;
  return { noun: lemmaOf(an, k), nounForm: an.lower[k], phrase: an.values[k] };
}
