// Times of day as claims: "3:15 pm", "7pm", "around 7 pm", "19:00", "1915 GMT", "10am local time",
// "3:15 p.m. ET", with the zone when one is written and the figure's own conversion in brackets
// ("3:15 pm (1915 GMT)", "19:00 (13:30 GMT)"), which is one claim with two readings (zones.ts).
// Hand-written over the tokens: the few shapes a report writes a time in cost a regular expression
// per token, where a date parser would be run on every sentence.
import type { Analysis } from './nlp';
import type { Quantity, QuantityClaim, Span } from './types';
import { claimBase, clauseOf, contextWords, eventsNear, lemmaOf, saysAt } from './context';
import { timeAndPlace } from './clauseTime';
import { attributionOf } from './parties';
import { isProjection } from './status';
import { qualifierBefore } from './figures';
import { DASHES, STOPWORDS, WEEKDAYS } from './lexicon';
import { zoneName } from './zones';
import { numberWordValue } from './numbers';

const MERIDIEM = /^(am|pm|a\.m\.?|p\.m\.?)$/i;
const GLUED = /^(\d{1,2})(?:[:.]([0-5]\d))?(am|pm|a\.m\.?|p\.m\.?)\.?$/i;
const COLON = /^(\d{1,2}):([0-5]\d)$/;
const DOTTED = /^(\d{1,2})\.([0-5]\d)$/;
const FOUR = /^([01]\d|2[0-3])([0-5]\d)$/;
/** Every shape above at once: a cheap first test on each token. */
const SHAPE = /^\d{1,4}(?:[:.]\d\d?)?(?:[ap]\.?m\.?)?$/i;
/** Words before a time that make it a bound or a span, not when something happened ("by 7pm"). */
const NOT_WHEN = new Set(['by', 'until', 'till', 'before', 'after', 'from', 'between', 'to', 'since']);
/** Words before "before" or "after" a time that make it when something happened, near that time. */
const NEAR = new Set(['just', 'shortly', 'soon', 'right', 'immediately']);
/** Words before a bare "19:00" that make it a time of day rather than a split or a score. */
const AT = new Set(['at', 'around', 'about', 'approximately', 'roughly', 'nearly', 'shortly', 'just']);

interface TimeAt {
  minutes: number;
  precision: number;
  zone?: string;
  last: number;
  /** Whether am or pm was written. */
  meridiem: boolean;
}

/** The US zones written as words after a time ("1:25 a.m. Eastern", "3 p.m. Pacific time"). */
const US_ZONE_WORDS: Record<string, string> = { eastern: 'ET', central: 'CT', mountain: 'MT', pacific: 'PT' };
/** Words before "time" that name Britain's clock ("UK time", "British time", "London time"). */
const UK_TIME = new Set(['uk', 'british', 'london']);

/** "Eastern", "Pacific time": capitalised, and not the first word of a name ("Pacific Ocean", "Eastern Cape"). */
function zoneWord(an: Analysis, j: number): boolean {
  const v = an.values[j] ?? '';
  if (!US_ZONE_WORDS[an.lower[j]] || !/^\p{Lu}/u.test(v)) return false;
  return an.lower[j + 1] === 'time' || !/^\p{Lu}/u.test(an.values[j + 1] ?? '');
}

