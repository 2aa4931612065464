// Ages: "Arteta, 41,", "the 20-year-old Spaniard", "aged 16", "who turns 20 later in June". An
// age is its own kind of figure (claimIndex.ts blockKey), compared only for one person at one moment
// (verdicts.ts verdictOf).
import type { Analysis } from './nlp';
import { DASHES, POSSESSIVES } from './lexicon';
import { lemmaOf } from './context';

export const AGE = 'age';

/**
 * "the 20-year-old Spaniard", "a 36-year-old": an age, not a span of years. Gives the person as
 * the noun after it names them (lower case), "?" when nothing does.
 */
export function yearsOld(an: Analysis, first: number, last: number): string | undefined {
  // "aged just 17 years old", "17 years old": an age, whoever's it is.
  if (agedBefore(an, first) || an.lower[last + 1] === 'old') return '?';
  if (!DASHES.has(an.values[last + 1] ?? '') || an.lower[last + 2] !== 'old') return undefined;
  const k = last + 3;
  return (an.pos[k] === 'NOUN' || an.pos[k] === 'PROPN') && an.types[k] === 'word' ? an.lower[k] : '?';
}

/** "aged 16", "aged just 17": the word "aged" before the figure, or before one adverb before it. */
const agedBefore = (an: Analysis, first: number) => an.lower[first - 1] === 'aged' || (an.lower[first - 2] === 'aged' && an.pos[first - 1] === 'ADV');

/**
 * "ranging in age from 16 to 49", "ages 16 to 41", "between the ages of 16 and 41": "age" or "ages"
 * just before the span, past its "from" or "between", or before "of".
 */
function inAgeBefore(an: Analysis, first: number): boolean {
  const k = an.lower[first] === 'from' || an.lower[first] === 'between' ? first - 1 : an.lower[first - 1] === 'of' ? first - 2 : first - 1;
  return /^ages?$/.test(an.lower[k] ?? '');
}

/** Verbs that give the bare number after them as an age still to come ("who turns 20 later in June"). */
export const AGE_TO_COME = new Set(['turns', 'turning']);

/** A whole number a person's age may be. */
export const isAge = (value: number) => Number.isInteger(value) && value >= 1 && value <= 120;

/**
 * "Manager Mikel Arteta, 41, praised …", "… said Arteta, 41.": a whole number set off by commas
 * after a name is that person's age, the news convention. Gives the person (the name's last word,
 * lower case), or undefined.
 */
export function ageOf(an: Analysis, first: number, last: number, value: number): string | undefined {
  // "aged 16 to 41", "ranging in age from 16 to 49": a span of ages, whoever's they are.
  if (first !== last && (agedBefore(an, first) || inAgeBefore(an, first))) return '?';
  if (first !== last || an.types[first] !== 'number' || !isAge(value)) return undefined;
  // "who turns 20 later in June", "turned 40 in May": an age, whoever's it is.
  // "joined Dortmund in 2020, aged 16", "aged just 17".
  if (AGE_TO_COME.has(an.lower[first - 1]) || an.lower[first - 1] === 'turned' || agedBefore(an, first)) return '?';
  const said = ageSaid(an, first);
  if (said) return said;
  if (an.values[first - 1] !== ',') return undefined;
  const next = an.values[last + 1];
  // "The suspect, 34, was arrested", "a woman, 62,": one person named by a noun, set off by commas.
  const end = next === ',' || next === '.' || next === undefined;
  if (an.pos[first - 2] === 'NOUN') return end && (an.pos[first - 3] === 'DET' || POSSESSIVES.has(an.lower[first - 3] ?? '')) && lemmaOf(an, first - 2) === an.lower[first - 2] ? an.lower[first - 2] : undefined;
  if (an.pos[first - 2] !== 'PROPN') return undefined;
  return end ? an.lower[first - 2] : undefined;
}

/** Words that may follow an age said with "is" ("Mahomes is 28 and …", "He was 37 when …"). */
const AFTER_AGE_SAID = new Set(['and', 'when', 'but', 'at', 'as']);

/**
 * "Mahomes is 28 and already has …", "He was 37 when he won": a bare whole number that a person is
 * or was, with nothing counted after it, is that person's age. Gives the person (a name's last
 * word, lower case; "?" for he or she), or undefined.
 */
export function ageSaid(an: Analysis, first: number): string | undefined {
  if (an.lower[first - 1] !== 'is' && an.lower[first - 1] !== 'was') return undefined;
  const next = an.values[first + 1];
  if (!(next === undefined || next === ',' || next === '.' || next === ';' || AFTER_AGE_SAID.has(an.lower[first + 1]))) return undefined;
  const who = first - 2;
  if (an.lower[who] === 'he' || an.lower[who] === 'she') return '?';
  // "the red Powerball was 10": a name after "the" names a thing, not a person; "The toll in
  // Morocco was 29": a name after a preposition, a place or an owner, not the subject.
  return an.pos[who] === 'PROPN' && /^\p{Lu}/u.test(an.values[who] ?? '') && !THING_BEFORE.test(an.lower[who - 1] ?? '') && !THING_BEFORE.test(an.lower[who - 2] ?? '') && an.pos[who - 1] !== 'ADP' ? an.lower[who] : undefined;
}

const THING_BEFORE = /^(the|a|an)$/;

/**
 * The age group a figure is of, read in its sentence ("More than 40% of India's residents are under
 * the age of 25", "about 25 per cent … in the age group of 0-14 years", "254 million people between
 * ages 15 and 24"): the nearest group named after the figure, else before it, as "lo-hi" ("<25",
 * "65+"). Two figures of different age groups, or one of a group and one of all ages, are of two
 * wholes.
 */
export function ageGroupAt(an: Analysis, first: number, last: number): string | undefined {
  const [s0, s1] = an.sentences[an.sentenceOf[first]];
  const text = an.text.slice(an.starts[s0], an.ends[s1]);
  if (!/\bage/i.test(text)) return undefined;
  const from = an.starts[s0];
  const end = an.ends[last] - from;
  const start = an.starts[first] - from;
  let after: [number, string] | undefined;
  let before: [number, string] | undefined;
  for (const [re, group] of AGE_GROUPS) {
    for (const m of text.matchAll(re)) {
      const g = group(m);
      // The figure's own words ("under the age of 25" for its 25) are no group it is of.
      if (m.index! <= start && m.index! + m[0].length >= end) continue;
      if (m.index! >= end && (!after || m.index! < after[0])) after = [m.index!, g];
      else if (m.index! + m[0].length <= start && (!before || m.index! > before[0])) before = [m.index!, g];
    }
  }
  return (after ?? before)?.[1];
}

const SPAN = String.raw`(\d{1,3})\s*(?:to|-|–|and)\s*(\d{1,3})`;
const AGE_GROUPS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/\b(under|below|younger than)\s+(?:the\s+)?age\s+of\s+(\d{1,3})/gi, (m) => `<${m[2]}`],
  [/\b(over|above|older than)\s+(?:the\s+)?age\s+of\s+(\d{1,3})/gi, (m) => `${m[2]}+`],
  // Not "aged 16 to 41", which spans the ages of a group's members (ageSpanVerdict), not a group.
  [new RegExp(String.raw`\b(?:age\s+(?:group|bracket)\s+of|(?:between\s+)?(?:the\s+)?ages\s+(?:of\s+)?)\s*${SPAN}`, 'gi'), (m) => `${m[1]}-${m[2]}`],
  [new RegExp(String.raw`\b${SPAN}\s+(?:years?\s+)?age\s+(?:group|bracket)`, 'gi'), (m) => `${m[1]}-${m[2]}`],
];
