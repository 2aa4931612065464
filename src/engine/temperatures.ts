// Temperatures below zero, the one unit read with its sign: "-5C", "minus 5C", "minus 12 degrees
// Celsius", and the ranges they open ("-3C to 4C"). A dropped minus is a real error in a report.
import type { Analysis } from './nlp';
import type { Quantity } from './types';
import { parseDigits } from './numbers';
import { SCALES_AFTER_DEGREES, SCALE_NAMES } from './lexicon';
import { countedNoun } from './countedNoun';
import { qualifierBefore, spreadBefore, type Found } from './figures';

/**
 * "-5C", "minus 5C", "minus 12 degrees Celsius", "−3°F", "-3C to 4C": a temperature below zero, the
 * one unit read with its sign (a dropped minus is a real error; elsewhere a dash before digits is a
 * range or a list), and the range it opens.
 */
export function belowZeroAt(an: Analysis, i: number): Found | undefined {
  // This runs at every token: only a sign or "minus" can open one.
  const v = an.values[i];
  if (v !== 'minus' && v !== 'Minus' && v !== '−' && !(v.length > 1 && (v[0] === '-' || v[0] === '−'))) return undefined;
  // "minus 8 to 21 degrees Fahrenheit", "minus 22 to minus 6 Celsius": the low end may leave its
  // scale to the high end's.
  const first = temperatureAt(an, i, true);
  if (!first || first.value >= 0) return undefined;
  let high: Temperature | undefined;
  // A range is written low to high, but a spread ("ranged from -2 degrees Celsius to -22C") names
  // its ends either way, and so does a bracket that gives it again in another scale ("… to 21
  // degrees Fahrenheit (minus 22 to minus 6 Celsius)").
  const ranged = spreadBefore(an, i) || (an.values[i - 1] === '(' && restatesSpread(an, i - 1));
  if (an.lower[first.last + 1] === 'to') {
    const h = temperatureAt(an, first.last + 2);
    if (h && (h.unit === first.unit || !first.unit) && (h.value > first.value || (ranged && h.value < first.value))) high = h;
  }
  if (!first.unit && !high) return undefined;
  const low = first.unit ? first : { ...first, unit: high!.unit };
  const qb = qualifierBefore(an, i);
  let last = (high ?? low).last;
  // "-20C (-4F)", "minus 20 degrees Celsius (minus 4 Fahrenheit)": its own conversion, one claim
  // with two readings, as "40.3C (104.5F)" is (conversions.ts).
  const own = high || an.values[last + 1] !== '(' ? undefined : temperatureAt(an, last + 2);
  const converted = own && own.unit !== low.unit && an.values[own.last + 1] === ')' ? own : undefined;
  if (converted) last = converted.last + 1;
  const ends = high ? [Math.min(low.value, high.value), Math.max(low.value, high.value)] : [low.value, low.value];
  const q: Quantity = { kind: 'measure', unit: low.unit, low: ends[0], high: ends[1], qualifier: high ? 'range' : qb?.q ?? 'exact', precision: Math.min(low.precision, high?.precision ?? low.precision), ...(high && ranged ? { spread: true as const } : {}), ...(converted ? { alt: { unit: converted.unit, low: converted.value, high: converted.value, precision: converted.precision } } : {}) };
  return { q, first: qb && !high ? qb.from : i, last, nounInfo: countedNoun(an, last + 1, i, true) };
}

/** Whether the bracket at `open` follows a spread of its clause ("ranged from minus 8 to 21 degrees Fahrenheit ("). */
function restatesSpread(an: Analysis, open: number): boolean {
  for (let k = open - 1; k > open - 10 && k > 0; k--) {
    if (/^[,;:()]$/.test(an.values[k])) return false;
    if (spreadBefore(an, k)) return true;
  }
  return false;
}

interface Temperature {
  value: number;
  precision: number;
  unit: string;
  last: number;
}

/**
 * A temperature with its sign at token i: "-5C", "minus 5C", "4C.", "minus 12 degrees Celsius",
 * "minus 22 Celsius"; with `bare`, a number with no scale after it too (unit '': the low end of a
 * range whose high end names the scale).
 */
function temperatureAt(an: Analysis, i: number, bare = false): Temperature | undefined {
  // A sign after a space or an opening bracket ("(-22 to -6 Celsius)"); against a figure, a dash is a range.
  const signed = an.types[i] === 'number' && /^[-−]\d+(\.\d+)?$/.test(an.values[i]) && (i === 0 || an.starts[i] > an.ends[i - 1] || an.values[i - 1] === '(');
  const minus = !signed && (an.lower[i] === 'minus' || (an.values[i] === '−' && an.ends[i] === an.starts[i + 1])) && /^\d+(\.\d+)?$/.test(an.values[i + 1] ?? '');
  const plain = !signed && !minus && an.types[i] === 'number' && /^\d+(\.\d+)?$/.test(an.values[i]);
  if (!signed && !minus && !plain) return undefined;
  const at = minus ? i + 1 : i;
  const p = parseDigits(an.values[at].replace(/^[-−]/, ''));
  if (!p) return undefined;
  let j = an.values[at + 1] === '°' ? at + 2 : at + 1;
  let unit: string | undefined;
  // "4C." at a sentence's end: wink keeps the full stop on the letter.
  const letter = an.starts[j] === an.ends[j - 1] ? (an.values[j] ?? '').replace(/\.$/, '') : '';
  const named = SCALE_NAMES.get(an.lower[j]);
  if (letter === 'C' || letter === 'F') unit = `°${letter}`;
  else if (an.lower[j] === 'degrees' || an.lower[j] === 'degree') {
    unit = SCALES_AFTER_DEGREES.get(an.lower[j + 1]) ?? 'degree';
    if (unit !== 'degree') j++;
  } else if (named) unit = named;
  else if (bare) [unit, j] = ['', at];
  else return undefined;
  return { value: plain ? p.value : -p.value, precision: p.precision, unit, last: j };
}

/**
 * Which reading of a day a temperature is, from the words of its clause and sentence (lemmas): the
 * night's low ("a record overnight temperature of 25.9C", "the previous daily minimum") or the
 * day's high ("its highest ever temperature of 40 degrees Celsius", "a maximum of 38C"). A high and
 * a low are two readings, as a price at the open and at the close are (frame.ts dayFactor). Both
 * or neither named: unknown.
 */
export function extremeOf(unit: string | undefined, words: readonly string[]): 'peak' | 'low' | undefined {
  if (unit !== '°C' && unit !== '°F') return undefined;
  const low = words.some((w) => LOW.has(w));
  const high = words.some((w) => HIGH.has(w));
  // "the highest daily minimum", "an overnight all-time high": a record of the night's reading is
  // still the night's reading, unless the day's is named too ("a maximum of 38C and a minimum of 20C").
  if (low && high && words.some((w) => NIGHT.has(w)) && !words.some((w) => DAY.has(w))) return 'low';
  return low === high ? undefined : low ? 'low' : 'peak';
}

/** Words that name the night's reading or the day's, of which a record may be either. */
const NIGHT = new Set(['overnight', 'night', 'nighttime', 'night-time', 'minimum']);
const DAY = new Set(['maximum', 'daytime']);

const LOW = new Set([...NIGHT, 'low']);
const HIGH = new Set([...DAY, 'high', 'peak']);
