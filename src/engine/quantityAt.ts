// Reading the figure at a token: its number, range, qualifier, unit and scale, whatever the way it
// is written (digits, words, fractions, clock readings, scores, spans of years); what it counts is
// read in quantities.ts.
import type { Analysis } from './nlp';
import type { Qualifier, Quantity } from './types';
import { parseDigits, isNumberWord, SCALES } from './numbers';
import { CURRENCY_HUNDREDTHS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DASHES, HARM_SENSES, INCREMENT_BEFORE, POSSESSIVES } from './lexicon';
import { afterBracket, lemmaOf } from './context';
import { countedNoun } from './countedNoun';
import { scoreAt } from './scores';
import { clockReading, durationParts, oneMeasure, oneUnit, periodAt, yearSpan } from './durations';
import { SCALE_NAMED_BEFORE, type Found, NumberAt, isClockTime, isListMarker, isYear, parseDigitsPrecision, partOfName, qualifierAfter, qualifierBefore, readNumber, scaleWordAfter, splitRangeToken, spreadBefore, startsNumber } from './figures';
import { perAfter, unitAfter, worthOfTime } from './figureUnits';
import { ownConversion } from './conversions';
import { LASTING } from './subjects';
import { CHANGE_WORDS } from './status';

/** Words between a figure and its unit of time that make it time added ("30 more minutes"). */
const ADDED = new Set(['more', 'additional', 'extra', 'further']);

/**
 * "Brent rose $2.15 to $84.30", "shares fell 3% to 120p": after a verb of change, "X to Y" is a
 * change and the level it reached, two figures, not a range from X to Y.
 */
function changedBy(an: Analysis, first: number): boolean {
  const k = an.lower[first - 1] === 'by' ? first - 2 : first - 1;
  return k >= 0 && an.pos[k] === 'VERB' && CHANGE_WORDS.has(lemmaOf(an, k));
}

/**
 * "is projected to grow from 216 million to 373 million", "up from 3% to 5%": past a word of change,
 * "from X to Y" is where the change started and the level it reached, two figures, not a range.
 */
function changedFromTo(an: Analysis, first: number): boolean {
  const k = first - 2;
  return an.lower[first - 1] === 'from' && k >= 0 && (an.lower[k] === 'up' || an.lower[k] === 'down' || (an.pos[k] === 'VERB' && CHANGE_WORDS.has(lemmaOf(an, k))));
}

