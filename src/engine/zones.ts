// Times of day are compared in one zone: the same zone as written, or both brought to GMT when both
// zones are known offsets. A time with no zone is the local time of the story's place, which only
// its own bracketed conversion ("19:00 (13:30 GMT)") ties to a known offset; without one it meets
// only other times with no zone.
import type { Quantity } from './types';

/**
 * Offsets from GMT in minutes. Names that cover standard and summer time ("ET", "PT") carry both:
 * a time in such a zone agrees with a GMT time when either offset makes it agree, and conflicts
 * only when neither does ("UK" time is GMT or BST alike). "IST" is read as India's (+5:30), the
 * usual sense in news reports.
 */
export const ZONES: Record<string, number[]> = {
  gmt: [0], utc: [0], z: [0], bst: [60], cet: [60], cest: [120], eet: [120], eest: [180], wet: [0], west: [60],
  est: [-300], edt: [-240], et: [-300, -240], cst: [-360], cdt: [-300], ct: [-360, -300], mst: [-420], mdt: [-360], mt: [-420, -360],
  pst: [-480], pdt: [-420], pt: [-480, -420], ist: [330], pkt: [300], jst: [540], kst: [540], hkt: [480], sgt: [480],
  uk: [0, 60], msk: [180], sast: [120], eat: [180], wat: [60], aest: [600], aedt: [660], awst: [480], nzst: [720], nzdt: [780],
};

/** US zones that name their season: the other time of the pair, of the same event, is in the same season. */
export const SEASON: Record<string, 0 | 1> = { est: 0, cst: 0, mst: 0, pst: 0, edt: 1, cdt: 1, mdt: 1, pdt: 1 };

/**
 * The offsets a zone may mean beside another time of the same event: "1:25 a.m. Eastern" beside
 * "1:25 a.m. CDT" is daylight time, as the other names its season; else the season the story's
 * times name (`season`, see RateTable); else either.
 */
function offsets(zone: string, other: string, local?: number, season?: 0 | 1): number[] {
  if (!zone) return local === undefined ? [] : [local];
  const all = ZONES[zone.toLowerCase()] ?? [];
  const named = SEASON[other.toLowerCase()] ?? season;
  return all.length === 2 && named !== undefined ? [all[named]] : all;
}

/** The written zone as our unit name ("GMT"), or undefined. */
export function zoneName(word: string | undefined): string | undefined {
  return word && word.toLowerCase() in ZONES ? word.toUpperCase() : undefined;
}

const DAY = 1440;

/** Minutes from a to b around the clock, -720..720. */
function apart(a: number, b: number): number {
  const d = (((b - a) % DAY) + DAY) % DAY;
  return d > DAY / 2 ? d - DAY : d;
}

interface Reading {
  zone: string;
  at: number;
  precision: number;
}

/** The readings of a time: as written, and its own conversion, each with its zone ('' for none). */
function readings(q: Quantity): Reading[] {
  const out = [{ zone: q.unit ?? '', at: q.low, precision: q.precision }];
  if (q.alt) out.push({ zone: q.alt.unit ?? '', at: q.alt.low, precision: q.alt.precision });
  return out;
}

/**
 * What "about", "around" add to a time: as much as its writing rounds. A quarter hour to a whole
 * hour ("around 7 pm": half an hour either side in all, with its rounding), a quarter to a quarter
 * hour ("about 10:30"), five minutes to a time on a five-minute mark ("about 7.25pm"); nothing to
 * any other minute ("about 6.03pm", "around 9:07 a.m."): a writer who gives an odd minute has
 * chosen that minute, and "about" covers its seconds.
 */
function hedge(r: { at: number; precision: number }): number {
  if (r.precision >= 60) return QUARTER;
  return r.at % 15 === 0 ? 15 : r.at % 5 === 0 ? 5 : 0;
}

