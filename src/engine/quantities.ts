// Finds figures in a text: counts, percentages, money, measures, durations and ordinals, each
// normalised to [low, high] with its qualifier and precision, and read for what it counts.
import type { Analysis } from './nlp';
import type { Qualifier, Quantity, QuantityClaim } from './types';
import { parseDigits, parseNumberWords, isNumberWord, SCALES } from './numbers';
import {
  CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, INCREMENT_AFTER, INCREMENT_BEFORE, MEASURE_UNITS,
  MONTHS, ORDINAL_WORDS, QUALIFIER_PHRASES, TRAILING_QUALIFIERS, VAGUE_HEADS, VAGUE_PLURAL_SCALES, WEEKDAYS,
} from './lexicon';
import { agentOf, attributionOf, claimBase, clauseOf, isRequested, contextWords, eventsNear, isProjection, lemmaOf, spanText, timeAndPlace } from './context';

const COPULA = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'stood', 'reached', 'hit', 'totalled', 'totaled']);
const DASHES = new Set(['-', '–', '—', '‒']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

interface NumberAt {
  value: number;
  precision: number;
  first: number;
  last: number;
}

/** Reads one number (digits or words, with a scale word) starting at token i. */
function readNumber(an: Analysis, i: number): NumberAt | undefined {
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
  // Scale: "1.28 million", "15k", "$2.5bn" (abbreviations only when written against the digits).
  const next = an.lower[last + 1];
  if (next !== undefined && next in SCALES) {
    const short = next.length <= 2 || next === 'mln';
    if (!short || an.starts[last + 1] === an.ends[last]) {
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

function startsNumber(an: Analysis, i: number): boolean {
  if (an.types[i] === 'number') return /^\d/.test(an.values[i]);
  const w = an.lower[i];
  if (w === 'a' && (an.lower[i + 1] === 'dozen' || an.lower[i + 1] === 'hundred')) return true;
  // "one of the most …" and "no one" use "one" as a pronoun.
  if (w === 'one' && (an.lower[i + 1] === 'of' || an.pos[i + 1] !== 'NOUN')) return false;
  return an.pos[i] === 'NUM' && isNumberWord(w);
}

/** Inside a name such as "World War Two" or "Apollo 11": a capitalised word stands right before. */
function partOfName(an: Analysis, i: number): boolean {
  const prev = i - 1;
  if (prev < 0 || an.sentenceOf[prev] !== an.sentenceOf[i]) return false;
  if (an.pos[prev] !== 'PROPN' || !/^[A-Z]/.test(an.values[prev])) return false;
  const w = an.lower[prev];
  if (MONTHS.includes(w) || WEEKDAYS.includes(w)) return false;
  return !/,/.test(an.values[i]);
}

function isYear(an: Analysis, n: NumberAt): boolean {
  if (n.first !== n.last || an.types[n.first] !== 'number') return false;
  if (!/^\d{4}$/.test(an.values[n.first]) || n.value < 1000 || n.value > 2199) return false;
  const next = an.pos[n.last + 1];
  // "2000 troops" counts; "2024 defense treaty" and "in 2024" are years.
  return !(next === 'NOUN' && /s$/.test(an.lower[n.last + 1]) && an.lower[n.first - 1] !== 'in');
}

/** "4.17am", "4:17", "10 pm": a time of day, not a count. */
function isClockTime(an: Analysis, last: number): boolean {
  const next = an.values[last + 1] ?? '';
  if (/^\d{1,2}:\d{2}$/.test(an.values[last])) return true;
  if ((next === '.' || next === ':') && an.ends[last] === an.starts[last + 1] && /^\d/.test(an.values[last + 2] ?? '') && an.ends[last + 1] === an.starts[last + 2]) return true;
  return /^(am|pm|a\.m\.|p\.m\.|gmt|utc|hrs)$/i.test(next);
}

function isListMarker(an: Analysis, n: NumberAt): boolean {
  const before = an.text.slice(Math.max(0, an.starts[n.first] - 3), an.starts[n.first]);
  const after = an.values[n.last + 1];
  return (an.starts[n.first] === 0 || /\n\s*$/.test(before)) && (after === '.' || after === ')');
}

function qualifierBefore(an: Analysis, first: number): { q: Qualifier; from: number } | undefined {
  for (const [words, q] of QUALIFIER_PHRASES) {
    const from = first - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = an.lower[from + k] === words[k];
    if (ok) return { q, from };
  }
  return undefined;
}

function qualifierAfter(an: Analysis, last: number): { q: Qualifier; to: number } | undefined {
  for (const [words, q] of TRAILING_QUALIFIERS) {
    let ok = true;
    let j = last + 1;
    if (DASHES.has(an.values[j]) && words[0] === 'plus') j++;
    for (let k = 0; k < words.length && ok; k++) ok = an.lower[j + k] === words[k];
    if (ok) return { q, to: j + words.length - 1 };
  }
  return undefined;
}

/** Range inside one token: "25,000-30,000", "10–12". */
function splitRangeToken(raw: string): [string, string] | undefined {
  const m = /^([\d.,]+)[-–—‒]([\d.,]+)$/.exec(raw);
  return m ? [m[1], m[2]] : undefined;
}

/** Unit of what follows the number: percent, currency word, measure, duration. */
function unitAfter(an: Analysis, j: number): { kind: Quantity['kind']; unit?: string; last: number } | undefined {
  const w = an.lower[j];
  if (w === undefined) return undefined;
  if (w === '%' || w === 'percent' || w === 'pct') return { kind: 'percent', last: j };
  if (w === 'per' && an.lower[j + 1] === 'cent') return { kind: 'percent', last: j + 1 };
  if (w === 'percentage' && an.lower[j + 1] === 'points') return { kind: 'percent', unit: 'points', last: j + 1 };
  if (w in CURRENCY_WORDS) return { kind: 'money', unit: CURRENCY_WORDS[w], last: j };
  if (w in CURRENCY_SYMBOLS && w.length === 3) return { kind: 'money', unit: CURRENCY_SYMBOLS[w], last: j };
  if (w in MEASURE_UNITS) return { kind: 'measure', unit: MEASURE_UNITS[w], last: j };
  const hyph = DASHES.has(w) ? an.lower[j + 1] : undefined; // "25-minute documentary", "26.2-mile course"
  if (hyph && hyph in DURATION_UNITS) return { kind: 'duration', unit: DURATION_UNITS[hyph], last: j + 1 };
  if (hyph && hyph in MEASURE_UNITS) return { kind: 'measure', unit: MEASURE_UNITS[hyph], last: j + 1 };
  if (w in DURATION_UNITS) return { kind: 'duration', unit: DURATION_UNITS[w], last: j };
  return undefined;
}

/** Nouns that are plural without an -s: they end a counted phrase like any plural. */
const INVARIANT_PLURALS = new Set(['people', 'police', 'personnel', 'staff', 'cattle', 'livestock', 'clergy', 'crew', 'folk']);

function isPlural(an: Analysis, i: number): boolean {
  const lemma = (an.lemmas[i] ?? an.lower[i]).toLowerCase();
  return an.pos[i] === 'NOUN' && (lemma !== an.lower[i] || INVARIANT_PLURALS.has(an.lower[i]));
}

/** The counted noun phrase after the figure, or "deployment of 15,000" before it. */
function countedNoun(an: Analysis, after: number, first: number, ofChange = false): { noun?: string; nounForm?: string; phrase?: string; part?: boolean; increment?: boolean; before?: boolean; last: number } {
  let j = after;
  let increment = false;
  let part = false;
  // "a 7.1-magnitude earthquake": the hyphened word qualifies the noun that follows.
  if (DASHES.has(an.values[j]) && an.starts[j] === an.ends[j - 1] && an.types[j + 1] === 'word' && an.ends[j] === an.starts[j + 1]) j++;
  // "a second four-year term": a measure joined by a hyphen qualifies the noun that follows.
  else if ((an.types[j] === 'number' || isNumberWord(an.lower[j] ?? '')) && DASHES.has(an.values[j + 1]) && an.ends[j] === an.starts[j + 1] && an.types[j + 2] === 'word') j += 3;
  if (INCREMENT_AFTER.has(an.lower[j]) && an.lower[j + 1] !== 'than') {
    increment = true;
    j++;
  }
  if (an.lower[j] === 'of' && ['the', 'those', 'these', 'its', 'their', 'them', 'his', 'her', 'our'].includes(an.lower[j + 1])) {
    part = true;
    j += an.lower[j + 1] === 'them' ? 1 : 2;
  }
  const s = an.sentenceOf[first];
  let head = -1;
  let k = j;
  while (k < an.values.length && an.sentenceOf[k] === s && an.types[k] === 'word') {
    const p = an.pos[k];
    // A plural noun ends the phrase ("2,000 firefighters next week", "1.5 million people lack …").
    if (head >= 0 && isPlural(an, head)) break;
    if (p === 'NOUN' || p === 'PROPN') head = k;
    else if (head < 0 && (p === 'ADJ' || (p === 'VERB' && /ed$/.test(an.lower[k]) && an.pos[k + 1] === 'NOUN'))) { /* "armed personnel" */ }
    else break;
    k++;
  }
  if (head >= 0) {
    return { noun: lemmaOf(an, head), nounForm: an.lower[head], phrase: spanText(an, j, head), part, increment, last: head };
  }
  // "a total deployment of 15,000": the noun before "of"; "turnout was 68%": the subject of "to be";
  // "Windows revenue is up 9%", "gaming revenue surged by 50%": the subject of a verb of change.
  const at = an.lower[first - 1] === 'of' ? first - 2 : COPULA.has(an.lower[first - 1]) ? first - 2 : ofChange ? subjectBefore(an, first) : -1;
  if (at >= 0 && an.sentenceOf[at] === s && (an.pos[at] === 'NOUN' || (an.pos[at] === 'PROPN' && at === an.sentences[s][0]))) {
    let from = at;
    while (from > an.sentences[s][0] && NOUNISH.has(an.pos[from - 1]) && an.types[from - 1] === 'word') from--;
    return { noun: lemmaOf(an, at).toLowerCase(), nounForm: an.lower[at], phrase: spanText(an, from, at), part, increment, before: true, last: first };
  }
  return { part, increment, last: first };
}

/**
 * The head of the subject of the verb just before a share or an amount ("revenue" in "Xbox revenue
 * increased 61 per cent"), or -1. Counts name what they count after them ("the toll rose to 288
 * people"), so only shares and amounts look back.
 */
function subjectBefore(an: Analysis, first: number): number {
  let k = first - 1;
  for (let n = 0; n < 2 && (CHANGE_LINKS.has(an.lower[k]) || an.pos[k] === 'ADV'); n++) k--;
  if (an.pos[k] !== 'VERB' && !COPULA.has(an.lower[k])) return -1;
  k--;
  while (an.pos[k] === 'AUX' || an.pos[k] === 'ADV' || an.pos[k] === 'PART') k--;
  return an.pos[k] === 'NOUN' ? k : -1;
}

/** Words between a verb of change and its figure: "rose by 5%", "is up 9%", "fell to 3%". */
const CHANGE_LINKS = new Set(['by', 'to', 'up', 'down', 'nearly', 'almost', 'about', 'around', 'some', 'roughly', 'just', 'only', 'over', 'more', 'than']);


export function extractQuantities(an: Analysis, path: string, skip: Uint8Array): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  const n = an.values.length;
  for (let i = 0; i < n; i++) {
    if (skip[i]) continue;
    const claim = vagueAt(an, i) ?? quantityAt(an, i);
    if (!claim) continue;
    const { q, first, last, nounInfo } = claim;
    for (let k = first; k <= last; k++) skip[k] = 1;
    // "a total deployment of 15,000": the figure belongs to the noun, not to the clause's verb.
    const events = nounInfo.before ? [nounInfo.noun!] : eventsNear(an, first, last);
    if (nounInfo.noun && !events.includes(nounInfo.noun)) events.push(nounInfo.noun);
    const forecast = isForecast(an, first, last, nounInfo);
    out.push({
      kind: 'quantity',
      ...claimBase(an, path, 'q', an.starts[first], an.ends[Math.max(last, nounInfo.last)], first),
      quantity: q,
      context: {
        noun: nounInfo.noun,
        nounForm: nounInfo.nounForm,
        phrase: nounInfo.phrase,
        events,
        words: contextWords(an, first, Math.max(last, nounInfo.last)),
        increment: nounInfo.increment || undefined,
        projection: isProjection(an, first, last) || forecast || undefined,
        forecast: forecast || undefined,
        requested: isRequested(an, first, last) || undefined,
        tally: isTally(an, first, Math.max(last, nounInfo.last)) || undefined,
        change: (q.kind === 'percent' && isChange(an, first, last)) || undefined,
        previous: isPrevious(an, first) || undefined,
        part: nounInfo.part || undefined,
        ...timeAndPlace(an, first, last),
        agent: agentOf(an, first),
        attribution: attributionOf(an, an.sentenceOf[first]),
      },
    });
    i = last;
  }
  return out;
}

interface Found {
  q: Quantity;
  first: number;
  last: number;
  nounInfo: ReturnType<typeof countedNoun>;
}

/** "several thousand", "thousands of", "dozens of". */
function vagueAt(an: Analysis, i: number): Found | undefined {
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
  } else if (w in VAGUE_PLURAL_SCALES && an.lower[i + 1] === 'of') {
    scale = VAGUE_PLURAL_SCALES[w];
    if (w === 'tens' && an.lower[i + 2] === 'thousands') return undefined;
    last = i;
  }
  if (scale === undefined) return undefined;
  const nounInfo = countedNoun(an, an.lower[last + 1] === 'of' && last === i ? last + 2 : last + 1, first);
  const q: Quantity = { kind: 'count', low: 2 * scale, high: 10 * scale - 1, qualifier: 'vague', precision: scale };
  return { q, first, last, nounInfo };
}

function quantityAt(an: Analysis, i: number): Found | undefined {
  // A currency symbol opens the figure: "$2.5bn", "US$40m", "€3 million".
  let currency: string | undefined;
  let first = i;
  let at = i;
  if (an.types[i] === 'currency' || an.lower[i] in CURRENCY_SYMBOLS) {
    const c = CURRENCY_SYMBOLS[an.lower[i]];
    if (!c || an.types[i + 1] !== 'number') return undefined;
    currency = c;
    at = i + 1;
  }
  const clock = an.types[at] === 'number' && !currency ? clockReading(an, at) : undefined;
  if (clock) return clock;
  const single = !currency ? oneUnit(an, at) : undefined;
  if (single) return single;
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
    const next = an.lower[at + 1];
    if (next in SCALES && next.length > 2) {
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
    const sep = an.lower[last + 1];
    const prevWord = an.lower[first - 1];
    const joins =
      (DASHES.has(sep) && an.types[last + 2] === 'number') ||
      (sep === 'to' && (prevWord === 'from' || an.types[last + 2] === 'number' || isNumberWord(an.lower[last + 2] ?? ''))) ||
      (sep === 'and' && prevWord === 'between') ||
      (sep === 'or' && isNumberWord(an.lower[last + 2] ?? '') && an.types[last] !== 'number');
    if (joins && startsNumber(an, last + 2)) {
      const h = readNumber(an, last + 2);
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
  const u = unitAfter(an, last + 1);
  if (u && !(u.kind === 'money' && currency)) {
    kind = u.kind;
    unit = u.unit ?? unit;
    last = u.last;
  } else if (u && u.kind === 'money') {
    last = u.last;
  }
  let lowV = low.value;
  let highV = high ? high.value : low.value;
  let precision = Math.min(low.precision, high ? high.precision : low.precision);
  // "2 hours, 35 seconds", "three minutes and 27 seconds": one duration written in parts.
  if (kind === 'duration' && !high) {
    const more = durationParts(an, last, unit!);
    if (more) {
      lowV = highV = more.seconds + secondsOf(lowV, unit!);
      precision = more.precision;
      unit = 'second';
      last = more.last;
    }
  }
  const q: Quantity = { kind, low: lowV, high: highV, qualifier, precision, unit };
  let increment = false;
  if (INCREMENT_BEFORE.has(an.lower[(qb ? qb.from : lead) - 1]) || INCREMENT_BEFORE.has(an.lower[first - 1])) increment = true;
  if (qb && INCREMENT_BEFORE.has(an.lower[qb.from])) increment = true;
  // "an 11-year war": a duration written with a hyphen qualifies the noun that follows.
  const hyphened = kind === 'duration' && DASHES.has(an.values[last - 1] ?? '');
  // "five days of debate": the noun after "of" is what lasted.
  const nounInfo = kind !== 'duration' || hyphened ? countedNoun(an, last + 1, first, kind === 'percent' || kind === 'money') : an.lower[last + 1] === 'of' && an.pos[last + 2] === 'NOUN' ? countedNoun(an, last + 2, first) : { last };
  if (increment) (nounInfo as { increment?: boolean }).increment = true;
  const start = qb ? qb.from : lead;
  return { q, first: start, last, nounInfo };
}

/**
 * What analysts expected is a forecast, not a result: "analysts had expected around $2.78", "the
 * average analyst estimate of $61.12 billion", "consensus forecasts of 3%".
 */
function isForecast(an: Analysis, first: number, last: number, noun: { noun?: string; before?: boolean }): boolean {
  if (noun.before && noun.noun && FORECAST_NOUNS.has(noun.noun)) return true;
  // "ahead of estimates of around $2.78"
  for (let i = Math.max(0, first - 3); i < first; i++) if (an.pos[i] === 'NOUN' && an.lower[i + 1] === 'of' && FORECAST_NOUNS.has(lemmaOf(an, i))) return true;
  const [c0, c1] = clauseOf(an, first, last);
  for (let i = c0; i <= c1; i++) if (FORECAST_WORDS.has(an.lower[i])) return true;
  return false;
}

const FORECAST_NOUNS = new Set(['estimate', 'forecast', 'expectation', 'consensus', 'guidance', 'projection', 'target', 'outlook']);
const FORECAST_WORDS = new Set(['analyst', 'analysts', 'consensus', 'forecast', 'forecasts', 'forecasting', 'forecasted', 'guidance', 'outlook']);

/** "2:00:35", "2:13:44": a race time or a length of time in hours, minutes and seconds. */
function clockReading(an: Analysis, at: number): Found | undefined {
  const m = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(an.values[at]);
  if (!m) return undefined;
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  const q: Quantity = { kind: 'duration', unit: 'second', low: seconds, high: seconds, qualifier: 'exact', precision: 1, clock: true };
  const qb = qualifierBefore(an, at);
  if (qb) q.qualifier = qb.q;
  return { q, first: qb ? qb.from : at, last: at, nounInfo: countedNoun(an, at + 1, at) };
}

/** "almost a minute", "more than an hour": one unit of time, when a hedge says it is a figure. */
function oneUnit(an: Analysis, at: number): Found | undefined {
  const w = an.lower[at];
  const unit = DURATION_UNITS[an.lower[at + 1] ?? ''];
  if ((w !== 'a' && w !== 'an') || !unit || an.lower[at + 1].endsWith('s')) return undefined;
  const qb = qualifierBefore(an, at);
  if (!qb) return undefined;
  const q: Quantity = { kind: 'duration', unit, low: 1, high: 1, qualifier: qb.q, precision: 1 };
  return { q, first: qb.from, last: at + 1, nounInfo: { last: at + 1 } };
}

/** The parts that follow a duration's first part: ", 35 seconds", "and 27 seconds". */
function durationParts(an: Analysis, last: number, unit: string): { seconds: number; precision: number; last: number } | undefined {
  let j = last + 1;
  let seconds = 0;
  let precision = secondsOf(1, unit);
  let found = false;
  while (an.lower[j] === ',' || an.lower[j] === 'and') {
    const n = an.types[j + 1] === 'number' || isNumberWord(an.lower[j + 1] ?? '') ? readNumber(an, j + 1) : undefined;
    const u = n ? DURATION_UNITS[an.lower[n.last + 1] ?? ''] : undefined;
    if (!n || !u || secondsOf(1, u) >= precision) break;
    seconds += secondsOf(n.value, u);
    precision = secondsOf(n.precision, u);
    j = n.last + 2;
    found = true;
  }
  return found ? { seconds, precision, last: j - 1 } : undefined;
}

const SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800 };
const secondsOf = (v: number, unit: string) => v * (SECONDS[unit] ?? NaN);

/** "1991-2002": a span of years, not a range of counts. */
function yearSpan(raw: [string, string], a: number, b: number): [number, number] | undefined {
  if (!/^\d{4}$/.test(raw[0]) || !/^\d{2}(\d{2})?$/.test(raw[1])) return undefined;
  const end = b < 100 ? Math.floor(a / 100) * 100 + b : b; // "1991-02"
  return a >= 1000 && end <= 2199 && end > a && end - a < 200 ? [a, end] : undefined;
}

/** A span of years is a duration (its length) with its ends kept: "the 1991-2002 war" is an 11-year war. */
function periodAt(an: Analysis, at: number, [from, to]: [number, number]): Found {
  const q: Quantity = { kind: 'duration', unit: 'year', low: to - from, high: to - from, qualifier: 'exact', precision: 1, period: [from, to] };
  return { q, first: at, last: at, nounInfo: countedNoun(an, at + 1, at) };
}

/**
 * "up 5.5%", "revenue grew 18%", "a 9% increase": a rate of change, which is another measure than a
 * share or a level ("9.2% of the company", "turnout was 41%").
 */
function isChange(an: Analysis, first: number, last: number): boolean {
  let k = first - 1;
  for (let n = 0; n < 2 && (an.lower[k] === 'by' || an.lower[k] === 'of' || an.pos[k] === 'ADV'); n++) k--;
  if (CHANGE_WORDS.has(lemmaOf(an, k)) || CHANGE_WORDS.has(an.lower[k])) return true;
  const next = an.lower[last + 1] ?? '';
  return CHANGE_WORDS.has(next) || CHANGE_WORDS.has(lemmaOf(an, last + 1));
}

const CHANGE_WORDS = new Set([
  'up', 'down', 'rise', 'rose', 'risen', 'increase', 'grow', 'growth', 'fall', 'fell', 'drop', 'jump', 'surge', 'climb',
  'decline', 'gain', 'slip', 'slide', 'plunge', 'soar', 'shrink', 'decrease', 'tumble', 'sink', 'advance', 'rally', 'dip',
  'higher', 'lower', 'boost', 'cut',
]);

/**
 * "432 votes to 202", "won 3-1": each side of a tally is a figure of its own, never the same thing as
 * the margin between them ("a majority of 230") or a plain count.
 */
function isTally(an: Analysis, first: number, last: number): boolean {
  if (an.lower[last + 1] === 'to' && (an.types[last + 2] === 'number' || isNumberWord(an.lower[last + 2] ?? ''))) return true;
  // "… to 202", "432 votes to 202": the second side, after "to" and the first side with its noun.
  const k = first - 1;
  if (an.lower[k] !== 'to') return false;
  return an.types[k - 1] === 'number' || (an.pos[k - 1] === 'NOUN' && an.types[k - 2] === 'number');
}

/** "down from 71%", "up from", "compared with 55%": the figure is the earlier value of a change. */
function isPrevious(an: Analysis, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && QUALIFIER_OR_DET.has(an.lower[k])) k--;
  const w = an.lower[k];
  const before = an.lower[k - 1];
  if (w === 'from' && (before === 'up' || before === 'down' || /^(rise|rose|risen|fall|fell|fallen|increase|increased|decrease|decreased|drop|dropped|climb|climbed|jump|jumped)$/.test(before ?? ''))) return true;
  return (w === 'with' || w === 'to') && before === 'compared';
}

const QUALIFIER_OR_DET = new Set(['some', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'an', 'a', 'the', 'just', 'over', 'under', '$', '€', '£']);

function parseDigitsPrecision(raw: string): number {
  return parseDigits(raw)?.precision ?? 1;
}

/** Ordinals ("third meeting", "21st"), kept as their own kind. */
export function extractOrdinals(an: Analysis, path: string, skip: Uint8Array): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  for (let i = 0; i < an.values.length; i++) {
    if (skip[i]) continue;
    const w = an.lower[i];
    let value = ORDINAL_WORDS[w];
    if (value === undefined) {
      const c = w.charCodeAt(0);
      if (c < 48 || c > 57) continue; // neither an ordinal word nor digits
      const m = /^(\d+)(st|nd|rd|th)$/.exec(w);
      if (!m) continue;
      value = Number(m[1]);
    }
    // "after first leading a campaign", "came second": an ordinal ranks a noun only as an adjective.
    if (an.pos[i] !== 'ADJ' && an.pos[i] !== 'NUM' && an.pos[i] !== 'NOUN') continue;
    const nounInfo = countedNoun(an, an.lower[i + 1] === 'such' ? i + 2 : i + 1, i);
    if (!nounInfo.noun) continue;
    out.push({
      kind: 'quantity',
      ...claimBase(an, path, 'o', an.starts[i], an.ends[Math.max(i, nounInfo.last)], i),
      quantity: { kind: 'ordinal', low: value, high: value, qualifier: 'exact', precision: 1 },
      context: {
        noun: nounInfo.noun,
        nounForm: nounInfo.nounForm,
        phrase: nounInfo.phrase,
        events: eventsNear(an, i, i),
        words: contextWords(an, i, Math.max(i, nounInfo.last)),
        attribution: attributionOf(an, an.sentenceOf[i]),
      },
    });
  }
  return out;
}