/** The figure whose number starts at token i (a currency sign before it included): its value, qualifier and unit. */
export function quantityAt(an: Analysis, i: number): Found | undefined {
  // A currency symbol opens the figure: "$2.5bn", "US$40m", "€3 million".
  let currency: string | undefined;
  let first = i;
  let at = i;
  if (an.types[i] === 'currency' || an.lower[i] in CURRENCY_SYMBOLS) {
    const c = CURRENCY_SYMBOLS[an.lower[i]];
    // "Rs. 1 lakh": an abbreviation's full stop between the symbol and the digits.
    const gap = an.values[i + 1] === '.' && an.starts[i + 1] === an.ends[i] ? 1 : 0;
    if (!c || an.types[i + 1 + gap] !== 'number') return undefined;
    currency = c;
    at = i + 1 + gap;
  }
  const clock = an.types[at] === 'number' && !currency ? clockReading(an, at) : undefined;
  if (clock) return clock;
  const single = !currency ? (oneUnit(an, at) ?? oneMeasure(an, at)) : undefined;
  if (single) return single;
  // "beat Chelsea 3-1": a score, not a range, and not part of the name before it.
  const score = !currency ? scoreAt(an, at) : undefined;
  if (score) return score;
  if (!startsNumber(an, at)) return undefined;
  if (partOfName(an, at) && !currency) return undefined;
  let low: NumberAt | undefined;
  let high: NumberAt | undefined;
  const inToken = an.types[at] === 'number' ? splitRangeToken(an.values[at]) : undefined;
  if (inToken) {
    const a = parseDigits(inToken[0]);
    const b = parseDigits(inToken[1]);
    if (!a || !b) return undefined;
    const years = yearSpan(inToken, a.value, b.value);
    if (years) return periodAt(an, at, years);
    low = { ...a, first: at, last: at };
    high = { ...b, first: at, last: at };
    const next = scaleWordAfter(an, at) ?? '';
    // "10,000-12,000 million", and "$1.2-1.5bn" with the abbreviation against the digits.
    // "10-15m long" is metres: millions only with money or before what they count ("2-3m people").
    const metres = next === 'm' && !currency && an.pos[at + 2] !== 'NOUN' && an.lower[at + 2] !== 'of';
    if (next in SCALES && (next.length > 2 || an.starts[at + 1] === an.ends[at]) && !metres) {
      low.value *= SCALES[next]; low.precision *= SCALES[next];
      high.value *= SCALES[next]; high.precision *= SCALES[next];
      high.last = at + 1;
    }
  } else {
    low = readNumber(an, at);
    if (!low) return undefined;
  }
  if (!inToken && !currency && isYear(an, low)) return undefined;
  if (isClockTime(an, low.last)) return undefined;
  if (isListMarker(an, low)) return undefined;
  let last = (high ?? low).last;
  let qualifier: Qualifier = 'exact';
  // Ranges: "10,000–12,000", "between 10 and 12", "from 5 to 7".
  if (!high) {
    const prevWord = an.lower[first - 1];
    // "between 58% and 60%": the unit written again after the second end.
    const end = prevWord === 'between' && !currency ? unitAgainAfter(an, last) : last;
    const sep = an.lower[end + 1];
    // "between £89 million and £120 million": the currency written again before the second end.
    const next = currency && CURRENCY_SYMBOLS[an.lower[last + 2] ?? ''] === currency ? last + 3 : end + 2;
    const joins =
      (DASHES.has(sep) && an.types[next] === 'number') ||
      // "five-six rat-hole miners": two number words joined by a dash are a range.
      (DASHES.has(sep) && an.types[last] !== 'number' && isNumberWord(an.lower[next] ?? '') && an.starts[last + 1] === an.ends[last] && an.starts[next] === an.ends[last + 1]) ||
      (sep === 'to' && !changedFromTo(an, first) && (prevWord === 'from' || ((an.types[next] === 'number' || isNumberWord(an.lower[next] ?? '')) && !changedBy(an, first)))) ||
      (sep === 'and' && prevWord === 'between') ||
      (sep === 'or' && isNumberWord(an.lower[next] ?? '') && an.types[last] !== 'number');
    if (joins && startsNumber(an, next)) {
      const h = readNumber(an, next);
      // "between 1.2 and 1.5 million" reads 1.2 against 1.5 million: the second is larger either way.
      if (h && h.value > low.value) {
        high = h;
        // "between 1.2 and 1.5 million": the scale written once serves both.
        if (h.value / low.value > 100 && low.value < 1000 && h.precision >= 1000) {
          const k = h.precision / parseDigitsPrecision(an.values[h.first]);
          low.value *= k;
          low.precision *= k;
        }
        last = h.last;
      }
    }
  }
  if (high) qualifier = 'range';
  // Qualifier words before the figure (skipping the currency symbol and "between/from").
  let lead = first;
  if (high && (an.lower[first - 1] === 'between' || an.lower[first - 1] === 'from')) lead = first - 1;
  const qb = qualifierBefore(an, lead);
  if (qb && qualifier !== 'range') qualifier = qb.q;
  const qa = qualifierAfter(an, last);
  if (qa && qualifier === 'exact') {
    qualifier = qa.q;
    last = qa.to;
  }
  // Unit or currency after the figure.
  let kind: Quantity['kind'] = 'count';
  let unit = currency;
  if (currency) kind = 'money';
  // "30 more minutes", "two extra days": a length of time added, its unit past the word that adds it.
  const added = !currency && ADDED.has(an.lower[last + 1] ?? '') && unitAfter(an, last + 2)?.kind === 'duration';
  const u = unitAfter(an, added ? last + 2 : last + 1);
  if (u && !(u.kind === 'money' && currency)) {
    kind = u.kind;
    unit = u.unit ?? unit;
    last = u.last;
  } else if (u && u.kind === 'money') {
    last = u.last;
  }
  // "70 minutes or so", "$5 million or more": the qualifier after the unit.
  const qu = u && qualifier === 'exact' ? qualifierAfter(an, last) : undefined;
  if (qu) {
    qualifier = qu.q;
    last = qu.to;
  }
  // "magnitude 7.6", "a Category 5 hurricane", "a magnitude of 7.8", "put the quake's magnitude at
  // 6.8", "a magnitude-4.9 aftershock": the scale named before the figure.
  const namedAt = /^(of|at|was|is|-|–)$/.test(an.lower[first - 1] ?? '') && an.lower[first - 2] === 'magnitude' ? first - 2 : first - 1;
  const scale = SCALE_NAMED_BEFORE[an.lower[namedAt] ?? ''];
  if (kind === 'count' && scale) {
    kind = 'measure';
    unit = scale;
  }
  // "73 cents a share": hundredths of the currency; "50 basis points": of a percentage point.
  const hundredths = (kind === 'money' && (CURRENCY_HUNDREDTHS.has(an.lower[last]) || /^p\.?$/.test(an.lower[last]) || an.values[last] === 'c')) || (unit === 'points' && (an.lower[last - 1] === 'basis' || /^bps?$/.test(an.lower[last]))) ? 0.01 : 1;
  let lowV = low.value * hundredths;
  let highV = (high ? high.value : low.value) * hundredths;
  let precision = Math.min(low.precision, high ? high.precision : low.precision) * hundredths;
  // "2 hours, 35 seconds", "three minutes and 27 seconds": one duration written in parts.
  if (kind === 'duration' && !high) {
    const more = durationParts(an, last, unit!, lowV);
    if (more) {
      lowV = highV = more.value;
      precision = more.precision;
      unit = more.unit;
      last = more.last;
    }
  }
  // "6ft 2in", "6 feet 2 inches", "a 2-foot, 8-inch putt": a length in feet and inches, one measure in inches.
  const part = an.values[last + 1] === ',' && an.types[last + 2] === 'number' ? last + 2 : last + 1;
  if (kind === 'measure' && unit === 'ft' && !high && Number.isInteger(lowV) && an.types[part] === 'number') {
    const hyphened = DASHES.has(an.values[part + 1]) && an.ends[part] === an.starts[part + 1] ? 1 : 0;
    const w = an.lower[part + 1 + hyphened] ?? '';
    const inches = w === 'inch' || w === 'inches' || (w === 'in' && an.starts[part + 1] === an.ends[part]);
    const n = inches ? Number(an.values[part]) : NaN;
    if (n >= 0 && n < 12) {
      lowV = highV = lowV * 12 + n;
      precision = 1;
      unit = 'inch';
      last = part + 1 + hyphened;
    }
  }
  // Magnitudes are given to the tenth: "7 on the Richter scale" is 7.0, not anything from 6.5 to 7.5.
  if (unit === 'magnitude') precision = Math.min(precision, 0.1);
  // "two hours and 35 seconds" is a result to the second, as "2:00:35" is.
  const q: Quantity = { kind, low: lowV, high: highV, qualifier, precision, unit, ...(unit === 'second' && precision <= 1 && lowV >= 60 ? { clock: true } : {}), ...(high && spreadBefore(an, first) ? { spread: true } : {}) };
  let increment = added;
  if (INCREMENT_BEFORE.has(an.lower[(qb ? qb.from : lead) - 1]) || INCREMENT_BEFORE.has(an.lower[first - 1])) increment = true;
  if (qb && INCREMENT_BEFORE.has(an.lower[qb.from])) increment = true;
  // "left 18 people and another 13 injured": the others, and what befell them; not more of the same.
  if (increment && lemmaOf(an, last + 1) in HARM_SENSES) increment = false;
  // "an 11-year war": a duration written with a hyphen qualifies the noun that follows; so does one
  // written without, its unit in the singular ("a 4 year trial").
  const hyphened = kind === 'duration' && (DASHES.has(an.values[last - 1] ?? '') || (lowV !== 1 && !an.lower[last].endsWith('s') && an.pos[last + 1] === 'NOUN' && an.types[last + 1] === 'word'));
  // "a sentence of 22.5 years", "prosecutors' request of 30 years": what lasts is named before "of".
  const lasting = an.lower[first - 1] === 'of' && an.pos[first - 2] === 'NOUN';
  // "20 inches of rain", "10 inches (254 mm) of rain": what a measure measures is named after "of".
  // "97.08 percent of votes", "40% of voters": the whole a share is of, named after "of" ("of the
  // vote", "of its schedule" are read as a part, in countedNoun).
  const of = kind === 'measure' || kind === 'percent' ? afterBracket(an, last + 1) : -1;
  const measured = of >= 0 && an.lower[of] === 'of' && an.pos[of + 1] !== 'DET' && !POSSESSIVES.has(an.lower[of + 1] ?? '');
  // "$5bn (£3.9bn)": the figure's own conversion, one claim with two readings. "$195 million US
  // dollars (£158 Million)": past words that name its currency again.
  const converted = kind === 'money' && !high ? ownConversion(an, currencyRestated(an, last, q.unit), q) : undefined;
  // "a 948ft (289m) container ship", "a $5bn (£3.9bn) fine": the noun comes after the figure's own
  // conversion.
  const next = of >= 0 ? of : converted !== undefined ? converted + 1 : last + 1;
  // "40 days on strike", "three days at sea": the state that lasted, named after "on" or "at" with
  // no determiner (not "30 years in prison", which a sentence gives as its kind).
  const state = kind === 'duration' && /^(on|at)$/.test(an.lower[last + 1] ?? '') && an.pos[last + 2] === 'NOUN' && an.types[last + 2] === 'word';
  // "the end of five days of debate": what lasted is named after "of", not the "end" before it.
  const lasted = kind === 'duration' && !hyphened && ((an.lower[last + 1] === 'of' && an.pos[last + 2] === 'NOUN') || state);
  // "The trials lasted six years": what lasted is the subject of "to last" (subjects.ts).
  const ofSubject = kind === 'duration' && LASTING.has(an.lower[first - 1]);
  const nounInfo = measured ? countedNoun(an, of + 1, first) : lasted ? countedNoun(an, last + 2, first) : kind !== 'duration' || hyphened || lasting || ofSubject ? countedNoun(an, next, first, kind === 'percent' || kind === 'money' || kind === 'measure' || !!scale) : { last };
  if (increment) (nounInfo as { increment?: boolean }).increment = true;
  const start = qb ? qb.from : lead;
  // "40,000 a week", "2 million barrels per day", "$3 per hour": a rate, never a total.
  if (kind !== 'duration') {
    const right = perAfter(an, last + 1);
    const afterNoun = !right && nounInfo.noun && !nounInfo.before ? perAfter(an, nounInfo.last + 1) : undefined;
    if (right) last = right.last;
    if (afterNoun) nounInfo.last = afterNoun.last;
    // Set only when there is one: deleting a property would leave every quantity a slow dictionary.
    const per = (right ?? afterNoun)?.per ?? (kind === 'money' ? worthOfTime(an, first, last) : undefined);
    if (per) q.per = per;
  }
  // "150 mph (241 km/h)": so for a measure, whose noun was read past its bracket (afterBracket).
  const own = converted ?? (kind === 'measure' && !high ? ownConversion(an, last, q) : undefined);
  if (own) last = own;
  // "a 1.8-billion-euro fine ($1.9 billion)": an amount hyphened before its noun is converted after
  // the noun, which the tagger may read as an adjective.
  else if (kind === 'money' && DASHES.has(an.values[last - 1]) && an.types[last + 1] === 'word' && an.values[last + 2] === '(') {
    const after = ownConversion(an, last + 1, q);
    if (after) {
      Object.assign(nounInfo, { noun: lemmaOf(an, last + 1), nounForm: an.lower[last + 1], phrase: an.values[last + 1], span: [last + 1, last + 1], last: after });
    }
  }
  // "Category 5": the scale's name is part of the figure as written (not of its context).
  return { q, first: start, last, nounInfo, ...(scale && !qb ? { named: namedAt } : {}) };
}

/** The last token of "US dollars", "dollars" after token `last` when they name `unit` again, else `last`. */
function currencyRestated(an: Analysis, last: number, unit: string | undefined): number {
  let k = last + 1;
  if (an.lower[k] === 'us' || an.lower[k] === 'u.s.') k++;
  return unit && CURRENCY_WORDS[an.lower[k] ?? ''] === unit && an.values[k + 1] === '(' ? k : last;
}

/**
 * "between 58% and 60%", "between 5 km and 7 km": the last token of the unit after the first end
 * when the second end, after "and", has the same unit; else `last`.
 */
function unitAgainAfter(an: Analysis, last: number): number {
  const u1 = unitAfter(an, last + 1);
  if (!u1 || an.lower[u1.last + 1] !== 'and' || !startsNumber(an, u1.last + 2)) return last;
  const h = readNumber(an, u1.last + 2);
  const u2 = h && unitAfter(an, h.last + 1);
  return u2 && u2.kind === u1.kind && u2.unit === u1.unit ? u1.last : last;
}
