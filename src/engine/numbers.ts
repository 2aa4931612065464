// Reads one written number ("15,000", "1.28", "twelve", "1 200 000", "1.280.000") and its
// precision: the place value of its last significant digit, which comparison uses for rounding.

import { ORDINAL_WORDS, table } from './lexicon';

export interface ParsedNumber {
  value: number;
  precision: number;
}

const UNITS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scale words and abbreviations that multiply the number before them. */
export const SCALES: Record<string, number> = table({
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, lakh: 1e5, crore: 1e7,
});

/** The parts a whole is cut into, written as a word: "a quarter of a million", "two-thirds of a billion". */
const PART_OF: Record<string, number> = { third: 3, thirds: 3, quarter: 4, quarters: 4 };

/**
 * "a quarter of a million people", "three-quarters of a billion dollars": the share of the scale word
 * that follows, which readNumber multiplies it by; `used` ends before the scale word.
 */
export function partOfScale(words: string[], i: number): (ParsedNumber & { used: number }) | undefined {
  const k = words[i + 1] === '-' || words[i + 1] === '–' ? i + 2 : i + 1;
  const parts = PART_OF[words[k] ?? ''];
  const count = words[i] === 'a' ? 1 : numberWordValue(words[i] ?? '');
  if (!parts || count === undefined || words[k + 1] !== 'of' || words[k + 2] !== 'a' || !A_SCALE.has(words[k + 3] ?? '')) return undefined;
  return { value: count / parts, precision: 1 / parts, used: k + 3 - i };
}

/** The words a number may be written in, one word each. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'dozen']);

export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

export function numberWordValue(w: string): number | undefined {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const [a, b] = w.split('-');
  if (b !== undefined && a in TENS && b in UNITS && UNITS[b] > 0 && UNITS[b] < 10) return TENS[a] + UNITS[b];
  return undefined;
}

/** Place value of the last non-zero digit of an integer written without a decimal part. */
function integerPrecision(digits: string): number {
  const trimmed = digits.replace(/0+$/, '');
  if (trimmed.length === 0) return 1;
  return 10 ** (digits.length - trimmed.length);
}

/** Parses a digit string as written in English or, where unambiguous, other locales. */
export function parseDigits(raw: string): ParsedNumber | undefined {
  // "+214,000" in a table of changes: the sign of a gain, not part of the number.
  let s = raw.replace(/[\u00a0\u202f\u2009 ']/g, '').replace(/^\+(?=\d)/, '');
  // 1.280.000 or 1.280.000,5: dots group thousands (continental style).
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s) || /^\d{1,3}(\.\d{3})+,\d+$/.test(s)) {
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) || /^\d{1,2}(,\d\d)+,\d{3}(\.\d+)?$/.test(s)) {
    // 6,74,664 or 1,23,45,678: Indian grouping (lakh and crore: pairs of digits above the thousands).
    s = s.replace(/,/g, '');
  } else if (/^\d+,\d{1,2}$/.test(s)) {
    s = s.replace(',', '.'); // 4,5: a decimal comma; three digits after it would be thousands
  }
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const value = Number(s);
  if (!Number.isFinite(value)) return undefined;
  const dot = s.indexOf('.');
  const precision = dot >= 0 ? 10 ** -(s.length - dot - 1) : integerPrecision(s);
  return { value, precision };
}

/** Scale words that "a" counts once: "a thousand", "a million", "a billion". */
export const A_SCALE = new Set(['thousand', 'million', 'billion', 'trillion']);

/**
 * Reads a run of number words ("twelve", "twenty-five", "two hundred", "a dozen") from words[i].
 * Returns the value and how many words it used.
 */
export function parseNumberWords(words: string[], i: number): (ParsedNumber & { used: number }) | undefined {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  const part = partOfScale(words, i);
  if (part) return part;
  if (words[j] === 'a' && (words[j + 1] === 'dozen' || words[j + 1] === 'hundred')) {
    current = 1;
    j++;
    seen = true;
  } else if (words[j] === 'a' && A_SCALE.has(words[j + 1] ?? '')) {
    // "a million people": one, and the scale word that follows (readNumber) multiplies it.
    return { value: 1, precision: 1, used: 1 };
  } else if (words[j] === 'half' && (words[j + 1] === 'a' || words[j + 1] === 'an')) {
    // "nearly half a million votes": a half, multiplied by the scale word that follows; "half a dozen": six.
    if (words[j + 2] === 'dozen') return { value: 6, precision: 1, used: 3 };
    if (A_SCALE.has(words[j + 2] ?? '')) return { value: 0.5, precision: 0.5, used: 2 };
  }
  for (; j < words.length; j++) {
    const w = words[j];
    const v = numberWordValue(w);
    if (v !== undefined) {
      if (seen && current % 10 !== 0 && current < 100) break; // "five six" is two numbers
      current += v;
      seen = true;
    } else if (w === 'dozen' && seen) {
      current *= 12;
    } else if (w === 'hundred' && seen) {
      current *= 100;
    } else if (w === 'and' && seen && current >= 100 && numberWordValue(words[j + 1] ?? '') !== undefined) {
      continue;
    } else if ((w === '-' || w === '–') && seen && current % 100 >= 20 && current % 10 === 0 && (numberWordValue(words[j + 1] ?? '') ?? 10) < 10) {
      continue; // "twenty-five": the dash joins tens and units
    } else {
      break;
    }
  }
  if (!seen) return undefined;
  total += current;
  return { value: total, precision: integerPrecision(String(total)) || 1, used: j - i };
}

/** The rank an ordinal names, in words or figures ("fifth", "12th"), or undefined. */
export function ordinalValue(w: string): number | undefined {
  // Every ordinal ends in -st, -nd, -rd or -th: most words are left at once.
  const end = w.charCodeAt(w.length - 1);
  if (end !== 116 && end !== 100 && end !== 104) return undefined;
  const word = ORDINAL_WORDS[w];
  if (word !== undefined) return word;
  const c = w.charCodeAt(0);
  if (c < 48 || c > 57) return undefined; // neither an ordinal word nor digits
  const m = /^(\d+)(st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : undefined;
}
