// The finding about a figure: what it was taken to be, what each other source says (a few per
// value, the rest counted), the severity, and the notes beside each place.
import type { DateClaim, DocumentClaims, Finding, QuantityClaim, Related, Severity } from './types';
import { absoluteDifference, compatible, isBound, isTemperature, meetsOnlyAtEnd, otherMaximum, relativeDifference } from './interval';
import { formatDate, formatDifference, formatNumber, formatQuantity, sourceName } from './format';
import { AGE } from './ages';
import type { RateTable } from './currency';
import { oneDeedTimed } from './timesOfDay';
import { atOutsideRate, closeFigures, droppedDigit, meridiemSlip, nearTimes, nearlyAlike, transposedDigits, transposedTime, unitSlip } from './figureChecks';
import { formatTimeGap, timeGap } from './zones';
import { DESCRIBED, LISTED, NAMED_IN_FULL, firstSorted, groupBy, listing, nameList } from './listing';
import { frameLabel } from './frameLabel';
import { SAME_DAY, released, type FigureClaim, type Match } from './figureScore';
import { conversionsApart, countedApart, floorsCountedTwoWays, inUnitOf } from './verdicts';
import { pathOf } from './claimIndex';

/** "≈ 155 mile, ": the other figure in this one's unit, when they differ. */
function converted(c: QuantityClaim, o: QuantityClaim, rates: RateTable): string {
  const x = inUnitOf(o, c, rates);
  // "150 mph (241 km/h)" against km/h: the source's own bracket already says it.
  return x === o.quantity || (o.quantity.kind === 'measure' && o.quantity.alt?.unit === c.quantity.unit) ? '' : `≈ ${formatQuantity({ ...x, qualifier: 'exact', low: round3(x.low), high: round3(x.high) })}, `;
}

const round3 = (v: number) => Number(v.toPrecision(3));

export function describe(c: FigureClaim): string {
  let said = described.get(c);
  if (said === undefined) described.set(c, (said = c.kind === 'quantity' ? formatQuantity(c.quantity) : formatDate(c.date)));
  return said;
}

/** describe per claim: a claim is named in the finding of every other source of its story. */
const described = new WeakMap<FigureClaim, string>();

/**
 * One source's side, short: the editor sees the source's name and words beside it (diagnostics,
 * hovers, the report), so the note says only what the figure means here ("about 15,000 (25% higher)").
 */
function noteFor(c: FigureClaim, m: Match, says: Says): string {
  const what = says(m);
  return m.verdict === 'conflicts' && c.kind === 'date' ? `${what}, not ${describe(c)}` : what;
}

function severityOf(c: FigureClaim, conflicts: Match[], rates: RateTable): Severity {
  if (conflicts.every((m) => m.verdict === 'unresolved')) return 'information';
  const real = conflicts.filter((m) => m.verdict === 'conflicts');
  const confident = real.some((m) => m.score >= 0.5 || (c.kind === 'date' && m.score >= SAME_DAY + 0.1));
  if (c.kind === 'quantity') {
    // A time of day has no size to weigh; money set side by side at a rate another source states
    // rests on that rate: neither is more than a warning.
    if (c.quantity.kind === 'time' || real.some((m) => atOutsideRate(c.quantity, (m.ref.claim as QuantityClaim).quantity))) return 'warning';
    const big = real.some((m) => {
      const o = m.ref.claim as QuantityClaim;
      // A temperature has no true zero: two degrees apart is a real difference, whatever the share.
      if (isTemperature(c.quantity)) return absoluteDifference(c.quantity, inUnitOf(o, c, rates)).some((d) => Math.abs(d) >= 2);
      const [lo, hi] = relativeDifference(c.quantity, inUnitOf(o, c, rates));
      return Math.max(Math.abs(lo), Math.abs(hi)) >= 0.1;
    });
    return confident && big ? 'error' : 'warning';
  }
  return confident ? 'error' : 'warning';
}

const placeOf = (x: Pick<FigureClaim, 'span' | 'text'>) => ({ start: x.span.start, end: x.span.end, text: x.text });

