// A report that sums a figure up ("a temblor that killed hundreds of people") and states it more
// exactly further on ("At least 820 killed") says one thing twice: the exact figure is its
// statement, compared in its own right; the vague one is neither set against another source's
// figure nor vouches for one.
import type { Claim, QuantityClaim } from './types';
import { harmSenses } from './context';

/**
 * A claim its report states elsewhere: in a passage it repeats word for word (repeatOf), or more
 * exactly (statedExactly). The report's other statement is compared for it.
 */
export const saidElsewhere = (c: Claim) => !!c.repeatOf || (c.kind === 'quantity' && !!c.context.statedExactly);

/** Marks the vague figures of a report that its own more exact figures state (context.statedExactly). */
export function markStatedExactly(claims: readonly Claim[]): void {
  for (const c of claims) {
    if (c.kind !== 'quantity') continue;
    const stated = c.quantity.qualifier === 'vague' && claims.some((own) => own.kind === 'quantity' && states(own, c));
    if (stated === !!c.context.statedExactly) continue;
    const { statedExactly: _was, ...rest } = c.context;
    c.context = stated ? { ...rest, statedExactly: true } : rest;
  }
}

/**
 * Whether `own` states the vague figure `c` more exactly: of the same kind and unit, written finer
 * ("At least 820", not "more than 500", against "hundreds"), inside its band (200–999), and of the
 * same thing: the same harm (the dead, not the hurt), or with no harm named, the same noun.
 */
function states(own: QuantityClaim, c: QuantityClaim): boolean {
  const q = c.quantity;
  const o = own.quantity;
  if (o.qualifier === 'vague' || o.kind !== q.kind || o.unit !== q.unit || o.precision >= q.precision || o.low < q.low || o.low > q.high) return false;
  const harm = harmSenses(c.context.events);
  const theirs = harmSenses(own.context.events);
  return harm.length && theirs.length ? theirs.some((h) => harm.includes(h)) : !!c.context.noun && own.context.noun === c.context.noun;
}