/** A time of day starting at token i, with its zone, or undefined. */
function timeAt(an: Analysis, i: number, bare: boolean): TimeAt | undefined {
  const v = an.values[i];
  let hour: number;
  let minute: number | undefined;
  let last = i;
  let meridiem: string | undefined;
  let m: RegExpExecArray | null;
  // "10.30pm": wink reads "10.3" and "0pm"; the two tokens, joined, are the time. At a sentence's
  // end the full stop stays on the second ("at 7.24pm.": "7.2" and "4pm.").
  const split = an.types[i] === 'number' && /^\d{1,2}\.\d$/.test(v) && an.starts[i + 1] === an.ends[i] && /^\d(am|pm|a\.m\.?|p\.m\.?)\.?$/i.test(an.values[i + 1] ?? '');
  // "6.03pm": wink reads "6", "." and "03pm".
  const split3 = !split && an.types[i] === 'number' && /^\d{1,2}$/.test(v) && an.values[i + 1] === '.' && an.starts[i + 1] === an.ends[i] && an.starts[i + 2] === an.ends[i + 1] && /^\d\d(am|pm|a\.m\.?|p\.m\.?)$/i.test(an.values[i + 2] ?? '');
  if ((m = GLUED.exec(split ? v + an.values[i + 1] : split3 ? `${v}.${an.values[i + 2]}` : v))) {
    [hour, minute, meridiem] = [Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3]];
    if (split) last = i + 1;
    if (split3) last = i + 2;
  } else if (an.types[i] === 'number' && (m = COLON.exec(v) ?? DOTTED.exec(v) ?? /^(\d{1,2})()$/.exec(v) ?? FOUR.exec(v))) {
    hour = Number(m[1]);
    minute = m[2] === '' ? undefined : Number(m[2]);
    if (MERIDIEM.test(an.values[i + 1] ?? '')) {
      meridiem = an.values[i + 1];
      last = i + 1;
    }
  } else return undefined;
  const four = FOUR.test(v);
  if (meridiem) {
    if (four || hour < 1 || hour > 12) return undefined;
    const pm = /^p/i.test(meridiem);
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return undefined;
  let zone: string | undefined;
  const z = zoneName(an.values[last + 1]);
  if (UK_TIME.has(an.lower[last + 1]) && an.lower[last + 2] === 'time') {
    // "2.05pm UK time", "1pm British time": Greenwich time or British summer time.
    zone = 'UK';
    last += 2;
  } else if (z && z !== 'UK' && /^[A-Z]+$/.test(an.values[last + 1])) {
    zone = z;
    last++;
  } else if (zoneWord(an, last + 1)) {
    // "1:25 a.m. Eastern", "3 p.m. Pacific time": the US zones by name, standard or summer time.
    zone = US_ZONE_WORDS[an.lower[last + 1]];
    last += an.lower[last + 2] === 'time' ? 2 : 1;
  } else if (an.lower[last + 1] === 'local' && an.lower[last + 2] === 'time') last += 2;
  // "1500 hrs"; not "1000 hours", which is as often a duration.
  else if (an.lower[last + 1] === 'hrs' && four) last++;
  // "about 11:30 Friday night", "7.45 in the evening": the half of the day in words after the time.
  const half = !meridiem && hour >= 1 && hour <= 11 ? halfInWords(an, last) : undefined;
  if (half && hour >= half[0] && hour <= half[1]) hour += 12;
  // Without a meridiem or zone, only "at 19:00" or "at about 19:00" is a time: "2:05" may be a split.
  const marked = !!meridiem || last > i || !!half;
  if (!marked) {
    if (!bare || !COLON.test(v)) return undefined;
  }
  // A bare hour needs its meridiem: "10 CT scans" is no time, and reports write "0700 GMT".
  if (!meridiem && minute === undefined) return undefined;
  const precision = minute ? 1 : 60;
  return { minutes: hour * 60 + (minute ?? 0), precision, zone, last, meridiem: !!meridiem };
}

/** The hours a word for the later half of the day covers ("11:30 at night" is 23:30; "2:30 at night" is not afternoon). */
const LATER_HALF: Record<string, [number, number]> = { afternoon: [1, 6], evening: [5, 11], night: [6, 11], tonight: [6, 11] };

/** The later half of the day named within a few words after token `last` ("Friday night", "in the evening"). */
function halfInWords(an: Analysis, last: number): [number, number] | undefined {
  for (let k = last + 1; k <= last + 3; k++) {
    const h = LATER_HALF[an.lower[k]];
    if (h) return h;
    if (!/^(in|at|on|that|the|this)$/.test(an.lower[k] ?? '') && !WEEKDAYS.includes(an.lower[k])) return undefined;
  }
  return undefined;
}

/** Whether token j ends a written time ("7pm", "7 pm", "19:00", "0900 GMT"). */
function endsTime(an: Analysis, j: number): boolean {
  const v = an.values[j] ?? '';
  return MERIDIEM.test(v) || GLUED.test(v) || COLON.test(v) || !!zoneName(v);
}

