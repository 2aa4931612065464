// A report that says one figure twice: a vague figure it states more exactly further on ("a temblor
// that killed hundreds of people" … "At least 820 killed"), whose exact statement is compared in its
// own right, and a headline's figure its body gives again, judged as the body's is.
import type { Claim, Finding, QuantityClaim } from './types';
import { harmSenses, setMark } from './context';

/**
 * A claim its report states elsewhere: in a passage it repeats word for word (repeatOf), or more
 * exactly (statedExactly). The report's other statement is compared for it.
 */
export const saidElsewhere = (c: Claim) => !!c.repeatOf || (c.kind === 'quantity' && (!!c.context.statedExactly || !!c.context.referredBack));

/** Longest line read as a headline: a longer one without a full stop is a paragraph set badly. */
const HEADLINE_MAX = 200;

/**
 * Where a report's headline ends (0: none): its first line with words, when that line has no full
 * stop, question or exclamation mark at its end and the report goes on after it.
 */
export function headlineEnd(text: string): number {
  const start = text.search(/\S/);
  if (start < 0) return 0;
  const nl = text.indexOf('\n', start);
  if (nl < 0 || !/\S/.test(text.slice(nl))) return 0;
  const line = text.slice(start, nl).trim();
  return line.length <= HEADLINE_MAX && !/[.!?:;]["'”’)]*$/.test(line) ? nl : 0;
}

/**
 * Marks the figures of a headline that the report's body gives again, of the same kind, unit and
 * value ("Death toll … rises to 53" over "53 people were killed"), with the body's claim: the
 * headline sums the body up, and is judged as the body's sentence is, which says what the figure
 * counts and when (compare.ts).
 */
export function markHeadline(claims: readonly Claim[], end: number): void {
  for (const c of claims) {
    if (c.kind !== 'quantity') continue;
    const q = c.quantity;
    const twin = c.span.end <= end ? claims.find((o) => o.kind === 'quantity' && o.span.start >= end && o.quantity.kind === q.kind && o.quantity.unit === q.unit && o.quantity.low === q.low && o.quantity.high === q.high) : undefined;
    setMark(c, 'inHeadline', twin?.id);
  }
}

/**
 * A headline's figure that the body gives again is judged as the body's is (findingOf: the
 * findings of the report's figures, by id): the body's sentence says what it counts and when,
 * which a headline leaves out ("Death toll rises to 53").
 */
export function headlineFinding(c: Claim, findingOf: ReadonlyMap<string, Finding>): Finding | undefined {
  const f = c.kind === 'quantity' && c.context.inHeadline ? findingOf.get(c.context.inHeadline) : undefined;
  if (!f) return undefined;
  const body = { path: f.claim.path, start: f.claim.start, end: f.claim.end, text: f.claim.text, relation: 'same' as const, note: "the report's body, which this headline sums up" };
  return { ...f, message: `In the headline, as in the report's body: ${f.message}`, claim: { path: f.claim.path, start: c.span.start, end: c.span.end, text: c.text, id: c.id }, related: [...f.related, body] };
}

/**
 * Marks the counts a report names again with the definite article, after giving them ("At least
 * 922 people … have died" … "600 of the 922 who died are Egyptians"): "the" before a count says
 * the reader has met it, so it is that earlier figure, with its bound and its sentence, which say
 * what it counts, not a second statement of its own. The earlier figure must be the same count, of
 * the same noun when both name one.
 */
export function markReferredBack(claims: readonly Claim[], text: string): void {
  for (const c of claims) {
    if (c.kind !== 'quantity' || c.quantity.kind !== 'count' || c.quantity.qualifier !== 'exact' || !/\bthe\s+$/i.test(text.slice(Math.max(0, c.span.start - 5), c.span.start))) continue;
    const q = c.quantity;
    const before = claims.some((o) => o.kind === 'quantity' && o.span.end <= c.span.start && o.quantity.kind === 'count' && o.quantity.low === q.low && o.quantity.high === q.high && o.quantity.unit === q.unit && (!o.context.noun || !c.context.noun || o.context.noun === c.context.noun));
    setMark(c, 'referredBack', before || undefined);
  }
}

/** Marks the vague figures of a report that its own more exact figures state (context.statedExactly). */
export function markStatedExactly(claims: readonly Claim[]): void {
  for (const c of claims) {
    if (c.kind !== 'quantity') continue;
    setMark(c, 'statedExactly', (c.quantity.qualifier === 'vague' && claims.some((own) => own.kind === 'quantity' && states(own, c))) || undefined);
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
