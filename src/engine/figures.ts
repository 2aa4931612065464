// Reading one figure's parts from the tokens: the number (digits or words, with a scale), its
// qualifier before or after, and what is not a figure at all (years, names, times of day, list
// markers). Its unit, and the time unit of a rate: figureUnits.ts.
import type { Analysis } from './nlp';
import type { Qualifier, Quantity } from './types';
import { parseDigits, parseNumberWords, isNumberWord, partOfScale, SCALES, A_SCALE } from './numbers';
import { DASHES, MEASURE_UNITS, PER_CENT, QUALIFIER_PHRASES, TRAILING_QUALIFIERS, isDayName } from './lexicon';
import { countedNoun } from './countedNoun';
import { hyphenAt, lemmaOf } from './context';
import { dimensionOf } from './units';
import { perCentAt } from './figureUnits';


/** Scales named before the figure: "magnitude 7.6", "a Category 5 hurricane". */
export const SCALE_NAMED_BEFORE: Record<string, string> = { magnitude: 'magnitude', category: 'category', m: 'magnitude' };

export interface NumberAt {
  value: number;
  precision: number;
  first: number;
  last: number;
}

/**
 * "Lai Ching-te polled 5, 586, 013": thousands grouped by a comma and a space, as some papers print
 * them. Two groups of three digits at least, so that a list ("5, 586") stays a list, and none after
 * "and" or "or". The last token of the number, or i.
 */
function commaSpacedGroups(an: Analysis, i: number): number {
  if (!/^\d{1,3}$/.test(an.values[i])) return i;
  let last = i;
  while (an.values[last + 1] === ',' && an.ends[last] === an.starts[last + 1] && an.starts[last + 2] - an.ends[last + 1] === 1 && an.types[last + 2] === 'number' && /^\d{3}$/.test(an.values[last + 2] ?? '')) last += 2;
  return last >= i + 4 && !/^(and|or)$/.test(an.lower[last + 1] ?? '') ? last : i;
}

/** Reads one number (digits or words, with a scale word) starting at token i. */
export function readNumber(an: Analysis, i: number): NumberAt | undefined {
  const t = an.values[i];
  let value: number;
  let precision: number;
  let last = i;
  if (an.types[i] === 'number') {
    let raw = t;
    // Thousands grouped by spaces: "1 200 000".
    while (
      an.types[last + 1] === 'number' &&
      /^\d{3}$/.test(an.values[last + 1]) &&
      /^\d{1,3}( \d{3})*$/.test(raw) &&
      an.starts[last + 1] - an.ends[last] === 1 &&
      /[ \u00a0\u202f\u2009]/.test(an.text[an.ends[last]])
    ) {
      raw += ' ' + an.values[last + 1];
      last++;
    }
    const spaced = last === i ? commaSpacedGroups(an, i) : i;
    if (spaced > i) {
      for (let k = i + 2; k <= spaced; k += 2) raw += an.values[k];
      last = spaced;
    }
    const p = parseDigits(raw);
    if (!p) return undefined;
    ({ value, precision } = p);
  } else {
    const p = parseNumberWords(an.lower, i);
    if (!p || p.used === 0) return undefined;
    value = p.value;
    precision = p.precision;
    last = i + p.used - 1;
  }
  const frac = Number.isInteger(value) ? fractionAfter(an, last) : undefined;
  if (frac) {
    value += frac.add;
    precision = Math.min(precision, frac.step);
    last = frac.last;
  }
  // Scale: "1.28 million", "15k", "$2.5bn" (abbreviations only when written against the digits),
  // and joined by a hyphen before what it measures ("a 1.8-billion-euro fine", "a $5-billion deal").
  if (hyphenAt(an, last + 1) && (an.lower[last + 2] ?? '').length > 2 && an.lower[last + 2] in SCALES) last++;
  const next = scaleWordAfter(an, last);
  if (next !== undefined && next in SCALES) {
    const short = next.length <= 2 || next === 'mln';
    // "10,000m", "42,195m": a figure already in thousands takes "m" for metres, not millions.
    // "200ft (61m)": in a length's own bracketed conversion, "m" is metres too.
    // "the 100m in 9.58sec", "the 400m final": a distance run; "the 2m people who" are millions.
    const race = an.lower[i - 1] === 'the' && an.pos[last + 2] !== 'NOUN' && an.lower[last + 2] !== 'of';
    // "the 100m champion", "a 100m race": millions count things ("2m people", "1.5m barrels") or
    // are money; before one thing named in the singular, "m" is what that thing measures.
    const after = an.lower[last + 2] ?? '';
    const one = an.pos[last + 2] === 'NOUN' && an.starts[last + 1] === an.ends[last] && (an.lemmas[last + 2] ?? '').toLowerCase() === after && !/s$/.test(after) && after !== 'people';
    const metres = next === 'm' && (value >= 1000 || lengthBracket(an, i) || race || one) && an.types[i - 1] !== 'currency';
    if ((!short || an.starts[last + 1] === an.ends[last]) && !metres) {
      const k = SCALES[next];
      value *= k;
      precision *= k;
      last++;
      // "twelve thousand", "two hundred thousand": a second scale word multiplies again.
      const again = an.lower[last + 1];
      if (again && again in SCALES && again.length > 2 && SCALES[again] > SCALES[next]) {
        value *= SCALES[again];
        precision *= SCALES[again];
        last++;
      }
    }
  }
  return { value, precision, first: i, last };
}