/** Words that may follow the hour of a time in words ("half past ten in the morning", "… o'clock"). */
const CLOCK_ENDS = new Set(['in', 'at', 'on', 'this', 'that', 'last', 'when', 'and', 'as', 'local', "o'clock", 'o’clock', 'tonight', 'today', 'yesterday']);

/**
 * "at half past ten", "at a quarter to nine", "around twenty past four": a time of day in words,
 * whose numbers count nothing. Its half of the day is seldom written, so it is no claim, as a bare
 * hour is none (timeAt); its words are marked so that no reader of figures takes them for counts.
 */
function skipClockWords(an: Analysis, skip: Uint8Array): void {
  for (let k = 1; k + 1 < an.values.length; k++) {
    const w = an.lower[k];
    if (w !== 'past' && w !== 'to' && w !== 'after') continue;
    // In words only: "at 5 to 1" is as often odds.
    const hour = numberWordValue(an.lower[k + 1] ?? '');
    if (hour === undefined || !(hour >= 1 && hour <= 12)) continue;
    // The minutes: "half", "a quarter", or up to 30 of them, with "minutes" or not.
    let first = an.lower[k - 1] === 'minutes' ? k - 2 : k - 1;
    const said = an.lower[first] ?? '';
    const minutes = said === 'half' ? 30 : said === 'quarter' ? 15 : numberWordValue(said);
    if (minutes === undefined || !(minutes >= 1 && minutes <= 30)) continue;
    if (said === 'quarter' && an.lower[first - 1] === 'a') first--;
    if (!AT.has(an.lower[first - 1] ?? '')) continue;
    // Not a range ("about ten to twelve people"): the hour ends a phrase.
    const next = k + 2;
    if (next < an.values.length && an.types[next] !== 'punctuation' && !CLOCK_ENDS.has(an.lower[next]) && !MERIDIEM.test(an.values[next])) continue;
    for (let j = first; j <= k + 1; j++) skip[j] = 1;
  }
}

