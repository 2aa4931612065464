// Figures in different units of one quantity ("137 miles", "250 km"; "90 mph", "145 km/h"; "95F",
// "35C") are compared after conversion, with js-quantities doing the arithmetic.
import Qty from 'js-quantities';
import type { Quantity } from './types';

/** Our unit names (lexicon.ts) to js-quantities' names; units missing here are compared only with themselves. */
const QTY_NAME: Record<string, string> = {
  km: 'km', mile: 'mi', m: 'm', cm: 'cm', mm: 'mm', ft: 'ft', inch: 'in',
  kg: 'kg', g: 'g', tonne: 'tonne', lb: 'lb',
  acre: 'acre', ha: 'hectare', l: 'l', gallon: 'gal',
  mph: 'mph', 'km/h': 'kph', '°C': 'tempC', '°F': 'tempF',
  MW: 'MW', GW: 'GW', kW: 'kW', kWh: 'kWh',
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
  return { ...q, unit, low: at(q.low), high: at(q.high), precision: q.precision * scale };
}