/**
 * "three and a half", "two and three quarters", "12 1/2", "3½": the fraction after a whole number,
 * and the step it is rounded to (a half: to the half).
 */
function fractionAfter(an: Analysis, last: number): { add: number; step: number; last: number } | undefined {
  const v = an.values[last + 1] ?? '';
  const vulgar = VULGAR.get(v);
  if (vulgar && an.starts[last + 1] - an.ends[last] <= 1) return { add: vulgar, step: vulgar === 0.75 ? 0.25 : vulgar, last: last + 1 };
  const slash = /^([1-9])\/([2-9])$/.exec(v);
  if (slash && an.types[last] === 'number' && Number(slash[1]) < Number(slash[2])) return { add: Number(slash[1]) / Number(slash[2]), step: 1 / Number(slash[2]), last: last + 1 };
  // "22 and a half", "22-and-a-half": the words, with or without hyphens between them.
  const next = (k: number) => (hyphenAt(an, k + 1) ? k + 2 : k + 1);
  const and = next(last);
  const a = next(and);
  const b = next(a);
  if (an.lower[and] !== 'and') return undefined;
  const [x, y] = [an.lower[a], an.lower[b]];
  if ((x === 'a' || x === 'one') && (y === 'half' || y === 'quarter')) return { add: y === 'half' ? 0.5 : 0.25, step: y === 'half' ? 0.5 : 0.25, last: b };
  if (x === 'three' && (y === 'quarters' || y === 'quarter')) return { add: 0.75, step: 0.25, last: b };
  return undefined;
}

const VULGAR = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75]]);

/** The word after token `last`, without the full stop wink keeps on an abbreviation at a sentence's end ("€800m."). */
export function scaleWordAfter(an: Analysis, last: number): string | undefined {
  const w = an.lower[last + 1];
  return w !== undefined && /^[a-z]{1,3}\.$/.test(w) && an.starts[last + 1] === an.ends[last] ? w.slice(0, -1) : w;
}

/** Token i opens a bracket after a length ("200ft (61m)", "650 feet (200m)"). */
function lengthBracket(an: Analysis, i: number): boolean {
  if (an.values[i - 1] !== '(') return false;
  const u = an.lower[i - 2] ?? '';
  return Object.hasOwn(MEASURE_UNITS, u) && dimensionOf(MEASURE_UNITS[u]) === 'length';
}

export function startsNumber(an: Analysis, i: number): boolean {
  if (an.types[i] === 'number') return /^\+?\d/.test(an.values[i]);
  const w = an.lower[i];
  if (w === 'a' && (an.lower[i + 1] === 'dozen' || an.lower[i + 1] === 'hundred' || A_SCALE.has(an.lower[i + 1] ?? '') || partOfScale(an.lower, i))) return true;
  // "half a million", "half a dozen" (numbers.ts parseNumberWords).
  if (w === 'half' && (an.lower[i + 1] === 'a' || an.lower[i + 1] === 'an') && (an.lower[i + 2] === 'dozen' || A_SCALE.has(an.lower[i + 2] ?? ''))) return true;
  // "one of the most …" and "no one" use "one" as a pronoun; "one to two years", "between one and
  // two" open a range.
  if (w === 'one' && (an.lower[i + 1] === 'of' || an.pos[i + 1] !== 'NOUN') && !opensRange(an, i) && !fractionAfter(an, i)) return false;
  // A number word other than "one" is a number whatever a tagger reads ("seventeen" is a noun to
  // wink's model), but not a name in capitals inside a sentence ("The Seventeen magazine").
  const name = an.pos[i] === 'PROPN' && i > 0 && an.sentenceOf[i - 1] === an.sentenceOf[i];
  return isNumberWord(w) && (an.pos[i] === 'NUM' || (w !== 'one' && !name));
}