export function extractTimes(an: Analysis, path: string, skip: Uint8Array): QuantityClaim[] {
  skipClockWords(an, skip);
  const out: QuantityClaim[] = [];
  const n = an.values.length;
  // The last time of the afternoon or evening written with "pm", and its sentence.
  let pm: { sentence: number; minutes: number; zone?: string } | undefined;
  for (let i = 0; i < n; i++) {
    const type = an.types[i];
    if ((type !== 'number' && type !== 'time') || skip[i] || !SHAPE.test(an.values[i])) continue;
    // Most numbers are no time: the hedge before is looked for only once the shape says it may be.
    let t = timeAt(an, i, true);
    if (!t) continue;
    const qb = qualifierBefore(an, i);
    let lead = qb ? qb.from : i;
    // "struck just before 9 a.m.", "shortly after 8pm": when it happened, about that time.
    const near = (an.lower[lead - 1] === 'before' || an.lower[lead - 1] === 'after') && NEAR.has(an.lower[lead - 2] ?? '');
    const side = near ? (an.lower[lead - 1] as 'before' | 'after') : undefined;
    if (near) lead -= 2;
    else if (NOT_WHEN.has(an.lower[lead - 1] ?? '')) continue;
    // "between 7pm and 9pm", "7pm-9pm": the second end of a span is no more a time than the first.
    if ((an.lower[lead - 1] === 'and' || DASHES.has(an.values[lead - 1] ?? '')) && endsTime(an, lead - 2)) continue;
    if (!near && !AT.has(an.lower[i - 1] ?? '') && !AT.has(an.lower[lead - 1] ?? '')) t = timeAt(an, i, false);
    if (!t) continue;
    // "started the descent at 5:20 pm IST and touched down at 6:04": a time written without its
    // half of the day or zone, after one of its sentence that has them, is in that half and zone
    // when that keeps it after the first.
    const sentence = an.sentenceOf[i];
    if (!t.meridiem && pm?.sentence === sentence && t.minutes < 12 * 60 && t.minutes + 12 * 60 >= pm.minutes) t = { ...t, minutes: t.minutes + 12 * 60, zone: t.zone ?? pm.zone };
    else if (t.meridiem && t.minutes >= 12 * 60) pm = { sentence, minutes: t.minutes, zone: t.zone };
    let last = t.last;
    // "2.21 pm: July 19 – The Met Office has confirmed …": a time that opens its line before a colon
    // stamps a live report's entry, as a dateline does; it is when the entry was written, no claim.
    if (an.values[last + 1] === ':' && /(^|\n)[ \t]*$/.test(an.text.slice(Math.max(0, an.starts[lead] - 20), an.starts[lead]))) {
      i = last + 1;
      continue;
    }
    const q: Quantity = { kind: 'time', low: t.minutes, high: t.minutes, qualifier: qb || near ? 'approx' : 'exact', precision: t.precision, unit: t.zone, ...(side ? { side } : {}) };
    // "3:15 pm (1915 GMT)": its own conversion into another zone.
    let altSpan: Span | undefined;
    if (an.values[last + 1] === '(') {
      const alt = timeAt(an, last + 2, false);
      if (alt && alt.zone && alt.zone !== t.zone && an.values[alt.last + 1] === ')') {
        q.alt = { unit: alt.zone, low: alt.minutes, high: alt.minutes, precision: alt.precision };
        altSpan = { start: an.starts[last + 2], end: an.ends[alt.last] };
        last = alt.last + 1;
      }
    }
    for (let k = lead; k <= last; k++) skip[k] = 1;
    // "As of 7.25pm AEDT, with more than two million votes counted, …": the moment the figures of
    // its sentence were read, not when something happened; two reports read at one minute may
    // tell of different events, and their figures carry the moment (status.ts asOfAt).
    if (an.lower[lead - 1] === 'of' && an.lower[lead - 2] === 'as') {
      i = last;
      continue;
    }
    out.push({
      kind: 'quantity',
      // Not the full stop that wink left on "4pm." at a sentence's end.
      ...claimBase(an, path, 'q', an.starts[lead], an.ends[last] - (/\d(am|pm)\.$/i.test(an.values[last]) ? 1 : 0), lead),
      quantity: q,
      context: {
        events: frontedEvents(an, lead, last) ?? eventsNear(an, lead, last),
        words: contextWords(an, lead, last),
        projection: isProjection(an, lead, last) || undefined,
        ...timeAndPlace(an, lead, last),
        attribution: attributionOf(an, an.sentenceOf[lead]),
      },
      ...(altSpan ? { altSpan } : {}),
    });
    i = last;
  }
  return out;
}

/**
 * "At around 9:07 a.m., Jeju Air's flight … caught fire after veering off the runway": a time that
 * opens its sentence in a clause of its own, with no verb, says when the rest of the sentence
 * happened; its deeds are the verbs of that rest (four at most), not none.
 */
function frontedEvents(an: Analysis, lead: number, last: number): string[] | undefined {
  const [s0, s1] = an.sentences[an.sentenceOf[lead]];
  const [c0, c1] = clauseOf(an, lead, last);
  if (c0 !== s0 || c1 >= s1) return undefined;
  for (let k = c0; k <= c1; k++) if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') return undefined;
  const out: string[] = [];
  for (let k = c1 + 1; k <= s1 && out.length < 4; k++) {
    if (an.pos[k] !== 'VERB' || saysAt(an, k) || STOPWORDS.has(an.lower[k])) continue;
    const l = lemmaOf(an, k);
    if (!out.includes(l)) out.push(l);
  }
  return out.length ? out : undefined;
}

/**
 * The deed two times of day are each the time of, when one verb names it in both, of one thing
 * their words name too ("Navigation in the canal resumed at 6 p.m.", "Traffic is set to resume
 * through the canal at 20:00"): two times of one deed are one event timed twice, not the two
 * events (the quake, the aftershock) two differing times more often are. A verb of beginning or
 * ending says nothing of what began: "the eruption began at 10:17 p.m." and "Arrivals at
 * Keflavik began at around 5am" share only the verb.
 */
export function oneDeedTimed(a: QuantityClaim, b: QuantityClaim): string | undefined {
  const deed = a.context.events[0];
  if (deed === undefined || deed !== b.context.events[0]) return undefined;
  const deeds = new Set([...a.context.events, ...b.context.events]);
  return a.context.words.some((w) => !deeds.has(w) && b.context.words.includes(w)) ? deed : undefined;
}
