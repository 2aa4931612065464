// Geometry of a claim's number line: each source's figure as a point (exact), a bar (a range),
// a band (an approximation ± half its precision), or an arrow (a bound), in axis fractions 0..1
// so the webview only has to scale and draw.
import type { Quantity, Relation } from '../engine/types';
import type { NumberLine, NumberMark } from '../protocol';

export interface Plotted {
  label: string;
  self: boolean;
  relation?: Relation;
  quantity: Quantity;
  text: string;
}

interface Shape {
  shape: NumberMark['shape'];
  at: number;
  from: number;
  to: number;
  direction?: 'left' | 'right';
  exclusive?: boolean;
}

function shapeOf(q: Quantity): Shape {
  const { low, high } = q;
  const half = Number.isFinite(q.precision) && q.precision > 0 ? q.precision / 2 : 0;
  switch (q.qualifier) {
    case 'range':
      return { shape: 'bar', at: (low + high) / 2, from: low, to: high };
    case 'approx':
      return { shape: 'band', at: (low + high) / 2, from: low - half, to: high + half };
    case 'vague':
      return { shape: 'band', at: (low + high) / 2, from: low, to: high };
    case 'at-least':
    case 'more-than':
      return { shape: 'arrow', at: low, from: low, to: Infinity, direction: 'right', exclusive: q.qualifier === 'more-than' };
    case 'at-most':
    case 'less-than':
      return { shape: 'arrow', at: high, from: -Infinity, to: high, direction: 'left', exclusive: q.qualifier === 'less-than' };
    default:
      return { shape: 'point', at: low, from: low, to: low };
  }
}

function sameScale(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && (a.unit ?? '') === (b.unit ?? '');
}

/** Round tick step: 1, 2 or 5 times a power of ten, about five ticks over the span. */
function tickStep(span: number): number {
  const raw = span / 5;
  const pow = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / pow;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * pow;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Undefined when there is nothing finite to draw. The first self item sets kind and unit. */
export function numberLine(items: Plotted[]): NumberLine | undefined {
  const base = items.find((i) => i.self) ?? items[0];
  // Times of day run round the clock and across zones: no line says that truthfully.
  if (!base || base.quantity.kind === 'time') return undefined;
  const plotted = items
    .filter((i) => sameScale(i.quantity, base.quantity) && Number.isFinite(i.quantity.low) && Number.isFinite(i.quantity.high))
    .map((i) => ({ item: i, s: shapeOf(i.quantity) }));
  const finite = plotted.flatMap(({ s }) => [s.at, s.from, s.to]).filter(Number.isFinite);
  if (!finite.length) return undefined;
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.max(Math.abs(lo) * 0.1, base.quantity.precision || 0, 1);
  lo -= pad;
  hi += pad;
  const frac = (v: number) => (v === Infinity ? 1 : v === -Infinity ? 0 : (v - lo) / (hi - lo));
  const step = tickStep(hi - lo);
  const ticks: NumberLine['ticks'] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
    ticks.push({ at: frac(v), label: formatNumber(Math.abs(v) < step * 1e-9 ? 0 : v) });
  }
  const marks: NumberMark[] = plotted.map(({ item, s }) => ({
    label: item.label,
    self: item.self,
    relation: item.relation,
    shape: s.shape,
    at: frac(s.at),
    from: frac(s.from),
    to: frac(s.to),
    direction: s.direction,
    exclusive: s.exclusive,
    text: item.text,
  }));
  return { unit: base.quantity.unit, ticks, marks };
}
