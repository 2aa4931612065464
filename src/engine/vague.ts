// Figures said vaguely: "several thousand", "a few hundred", "thousands of", "tens of thousands
// of" (the two scales multiply), and "the decades-long war" (twenty years at least).
import type { Analysis } from './nlp';
import type { Quantity } from './types';
import { SCALES } from './numbers';
import { DASHES, VAGUE_HEADS, VAGUE_PLURAL_SCALES } from './lexicon';
import { countedNoun } from './countedNoun';
import { unitAfter } from './figureUnits';
import type { Found } from './figures';

/** "several thousand", "thousands of", "dozens of". */
export function vagueAt(an: Analysis, i: number): Found | undefined {
  const w = an.lower[i];
  // "the decades-long war": twenty years at least.
  if ((w === 'decades' || w === 'centuries') && DASHES.has(an.values[i + 1] ?? '') && an.lower[i + 2] === 'long') {
    const years = w === 'decades' ? 20 : 200;
    const q: Quantity = { kind: 'duration', unit: 'year', low: years, high: years, qualifier: 'at-least', precision: 1 };
    return { q, first: i, last: i + 2, nounInfo: countedNoun(an, i + 3, i) };
  }
  let scale: number | undefined;
  let last = i;
  let first = i;
  if ((VAGUE_HEADS.has(w) || (w === 'a' && an.lower[i + 1] === 'few')) ) {
    const j = w === 'a' ? i + 2 : i + 1;
    const s = an.lower[j];
    if (s === 'hundred' || s === 'thousand' || s === 'million' || s === 'billion') {
      scale = SCALES[s];
      last = j;
    }
  } else if (Object.hasOwn(VAGUE_PLURAL_SCALES, w) && an.lower[i + 1] === 'of') {
    scale = VAGUE_PLURAL_SCALES[w];
    last = i;
    // "tens of thousands", "hundreds of millions": the two scales multiply.
    const next = an.lower[i + 2];
    if (Object.hasOwn(VAGUE_PLURAL_SCALES, next) && VAGUE_PLURAL_SCALES[next] > scale && an.lower[i + 3] === 'of') {
      scale *= VAGUE_PLURAL_SCALES[next];
      last = i + 2;
    } else if (w === 'tens') return undefined;
  }
  if (scale === undefined) return undefined;
  let next = an.lower[last + 1] === 'of' && Object.hasOwn(VAGUE_PLURAL_SCALES, an.lower[last]) ? last + 2 : last + 1;
  // "dozens of the Boeing jets", "thousands of its customers": the things counted are past the determiner.
  if (next === last + 2 && (an.pos[next] === 'DET' || /^(its|their|our|his|her)$/.test(an.lower[next]))) next++;
  // "thousands of square miles", "millions of tons", "billions of dollars": a vague measure or
  // amount in its unit, not a count of units.
  const unit = unitAfter(an, next);
  if (unit?.kind === 'measure' || unit?.kind === 'money') {
    const q: Quantity = { kind: unit.kind, unit: unit.unit, low: 2 * scale, high: highOf(scale), qualifier: 'vague', precision: scale };
    return { q, first, last: unit.last, nounInfo: countedNoun(an, unit.last + 1, first) };
  }
  const q: Quantity = { kind: 'count', low: 2 * scale, high: highOf(scale), qualifier: 'vague', precision: scale };
  return { q, first, last, nounInfo: countedNoun(an, next, first) };
}

/**
 * The most a plural scale word stands for: short of ten of its unit, where the next word takes over
 * ("hundreds" to 999, "thousands" from 2,000); but "dozens" runs on to "hundreds", since no word of
 * its own names the counts between ("Dozens of people are still missing" holds 150, not 200).
 */
function highOf(scale: number): number {
  return scale === VAGUE_PLURAL_SCALES.dozens ? 2 * VAGUE_PLURAL_SCALES.hundreds - 1 : 10 * scale - 1;
}
