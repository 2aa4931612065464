// The year a figure is of, read from its time and its report: figures of different years are
// different figures, and a figure of a report's history is not one of another report's present.
import { pathOf, type ClaimIndex } from './claimIndex';
import type { FigureClaim } from './figureScore';
import type { DateClaim } from './types';
import { MONTHS, WEEKDAYS, YEAR_DIGITS } from './lexicon';

const YEAR_IN = new RegExp(`\\b(${YEAR_DIGITS})\\b`);
export const yearIn = (time: string | undefined) => YEAR_IN.exec(time ?? '')?.[1];

/** Figures said of different years are different figures ("55% in 2019" is not this election's 52.4%). */
export function yearFactor(a: FigureClaim, b: FigureClaim, index: ClaimIndex): number {
  const ya = yearIn(a.context.time);
  const yb = yearIn(b.context.time);
  if (ya && yb) return ya === yb ? 1 : 0;
  if (ya && elsewhen(b, ya, index)) return 0.3;
  if (yb && elsewhen(a, yb, index)) return 0.3;
  if ((ya && !yb && history(a, ya, index)) || (yb && !ya && history(b, yb, index))) return HISTORY;
  return 1;
}

/**
 * A figure dated to a year before the latest its own report names is of that report's history ("the
 * crash in Guam in August 1997, which claimed 225 lives", in a report that goes on to 2002 and 2013):
 * a figure another report gives with no year is of that report's present, another time.
 */
function history(c: FigureClaim, year: string, index: ClaimIndex): boolean {
  for (const y of index.yearsOf(pathOf(c))) if (y > year) return true;
  return false;
}

/**
 * "Opec partnered with Russia in December 2016", in a report that goes on to 2018, and "agreed to
 * reduce production … from November", with no year, in another: a date of a report's history is
 * not a month of another report's present, as a figure of its history is not (yearFactor).
 */
export function dateHistory(a: DateClaim, b: DateClaim, index: ClaimIndex): number {
  const year = (c: DateClaim) => (c.date.type === 'absolute' ? c.date.year : undefined);
  const undated = (c: DateClaim) => c.date.type === 'absolute' && c.date.year === undefined;
  const ya = year(a);
  const yb = year(b);
  if (ya !== undefined && undated(b)) return history(a, String(ya), index) ? HISTORY : 1;
  if (yb !== undefined && undated(a)) return history(b, String(yb), index) ? HISTORY : 1;
  return 1;
}

const HISTORY = 0.3;

/**
 * A figure with no year is of another time than `year` when it is dated to the week of the report,
 * or undated while its document names that year for something else. A relative date ("last
 * October") may well be in that year: no penalty then.
 */
function elsewhen(c: FigureClaim, year: string, index: ClaimIndex): boolean {
  if (thisWeek(c.context.time)) return true;
  return !c.context.time && index.yearsOf(pathOf(c)).has(year);
}

/** "on Sunday": a weekday alone places a figure in the week of the report, not in a named year. */
const thisWeek = (time: string | undefined) => !!time && !yearIn(time) && wordsIn(time).some(isWeekday);

const wordsIn = (time: string) => time.toLowerCase().match(/[a-z]+/g) ?? [];
const isWeekday = (w: string) => WEEKDAYS.includes(w);

/**
 * The length of the span a time phrase names, when it names one ("on Friday", "yesterday": a day;
 * "last week": a week; "in May": a month; "in the quarter"; "in 2023", "this year": a year). A
 * span with an open end ("since February", "to June") is left unread.
 */
export function spanOf(time: string | undefined): 'day' | 'week' | 'month' | 'quarter' | 'year' | undefined {
  if (!time || /\b(since|until|to|through|from|between|after|before)\b/i.test(time)) return undefined;
  const words = wordsIn(time);
  if (words.some((w) => isWeekday(w) || /^(today|yesterday|tonight|day)$/.test(w))) return 'day';
  if (/\bweek(end)?\b/i.test(time)) return 'week';
  if (words.some((w) => w === 'month' || MONTHS.includes(w))) return 'month';
  if (/\bquarter\b/i.test(time)) return 'quarter';
  if (/\byear\b/i.test(time) || yearIn(time)) return 'year';
  return undefined;
}