/** Where a time's own conversion is written, and its words ("9pm GMT"). */
function conversionOf(x: QuantityClaim): { start: number; end: number; text: string } {
  const { start, end } = x.altSpan!;
  return { start, end, text: x.text.slice(start - x.span.start, end - x.span.start) };
}

/**
 * "shortly before 6pm (9pm GMT)" against "5:46 pm (0846 GMT)": a time that parts from every other
 * only in its own conversion is pointed at there, and so are theirs; as written, the times agree.
 */
function conversionSlips(c: FigureClaim, conflicts: Match[]): boolean {
  if (c.kind !== 'quantity' || !c.altSpan || !c.quantity.alt) return false;
  const zone = c.quantity.alt.unit ?? '';
  return conflicts.every((m) => {
    const o = m.ref.claim as QuantityClaim;
    return m.verdict === 'conflicts' && !!o.altSpan && timeGap(c.quantity, o.quantity)?.slipIn === zone;
  });
}

/** saying(c, m), once per distinct claim and verdict of the other sources. */
type Says = (m: Match) => string;

/** byPath orders paths as localeCompare does. */
export function buildFinding(c: FigureClaim, doc: DocumentClaims, matches: Match[], byPath: (a: string, b: string) => number, rates: RateTable): [Finding, Finding?] {
  const closest = (x: Match, y: Match) => y.score - x.score || byPath(x.ref.path, y.ref.path);
  const conflicts = matches.filter((m) => m.verdict === 'conflicts' || m.verdict === 'unresolved');
  const agreeingMatches = matches.filter((m) => m.verdict === 'agrees' || m.verdict === 'same');
  const laters = matches.filter((m) => m.verdict === 'later');
  // What a source says depends on its claim (and so on its signature, which decides the verdict
  // too), except in a "check by hand" note, which names the source.
  const said = new Map<number, string>();
  const keys = new Map<number, string>();
  const says: Says = (m) => {
    if (m.verdict === 'unresolved') return saying(c, m, rates);
    let s = said.get(m.ref.sig);
    if (s === undefined) said.set(m.ref.sig, (s = saying(c, m, rates)));
    return s;
  };
  // What a source says, to group sources by: its figure, hedged or not ("about 15,000" and
  // "15,000" are one thing said), or its words when they are a note to check by hand.
  const keyOf: Says = (m) => {
    if (m.verdict === 'unresolved') return `${m.verdict}|${says(m)}`;
    let k = keys.get(m.ref.sig);
    if (k === undefined) keys.set(m.ref.sig, (k = `${m.verdict}|${valueKey(m.ref.claim as FigureClaim) ?? says(m)}`));
    return k;
  };
  // A few sources per thing they say, the closest first; the rest are counted (listing.ts). Beside
  // a conflict, the sources that agree are named as the message names them: the closest few.
  const listed = listing(
    matches,
    (m) => (conflicts.length && (m.verdict === 'agrees' || m.verdict === 'same') ? 'agreeing' : keyOf(m)),
    closest,
    (m) => (m.verdict === 'conflicts' || m.verdict === 'unresolved' || m.verdict === 'later' ? 0 : 1),
  );
  const atConversion = conflicts.length > 0 && conversionSlips(c, conflicts);
  const related: Related[] = listed.shown.map((m) => {
    const r: Related = {
      path: m.ref.path,
      ...(atConversion && m.verdict === 'conflicts' ? conversionOf(m.ref.claim as QuantityClaim) : placeOf(m.ref.claim)),
      relation: m.verdict === 'unresolved' || m.verdict === 'later' ? 'differs' : (m.verdict as Related['relation']),
      note: noteFor(c, m, says),
    };
    const more = listed.more.get(m);
    if (more) r.more = more;
    return r;
  });
  const unlisted = listed.left ? { more: listed.left } : {};
  const about = c.kind === 'quantity' ? frameLabel(c) : undefined;
  const here = `${about ? `${about}: ` : ''}${describe(c)} here`;
  const confidence = bestScore(matches);
  const claim = { path: doc.path, ...(atConversion ? conversionOf(c as QuantityClaim) : placeOf(c)), id: c.id };
  const agree = agreeingMatches.length ? [`${names(agreeingMatches, closest)} agree${new Set(agreeingMatches.map((m) => m.ref.path)).size === 1 ? 's' : ''}`] : [];
  if (conflicts.length === 0 && laters.length) {
    // Only counts of another moment: the editor learns that the figure has moved (see laterCount).
    const parts = [sayings(c, laters, says, keyOf, closest), ...agree];
    return [
      {
        type: 'later-count',
        severity: c.kind === 'quantity' && c.context.risen ? 'hint' : 'information',
        confidence,
        message: `${here}; ${parts.join('; ')}.`,
        claim,
        related,
        ...unlisted,
      },
    ];
  }
  if (conflicts.length === 0) {
    return [{ type: 'agreement', severity: 'hint', confidence, message: `${here}; ${sayings(c, agreeingMatches, says, keyOf, closest)}.`, claim, related, ...unlisted }];
  }
  const parts = [sayings(c, conflicts, says, keyOf, closest), ...(laters.length ? [sayings(c, laters, says, keyOf, closest)] : []), ...agree];
  const unresolvedOnly = conflicts.every((m) => m.verdict === 'unresolved');
  // A conflict's related places are those that speak against it: the panel, the diagnostic's
  // related information and other tools read them as the disagreement. The sources that agree are
  // named in its message and are an agreement of the same claim, with their own places.
  const agreeing = related.filter((r) => r.relation === 'agrees' || r.relation === 'same');
  const conflict: Finding = {
    type: 'conflict',
    severity: severityOf(c, conflicts, rates),
    confidence,
    message: `${unresolvedOnly ? 'Check by hand: ' : ''}${here}; ${parts.join('; ')}.`,
    claim,
    related: agreeing.length ? related.filter((r) => !agreeing.includes(r)) : related,
    ...unlisted,
  };
  if (!agreeing.length) return [conflict];
  // The times as written agree where only a conversion differs: the agreement points at the whole time.
  const whole = atConversion ? { ...claim, ...placeOf(c) } : claim;
  return [conflict, { type: 'agreement', severity: 'hint', confidence: bestScore(agreeingMatches), message: `${here}; ${agree[0]}, beside the disagreement.`, claim: whole, related: agreeing }];
}

