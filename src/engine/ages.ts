// Ages: "Arteta, 41,", "the 20-year-old Spaniard", "aged 16", "who turns 20 later in June". An
// age is its own kind of figure (claimIndex.ts blockKey), compared only for one person at one moment
// (verdicts.ts verdictOf).
import type { Analysis } from './nlp';
import { DASHES } from './lexicon';

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

/**
 * "Manager Mikel Arteta, 41, praised …", "… said Arteta, 41.": a whole number set off by commas
 * after a name is that person's age, the news convention. Gives the person (the name's last word,
 * lower case), or undefined.
 */
export function ageOf(an: Analysis, first: number, last: number, value: number): string | undefined {
  // "aged 16 to 41", "ranging in age from 16 to 49": a span of ages, whoever's they are.
  if (first !== last && (agedBefore(an, first) || inAgeBefore(an, first))) return '?';
  if (first !== last || an.types[first] !== 'number' || !Number.isInteger(value) || value < 1 || value > 120) return undefined;
  // "who turns 20 later in June", "turned 40 in May": an age, whoever's it is.
  // "joined Dortmund in 2020, aged 16", "aged just 17".
  if (AGE_TO_COME.has(an.lower[first - 1]) || an.lower[first - 1] === 'turned' || agedBefore(an, first)) return '?';
  const said = ageSaid(an, first);
  if (said) return said;
  if (an.values[first - 1] !== ',' || an.pos[first - 2] !== 'PROPN') return undefined;
  const next = an.values[last + 1];
  return next === ',' || next === '.' || next === undefined ? an.lower[first - 2] : undefined;
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
  // "the red Powerball was 10": a name after "the" names a thing, not a person.
  return an.pos[who] === 'PROPN' && /^\p{Lu}/u.test(an.values[who] ?? '') && !THING_BEFORE.test(an.lower[who - 1] ?? '') && !THING_BEFORE.test(an.lower[who - 2] ?? '') ? an.lower[who] : undefined;
}

const THING_BEFORE = /^(the|a|an)$/;