/**
 * What a time's writing rounds away, either side: half its last step ("6:11 pm" is 6:10:30 to
 * 6:11:30), but a quarter hour, not half an hour, for a time on the hour ("11 pm"), as a round figure
 * stands for less than its last digit allows (interval.ts): who saw 10:35 writes "10:35" or "about
 * 10:30", not "11 pm". "About" widens an hour to half an hour either side (hedge).
 */
function rounding(r: { precision: number }): number {
  return r.precision >= 60 ? QUARTER : r.precision / 2;
}

/** The gap between two times, apart or together. */
export interface TimeGap {
  gap: number;
  written: number;
  tolerance: number;
  /**
   * Set when the two times give the same two zones ("shortly before 6pm (9pm GMT)", "5:46 pm (0846
   * GMT)") and agree in one of them only: the zone they differ in ('' for local time).
   */
  slipIn?: string;
}

/**
 * The difference in minutes between two times of day, each read in a zone both can be brought to
 * (the smallest when a zone is ambiguous), and the tolerance their writing allows; undefined when
 * no common zone is known. Two times that each give their own conversion into the same zone are
 * read zone by zone, and the wider gap counts: "shortly before 6pm (9pm GMT)" and "5:46 pm (0846
 * GMT)" agree as written, but one place's 6pm is not both 21:00 and 08:46 GMT, so one of the two
 * conversions is a slip, which the smallest gap would hide.
 */
export function timeGap(a: Quantity, b: Quantity, local?: number, season?: 0 | 1): TimeGap | undefined {
  const [xs, ys] = [readings(a), readings(b)];
  if (xs.length === 2 && ys.length === 2 && xs[0].zone === ys[0].zone && xs[1].zone === ys[1].zone) {
    const each = [0, 1].map((k) => pairGap(a, b, xs[k], ys[k], local, season)!);
    const meet = each.map(within);
    if (meet[0] === meet[1]) return each[0];
    const k = meet[0] ? 1 : 0;
    return { ...each[k], slipIn: xs[k].zone };
  }
  let best: TimeGap | undefined;
  for (const x of xs) for (const y of ys) {
    const t = pairGap(a, b, x, y, local, season);
    if (t && (best === undefined || Math.abs(t.gap) - t.tolerance < Math.abs(best.gap) - best.tolerance)) best = t;
  }
  return best;
}

/** Whether a gap is within what the two times' writing allows. */
const within = (t: TimeGap) => t.gap === 0 || Math.abs(t.gap) < t.tolerance;

/**
 * Whether two times agree in one of the two zones they both give and differ in the other: one
 * moment, as that zone tells, whose conversions cannot both be right (timeGap).
 */
export function conversionSlip(a: Quantity, b: Quantity): boolean {
  return a.kind === 'time' && b.kind === 'time' && timeGap(a, b)?.slipIn !== undefined;
}

/** The gap between one reading of each time, or undefined when their zones cannot be brought together. */
function pairGap(a: Quantity, b: Quantity, x: Reading, y: Reading, local?: number, season?: 0 | 1): TimeGap | undefined {
  const bx = band(a, x);
  const by = band(b, y);
  const tolerance = Math.max(bx.rounding, by.rounding) + Math.max(bx.hedge, by.hedge);
  const gaps: number[] = [];
  if (x.zone === y.zone) gaps.push(apart(x.at, y.at));
  else if ((x.zone || local !== undefined) && (y.zone || local !== undefined)) {
    for (const ox of offsets(x.zone, y.zone, local, season)) for (const oy of offsets(y.zone, x.zone, local, season)) gaps.push(apart(x.at - ox, y.at - oy));
  }
  // The band's middle moves off the written time when that is an end of it ("just before").
  const shift = by.shift - bx.shift;
  let best: TimeGap | undefined;
  for (const g of gaps) if (best === undefined || Math.abs(g + shift) < Math.abs(best.gap)) best = { gap: g + shift, written: g, tolerance };
  return best;
}

/**
 * A reading's band around its written time: its rounding and hedge either side; or, for a time
 * just before or shortly after the one written, the hedge on that side alone ("just before 12:45
 * a.m." is 12:30 to 12:45, and the hour there is a mark, not a rounding: it does not reach 12:50).
 */