const bestScore = (ms: Match[]) => Math.round(Math.max(...ms.map((m) => m.score)) * 100) / 100;

/** "000, 001 and 004", or "000, 001, 004 and 12 more" (the closest named, as in `related`). */
function names(ms: Match[], closest: (x: Match, y: Match) => number): string {
  // A source that agrees twice (a figure, and the same one named as its earlier count) is one name.
  const paths = new Set<string>();
  const one = ms.filter((m) => !paths.has(m.ref.path) && !!paths.add(m.ref.path));
  const named = one.length > NAMED_IN_FULL ? firstSorted(one, LISTED, closest) : one;
  return nameList(named.map((m) => sourceName(m.ref.path)), one.length);
}

/**
 * "000, 001 and 004 say about 15,000 (25% higher), 002 says 11,000 (8% lower)": sources grouped by
 * the figure they give, hedged or not. Past a few different figures, the most said are described
 * and the rest counted.
 */
function sayings(c: FigureClaim, ms: Match[], says: Says, keyOf: Says, closest: (x: Match, y: Match) => number): string {
  // Each group told in the words of its closest source.
  let described = [...groupBy(ms, keyOf).values()].map((g): [string, Match[]] => [says(firstSorted(g, 1, closest)[0]), g]);
  let rest = '';
  if (described.length > DESCRIBED) {
    described = described.sort((a, b) => b[1].length - a[1].length);
    const others = described.slice(DESCRIBED);
    const n = others.reduce((sum, [, g]) => sum + g.length, 0);
    rest = `, and ${n} more source${n === 1 ? '' : 's'} ${n === 1 ? 'says' : 'say'} ${others.length} other ${c.kind === 'date' ? 'date' : 'figure'}${others.length === 1 ? '' : 's'}`;
    described = described.slice(0, DESCRIBED);
  }
  return described.map(([what, g]) => `${names(g, closest)} say${g.length === 1 ? 's' : ''} ${what}`).join(', ') + rest;
}

