// Money in two currencies is comparable only at a rate, and the rate a careful reader trusts is the
// one the workspace itself states: a figure given with its own conversion ("$5bn (£3.9bn)") in any
// source gives the rate for that pair of currencies. No rate is looked up anywhere else.
import type { Claim, Quantity } from './types';
import { SEASON, localOffsetOf } from './zones';

/** Rates move and stated conversions are rounded: a figure brought across at a stated rate is read within 5%. */
export const RATE_BAND = 0.05;

/** The rates of one workspace: for each document, the conversions its figures state. */
export class RateTable {
  private readonly byDoc = new Map<string, Map<string, number>>();
  private merged?: Map<string, number>;
  /**
   * The offset from GMT of the story's local time, as times with their own conversion state it
   * ("4 a.m. (1000 GMT)"), per document. Used only when every document that states one agrees: a
   * workspace of several places has no one local time.
   */
  private readonly local = new Agreed<number>();
  /**
   * Daylight (1) or standard (0) time, as the US zones a document writes name it ("CDT"); a story is
   * told in one season, so an "Eastern" of it takes the season the others name.
   */
  private readonly seasons = new Agreed<0 | 1>();

  /** Records a document's stated rates, local offset and season; true when the workspace's changed. */
  set(path: string, claims: readonly Claim[]): boolean {
    const offsets = new Set<number>();
    const seasons = new Set<0 | 1>();
    for (const c of claims) {
      if (c.kind !== 'quantity' || c.quantity.kind !== 'time') continue;
      const o = localOffsetOf(c.quantity);
      if (o !== undefined) offsets.add(o);
      for (const zone of [c.quantity.unit, c.quantity.alt?.unit]) {
        const s = zone ? SEASON[zone.toLowerCase()] : undefined;
        if (s !== undefined) seasons.add(s);
      }
    }
    const local = this.local.set(path, offsets);
    const season = this.seasons.set(path, seasons);
    return this.setRates(path, claims) || local || season;
  }

  /** The local time's offset from GMT in minutes, when the documents that state one agree. */
  localOffset(): number | undefined {
    return this.local.value();
  }

  /** The season the workspace's US zones name, when the documents that name one agree. */
  season(): 0 | 1 | undefined {
    return this.seasons.value();
  }

  private setRates(path: string, claims: readonly Claim[]): boolean {
    const found = new Map<string, number[]>();
    for (const c of claims) {
      if (c.kind !== 'quantity') continue;
      const q = c.quantity;
      if (q.kind !== 'money' || !q.alt?.unit || !q.unit || q.alt.unit === q.unit) continue;
      const r = mid(q) / mid(q.alt);
      if (!(r > 0) || !Number.isFinite(r)) continue;
      const key = `${q.alt.unit}>${q.unit}`;
      found.set(key, [...(found.get(key) ?? []), r]);
    }
    const rates = new Map([...found].map(([k, rs]) => [k, rs.reduce((a, b) => a + b, 0) / rs.length]));
    const was = this.byDoc.get(path);
    if (rates.size === 0) return this.deleteRates(path);
    this.byDoc.set(path, rates);
    const changed = !was || was.size !== rates.size || [...rates].some(([k, r]) => was.get(k) !== r);
    if (changed) this.merged = undefined;
    return changed;
  }

  delete(path: string): boolean {
    const local = this.local.delete(path);
    const season = this.seasons.delete(path);
    return this.deleteRates(path) || local || season;
  }

  private deleteRates(path: string): boolean {
    const had = this.byDoc.delete(path);
    if (had) this.merged = undefined;
    return had;
  }

  /** Units of `to` per unit of `from`, as the workspace states it (either way round), else undefined. */
  rate(from: string, to: string): number | undefined {
    if (!this.merged) {
      // Each source's rate counts once; several sources' rates for one pair are averaged.
      const sums = new Map<string, [number, number]>();
      const add = (k: string, r: number) => {
        const s = sums.get(k) ?? [0, 0];
        sums.set(k, [s[0] + r, s[1] + 1]);
      };
      for (const rates of this.byDoc.values()) for (const [k, r] of rates) {
        const [a, b] = k.split('>');
        add(`${a}>${b}`, r);
        add(`${b}>${a}`, 1 / r);
      }
      this.merged = new Map([...sums].map(([k, [s, n]]) => [k, s / n]));
    }
    return this.merged.get(`${from}>${to}`);
  }
}

const mid = (q: { low: number; high: number }) => (q.low + q.high) / 2;

/**
 * `o`'s amount in `c`'s currency: as stated when the currencies are one or `o` gives its own
 * conversion into it; else at the rate `c` itself states, or one another source states, widened by
 * RATE_BAND. Undefined when no rate is known.
 */
export function inCurrencyOf(o: Quantity, c: Quantity, rates?: RateTable): Quantity | undefined {
  if (o.unit === c.unit || !o.unit || !c.unit) return o;
  if (o.alt?.unit === c.unit) return { ...o, unit: c.unit, low: o.alt.low, high: o.alt.high, precision: o.alt.precision, alt: undefined };
  // "$5bn (£3.9bn)" against "£4.5bn": the rate this figure states for itself, its rounding aside.
  const own = c.alt?.unit === o.unit ? mid(c) / mid(c.alt) : undefined;
  const r = own ?? rates?.rate(o.unit, c.unit);
  if (r === undefined) return undefined;
  const at = { ...o, unit: c.unit, low: o.low * r, high: o.high * r, precision: o.precision * r, alt: undefined };
  if (own !== undefined) return at;
  const v = Math.max(Math.abs(at.low), Math.abs(at.high));
  if (at.qualifier === 'exact' || at.qualifier === 'approx') return { ...at, qualifier: 'approx', precision: Math.max(at.precision, v * RATE_BAND * 2) };
  return at;
}

/**
 * A value each document may state (a local offset, a season) and the workspace's, when every
 * document that states one agrees; the latter is kept until a document's changes (it is read for
 * every pair of times).
 */
class Agreed<T> {
  private readonly byDoc = new Map<string, T>();
  private agreed?: { value: T | undefined };

  /** Records the values a document states (its own only when they agree); true when it changed. */
  set(path: string, values: Set<T>): boolean {
    const was = this.byDoc.get(path);
    const now = values.size === 1 ? [...values][0] : undefined;
    if (now === undefined) this.byDoc.delete(path);
    else this.byDoc.set(path, now);
    if (was !== now) this.agreed = undefined;
    return was !== now;
  }

  delete(path: string): boolean {
    const had = this.byDoc.delete(path);
    if (had) this.agreed = undefined;
    return had;
  }

  value(): T | undefined {
    if (!this.agreed) {
      const all = new Set(this.byDoc.values());
      this.agreed = { value: all.size === 1 ? [...all][0] : undefined };
    }
    return this.agreed.value;
  }
}