/** "one to two", "one and two" after "between", "one or two": a range or choice of figures. */
function opensRange(an: Analysis, i: number): boolean {
  const sep = an.lower[i + 1];
  if (sep !== 'to' && sep !== 'or' && !(sep === 'and' && an.lower[i - 1] === 'between') && !DASHES.has(sep ?? '')) return false;
  const next = an.lower[i + 2] ?? '';
  return (an.types[i + 2] === 'number' && /^\d/.test(an.values[i + 2])) || (isNumberWord(next) && next !== 'one');
}

/** Scales written out or abbreviated past doubt ("m" after a name is as often metres: "the Olympic 100m"). */
const NAMED_SCALES = new Set(['million', 'billion', 'trillion', 'bn', 'mn', 'mln', 'tn']);

/**
 * Inside a name such as "World War Two", "Apollo 11" or "iPhone 15": a name with a capital stands
 * right before (at its start, or inside it as in "iPhone", "eBay").
 */
export function partOfName(an: Analysis, i: number): boolean {
  // "the number one act", "world number two", "Number 10": a figure just after the word "number"
  // is a label or a rank, no count of anything ("No. 11" is read as a member of a series: figureLists.ts).
  if (an.lower[i - 1] === 'number') return true;
  // "the 49ers", "the 76ers": digits with "-ers" against them name a team, as a word does; no
  // unit ends so.
  if (an.lower[i + 1] === 'ers' && an.starts[i + 1] === an.ends[i]) return true;
  const prev = i - 1;
  if (prev < 0 || an.sentenceOf[prev] !== an.sentenceOf[i]) return false;
  if (an.pos[prev] !== 'PROPN' || !/^(\p{Lu}|\p{Ll}+\p{Lu})/u.test(an.values[prev])) return false;
  const w = an.lower[prev];
  if (isDayName(w) || w in SCALE_NAMED_BEFORE) return false;
  // "fines Apple 1.8bn euros", "Tesla's Profits Plunge 44% After …" (a headline in capitals): a
  // scale or a per cent after the number makes it an amount, whatever name stands before it
  // ("iPhone 15 Pro", "Boeing 737 MAX" have none).
  if (NAMED_SCALES.has(an.lower[i + 1] ?? '') || perCentAt(an, i + 1) !== undefined) return false;
  if (gapped(an, i)) return false;
  return !/,/.test(an.values[i]);
}

/**
 * "Labour had 412 seats and the Tories 121.", "44 silver medals compared to China's 27", "Milei had
 * 55.8% and Economy Minister Sergio Massa 44.2%": a count or a per cent after "and" (or "compared
 * to", "versus") and a name, which ends its clause, where a figure of its kind (a count with its
 * noun, a per cent) stands earlier in the sentence, is that figure again for the name, its verb and
 * noun left out (gapping); not a name with a number ("and Apollo 11 crew"). The name's first and
 * last tokens.
 */
export function gappedName(an: Analysis, i: number): [number, number] | undefined {
  if (an.types[i] !== 'number') return undefined;
  const share = perCentAt(an, i + 1);
  if (!/^[,.;:)]?$/.test(an.values[(share ?? i) + 1] ?? '')) return undefined;
  const e = nameEndBefore(an, i);
  // "fell 2% on Monday and Tuesday 1%": a day or a month is when, not whose.
  if (isDayName(an.lower[e])) return undefined;
  let k = e;
  while (an.pos[k] === 'PROPN' && an.sentenceOf[k] === an.sentenceOf[i]) k--;
  if (k === e) return undefined;
  const name: [number, number] = [k + 1, e];
  if (an.lower[k] === 'the') k--;
  // "with 44 silver medals compared to China's 27": a comparison leaves them out too.
  const compared = ((an.lower[k] === 'to' || an.lower[k] === 'with') && an.lower[k - 1] === 'compared') || an.lower[k] === 'versus';
  if (an.lower[k] !== 'and' && !compared) return undefined;
  for (let j = an.sentences[an.sentenceOf[i]][0]; j < k - 1; j++) if (an.types[j] === 'number' && (share === undefined ? an.pos[j + 1] === 'NOUN' : perCentAt(an, j + 1) !== undefined)) return name;
  return undefined;
}

