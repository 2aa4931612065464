// Which of a thing's dimensions a measure gives, when the words after it say ("185 kilometers
// wide", "984 feet in length", "the 948-foot-long ship").
import type { Analysis } from './nlp';
import { DASHES } from './lexicon';
import { lemmaOf } from './context';
import { COMPASS, dashAfter } from './neighbours';

/** Words after a measure that name one of a thing's dimensions, each with the dimension it names. */
export const DIMENSIONS = new Map([
  ['length', 'length'], ['long', 'length'], ['width', 'width'], ['wide', 'width'], ['height', 'height'],
  ['high', 'height'], ['tall', 'height'], ['diameter', 'diameter'], ['depth', 'depth'], ['deep', 'depth'],
]);

/** The dimension named after a measure whose last token is `last`, joined by a hyphen, by "in" or by nothing. */
export function dimensionAfter(an: Analysis, last: number): string | undefined {
  let k = last + 1;
  if (DASHES.has(an.values[k] ?? '') && an.ends[last] === an.starts[k]) k++;
  else if (an.lower[k] === 'in') k++;
  return DIMENSIONS.get(an.lower[k] ?? '');
}

/**
 * "some 45 km from the capital Addis Ababa", "50 kilometers (31 miles) outside the capital", "60km
 * south-east of the capital", "to within 150 miles of Moscow": a length measured to a place names
 * that place after it, and two lengths measured to one place are the distance to it, whatever else
 * their sentences say (figureScore.ts sameReference). The nouns and names of the place, as lemmas,
 * joined by spaces: "the capital Addis Ababa" and "the capital" name one place; "Pylos" and "the
 * Peloponnese peninsula" are not known to be one. "5 km of road" measures the road, not a distance to it.
 */
export function referenceAfter(an: Analysis, first: number, last: number): string | undefined {
  let k = last + 1;
  const w = an.lower[k];
  if (COMPASS.test(w ?? '')) {
    while (COMPASS.test(an.lower[k] ?? '')) k += dashAfter(an, k) ? 2 : 1;
    if (an.lower[k] !== 'of') return undefined;
  } else if (w === 'away' && an.lower[k + 1] === 'from') k++;
  else if (w === 'of') {
    if (an.lower[first - 1] !== 'within' && an.lower[first] !== 'within') return undefined;
  } else if (w !== 'from' && w !== 'outside' && w !== 'off') return undefined;
  k++;
  if (an.pos[k] === 'DET') k++;
  const words: string[] = [];
  for (; k < an.values.length && an.sentenceOf[k] === an.sentenceOf[last]; k++) {
    const p = an.pos[k];
    if (p === 'NOUN' || p === 'PROPN') {
      if (an.types[k] === 'word') words.push(lemmaOf(an, k).toLowerCase());
    } else if (p !== 'ADJ' && !(p === 'PART' && POSSESSIVE.test(an.values[k]))) break;
  }
  return words.length ? words.join(' ') : undefined;
}

const POSSESSIVE = /^['’]s?$/;

/** Whether two places measured to (referenceAfter) share a noun or a name. */
export function sameReference(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const theirs = b.split(' ');
  return a.split(' ').some((x) => theirs.includes(x));
}
