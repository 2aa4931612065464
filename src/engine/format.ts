// Figures and verdicts in words, for messages an editor reads in a second.
import type { DateValue, Quantity } from './types';
import { MONTHS, WEEKDAYS } from './lexicon';
import { absoluteDifference, compatible, endOf, isTemperature, relativeDifference } from './interval';
import { formatTime } from './zones';
import { SCORE, formatScore } from './scores';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // Scaled figures carry the float's error ("£8.2 billion" read as 8,199,999,999.999999): no
  // figure is written to more than twelve significant digits.
  n = Number(n.toPrecision(12));
  // "1.9 billion", not "1900 million".
  if (Math.abs(n) >= 1e9 && Number.isInteger(n / 1e7)) return `${Number((n / 1e9).toPrecision(6))} billion`;
  if (Math.abs(n) >= 1e6 && Number.isInteger(n / 1e4)) {
    const m = n / 1e6;
    return `${Number(m.toPrecision(6))} million`;
  }
  // toLocaleString is slow enough to show in a re-check; group the thousands by hand.
  const [int, frac] = String(Number(Math.abs(n).toFixed(6))).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '', approx: 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'at-most': 'at most ',
  'less-than': 'fewer than ', range: '', vague: '',
};

/**
 * "about ", "more than "; "almost " for a hedge from below ("nearly 2,000"); "just before " a time;
 * "fewer than" a count, "less than" what is measured ("less than 24 hours").
 */
const qualifierWords = (q: Quantity) => (q.side ? `just ${q.side} ` : q.below ? 'almost ' : q.qualifier === 'less-than' && q.kind !== 'count' ? 'less than ' : QUALIFIER_WORDS[q.qualifier]);

export function formatQuantity(q: Quantity): string {
  if (q.kind === 'time') return `${qualifierWords(q)}${formatTime(q)}${q.alt ? ` (${formatTime({ ...q, ...q.alt })})` : ''}`;
  const body = plainQuantity(q);
  // "40,000 per week"; "USD 5000 million (GBP 3900 million)": a rate's time unit, a figure's own conversion.
  const per = q.per ? ` per ${q.per}` : '';
  return q.alt && (q.kind === 'money' || q.kind === 'measure') ? `${body}${per} (${plainQuantity({ ...q, ...q.alt, qualifier: 'exact' })})` : `${body}${per}`;
}

/** Units written as words, singular and plural ("1.6 miles", not "1.6 mile"). */
const WORD_UNITS: Record<string, [string, string]> = {
  mile: ['mile', 'miles'], inch: ['inch', 'inches'], knot: ['knot', 'knots'], nmi: ['nautical mile', 'nautical miles'], ly: ['light-year', 'light-years'],
  acre: ['acre', 'acres'], gallon: ['gallon', 'gallons'], barrel: ['barrel', 'barrels'], tonne: ['tonne', 'tonnes'], degree: ['degree', 'degrees'],
};

function plainQuantity(q: Quantity): string {
  if (q.period) return `${q.period[0]}–${q.period[1]} (${formatNumber(q.low)} years)`;
  if (q.kind === 'ordinal') return ordinal(q.low);
  if (q.unit === SCORE) return formatScore(q.low);
  if (q.unit === 'category' && q.low === q.high) return `${qualifierWords(q)}Category ${formatNumber(q.low)}`;
  // Durations of a minute or more in seconds read as a clock does: "2:00:35", not "7,235 second".
  if (q.kind === 'duration' && q.unit === 'second' && q.low === q.high && q.low >= 60 && Number.isInteger(q.low)) return `${qualifierWords(q)}${clock(q.low)}`;
  const many = q.low !== 1 || q.high !== 1;
  const plural = q.kind === 'duration' && many ? 's' : '';
  const word = q.unit && WORD_UNITS[q.unit];
  // A change or a lead in points is no share: "30 percentage points", not "30%".
  const unit = q.kind === 'percent' ? (q.unit === 'points' ? (many ? ' percentage points' : ' percentage point') : '%') : word ? ` ${many ? word[1] : word[0]}` : q.unit && q.kind !== 'money' ? ` ${q.unit}${plural}` : '';
  const money = q.kind === 'money' ? `${q.unit ?? ''} ` : '';
  // "thousands of": 2,000 up to 9,999, told as "2,000–10,000" ("2 billion–10 billion"), as a reader says it.
  if (q.qualifier === 'vague') return `${money}${formatNumber(q.low)}–${formatNumber(Number.isInteger(q.high) && q.high + 1 === 10 * q.precision ? q.high + 1 : q.high)} (vague)${unit}`;
  const body = q.low === q.high ? formatNumber(q.low) : `${formatNumber(q.low)}–${formatNumber(q.high)}`;
  return `${qualifierWords(q)}${money}${body}${unit}`;
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const sec = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}

