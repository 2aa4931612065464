// Runs: "its 17th straight unanimous decision", "three consecutive months", "five wins in a row",
// "the previous 16 meetings". A run's length counts what happened one after another up to some
// moment, not all there ever were: Djokovic's "fifth Wimbledon title in a row" is no total of his
// titles (nor of anybody's), but a second report's "16 straight decisions" is the same run.
import type { Analysis } from './nlp';

/** Words after a figure that make it the length of a run ("the third straight loss"). */
export const IN_A_ROW = new Set(['straight', 'consecutive', 'successive']);

/**
 * Whether the figure or ordinal at tokens first..last, its noun ending at nounLast, counts a run:
 * "17th straight", "three consecutive", "fifth win in a row", "the previous 16 meetings".
 */
export function runAt(an: Analysis, first: number, last: number, nounLast: number): boolean {
  if (IN_A_ROW.has(an.lower[last + 1])) return true;
  if (an.lower[nounLast + 1] === 'in' && an.lower[nounLast + 2] === 'a' && an.lower[nounLast + 3] === 'row') return true;
  return an.lower[first - 1] === 'previous' && an.lower[first - 2] === 'the';
}
