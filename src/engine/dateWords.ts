// The words of a date read into a value: weekdays, absolute dates (chrono-node, and the plain forms
// read as chrono reads them, for a fraction of its time), relative dates resolved against the
// document's own date when it states one, and seasons ("the fall of 2024").
import * as chrono from 'chrono-node';
import type { DateValue } from './types';
import { MONTHS, SEASONS, WEEKDAYS } from './lexicon';

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

/** A year as written in a date, and the first letters of every month's name ("Sept.", "October"). */
export const YEAR = '(?:1[89]|20|21)\\d\\d';
const MONTH_STEM = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const YEAR_WRITTEN = new RegExp(`\\b${YEAR}\\b`);
/** A month's name near a year, or a date in figures: what a date chrono is sure of writes. */
const WRITTEN_DATE = new RegExp(`\\b${MONTH_STEM}[^\\n]{0,20}?\\b${YEAR}\\b|\\b${YEAR}\\b[^\\n]{0,20}?\\b${MONTH_STEM}|\\d[-/.]\\d{1,2}[-/.]\\d`, 'i');

/** Where a document's own date is looked for: its first characters. */
export const DATELINE = 400;

/** The document's own date, when a dateline or front matter states one in its first lines. */
export function documentDate(text: string): { year: number; month?: number; day?: number } | undefined {
  const head = text.slice(0, DATELINE);
  const fm = /^(?:date|published|dateline)\s*:\s*(.+)$/im.exec(head);
  // The first three lines with words: a byline under a title and a standfirst still counts.
  // A long line is a sentence of the story: only its start may be a dateline ("NAIROBI, March 10
  // (Xinhua) -- Kenya said …"), not a date it tells of ("revised its estimate for the year to
  // December 2022").
  // "the morning of Dec. 5, 2022": the day written, which chrono's casual parser would take whole
  // with a part of the day, as a day with no year it is sure of.
  const candidate = (fm ? fm[1] : head.split(/\n/).filter((l) => l.trim()).slice(0, 3).map((l) => (l.length > LINE ? l.slice(0, LINE_START) : l)).join('\n')).replace(PART_OF_DAY, '');
  // chrono is the costly part of extraction: ask it only when a month is written near a year, by
  // name or in figures ("9 October 2005", "2005-10-09", "10/9/2005"). chrono is sure of the year and
  // month of "last week" too, reckoned from its reference day: the date found must write its year.
  const written = WRITTEN_DATE.exec(candidate);
  if (!written) return undefined;
  const plain = firstPlainDate(candidate);
  if (plain) return plain;
  // chrono reads from a little before the first month written near a year (a weekday or a day
  // before it: "Wednesday, the 20th of February 2019"): a date it is sure of writes one, so
  // nothing before can be it, and chrono's work grows with the text.
  const from = candidate.slice(wordStartFrom(candidate, written.index - LEAD));
  // Versions of a story repeat their datelines, and chrono takes a millisecond or two for each.
  // A copy, as on a first reading: the caller's date is its own.
  if (datelines.has(from)) {
    const known = datelines.get(from);
    return known && { ...known };
  }
  const found = chrono.parse(from, new Date(2000, 0, 1)).find((r) => r.start.isCertain('year') && r.start.isCertain('month') && YEAR_WRITTEN.test(r.text));
  const date = found && {
    year: found.start.get('year')!,
    month: found.start.get('month') ?? undefined,
    day: found.start.isCertain('day') ? found.start.get('day') ?? undefined : undefined,
  };
  if (datelines.size > 5000) datelines.clear();
  datelines.set(from, date);
  return date && { ...date };
}

/** chrono's reading of the lines documentDate asks it about, by their text. */
const datelines = new Map<string, { year: number; month?: number; day?: number } | undefined>();

const PART_OF_DAY = /\b(?:night|morning|afternoon|evening) of /gi;

/** A line longer than this is a sentence of the story; its first LINE_START characters may still hold a dateline. */
const LINE = 100;
const LINE_START = 60;

/** Characters before the first date written with its year that chrono still reads. */
const LEAD = 40;

/** The start of the word at or after `at` (0 when `at` is before the text). */
function wordStartFrom(text: string, at: number): number {
  if (at <= 0) return 0;
  while (at < text.length && !/\s/.test(text[at - 1])) at++;
  return at;
}

/**
 * Where a month is named or a date written in figures, whichever comes first ("2005-10-09",
 * "10/9/2005", "9.10.2005"; not a decimal, "1.2 percent", which is no date).
 */
const DATE_START = new RegExp(`\\b${MONTH_STEM}|\\d[-/]\\d|\\d\\.\\d{1,2}\\.\\d`, 'i');
const MONTH_FIRST = new RegExp(`^(${MONTH_NAMES}) (?:(\\d{1,2}), )?(${YEAR})\\b`);

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
  const before = candidate.slice(Math.max(0, at.index - 4), at.index);
  if (/[-–—]\d{1,2} $/.test(before)) return undefined;
  // "inflation in the year to June 2022": the end of a period the story tells of, no dateline
  // (chrono reads the phrase whole, as no date it is sure of): left to it.
  if (/\b(?:year|months|quarter|weeks)\s+to $/i.test(candidate.slice(Math.max(0, at.index - 12), at.index))) return undefined;
  const dayBefore = /(?:^|[^\d\-–—])(\d{1,2}) $/.exec(before);
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

/**
 * "found guilty on Oct. 2" in a report dated 3 November 2023: a day and month with no year are of
 * the year that puts them nearest the report's own date (2 October 2023; "Jan. 10" would be 2024),
 * as a reader takes them. Marked, so that a message says where the year came from.
 */
export function yearFromReport(v: DateValue, ref: { year: number; month?: number; day?: number } | undefined): DateValue {
  if (v.type !== 'absolute' || v.year !== undefined || v.month === undefined || !ref || ref.month === undefined) return v;
  const at = (y: number) => Math.abs((y - ref.year) * 12 + (v.month! - ref.month!));
  const year = [ref.year - 1, ref.year, ref.year + 1].reduce((best, y) => (at(y) < at(best) ? y : best));
  return { ...v, year, yearOfReport: true };
}
