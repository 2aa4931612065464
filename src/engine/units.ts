// Figures in different units of one quantity ("137 miles", "250 km"; "90 mph", "145 km/h"; "95F",
// "35C") are compared after conversion, with js-quantities doing the arithmetic.
import Qty from 'js-quantities';
import type { Quantity } from './types';
import { inCurrencyOf, type RateTable } from './currency';
import { headBase } from './figureUnits';

/** Our unit names (lexicon.ts) to js-quantities' names; units missing here are compared only with themselves. */
const QTY_NAME: Record<string, string> = {
  km: 'km', mile: 'mi', ly: 'ly', m: 'm', cm: 'cm', mm: 'mm', ft: 'ft', inch: 'in',
  kg: 'kg', g: 'g', tonne: 'tonne', lb: 'lb',
  acre: 'acre', ha: 'hectare', l: 'l', gallon: 'gal',
  'km²': 'km^2', 'sq mi': 'mi^2', 'm²': 'm^2', 'sq ft': 'ft^2', 'm³': 'm^3', 'cu ft': 'ft^3', 'km³': 'km^3', 'cm³': 'cm^3',
  mph: 'mph', 'km/h': 'kph', knot: 'knot', nmi: 'nmi', '°C': 'tempC', '°F': 'tempF',
  MW: 'MW', GW: 'GW', kW: 'kW', W: 'W', kWh: 'kWh', MWh: 'MWh', GWh: 'GWh', TWh: 'TWh', J: 'J', kJ: 'kJ', MJ: 'MJ', GJ: 'GJ',
  MB: 'MB', GB: 'GB', TB: 'TB', mbar: 'mbar', hPa: 'hPa', psi: 'psi', atm: 'atm',
  // Durations: seconds to weeks convert exactly; months and years are kept to themselves.
  second: 's', minute: 'min', hour: 'h', day: 'd', week: 'wk',
};

const dimensions = new Map<string, string>();

/** What a unit measures ("length", "speed", "temperature"), or the unit itself when it cannot be converted. */
export function dimensionOf(unit: string | undefined): string {
  if (!unit) return '';
  let d = dimensions.get(unit);
  if (d === undefined) {
    const name = QTY_NAME[unit];
    d = name ? Qty(name).kind() : unit;
    dimensions.set(unit, d);
  }
  return d;
}

/** `q` in `unit`: both ends and the rounding step converted (temperatures shift as well as scale). */
export function convertTo(q: Quantity, unit: string): Quantity | undefined {
  if (q.unit === unit) return q;
  const from = q.unit && QTY_NAME[q.unit];
  const to = QTY_NAME[unit];
  if (!from || !to || dimensionOf(q.unit) !== dimensionOf(unit)) return undefined;
  const at = (v: number) => Qty(v, from).to(to).scalar;
  const scale = Math.abs(at(1) - at(0));
  // The figure's own bracketed conversion belongs to it as written, not to the figure converted.
  const { alt: _alt, ...rest } = q;
  return { ...rest, unit, low: at(q.low), high: at(q.high), precision: q.precision * scale, unitStep: (q.unitStep ?? 1) * scale };
}

/** Days in each time unit a rate is given per; a month and a year are averages (see PER_SPREAD). */
const PER_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30.4375, year: 365.25 };

/**
 * A month is 28 to 31 days and "a year" may mean 52 weeks: a rate brought across months or years is
 * known to about 3%, so the converted figure is widened by that much either side.
 */
const PER_SPREAD = 0.03;

/**
 * What a figure must share with another to meet it at all (claimIndex.ts blockKey): the quantity a
 * measure or duration measures, any currency for money (set side by side at a rate, see
 * currency.ts), any zone for a time of day; and for a rate, that it is a rate.
 */
export function blockUnit(q: Quantity): string {
  const base = q.kind === 'measure' || q.kind === 'duration' ? dimensionOf(q.unit) : q.kind === 'money' || q.kind === 'time' ? '' : q.unit ?? '';
  return q.per ? `${base}/${headBase(q.per) ? 'head' : 'time'}` : base;
}

/**
 * Pay and prices run by working time: "$3 per hour" is not "$72 a day", nor "£100 a day" "£700 a
 * week". Money is brought across only between months and years; counts ("5,500 a day") run round
 * the clock.
 */
const CALENDAR = new Set(['month', 'year']);

/** `o`'s rate per `c`'s time unit ("5,500 a day" as 38,500 a week), or undefined when one is a rate and the other a total, or the time units cannot be bridged. */
export function perBasis(o: Quantity, c: Quantity): Quantity | undefined {
  if (o.per === c.per) return o;
  if (!o.per || !c.per) return undefined;
  // "31 per 100,000" is 0.31 per 1,000.
  const [ho, hc] = [headBase(o.per), headBase(c.per)];
  if (ho || hc) return ho && hc ? { ...o, per: c.per, low: (o.low * hc) / ho, high: (o.high * hc) / ho, precision: (o.precision * hc) / ho } : undefined;
  if (c.kind === 'money' && !(CALENDAR.has(o.per) && CALENDAR.has(c.per))) return undefined;
  const k = PER_DAYS[c.per] / PER_DAYS[o.per];
  if (!k) return undefined;
  const fuzzy = o.per === 'month' || c.per === 'month' || o.per === 'year' || c.per === 'year';
  const low = o.low * k * (fuzzy ? 1 - PER_SPREAD : 1);
  const high = o.high * k * (fuzzy ? 1 + PER_SPREAD : 1);
  return { ...o, per: c.per, low, high, qualifier: fuzzy && o.qualifier === 'exact' ? 'range' : o.qualifier, precision: o.precision * k };
}

/**
 * `o`'s figure on `c`'s footing: in its unit of measure, its currency (at a rate, see currency.ts)
 * and per its time unit; undefined when they cannot be set side by side (no rate is known).
 */
export function onBasisOf(o: Quantity, c: Quantity, rates?: RateTable): Quantity | undefined {
  let x: Quantity | undefined = o;
  if ((c.kind === 'measure' || c.kind === 'duration') && o.unit !== c.unit && c.unit) x = convertTo(o, c.unit) ?? o;
  else if (c.kind === 'money') x = inCurrencyOf(o, c, rates);
  return x && perBasis(x, c);
}
