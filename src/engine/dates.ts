// Dates and days in a text: wink's DATE entities read into values (dateWords.ts), the days before
// their month that wink cuts or misses, and what happened on each and who told of it.
import type { Analysis } from './nlp';
import type { DateClaim, DateValue, MonthPart } from './types';
import { MONTHS, ORDINAL_WORDS } from './lexicon';
import { YEAR, readDate } from './dateWords';
import { attributionRange, claimBase, clauseOf, contextWords, lemmaOf, saysAt, spanText } from './context';
import { deedNamedBefore, objectOfDay, ownEvents, toldOfDay } from './dateEvents';
import { attributionOf } from './parties';
import { CHANGE_WORDS, FIGURE_MARKS, comparedAt, isPrevious, isProjection } from './status';
import { NAME, doerOf, runBack, verbOf } from './doers';
import { notUntil } from './clauseTime';

/**
 * True when the date says when something was reported ("state media said on Saturday",
 * "Saturday's statement"), not when the event happened: then it is compared only with other
 * reporting dates.
 */
function isReportingDate(an: Analysis, first: number, last: number): boolean {
  // "had made no comment … as of early Saturday", "as of 10am EDT on Saturday": the moment what is
  // said held, as the day of a statement is.
  for (let k = first - 1; k >= Math.max(1, first - 6) && an.values[k] !== ','; k--) if (an.lower[k] === 'of' && an.lower[k - 1] === 'as') return true;
  if (/['’]s$/.test(an.values[last]) || an.lower[last + 1] === "'s" || an.lower[last + 1] === '’s') {
    const j = an.lower[last + 1] === "'s" || an.lower[last + 1] === '’s' ? last + 2 : last + 1;
    return saysAt(an, j);
  }
  // "according to an AFP tally on Thursday": the day of a source's count.
  const [s0, s1] = an.sentences[an.sentenceOf[first]];
  const source = attributionRange(an, s0, s1);
  if (source && first > source[0] && last <= source[1]) return true;
  const [c0, c1] = clauseOf(an, first, last);
  for (let i = first - 1; i >= c0; i--) {
    if (an.pos[i] === 'VERB' || an.pos[i] === 'AUX') {
      if (an.pos[i] === 'AUX') continue;
      return saysAt(an, i) || givesCount(an, i);
    }
  }
  for (let i = last + 1; i <= c1; i++) {
    if (an.pos[i] === 'VERB') return saysAt(an, i) || givesCount(an, i);
  }
  return false;
}

/** "gave a toll of 577", "released new figures", "put the toll at": a verb whose object is a count told. */
function givesCount(an: Analysis, v: number): boolean {
  let j = v + 1;
  while (j < v + 4 && (an.pos[j] === 'DET' || an.pos[j] === 'ADJ' || an.pos[j] === 'PRON')) j++;
  return an.pos[j] === 'NOUN' && COUNTS_TOLD.has(lemmaOf(an, j));
}

const COUNTS_TOLD = new Set(['toll', 'tally', 'figure', 'estimate', 'count']);

/** "GLENMOOR, Tuesday —": a dateline gives the day of the report, not of the events. */
function inDateline(text: string, start: number): boolean {
  return start < 80 && /^\s*[A-Z][A-Z .'’-]+,\s*$/.test(text.slice(0, start));
}

/**
 * "in late June", "early October", "mid-March": a third of the month, as a reader takes it (days 1
 * to 10, 11 to 20, 21 to the month's end), so "late June" is not "June 6" though both are June.
 */
function monthPart(words: string, value: DateValue | undefined): DateValue | undefined {
  if (value?.type !== 'absolute' || value.month === undefined || value.day !== undefined || value.season) return value;
  const part = /^(early|mid|late)\b/i.exec(words)?.[1].toLowerCase() as MonthPart | undefined;
  if (!part) return value;
  const end = new Date(Date.UTC(value.year ?? 2024, value.month, 0)).getUTCDate();
  const [day, dayTo] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, end];
  return { ...value, day, dayTo, part };
}

export function extractDates(an: Analysis, path: string, skip: Uint8Array): DateClaim[] {
  const out: DateClaim[] = [];
  const taken = daysBeforeMonths(an, path, skip, out);
  for (const e of an.entities) {
    // wink reads "until January 21" as a duration: a date with its bound; and "trapped since Nov.
    // 12": the day something began.
    const bounded = BOUND_LEAD.has(an.lower[e.first]);
    const since = an.lower[e.first] === 'since';
    if (e.type !== 'DATE' && !(e.type === 'DURATION' && (bounded || since))) continue;
    if (taken.has(e.first) || taken.has(e.last)) continue;
    // "up to 3 may die", "thousands march": a month is written with a capital.
    if (lowerMonth(an, e.first, e.last)) continue;
    const words = an.text.slice(an.starts[bounded || since ? e.first + 1 : e.first], an.ends[e.last]);
    const value = monthPart(words, readDate(words));
    // A duration that reads as no date ("until three weeks ago"?) stays a duration.
    if (!value && e.type === 'DURATION') continue;
    for (let k = e.first; k <= e.last; k++) skip[k] = 1;
    if (!value) continue;
    out.push(dateClaim(an, path, e.first, e.last, value, bounded));
  }
  // "Tuesday June 13", "Tuesday, 13 June": the weekday is the day of the date it stands before,
  // not a date of its own to set against another report's "Wednesday".
  const dayOfDate = (w: DateClaim) => out.some((d) => d.date.type === 'absolute' && d.date.day !== undefined && d.span.start >= w.span.end && /^[\s,]{0,3}$/.test(an.text.slice(w.span.end, d.span.start)));
  return out.filter((w) => w.date.type !== 'weekday' || !dayOfDate(w));
}

/**
 * "ordered the release of vinyl chloride to occur Monday afternoon", "scheduled the vote to take
 * place on Friday": the day of what someone ordered or scheduled to happen. Told on another
 * weekday than a deed done, it is the day of another event (figureScore.ts); told on the same
 * day, the plan came true and the two agree.
 */
function orderedFor(an: Analysis, from: number): boolean {
  const s0 = an.sentences[an.sentenceOf[from]][0];
  let to = -1;
  for (let k = from - 1; k >= Math.max(s0, from - 4); k--) if (an.lower[k] === 'to' && an.pos[k + 1] === 'VERB') to = k;
  if (to < 0) return false;
  for (let i = to - 1; i >= Math.max(s0, to - 10); i--) if (an.pos[i] === 'VERB' && ORDERS.has(lemmaOf(an, i))) return true;
  return false;
}

const ORDERS = new Set(['order', 'schedule', 'direct', 'instruct', 'slate']);

function lowerMonth(an: Analysis, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (an.values[k] === an.lower[k] && (an.lower[k] === 'may' || an.lower[k] === 'march')) return true;
  return false;
}

function dateClaim(an: Analysis, path: string, from: number, to: number, value: DateValue, bounded = false): DateClaim {
  // Keep the preposition that anchors the date ("on Friday", "In October 2023").
  const first = ['on', 'in', 'since', 'until', 'by'].includes(an.lower[from - 1] ?? '') ? from - 1 : from;
  const reporting = isReportingDate(an, from, to) || inDateline(an.text, an.starts[from]);
  const thing = reporting ? undefined : datedThing(an, from, to, value) ?? namedBefore(an, from, value);
  const told = reporting || thing ? undefined : deedNamedBefore(an, from);
  const deed = thing ? deedOfThing(an, from) : [];
  return {
    kind: 'date',
    ...claimBase(an, path, 'd', an.starts[first], an.ends[to], first),
    date: value,
    context: {
      events: reporting ? ['report'] : thing ? [...thing, ...deed] : told?.events ?? ownEvents(an, from, to),
      object: thing || told ? undefined : reporting ? toldOfDay(an, from, to) : objectOfDay(an, from, to),
      words: told ? [...new Set([...contextWords(an, from, to), ...told.words])] : contextWords(an, from, to),
      // "by Monday", "until Friday", "before March": a deadline or a bound, not the day something happened.
      // But what does not happen until a day happens on it ("will not be nine billion until 2037").
      projection: ((bounded || BOUND_LEAD.has(an.lower[from - 1] ?? '')) && !notUntil(an, from, an.sentences[an.sentenceOf[from]][0])) || undefined,
      // A day closes its clause ("will make time for a no-confidence vote on Wednesday"): read all of it.
      // "a rate cut is in the cards for June", "a vote scheduled for Tuesday": the day a thing is
      // planned for. The tense of the clause is not that of a thing a year dates ("will become the
      // deadliest since a 1961 tsunami").
      future: (!thing && isProjection(an, from, to, 16)) || (an.lower[from - 1] === 'for' && value.type !== 'relative') || undefined,
      attribution: attributionOf(an, an.sentenceOf[first]),
      previous: baseOfChange(an, from) || undefined,
      ordered: orderedFor(an, from) || undefined,
      night: (value.type === 'weekday' && /^(night|evening)$/.test(an.lower[to + 1] ?? '')) || undefined,
      // "Warhol died in 1987", "Thomas Ammann, who died in 1993": whose deed the day dates.
      doer: reporting ? undefined : thing && !deed.length ? namedInApposition(an, from) ?? givenTo(an, to) : deedDoer(an, verbOf(an, from, true)),
    },
  };
}

/**
 * "gasoline increased 11.2% from May", "up 1% from April", "rose from April": a date after "from"
 * just past a change, or past a figure a word of change tells, or after "compared to", is the period
 * the change is measured from, not the time of the deed ("a duty of 34 percent from April 9" is the
 * day the duty starts).
 */
function baseOfChange(an: Analysis, from: number): boolean {
  if (an.lower[from - 1] === 'in' && ofEarlierValue(an, from - 2)) return true;
  // "an increase in the consumer price index compared to May": what is compared against.
  if (comparedAt(an, from - 1)) return true;
  if (an.lower[from - 1] !== 'from') return false;
  let k = from - 2;
  if (an.values[k] === '%' || /^(?:percent|points?)$/.test(an.lower[k] ?? '')) k--;
  if (an.types[k] === 'number') k--;
  while (an.lower[k] === 'by' || an.pos[k] === 'ADV') k--;
  return CHANGE_WORDS.has(an.lower[k] ?? '') || CHANGE_WORDS.has(lemmaOf(an, k));
}

/**
 * "fell from 1.26 in 2022", "fell to 3.9% from 4.1% in March": token k ends a figure that is an
 * earlier value (status.ts isPrevious); the date after it is that value's time, not the day of a deed.
 */
function ofEarlierValue(an: Analysis, k: number): boolean {
  while (FIGURE_MARKS.has(an.values[k] ?? '')) k--;
  if (an.values[k] === '%' || /^(?:percent|points?)$/.test(an.lower[k] ?? '')) k--;
  return an.types[k] === 'number' && isPrevious(an, k);
}

/**
 * The doer of the deed of verb v; for a passive, the one it was done to, marked with "~" (see
 * frame.ts doersApart): "Kara-Murza was arrested in 2022" and "Paul Whelan, 54, who was arrested in
 * 2018" are two arrests, but "Trump will be sentenced on July 11" is not set apart from the judge's
 * "set sentencing for July 11".
 */
function deedDoer(an: Analysis, v: number): string | undefined {
  let k = v - 1;
  while (an.pos[k] === 'ADV') k--;
  if (v < 0) return undefined;
  const doer = doerOf(an, v, true);
  return doer && lemmaOf(an, k) === 'be' ? `~${doer}` : doer;
}

/**
 * "Shirin Ebadi, the 2003 Nobel Peace Prize laureate": a thing a year dates, set after a name and
 * its comma, is that name's, as a deed's day is its doer's: another laureate than "Narges Mohammadi
 * … won the 2023 Nobel Peace Prize".
 */
function namedInApposition(an: Analysis, from: number): string | undefined {
  const k = from - 1;
  if (!/^(the|a|an)$/.test(an.lower[k] ?? '') || an.values[k - 1] !== ',' || an.pos[k - 2] !== 'PROPN') return undefined;
  return spanText(an, runBack(an, k - 2, an.sentences[an.sentenceOf[k]][0], NAME), k - 2);
}

/**
 * "The 2023 Nobel Peace Prize has been awarded to jailed Iranian activist Narges Mohammadi": the
 * one a thing a year dates was given to, named after "to" past the passive, is its holder, as the
 * winner who "won the 2023 Nobel Peace Prize" is.
 */
function givenTo(an: Analysis, to: number): string | undefined {
  let k = to + 1;
  while (an.pos[k] === 'PROPN' || an.pos[k] === 'NOUN' || an.pos[k] === 'ADJ') k++;
  let passive = false;
  for (; an.pos[k] === 'AUX'; k++) passive ||= lemmaOf(an, k) === 'be';
  if (!passive || an.pos[k] !== 'VERB' || an.lower[k + 1] !== 'to') return undefined;
  for (let j = k + 2; j <= k + 7 && an.types[j] === 'word'; j++) {
    if (an.pos[j] !== 'PROPN') continue;
    let end = j;
    while (an.pos[end + 1] === 'PROPN') end++;
    return spanText(an, j, end);
  }
  return undefined;
}

/**
 * "a 1961 tsunami", "the 2018 Camp Fire": a year before a noun dates the thing the noun names,
 * whatever the clause around it tells ("officials expect it will become the deadliest disaster
 * since a 1961 tsunami killed 61 people": the year is the tsunami's, not the becoming's).
 */
function datedThing(an: Analysis, from: number, to: number, value: DateValue): string[] | undefined {
  // "in 2019 following a complaint": a year a preposition takes is the time of its clause.
  if (from !== to || value.type !== 'absolute' || value.month !== undefined || an.pos[from - 1] === 'ADP') return undefined;
  let k = to + 1;
  while (an.pos[k] === 'PROPN' || an.pos[k] === 'ADJ') k++;
  return an.pos[k] === 'NOUN' ? [lemmaOf(an, k)] : undefined;
}

/**
 * "Narges Mohammadi … won the 2023 Nobel Peace Prize": the deed done to a thing a year dates, the
 * verb just before the thing's phrase (or none). Its doer is the thing's too, as a deed's on a day
 * is: "Shirin Ebadi, who won the award in 2003" is another winner, another year.
 */
function deedOfThing(an: Analysis, from: number): string[] {
  let k = from - 1;
  while (an.pos[k] === 'DET') k--;
  return an.pos[k] === 'VERB' ? [lemmaOf(an, k)] : [];
}

/**
 * "the youngest champion since Boris Becker in 1986", "… since Boris Becker back in 1985": a year
 * just after a name is that person's year (the deed the sentence credits them with), whatever the
 * clause's verb: the name stands for the event, as a noun after a year does (datedThing).
 */
function namedBefore(an: Analysis, from: number, value: DateValue): string[] | undefined {
  if (value.type !== 'absolute' || value.month !== undefined) return undefined;
  let k = from - 1;
  if (an.lower[k] !== 'in') return undefined;
  k--;
  if (an.lower[k] === 'back') k--;
  return an.pos[k] === 'PROPN' && an.types[k] === 'word' && an.pos[k - 1] === 'PROPN' ? [an.lower[k]] : undefined;
}

/**
 * Days written before their month that wink leaves out or cuts ("the 3rd of March", "12-13 June",
 * "from 5 to 9 August"): read here, and the tokens they take are no one else's.
 */
function daysBeforeMonths(an: Analysis, path: string, skip: Uint8Array, out: DateClaim[]): Set<number> {
  const taken = new Set<number>();
  let inDate: Uint8Array | undefined;
  for (let m = 1; m < an.values.length; m++) {
    // Capitalised: "3 may die" is no date.
    if (an.types[m] !== 'word' || an.values[m] === an.lower[m]) continue;
    const month = MONTH_OF.get(an.lower[m]);
    if (month === undefined) continue;
    let from = m - 1;
    let day: number | undefined;
    let dayTo: number | undefined;
    // "the 3rd of March", "the first of January" (a day in words only after "the").
    const inWords = an.lower[from - 2] === 'the' && Object.hasOwn(ORDINAL_WORDS, an.lower[from - 1] ?? '') ? ORDINAL_WORDS[an.lower[from - 1]] : undefined;
    if (an.lower[from] === 'of' && (ORDINAL_DAY.test(an.lower[from - 1] ?? '') || (inWords !== undefined && inWords <= 31))) {
      from--;
      day = inWords ?? parseInt(an.lower[from], 10);
      if (an.lower[from - 1] === 'the') from--;
    } else {
      const span = /^(\d{1,2})[-–](\d{1,2})$/.exec(an.values[from] ?? '');
      if (span) [day, dayTo] = [Number(span[1]), Number(span[2])];
      else if (/^\d{1,2}$/.test(an.values[from] ?? '')) {
        day = Number(an.values[from]);
        // "from 5 to 9 August", "5 - 9 August": the first day too.
        const sep = an.lower[from - 1];
        if ((sep === 'to' || DASH.test(sep ?? '')) && /^\d{1,2}$/.test(an.values[from - 2] ?? '') && Number(an.values[from - 2]) < day) {
          dayTo = day;
          day = Number(an.values[from - 2]);
          from -= 2;
        }
      }
    }
    // "from Tuesday June 13 to Wednesday June 14": wink reads "June 13 to Wednesday" as a
    // duration, and its day would be left as a count of nothing.
    let to = m;
    if (day === undefined && /^\d{1,2}$/.test(an.values[m + 1] ?? '') && !COUNTED.has(an.pos[m + 2]) && an.lower[m + 2] !== ':') {
      from = m;
      to = m + 1;
      day = Number(an.values[m + 1]);
    }
    // Only where wink read no day: its own reading of "7 October 2023" stands.
    if (day === undefined || day < 1 || day > 31 || (dayTo !== undefined && dayTo > 31)) continue;
    if (!inDate) {
      inDate = new Uint8Array(an.values.length);
      for (const e of an.entities) if (e.type === 'DATE') for (let k = e.first; k <= e.last; k++) inDate[k] = 1;
    }
    if (inDate[from]) continue;
    // "7 October 2023"; "Sept. 1, 1983", its year after a comma.
    const comma = an.values[to + 1] === ',' && to > m ? 1 : 0;
    const year = YEAR_TOKEN.test(an.values[to + 1 + comma] ?? '') ? Number(an.values[to + 1 + comma]) : undefined;
    if (year) to += 1 + comma;
    for (let k = from; k <= to; k++) {
      taken.add(k);
      skip[k] = 1;
    }
    out.push(dateClaim(an, path, from, to, { type: 'absolute', year, month: month + 1, day, ...(dayTo ? { dayTo } : {}) }));
  }
  return taken;
}

/** Tags of a word that a number before it may count ("In June 13 people died"): then it is no day. */
const COUNTED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const YEAR_TOKEN = new RegExp(`^${YEAR}$`);
/**
 * Months by name and by the abbreviations papers use ("Sept. 22", "Aug. 5", "Oct 7"), with or
 * without the point: wink reads "Aug. 5" as a date but not "Sept. 22". Names of four letters or
 * fewer (May, June, July) get none: they are written whole.
 */
const MONTH_OF = new Map<string, number>([
  ...MONTHS.map((m, i): [string, number] => [m, i]),
  ...MONTHS.flatMap((m, i): [string, number][] => (m.length > 4 ? [[m.slice(0, 3), i], [`${m.slice(0, 3)}.`, i]] : [])),
  ['sept', 8], ['sept.', 8],
]);
const ORDINAL_DAY = /^\d{1,2}(st|nd|rd|th)$/;
const DASH = /^[-–]$/;

const BOUND_LEAD = new Set(['by', 'until', 'till', 'before', 'after', 'through']);