/** "3rd", "21st", "112th". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * b against a as a difference told in a's unit ("1.8 °C higher", "2–3 percentage points lower"),
 * `say` writing one size; undefined when b may lie on either side of a.
 */
function apartBy(a: Quantity, b: Quantity, say: (x: number) => string): string | undefined {
  const [lo, hi] = absoluteDifference(a, b);
  if (lo >= 0 && hi > 0) return lo === hi ? `${say(lo)} higher` : `${say(lo)}–${say(hi)} higher`;
  if (lo < 0 && hi <= 0) return lo === hi ? `${say(hi)} lower` : `${say(hi)}–${say(lo)} lower`;
  return undefined;
}

/** "20–33% lower", "6% higher", "the same"; for ranks, "lower" or "higher" alone. */
export function formatDifference(a: Quantity, b: Quantity): string {
  if (a.kind === 'ordinal') return b.low > a.low ? 'a lower rank' : 'a higher rank';
  if (a.unit === SCORE) return 'another score';
  if (a.period && b.period) return a.period[0] !== b.period[0] ? `starts in ${b.period[0]}` : `ends in ${b.period[1]}`;
  // Two spreads differ end by end ("the upper end 7.4 °F higher").
  if (a.spread && b.spread) {
    const ends = ([['lower', a.low, b.low], ['upper', a.high, b.high]] as const).filter(([, x, y]) => !compatible(endOf(a, x), endOf(b, y)));
    if (ends.length) return ends.map(([name, x, y]) => `the ${name} end ${formatDifference(endOf(a, x), endOf(b, y))}`).join(', ');
  }
  if (isTemperature(a)) return apartBy(a, b, (x) => `${Number(Math.abs(x).toFixed(1))} ${a.unit}`) ?? 'the same figure';
  // Two percentages differ in percentage points, as a newsroom tells them ("3 percentage points
  // lower" for 12% against 15%, not "20% lower"): a share of a share misleads.
  if (a.kind === 'percent' && b.kind === 'percent' && a.unit === b.unit) {
    const points = apartBy(a, b, (x) => {
      const n = Number(Math.abs(x).toFixed(2));
      return `${n} percentage point${n === 1 ? '' : 's'}`;
    });
    if (points) return points;
  }
  const [lo, hi] = relativeDifference(a, b);
  // Under 1%, one significant digit: "13,687 (0.03% higher)", not "0% higher".
  const pct = (x: number) => {
    const p = Math.abs(x) * 100;
    return p >= 0.5 || p === 0 ? Math.round(p) : Number(p.toPrecision(1));
  };
  if (lo < 0 && hi <= 0) {
    return pct(lo) === pct(hi) ? `${pct(lo)}% lower` : `${pct(hi)}–${pct(lo)}% lower`;
  }
  if (lo >= 0 && hi > 0) {
    return pct(lo) === pct(hi) ? `${pct(lo)}% higher` : `${pct(lo)}–${pct(hi)}% higher`;
  }
  if (lo === 0 && hi === 0) {
    // "almost two years" against "over two years": one figure, told from either side of it.
    if (a.below && (b.qualifier === 'more-than' || b.qualifier === 'at-least')) return 'above the figure this one is just under';
    if (b.below && (a.qualifier === 'more-than' || a.qualifier === 'at-least')) return 'just under the figure this one exceeds';
    return 'the same figure';
  }
  return `${pct(lo)}% lower to ${pct(hi)}% higher`;
}

export function formatDate(d: DateValue): string {
  if (d.type === 'weekday') return cap(WEEKDAYS[d.weekday]);
  if (d.type === 'relative') {
    const r = d.resolved;
    if (r) return `${d.text} (= ${formatDate({ type: 'absolute', ...r })})`;
    return `"${d.text}" (relative)`;
  }
  const parts: string[] = [];
  const month = d.month ? cap(MONTHS[d.month - 1]) : '';
  if (d.part && month) parts.push(d.part === 'mid' ? `mid-${month}` : `${d.part} ${month}`);
  else {
    if (d.day) parts.push(d.dayTo ? `${d.day}–${d.dayTo}` : String(d.day));
    if (month) parts.push(month);
  }
  if (d.season) parts.push(`the ${d.season} of`);
  if (d.year) parts.push(d.yearOfReport ? `(${d.year}, the report's year)` : String(d.year));
  return parts.join(' ');
}

/** A short name for a source: its file name without the long hash tail or extension. */
export function sourceName(path: string): string {
  let name = names.get(path);
  if (name === undefined) {
    const base = path.split(/[\\/]/).pop() ?? path;
    name = base.replace(/\.[^.]+$/, '').replace(/_[0-9a-f]{8,}$/i, '');
    if (names.size >= 50_000) names.clear();
    names.set(path, name);
  }
  return name;
}

/** Names of the paths seen lately: messages name the same sources over and over. */
const names = new Map<string, string>();
