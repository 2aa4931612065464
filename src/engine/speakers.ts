// Who "he said" stands for: the nearest person named before a quotation, not a nearer place,
// outlet or cause (quotes.ts reads the speaker named around the quotation first); and whether a
// speaker is a named person, and two speakers one name (quoteCompare.ts speakerClash).
import type { Analysis } from './nlp';
import { lemmaOf, spanText } from './context';
import { INSTITUTION_WORDS, TITLES, isDayName } from './lexicon';
import type { QuoteClaim } from './types';

/** Verbs of speech: the ones that introduce a speaker's words. */
export const SPEECH = new Set(['say', 'tell', 'quote', 'add', 'write', 'state', 'declare', 'express', 'remark', 'comment', 'note', 'insist', 'explain', 'announce', 'pledge', 'promise', 'vow', 'warn', 'ask', 'reply', 'answer', 'tweet', 'post', 'argue', 'claim', 'admit', 'acknowledge', 'recall', 'stress', 'emphasise', 'emphasize', 'testify', 'concede', 'respond', 'shout', 'urge', 'speak']);

/** The nearest name before token i: who a pronoun most likely stands for. */
export function nameBefore(an: Analysis, i: number): string | undefined {
  // "he said" stands for the nearest person named before: a name with a title or a role before it
  // ("head coach Deschamps", "Mr Modi"), one that speaks ("Tariq Farooq, … minister, said"), a full
  // name or a surname the text gives in full as the subject of a clause; not a place, an outlet or a
  // cause ("Kashmir", "Reuters", "Brexit") that happens to stand nearer.
  for (let k = i - 1; k >= 0 && k > i - 400; k--) {
    if (an.pos[k] !== 'PROPN' || an.pos[k - 1] === 'PROPN') continue;
    if (isDayName(an.lower[k])) continue; // "late Monday" names nobody
    let b = k;
    while (an.pos[b + 1] === 'PROPN' && an.types[b + 1] === 'word') b++;
    // "who already held the IBF, WBA and WBO titles": a name in capitals alone is a body, no person.
    if (b === k && ACRONYM.test(an.values[k])) continue;
    if (!qualifies(an, k, b) && (speaksOrTitled(an, k, b) || namesSubject(an, k, b))) return spanText(an, k, b);
  }
  return undefined;
}

const ACRONYM = /^\p{Lu}{2,}$/u;

/** "of Mexico", "in Guerrero": a place or a body after a preposition; "chief US economist": a name before a noun qualifies it. */
const qualifies = (an: Analysis, k: number, b: number) => an.pos[k - 1] === 'ADP' || an.pos[b + 1] === 'NOUN';

function speaksOrTitled(an: Analysis, k: number, b: number): boolean {
  if (TITLES.has(an.lower[k - 1]?.replace(/\.$/, '')) || (an.pos[k - 1] === 'NOUN' && an.types[k - 1] === 'word')) return true;
  let v = b + 1;
  // Past an appositive or an age set off by commas ("Smith, 54, said").
  if (an.values[v] === ',') {
    let c = v + 1;
    while (c < v + 14 && c < an.values.length && an.values[c] !== ',' && an.values[c] !== '.') c++;
    if (an.values[c] === ',') v = c + 1;
  }
  return SPEECH.has(lemmaOf(an, v)) || (an.pos[v] === 'AUX' && SPEECH.has(lemmaOf(an, v + 1)));
}

function namesSubject(an: Analysis, k: number, b: number): boolean {
  const subject = an.pos[b + 1] === 'VERB' || an.pos[b + 1] === 'AUX' || an.values[b + 1] === ',';
  return subject && (b > k || withFirstName(an, k));
}

function withFirstName(an: Analysis, k: number): boolean {
  const at = namesOf(an).get(an.values[k]);
  // "in Kashmir", "across Maui": a name the text places things in is a place ("Pakistani Kashmir" is no full name).
  if (!at || at.placed.some((m) => m !== k)) return false;
  return at.full.some((m) => m !== k);
}

/**
 * Where each word stands after a place word ("in Kashmir") and where as the last of a full name
 * ("Moussa Mostafa Moussa", "Abdel Fattah al-Sisi"): read once per text, not once per name asked.
 */
function namesOf(an: Analysis): Map<string, { placed: number[]; full: number[] }> {
  let names = namesByText.get(an);
  if (names) return names;
  names = new Map();
  for (let m = 1; m < an.values.length; m++) {
    const placed = PLACE_WORDS.has(an.lower[m - 1]);
    const full = (an.pos[m - 1] === 'PROPN' && an.types[m - 1] === 'word') || (an.values[m - 1] === '-' && an.pos[m - 3] === 'PROPN');
    if (!placed && !full) continue;
    let at = names.get(an.values[m]);
    if (!at) names.set(an.values[m], (at = { placed: [], full: [] }));
    if (placed) at.placed.push(m);
    if (full) at.full.push(m);
  }
  namesByText.set(an, names);
  return names;
}

const namesByText = new WeakMap<Analysis, Map<string, { placed: number[]; full: number[] }>>();

const PLACE_WORDS = new Set(['in', 'across', 'near', 'into', 'throughout']);

/**
 * A speaker named as a person: two or more capitalised words ("Kim Jong Un", "Judge Ann Okafor"),
 * none of them a word for a body or an outlet ("Special Court", "New York Times"), and not merely
 * the source the words came through.
 */
export function isPerson(q: QuoteClaim): boolean {
  const words = q.speaker?.trim().split(/\s+/) ?? [];
  if (q.carrier || words.length < 2) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) && !INSTITUTION_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')));
}

export function sharesName(a: string, b: string): boolean {
  const x = new Set(a.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, '')));
  return b.toLowerCase().split(/\s+/).some((w) => w.length > 2 && x.has(w.replace(/['’]s$/, '')) && !TITLES.has(w));
}
