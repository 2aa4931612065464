// Whether two dates can both be right: weekdays, calendar dates, seasons, relative dates.
import type { DateValue } from './types';
import { SEASONS } from './lexicon';

export type DateVerdict = 'same' | 'agrees' | 'conflicts' | 'unresolved';

type Cal = { year?: number; month?: number; day?: number; season?: string; dayTo?: number };

function calendar(d: DateValue): Cal | undefined {
  if (d.type === 'absolute') return d;
  if (d.type === 'relative' && d.resolved) return d.resolved;
  return undefined;
}

function monthInSeason(month: number, season: string): boolean {
  const [a, b] = SEASONS[season];
  return a <= b ? month >= a && month <= b : month >= a || month <= b;
}

function compareCalendar(a: Cal, b: Cal): DateVerdict | undefined {
  let shared = 0;
  for (const k of ['year', 'month', 'day'] as const) {
    if (a[k] === undefined || b[k] === undefined) continue;
    shared++;
    // A span of days ("12-13 June") holds every day in it.
    if (k === 'day' && (a.dayTo !== undefined || b.dayTo !== undefined)) {
      if (a.day! > (b.dayTo ?? b.day!) || b.day! > (a.dayTo ?? a.day!)) return 'conflicts';
      continue;
    }
    if (a[k] !== b[k]) return 'conflicts';
  }
  if (a.season && b.month !== undefined) return monthInSeason(b.month, a.season) ? 'agrees' : 'conflicts';
  if (b.season && a.month !== undefined) return monthInSeason(a.month, b.season) ? 'agrees' : 'conflicts';
  if (a.season && b.season) return a.season === b.season ? 'same' : 'conflicts';
  if (shared === 0) return undefined;
  return a.year === b.year && a.month === b.month && a.day === b.day && a.dayTo === b.dayTo ? 'same' : 'agrees';
}

export function dateVerdict(a: DateValue, b: DateValue): DateVerdict | undefined {
  const told = relativeVerdict(a, b);
  if (told) return told;
  if (a.type === 'weekday' || b.type === 'weekday') {
    if (a.type === 'weekday' && b.type === 'weekday') return a.weekday === b.weekday ? 'same' : 'conflicts';
    // A weekday against a full date goes through the calendar ("Friday" and "30 May 2012", a
    // Wednesday); without the year, the month and the day, nothing can be said.
    const [w, d] = a.type === 'weekday' ? [a, calendar(b)] : [b as Extract<DateValue, { type: 'weekday' }>, calendar(a)];
    if (!d || d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
    const { year, month } = d;
    const days = Array.from({ length: (d.dayTo ?? d.day) - d.day + 1 }, (_, k) => d.day! + k);
    return days.some((day) => weekdayOf(year, month, day) === w.weekday) ? 'agrees' : 'conflicts';
  }
  const ca = calendar(a);
  const cb = calendar(b);
  if (ca && cb) return compareCalendar(ca, cb);
  // One side is relative and unresolved: the month may still disagree; the year cannot be known.
  const rel = (ca ? b : a) as Extract<DateValue, { type: 'relative' }>;
  const abs = ca ?? cb;
  if (abs && rel.type === 'relative' && rel.unit === 'month' && rel.month !== undefined) {
    if (abs.month !== undefined) return abs.month === rel.month ? (abs.year !== undefined ? 'unresolved' : 'agrees') : 'conflicts';
    if (abs.season) return monthInSeason(rel.month, abs.season) ? (abs.year !== undefined ? 'unresolved' : 'agrees') : 'conflicts';
    return undefined;
  }
  if (a.type === 'relative' && b.type === 'relative' && a.unit === b.unit && a.unit === 'month') {
    return a.month === b.month && a.offset === b.offset ? 'same' : 'conflicts';
  }
  return undefined;
}

/**
 * Reports of one story are written within days of each other, so a span they name from their own
 * day reads alike in all of them: "two years ago" and "two years ago", "this week" and "this week"
 * tell the same time, and "last Friday" is a Friday, as "Friday" is. A day named so ("today",
 * "yesterday") is not: a day apart in writing makes it another day. Their own dates are not known,
 * so a difference proves nothing ("last week" and "this week" may be one week told on either side
 * of a Sunday): here relative dates only agree, but for years, which differ only across a new year
 * (a check by hand). (A month they name, "last May" against "last June", is set apart by
 * dateVerdict's own check of relative months, which this leaves to run.)
 */
function relativeVerdict(a: DateValue, b: DateValue): DateVerdict | undefined {
  if (a.type !== 'relative' && b.type !== 'relative') return undefined;
  if (a.type === 'relative' && b.type === 'relative') {
    // "arrested earlier this year" against "arrested last year": years told from two reports' own
    // days differ only across a new year, which reports of one story seldom straddle. Worth a check
    // by hand, their dates being unknown.
    if (!a.resolved && !b.resolved && a.unit === 'year' && b.unit === 'year' && a.offset !== b.offset) return 'unresolved';
    if (a.resolved || b.resolved || a.unit !== b.unit || a.offset !== b.offset || a.unit === 'day') return undefined;
    if (spoken(a.text) === spoken(b.text)) return 'same';
    return a.unit === 'weekday' && a.weekday === b.weekday ? 'agrees' : undefined;
  }
  const [rel, other] = a.type === 'relative' ? [a, b] : [b as Extract<DateValue, { type: 'relative' }>, a];
  return !rel.resolved && rel.unit === 'weekday' && other.type === 'weekday' && other.weekday === rel.weekday ? 'agrees' : undefined;
}

/** A relative date's words without the preposition before them ("on last Friday", "until next week"). */
const spoken = (text: string) => text.toLowerCase().replace(/^(?:(?:in|on|at|by|until|till|since|from|for|during|of|the)\s+)+/, '').replace(/\s+/g, ' ').trim();

/** Days between two days, each a weekday or a full date; through the calendar when one is a weekday. */
export function daysApart(x: DateValue, y: DateValue): number | undefined {
  const d = daysAfter(x, y);
  return d === undefined ? undefined : Math.abs(d);
}

/** Days from x to y, negative when y is before x; two weekdays are taken within three days of each other. */
export function daysAfter(x: DateValue, y: DateValue): number | undefined {
  const full = (d: DateValue) => (d.type === 'absolute' && d.year !== undefined && d.month !== undefined && d.day !== undefined ? d : undefined);
  const [fx, fy] = [full(x), full(y)];
  if (fx && fy) return (Date.UTC(fy.year!, fy.month! - 1, fy.day!) - Date.UTC(fx.year!, fx.month! - 1, fx.day!)) / 86_400_000;
  const weekday = (d: DateValue, f = full(d)) => (d.type === 'weekday' ? d.weekday : f ? weekdayOf(f.year!, f.month!, f.day!) : undefined);
  const [wx, wy] = [weekday(x), weekday(y)];
  if (wx === undefined || wy === undefined) return undefined;
  const d = (wy - wx + 7) % 7;
  return d > 3 ? d - 7 : d;
}

const weekdayOf = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();
