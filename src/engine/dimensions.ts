// Which of a thing's dimensions a measure gives, when the words after it say ("185 kilometers
// wide", "984 feet in length", "the 948-foot-long ship").
import type { Analysis } from './nlp';
import { DASHES } from './lexicon';
import { lemmaOf } from './context';
import { bearingOf } from './neighbours';

/** Words after a measure that name one of a thing's dimensions, each with the dimension it names. */
export const DIMENSIONS = new Map([
  ['length', 'length'], ['long', 'length'], ['width', 'width'], ['wide', 'width'], ['height', 'height'],
  ['high', 'height'], ['tall', 'height'], ['diameter', 'diameter'], ['depth', 'depth'], ['deep', 'depth'],
]);

/**
 * The dimension named after a measure whose last token is `last`, joined by a hyphen, by "in" or by
 * nothing; or by the noun before "of" just before it ("a maximum altitude of roughly 39 kilometers",
 * "a height of 24 miles"). A length "above" something ("37 miles (60 kilometers) above the Gulf of
 * Mexico", "8,000 feet above sea level") is how high a thing was or lies: an altitude, which is not
 * how tall a thing is ("the 98-metre-tall rocket"), and no temperature "above" a level is one
 * ("1.5C above pre-industrial levels").
 */
export function dimensionAfter(an: Analysis, first: number, last: number, length: boolean): string | undefined {
  let k = last + 1;
  if (length && an.lower[k] === 'above') return 'altitude';
  if (DASHES.has(an.values[k] ?? '') && an.ends[last] === an.starts[k]) k++;
  else if (an.lower[k] === 'in') k++;
  return DIMENSIONS.get(an.lower[k] ?? '') ?? (an.lower[first - 1] === 'of' ? NAMED_BEFORE.get(an.lower[first - 2] ?? '') : undefined);
}

/** Nouns that name a dimension before "of" and a measure, each with the dimension it names. */
const NAMED_BEFORE = new Map([
  ['length', 'length'], ['width', 'width'], ['height', 'height'], ['diameter', 'diameter'], ['depth', 'depth'], ['altitude', 'altitude'], ['elevation', 'altitude'],
]);

/**
 * "some 45 km from the capital Addis Ababa", "50 kilometers (31 miles) outside the capital", "60km
 * south-east of the capital", "to within 150 miles of Moscow", "178 million miles from Mars to
 * Earth", "173 million miles back to Earth": a length measured to a place names that place after
 * it, and two lengths measured to one place are the distance to it, whatever else their sentences
 * say (figureScore.ts contextFactors). The nouns and names of the place, as lemmas, joined by spaces:
 * "the capital Addis Ababa" and "the capital" name one place; "Pylos" and "the Peloponnese
 * peninsula" are not known to be one. "5 km of road" measures the road, not a distance to it.
 */
export function referenceAfter(an: Analysis, first: number, last: number): string | undefined {
  let k = last + 1;
  const bearing = bearingOf(an, k);
  if (bearing) k = bearing.of;
  else if (an.lower[k] === 'of') {
    if (an.lower[first - 1] !== 'within' && an.lower[first] !== 'within') return undefined;
  } else {
    // "travelled 178 million miles from Mars to Earth", "transmitted 173 million miles back to Earth".
    if (an.lower[k] === 'away' || an.lower[k] === 'back') k++;
    if (!TOWARD.has(an.lower[k])) return undefined;
  }
  const words: string[] = [];
  const sentence = an.sentenceOf[last];
  // Each place named after "from", "to" or the like: both ends of a distance between two.
  for (let open = true; open; ) {
    k++;
    if (an.pos[k] === 'DET') k++;
    for (; k < an.values.length && an.sentenceOf[k] === sentence; k++) {
      const p = an.pos[k];
      if (p === 'NOUN' || p === 'PROPN') {
        if (an.types[k] === 'word') words.push(lemmaOf(an, k).toLowerCase());
      } else if (p !== 'ADJ' && !(p === 'PART' && POSSESSIVE.test(an.values[k]))) break;
    }
    open = words.length > 0 && (an.lower[k] === 'to' || an.lower[k] === 'from') && an.sentenceOf[k] === sentence;
  }
  return words.length ? words.join(' ') : undefined;
}

/** The words after a length (past "away" or "back") that name a place it is measured to or from. */
const TOWARD = new Set(['from', 'to', 'outside', 'off']);

const POSSESSIVE = /^['’]s?$/;

/** Whether two places measured to (referenceAfter) share a noun or a name. */
export function sameReference(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const theirs = b.split(' ');
  return a.split(' ').some((x) => theirs.includes(x));
}