/** Whether the figure at token i is one that gapping left without its verb and noun (gappedName). */
export const gapped = (an: Analysis, i: number): boolean => gappedName(an, i) !== undefined;

/**
 * "won 55% of the vote to 44% for the Economy Minister": a figure after "to" that answers one of its
 * kind ending at token `prior` of its clause, with no verb between, and that is said to be "for" a
 * name, is that name's figure of the same thing: the name's first and last tokens.
 */
export function sideAfterTo(an: Analysis, prior: number, first: number, last: number): [number, number] | undefined {
  if (an.lower[first - 1] !== 'to' || an.lower[last + 1] !== 'for' || first - prior > 8) return undefined;
  for (let j = prior + 1; j < first; j++) if (an.pos[j] === 'VERB' || an.pos[j] === 'AUX' || an.values[j] === ',') return undefined;
  let k = last + 2;
  if (an.pos[k] === 'DET') k++;
  const s = k;
  while (an.pos[k] === 'PROPN' && an.sentenceOf[k] === an.sentenceOf[first]) k++;
  return k > s ? [s, k - 1] : undefined;
}

/** The last token of the name just before token i, past its possessive ("China's 27"). */
export const nameEndBefore = (an: Analysis, i: number) => (/^['’]s$/.test(an.values[i - 1] ?? '') ? i - 2 : i - 1);

export function isYear(an: Analysis, n: NumberAt): boolean {
  if (n.first !== n.last || an.types[n.first] !== 'number') return false;
  if (!/^\d{4}$/.test(an.values[n.first]) || n.value < 1000 || n.value > 2199) return false;
  const next = an.pos[n.last + 1];
  // "2000 troops" counts; "2024 defense treaty" and "in 2024" are years.
  return !(next === 'NOUN' && /s$/.test(an.lower[n.last + 1]) && an.lower[n.first - 1] !== 'in');
}

/** "4.17am", "4:17", "10 pm": a time of day, not a count. */
export function isClockTime(an: Analysis, last: number): boolean {
  const next = an.values[last + 1] ?? '';
  if (/^\d{1,2}:\d{2}$/.test(an.values[last])) return true;
  if ((next === '.' || next === ':') && an.ends[last] === an.starts[last + 1] && /^\d/.test(an.values[last + 2] ?? '') && an.ends[last + 1] === an.starts[last + 2]) return true;
  return /^(am|pm|a\.m\.|p\.m\.|gmt|utc|hrs)$/i.test(next);
}

export function isListMarker(an: Analysis, n: NumberAt): boolean {
  const before = an.text.slice(Math.max(0, an.starts[n.first] - 3), an.starts[n.first]);
  const after = an.values[n.last + 1];
  return (an.starts[n.first] === 0 || /\n\s*$/.test(before)) && (after === '.' || after === ')');
}

/** The hedges, longest first: "no more than 5" is at most 5, not "more than 5". */
const LONGEST_FIRST = [...QUALIFIER_PHRASES].sort((x, y) => y[0].length - x[0].length);

export function qualifierBefore(an: Analysis, first: number): { q: Qualifier; from: number } | undefined {
  for (const [words, q] of LONGEST_FIRST) {
    const from = first - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = an.lower[from + k] === words[k];
    if (ok) return { q, from };
  }
  // "not 24 hours before", "not two weeks later": a span from another moment that it falls short of.
  if (an.lower[first - 1] === 'not' && [1, 2, 3].some((k) => RELATIVE.has(an.lower[first + k]))) return { q: 'less-than', from: first - 1 };
  // "carry a maximum sentence of 110 years", "the maximum penalty of 20 years": the figure is the
  // most, named by its noun; the claim keeps to the figure.
  if (an.lower[first - 1] === 'of' && (an.lower[first - 3] === 'maximum' || (an.lower[first - 4] === 'maximum' && an.pos[first - 3] === 'NOUN')) && an.pos[first - 2] === 'NOUN') return { q: 'at-most', from: first };
  return undefined;
}

/**
 * What a figure's hedge, read by qualifierBefore, says once the figure is known (its first token
 * at `first`): "almost half", "nearly 2,000" are hedged from below, so the figure ends their band
 * (interval.ts); "the agreement negotiated over two years": "over" after a verb of a deed, a
 * figure or a noun is the span it took, not "more than", which it is after a verb of lasting
 * ("lasted over two years") or "for".
 */
export function readHedge(an: Analysis, q: Quantity, first: number): void {
  if (q.qualifier === 'approx' && BELOW.has(an.lower[first] === 'just' || an.lower[first] === 'the' ? an.lower[first + 1] : an.lower[first])) q.below = true;
  // "with temperatures reaching 50 degrees Celsius": a temperature in tens reached is a mark
  // passed, as "topped" says, not a reading to the degree ("climbed as high as 51.8C"); a
  // reading said to be hit is read as written ("Temperatures hit 35C").
  if (q.qualifier === 'exact' && (q.unit === '°C' || q.unit === '°F') && q.low % 10 === 0 && REACHED.test(an.lower[first - 1] ?? '')) q.qualifier = 'at-least';
  if (q.qualifier !== 'more-than' || q.kind !== 'duration' || an.lower[first] !== 'over') return;
  const k = first - 1;
  // "cut the risk by 27% over 18 months", "deliberated for nine hours over two days", "$365 million
  // over 12 years": after a figure (its scale word too) or a noun, "over" is the span too ("for
  // over 10 years", "a term of over 10 years" are more than).
  if ((an.pos[k] === 'VERB' && !LASTING.has(lemmaOf(an, k))) || an.types[k] === 'number' || an.pos[k] === 'NUM' || PER_CENT.test(an.lower[k] ?? '') || an.pos[k] === 'NOUN') q.qualifier = 'approx';
}

/** Words after a span that measure it from another moment ("six days later", "24 hours before"). */
const RELATIVE = new Set(['later', 'earlier', 'before', 'after', 'ago']);

const REACHED = /^reach(es|ed|ing)?$/;

/** Hedges from below: "almost half" is at most half, as are "just shy of" it and "the best part of" it. */
const BELOW = new Set(['almost', 'nearly', 'shy', 'best', 'better']);
/** Verbs after which "over" before a span means "more than" ("lasted over two years"). */
const LASTING = new Set(['last', 'take', 'spend', 'wait', 'continue', 'stretch', 'run', 'go', 'remain', 'stay', 'serve']);

/** Tags that open a phrase of their own after "and over" or "and under". */
const OPENS_PHRASE = /^(NUM|DET|NOUN|PROPN|ADJ|PRON)$/;

export function qualifierAfter(an: Analysis, last: number): { q: Qualifier; to: number } | undefined {
  for (const [words, q] of TRAILING_QUALIFIERS) {
    let ok = true;
    let j = last + 1;
    if (DASHES.has(an.values[j]) && words[0] === 'plus') j++;
    for (let k = 0; k < words.length && ok; k++) ok = an.lower[j + k] === words[k];
    // Not "and" with a phrase of its own after it: "5 killed and over 100 injured", "and under the deal".
    if (ok && words[0] === 'and' && OPENS_PHRASE.test(an.pos[j + words.length] ?? '')) ok = false;
    if (ok) return { q, to: j + words.length - 1 };
  }
  return undefined;
}

/** Range inside one token: "25,000-30,000", "10–12". */
export function splitRangeToken(raw: string): [string, string] | undefined {
  const m = /^([\d.,]+)[-–—‒]([\d.,]+)$/.exec(raw);
  return m ? [m[1], m[2]] : undefined;
}

export function parseDigitsPrecision(raw: string): number {
  return parseDigits(raw)?.precision ?? 1;
}

export interface Found {
  q: Quantity;
  first: number;
  last: number;
  /** The claim's words start here, before the figure: the name of its scale ("Category 5"). */
  named?: number;
  nounInfo: ReturnType<typeof countedNoun>;
}

/** "ranged from", "ranging from" before token i: the range that follows is a spread of what was measured. */
export function spreadBefore(an: Analysis, i: number): boolean {
  return an.lower[i - 1] === 'from' && lemmaOf(an, i - 2) === 'range';
}