/** A quantity's value with its kind of bound, not its hedge: what sources that say it share. */
function valueKey(o: FigureClaim): string | undefined {
  if (o.kind !== 'quantity') return undefined;
  const q = o.quantity;
  const bound = q.qualifier === 'exact' || q.qualifier === 'approx' ? '' : q.qualifier;
  return `${q.kind}|${q.low}|${q.high}|${q.unit ?? ''}|${q.per ?? ''}|${q.period?.join('-') ?? ''}|${q.clock ? 'clock' : ''}|${bound}`;
}

/** A figure's own conversion ("(£840m)") as a figure of its own. */
const asConverted = (q: QuantityClaim['quantity']): QuantityClaim['quantity'] => ({ ...q, ...q.alt!, alt: undefined });

function saying(c: FigureClaim, m: Match, rates: RateTable): string {
  const o = m.ref.claim as FigureClaim;
  const value = describe(o);
  if (m.why) return `${value} (${m.why})`;
  if (c.kind === 'quantity' && o.kind === 'quantity') {
    if (m.verdict === 'same') return value;
    if (m.verdict === 'unresolved') return `${value} (${unresolvedWhy(c, o, rates)})`;
    if (m.verdict === 'later') return `${value} (${o.quantity.low <= c.quantity.high ? 'an earlier count: this one has risen since' : o.context.risen ? 'a later count: it has risen' : 'a later count: this one is a count so far'})`;
    if (m.verdict === 'agrees' && floorsCountedTwoWays(c, o)) return `${value} (consistent: the same floor, counted the British way from a ground floor or the American way from the street)`;
    if (m.verdict === 'agrees') return `${value} (${converted(c, o, rates)}consistent${c.quantity.precision !== o.quantity.precision ? ', allowing for rounding' : ''})`;
    if (c.quantity.kind === 'time') return `${value} (${meridiemSlip(c.quantity, o.quantity) ? 'the same minute with am and pm swapped: likely a slip' : formatTimeGap(c.quantity, o.quantity, rates.localOffset(), rates.season())}${timesWhy(c, o)})`;
    if (c.context.noun === AGE && c.quantity.low < c.quantity.high) return `${value} (${ageEnds(c.quantity, o.quantity)})`;
    if (conversionsApart(c.quantity, o.quantity)) return `${value} (the same figure, converted otherwise: ${formatDifference(asConverted(c.quantity), asConverted(o.quantity))})`;
    const way = { up: 'a rise', down: 'a fall' } as Record<string, string>;
    const [mine, its] = [way[c.context.change ?? ''], way[o.context.change ?? '']];
    if (mine && its && mine !== its) return `${value} (${its}, where this says ${mine})`;
    const theirs = inUnitOf(o, c, rates);
    const digit = slipNote(c, o, theirs);
    return `${value} (${converted(c, o, rates)}${formatDifference(c.quantity, theirs)}${digit})`;
  }
  if (m.verdict === 'unresolved' && c.kind === 'date' && o.kind === 'date') return `${value}${publicationHint(c, o)}`;
  if (m.verdict === 'conflicts' && c.kind === 'date' && o.kind === 'date' && released(c) && released(o)) return `${value} (each the day the figures were released)`;
  return value;
}

/** Why two times of day that differ are taken for one moment, if they are. */
function timesWhy(c: QuantityClaim, o: QuantityClaim): string {
  if (transposedTime(c.quantity, o.quantity)) return '; the same digits, two swapped: likely a copying slip';
  if (nearTimes(c.quantity, o.quantity)) return ': likely one moment timed twice';
  const deed = oneDeedTimed(c, o);
  return deed ? `; both the time of “${deed}”: one event, timed twice` : '';
}

