// Dates and days: weekdays, absolute dates (chrono-node), relative dates resolved against the
// document's own date when it states one, and seasons ("the fall of 2024").
import * as chrono from 'chrono-node';
import type { Analysis } from './nlp';
import type { DateClaim, DateValue } from './types';
import { MONTHS, SEASONS, WEEKDAYS } from './lexicon';
import { claimBase, clauseOf, contextWords, lemmaOf, saysAt } from './context';
import { ownEvents } from './dateEvents';
import { attributionOf } from './parties';
import { isProjection } from './status';

const RELATIVE = /\b(last|next|this|coming|previous|past|ago|yesterday|today|tomorrow|tonight)\b/i;

/** The same few date words ("Friday", "in April") recur in every text: each is read once. */
const readCache = new Map<string, DateValue | undefined>();

/** Reads one DATE entity's words into a value, or undefined for anaphora ("the same month"). */
export function readDate(words: string): DateValue | undefined {
  if (readCache.has(words)) {
    const v = readCache.get(words);
    return v && { ...v };
  }
  const v = readDateUncached(words);
  if (readCache.size > 5000) readCache.clear();
  readCache.set(words, v);
  return v && { ...v };
}

function readDateUncached(words: string): DateValue | undefined {
  const lower = words.toLowerCase().replace(/[’']s$/, '');
  if (/\bsame\b/.test(lower)) return undefined;
  const wd = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(lower));
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}\\b`).test(lower));
  const rel = RELATIVE.exec(lower);
  if (rel) {
    const dir = /last|previous|past|ago|yesterday/.test(rel[1]) ? -1 : /next|coming|tomorrow/.test(rel[1]) ? 1 : 0;
    if (month >= 0) return { type: 'relative', text: words, unit: 'month', offset: dir, month: month + 1 };
    if (wd >= 0) return { type: 'relative', text: words, unit: 'weekday', offset: dir, weekday: wd };
    const unit = /week/.test(lower) ? 'week' : /month/.test(lower) ? 'month' : /year/.test(lower) ? 'year' : 'day';
    const offset = rel[1] === 'yesterday' ? -1 : rel[1] === 'tomorrow' ? 1 : dir;
    return { type: 'relative', text: words, unit, offset };
  }
  if (wd >= 0 && month < 0 && !/\d/.test(lower)) return { type: 'weekday', weekday: wd };
  const season = Object.keys(SEASONS).find((s) => new RegExp(`\\b${s}\\b`).test(lower));
  const year = /\b(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})\b/.exec(lower);
  if (season && year) return { type: 'absolute', year: Number(year[1]), season };
  if (/^\d{4}s$/.test(lower)) return undefined; // decades are periods, not dates
  // A year alone ("2012") chrono reads as no date: the year below says it.
  const read = plainDate(words) ?? (/^\d{4}$/.test(words) ? undefined : chronoDate(words));
  if (read !== undefined) return read ?? undefined;
  if (year) return { type: 'absolute', year: Number(year[1]) };
  return undefined;
}

/** chrono's reading of a date: undefined if it finds none, null if it finds one with no part certain. */
export function chronoDate(words: string): DateValue | null | undefined {
  const parsed = chrono.parse(words, new Date(2000, 0, 1))[0];
  if (!parsed) return undefined;
  const k = parsed.start;
  const v: DateValue = {
    type: 'absolute',
    year: k.isCertain('year') ? k.get('year') ?? undefined : undefined,
    month: k.isCertain('month') ? k.get('month') ?? undefined : undefined,
    day: k.isCertain('day') ? k.get('day') ?? undefined : undefined,
  };
  if (v.year === undefined && v.month === undefined && v.day === undefined) {
    return k.isCertain('weekday') ? { type: 'weekday', weekday: k.get('weekday')! } : null;
  }
  return v;
}

const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|');
const PLAIN = new RegExp(`^(?:(${MONTH_NAMES}) (\\d{1,2})(?:, (\\d{4}))?|(\\d{1,2}) (${MONTH_NAMES})(?: (\\d{4}))?|(${MONTH_NAMES})(?: (\\d{4}))?)$`);

/**
 * "March 3", "March 3, 2024", "3 March 2024", "October 2023", "July": most dates a report writes,
 * read as chrono reads them (test/unit/dates.test.ts checks every day of every month both ways, and
 * every month with and without a year), for a fiftieth of its time.
 */
export function plainDate(words: string): DateValue | undefined {
  const m = PLAIN.exec(words);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? m[5] ?? m[7]).toLowerCase()) + 1;
  const written = m[3] ?? m[6] ?? m[8];
  const year = written === undefined ? undefined : Number(written);
  if (m[7]) return { type: 'absolute', year, month, day: undefined };
  const day = Number(m[2] ?? m[4]);
  // chrono reads no "February 30"; a year-less "February 29" it reads in its leap reference year.
  if (day < 1 || day > new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate()) return undefined;
  return { type: 'absolute', year, month, day };
}

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
  const [c0, c1] = clauseOf(an, first, last);
  for (let i = first - 1; i >= c0; i--) {
    if (an.pos[i] === 'VERB' || an.pos[i] === 'AUX') {
      if (an.pos[i] === 'AUX') continue;
      return saysAt(an, i);
    }
  }
  for (let i = last + 1; i <= c1; i++) {
    if (an.pos[i] === 'VERB') return saysAt(an, i);
  }
  return false;
}

/** "GLENMOOR, Tuesday —": a dateline gives the day of the report, not of the events. */
function inDateline(text: string, start: number): boolean {
  return start < 80 && /^\s*[A-Z][A-Z .'’-]+,\s*$/.test(text.slice(0, start));
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
    const value = readDate(words);
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

function lowerMonth(an: Analysis, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (an.values[k] === an.lower[k] && (an.lower[k] === 'may' || an.lower[k] === 'march')) return true;
  return false;
}

function dateClaim(an: Analysis, path: string, from: number, to: number, value: DateValue, bounded = false): DateClaim {
  // Keep the preposition that anchors the date ("on Friday", "In October 2023").
  const first = ['on', 'in', 'since', 'until', 'by'].includes(an.lower[from - 1] ?? '') ? from - 1 : from;
  const reporting = isReportingDate(an, from, to) || inDateline(an.text, an.starts[from]);
  const thing = reporting ? undefined : datedThing(an, from, to, value);
  return {
    kind: 'date',
    ...claimBase(an, path, 'd', an.starts[first], an.ends[to], first),
    date: value,
    context: {
      events: reporting ? ['report'] : thing ?? ownEvents(an, from, to),
      words: contextWords(an, from, to),
      // "by Monday", "until Friday", "before March": a deadline or a bound, not the day something happened.
      projection: bounded || BOUND_LEAD.has(an.lower[from - 1] ?? '') || undefined,
      // A day closes its clause ("will make time for a no-confidence vote on Wednesday"): read all of it.
      // "a rate cut is in the cards for June", "a vote scheduled for Tuesday": the day a thing is
      // planned for. The tense of the clause is not that of a thing a year dates ("will become the
      // deadliest since a 1961 tsunami").
      future: (!thing && isProjection(an, from, to, 16)) || (an.lower[from - 1] === 'for' && value.type !== 'relative') || undefined,
      attribution: attributionOf(an, an.sentenceOf[first]),
    },
  };
}

/**
 * "a 1961 tsunami", "the 2018 Camp Fire": a year before a noun dates the thing the noun names,
 * whatever the clause around it tells ("officials expect it will become the deadliest disaster
 * since a 1961 tsunami killed 61 people": the year is the tsunami's, not the becoming's).
 */
function datedThing(an: Analysis, from: number, to: number, value: DateValue): string[] | undefined {
  if (from !== to || value.type !== 'absolute' || value.month !== undefined) return undefined;
  let k = to + 1;
  while (an.pos[k] === 'PROPN' || an.pos[k] === 'ADJ') k++;
  return an.pos[k] === 'NOUN' ? [lemmaOf(an, k)] : undefined;
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
    if (an.lower[from] === 'of' && ORDINAL_DAY.test(an.lower[from - 1] ?? '')) {
      from--;
      day = parseInt(an.lower[from], 10);
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
    const year = /^(1[89]|20|21)\d\d$/.test(an.values[to + 1] ?? '') ? Number(an.values[to + 1]) : undefined;
    if (year) to++;
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
const MONTH_OF = new Map(MONTHS.map((m, i) => [m, i]));
const ORDINAL_DAY = /^\d{1,2}(st|nd|rd|th)$/;
const DASH = /^[-–]$/;

const BOUND_LEAD = new Set(['by', 'until', 'till', 'before', 'after', 'through']);

const YEAR_WRITTEN = /\b(1[89]|20|21)\d\d\b/;
/** A month's name near a year, or a date in figures: what a date chrono is sure of writes. */
const WRITTEN_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^\n]{0,20}?\b(1[89]|20|21)\d\d\b|\b(1[89]|20|21)\d\d\b[^\n]{0,20}?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[-/.]\d{1,2}[-/.]\d/i;

/** Where a document's own date is looked for: its first characters. */
export const DATELINE = 400;

/** The document's own date, when a dateline or front matter states one in its first lines. */
export function documentDate(text: string): { year: number; month?: number; day?: number } | undefined {
  const head = text.slice(0, DATELINE);
  const fm = /^(?:date|published|dateline)\s*:\s*(.+)$/im.exec(head);
  const candidate = fm ? fm[1] : head.split(/\n/).slice(0, 3).join('\n');
  // chrono is the costly part of extraction: ask it only when a year is written there at all.
  // Nor without a month near it, by name or in figures ("9 October 2005", "2005-10-09", "10/9/2005"). chrono
  // is sure of the year and month of "last week" too, reckoned from its reference day: the date
  // found must write its year.
  if (!WRITTEN_DATE.test(candidate)) return undefined;
  const plain = firstPlainDate(candidate);
  if (plain) return plain;
  const found = chrono.parse(candidate, new Date(2000, 0, 1)).find((r) => r.start.isCertain('year') && r.start.isCertain('month') && YEAR_WRITTEN.test(r.text));
  if (!found) return undefined;
  return {
    year: found.start.get('year')!,
    month: found.start.get('month') ?? undefined,
    day: found.start.isCertain('day') ? found.start.get('day') ?? undefined : undefined,
  };
}

/** Where a month is named or a date written in figures, whichever comes first. */
const DATE_START = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[-/.]\d/i;
const MONTH_FIRST = new RegExp(`^(${MONTH_NAMES}) (?:(\\d{1,2}), )?((?:1[89]|20|21)\\d\\d)\\b`);

/**
 * The document's date when the first date its lines write is a plain one ("July 1, 2019", "1 July
 * 2019", "July 2019"): what chrono finds there, without chrono (the same on every text of the
 * corpora). Anything else is left to chrono.
 */
function firstPlainDate(candidate: string): { year: number; month?: number; day?: number } | undefined {
  const at = DATE_START.exec(candidate);
  const m = at && MONTH_FIRST.exec(candidate.slice(at.index));
  if (!at || !m) return undefined;
  // "1 July 2019": the day before the month; not "July 2019" alone, which chrono reads with it (a
  // span, "13–14 September", chrono reads from its first day: left to it).
  if (/[\-–—]\d{1,2} $/.test(candidate.slice(Math.max(0, at.index - 4), at.index))) return undefined;
  const dayBefore = /(?:^|[^\d\-–—])(\d{1,2}) $/.exec(candidate.slice(Math.max(0, at.index - 4), at.index));
  if (dayBefore && m[2]) return undefined;
  const read = plainDate(dayBefore ? `${dayBefore[1]} ${m[1]} ${m[3]}` : m[2] ? `${m[1]} ${m[2]}, ${m[3]}` : `${m[1]} ${m[3]}`);
  return read?.type === 'absolute' && read.year !== undefined && read.month !== undefined ? { year: read.year, month: read.month, day: read.day } : undefined;
}

/**
 * The day a figure's time names ("on Friday", "early on 22 July", "yesterday"), if it names one: a
 * calendar date takes the document's year when it states none (the month before or at the
 * document's), a day counted from the document's date becomes that date.
 */
export function dayOfTime(time: string, ref: { year: number; month?: number; day?: number } | undefined): DateValue | undefined {
  const v = readDate(time.replace(/^((early|late|on|by|in|at|during)\s+)+/i, ''));
  if (!v) return undefined;
  if (v.type === 'weekday') return v;
  if (v.type === 'absolute') {
    if (v.day === undefined || v.month === undefined) return undefined;
    if (v.year !== undefined || !ref || ref.month === undefined) return v;
    return { ...v, year: v.month <= ref.month ? ref.year : ref.year - 1 };
  }
  if (v.unit !== 'day' || !ref || ref.month === undefined || ref.day === undefined) return undefined;
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + v.offset));
  return { type: 'absolute', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Resolves a relative date against a reference date (the document's own, or a setting). */
export function resolveRelative(v: DateValue, ref: { year: number; month?: number; day?: number } | undefined): DateValue {
  if (v.type !== 'relative' || !ref) return v;
  if (v.unit === 'month' && v.month !== undefined && ref.month !== undefined) {
    let year = ref.year;
    if (v.offset < 0 && v.month >= ref.month) year--;
    if (v.offset > 0 && v.month <= ref.month) year++;
    return { ...v, resolved: { year, month: v.month } };
  }
  if (v.unit === 'year') return { ...v, resolved: { year: ref.year + v.offset } };
  return v;
}
