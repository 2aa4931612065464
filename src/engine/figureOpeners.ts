// Where a figure may open. The readers of figures (quantityAt.ts, fractions.ts, vague.ts,
// temperatures.ts) are asked at every token of a text, and most tokens are words that open none:
// those are passed over by one look at the token, before any reader is asked.
import type { Analysis } from './nlp';
import type { Found } from './figures';
import { CURRENCY_SYMBOLS, PARTS, VAGUE_HEADS, VAGUE_PLURAL_SCALES } from './lexicon';
import { COUNTS, fractionAt, halfAt, pointsAt } from './fractions';
import { vagueAt } from './vague';
import { belowZeroAt } from './temperatures';
import { quantityAt } from './quantityAt';
import { NUMBER_WORDS } from './numbers';

/**
 * The words besides digits, currency symbols, number words and words tagged NUM that a reader opens a
 * figure with: a count of a fraction ("a quarter", "two-thirds"), a part ("half a point"), a vague
 * head ("several hundred", "dozens of"), "decades-long", "minus". A reader that opens a figure on
 * another word must add it here (test/unit/figure-openers.test.ts reads every corpus text for one).
 */
const OPENING_WORDS = new Set([...NUMBER_WORDS, ...Object.keys(COUNTS), ...Object.keys(PARTS), ...VAGUE_HEADS, ...Object.keys(VAGUE_PLURAL_SCALES), ...Object.keys(CURRENCY_SYMBOLS), 'decades', 'centuries', 'minus', '−']);

/** Whether a figure may open at token i: false where no reader of figures would find one. */
export function mayOpenFigure(an: Analysis, i: number): boolean {
  const t = an.types[i];
  if (t === 'number' || t === 'currency' || an.pos[i] === 'NUM' || OPENING_WORDS.has(an.lower[i])) return true;
  // "-5C", "−12 degrees": a sign written against the digits.
  const c = an.values[i].charCodeAt(0);
  return an.values[i].length > 1 && (c === 45 || c === 0x2212);
}

/** The figure that opens at token i, if any: the readers in the order that settles overlaps. */
export function figureOpening(an: Analysis, i: number): Found | undefined {
  if (!mayOpenFigure(an, i)) return undefined;
  return pointsAt(an, i) ?? fractionAt(an, i) ?? halfAt(an, i) ?? vagueAt(an, i) ?? belowZeroAt(an, i) ?? quantityAt(an, i);
}