/** Which ends of two spans of ages differ: the youngest, the oldest or both. */
function ageEnds(a: QuantityClaim['quantity'], b: QuantityClaim['quantity']): string {
  const ends = [a.low !== b.low ? `the youngest ${formatNumber(b.low)}, not ${formatNumber(a.low)}` : '', a.high !== b.high ? `the oldest ${formatNumber(b.high)}, not ${formatNumber(a.high)}` : ''];
  return `another span of ages: ${ends.filter(Boolean).join('; ')}`;
}

/** Why two figures that may both be true are left to the editor. */
function unresolvedWhy(c: QuantityClaim, o: QuantityClaim, rates: RateTable): string {
  if (c.quantity.unit !== o.quantity.unit && c.quantity.kind === 'money') return 'in another currency, and no source here states a rate';
  if (c.quantity.per !== o.quantity.per) return 'per another time unit, which working hours or days may decide';
  const theirs = inUnitOf(o, c, rates);
  if (otherMaximum(c.quantity, theirs)) return 'another maximum: both cannot be the most';
  if (meetsOnlyAtEnd(c.quantity, theirs)) {
    const bound = isBound(c.quantity) ? c.quantity : theirs;
    const at = formatQuantity({ ...bound, qualifier: 'exact', low: bound.qualifier === 'at-most' ? bound.high : bound.low, high: bound.qualifier === 'at-most' ? bound.high : bound.low });
    return `the two meet only at ${at}: both hold only if it is exactly that`;
  }
  if (isBound(o.quantity)) return 'a higher bound: one this exact says nearly how many, so one of them may be out of date';
  return 'higher than this lower bound: a count so far may be out of date';
}

/**
 * For "last October" against "October 2023": the publication year that would make them agree; for
 * "this year" against "last year", what would.
 */
function publicationHint(a: DateClaim, b: DateClaim): string {
  if (a.date.type === 'relative' && b.date.type === 'relative') return ', each reckoned from its own report\'s date, which neither gives: they differ unless a new year fell between the two reports';
  const [rel, abs] = a.date.type === 'relative' ? [a.date, b.date] : [b.date, a.date];
  if (rel.type !== 'relative' || abs.type !== 'absolute' || abs.year === undefined) return ' (which needs the publication date to check)';
  const year = abs.year - rel.offset;
  return a.date.type === 'relative'
    ? `, which this is only if it was published in ${year}`
    : `, which that is only if ${sourceName(pathOf(b))} was published in ${year}`;
}

/**
 * One document's findings with each conflict's agreement (see buildFinding) folded back into it,
 * after the places that disagree: where an editor reads one block per claim (a diagnostic and its
 * related places, the panel, a line of text), the sources that agree are listed under it.
 */
export function withAgreeing(findings: readonly Finding[]): Finding[] {
  const at = (f: Finding) => `${f.claim.path}#${f.claim.start}#${f.claim.end}`;
  const conflicts = new Set(findings.filter((f) => f.type === 'conflict').map(at));
  const beside = new Map(findings.filter((f) => f.type === 'agreement' && conflicts.has(at(f))).map((f) => [at(f), f]));
  if (!beside.size) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const agreement = beside.get(at(f));
    if (!agreement) out.push(f);
    else if (f.type === 'conflict') out.push({ ...f, related: [...f.related, ...agreement.related] });
  }
  return out;
}

/** What the way two figures differ suggests, if anything: a digit dropped or swapped, one figure copied with a slip, the units mixed up. */
function slipNote(c: QuantityClaim, o: QuantityClaim, theirs: QuantityClaim['quantity']): string {
  if (droppedDigit(c.quantity, theirs)) return '; likely a dropped or extra digit';
  if (transposedDigits(c.quantity, theirs)) return '; the same digits, two swapped: likely a copying slip';
  if (nearlyAlike(c.quantity, theirs)) return '; alike to a thousandth at this precision: likely one figure, copied with a slip or revised';
  if (closeFigures(c.quantity, o.quantity)) return '; close at three significant figures: likely one figure, copied with a slip or revised';
  if (unitSlip(c.quantity, o.quantity)) return '; the same number in another unit: likely the units mixed up';
  if (compatible(c.quantity, theirs) && countedApart(c, o, theirs)) return '; a count under a thousand is read as counted, not rounded';
  return '';
}
