// Which of a thing's dimensions a measure gives, when the words after it say ("185 kilometers
// wide", "984 feet in length", "the 948-foot-long ship").
import type { Analysis } from './nlp';
import { DASHES } from './lexicon';

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