function band(q: Quantity, r: { at: number; precision: number }): { shift: number; rounding: number; hedge: number } {
  const h = q.qualifier === 'approx' ? hedge(r) : 0;
  if (!q.side) return { shift: 0, rounding: rounding(r), hedge: h };
  return { shift: ((q.side === 'before' ? -1 : 1) * h) / 2, rounding: 0, hedge: h / 2 };
}

/** Same, agrees or conflicts, for two times of day; undefined when they cannot be set side by side. */
export function timeVerdict(a: Quantity, b: Quantity, local?: number, season?: 0 | 1): 'same' | 'agrees' | 'conflicts' | undefined {
  const t = timeGap(a, b, local, season);
  if (!t) return minutesApart(a, b) ? 'conflicts' : undefined;
  if (t.written === 0 && a.qualifier === b.qualifier && a.side === b.side && (a.unit ?? '') === (b.unit ?? '')) return 'same';
  // Bands that only touch ("about 10:30 pm", to 10:45, and "11 pm", from 10:45) are apart, as two
  // figures one rounding step apart are (interval.ts compatible).
  return within(t) ? 'agrees' : 'conflicts';
}

/**
 * "called the result at 7.24pm" and "at 7:25pm AEDT", one zone unknown: every zone lies a whole
 * number of quarter hours from every other, so two exact times to the minute whose minutes are not
 * a number of quarter hours apart differ whatever the zones (by one minute at least here: in some
 * zone pairs by hours more).
 */
function minutesApart(a: Quantity, b: Quantity): number | undefined {
  if (a.qualifier !== 'exact' || b.qualifier !== 'exact' || a.precision !== 1 || b.precision !== 1) return undefined;
  const gap = ((((a.low - b.low) % QUARTER) + QUARTER) % QUARTER);
  const m = Math.min(gap, QUARTER - gap);
  return m > 0 ? m : undefined;
}

const QUARTER = 15;

/** "19:00", "13:30 GMT". */
export function formatTime(q: Quantity): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const at = (((q.low % DAY) + DAY) % DAY);
  return `${two(Math.floor(at / 60))}:${two(at % 60)}${q.unit ? ` ${q.unit}` : ''}`;
}

/** "30 minutes later", "2 hours earlier" (b against a). */
export function formatTimeGap(a: Quantity, b: Quantity, local?: number, season?: 0 | 1): string {
  const t = timeGap(a, b, local, season);
  const off = t ? undefined : minutesApart(a, b);
  if (off) return `at least ${off} minute${off === 1 ? '' : 's'} apart, whatever the zone`;
  if (!t || t.written === 0) return 'the same time';
  const m = Math.abs(t.written);
  const size = m % 60 === 0 ? `${m / 60} hour${m === 60 ? '' : 's'}` : m > 90 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} minute${m === 1 ? '' : 's'}`;
  const gap = `${size} ${t.written > 0 ? 'later' : 'earlier'}`;
  if (t.slipIn === undefined) return gap;
  // Which zone the times part in, and where they meet: one of the two conversions is a slip.
  const [apartIn, meetIn] = t.slipIn ? [`in ${t.slipIn}`, 'as written'] : ['as written', `in ${a.alt?.unit ?? 'the zone converted to'}`];
  return `${gap} ${apartIn}, though the times agree ${meetIn}: one of the two conversions is a slip`;
}

/**
 * The local time's offset from GMT that a figure's own conversion states ("4 a.m. (1000 GMT)": -360),
 * or undefined when it states none or the zone it converts to is ambiguous.
 */
export function localOffsetOf(q: Quantity): number | undefined {
  if (q.kind !== 'time' || q.unit || !q.alt?.unit) return undefined;
  const to = ZONES[q.alt.unit.toLowerCase()];
  return to?.length === 1 ? apart(q.alt.low - to[0], q.low) : undefined;
}
