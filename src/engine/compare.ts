// For each claim of a document, what every other source says about the same thing.
import type { Claim, DateClaim, DocumentClaims, EngineHost, Finding, QuantityClaim, Related, Severity } from './types';
import { blockKey, type ClaimIndex, type Ref } from './claimIndex';
import { VERDICTS } from './pairMemo';
import { Scorer } from './scorer';
import { APPROX_MOST, compatible, relativeDifference, sameFigure } from './interval';
import { contextMatch, contextScore, eventScore, magnitudeFactor } from './similarity';
import { dateVerdict } from './dateCompare';
import { formatDate, formatDifference, formatQuantity, sourceName } from './format';
import { compareQuote } from './quoteCompare';
import { directionFactor, groupFactor, isSmallCount, sameSource, pathOf, placeFactor, sameSeries, shareFactor, statusFactor, yearFactor } from './frame';
import { onBasisOf } from './units';
import type { RateTable } from './currency';
import { atOutsideRate, droppedDigit } from './figureChecks';
import { formatTimeGap, timeVerdict } from './zones';
import { DESCRIBED, LISTED, listing, nameList } from './listing';

/** Below this a pair is not taken to speak of the same thing. */
const SAME_THING = 0.38;
/**
 * Small whole numbers ("two doses", "four course records", "a two-time champion") count many
 * things in one story: they need clearer evidence that they count the same thing.
 */
const SAME_SMALL = 0.55;
/**
 * Figures written to the last unit ("2:01:53", "19,136", "18,808 judges") carry their identity in
 * their digits: two such figures that differ are more often two results (two runners' times, two
 * counts) than one misreported, so the match must rest on clearer evidence.
 */
const SAME_PRECISE = 0.5;
const isPrecise = (q: QuantityClaim['quantity']) => q.qualifier === 'exact' && q.low === q.high && q.precision <= Math.abs(q.low) / 1000;
/** Weekdays in reports of one story name a handful of events; weaker context suffices. */
const SAME_DAY = 0.2;
/** Times of day that agree (see threshold). */
const SAME_TIME = 0.15;
/** Months and years name many events in one story; a calendar date needs stronger context. */
const SAME_DATE = 0.45;
/** Within this margin of the best score, a candidate that agrees is preferred (see pickBest). */
const TIE = 0.08;
const OTHER_TENSE = 0.5;

type FigureClaim = QuantityClaim | DateClaim;

interface Match {
  ref: Ref;
  score: number;
  /** echo: this very figure, said of something that matches too loosely to be listed (see pickBest). */
  verdict: 'agrees' | 'same' | 'conflicts' | 'unresolved' | 'echo';
}

/** A source's own statement of this very figure counts against its other figures from this share of the threshold. */
const ECHO = 0.5;

/** Which match a pair that fell below its threshold still makes, if any: the same figure, an echo. */
const echoOf = (verdict: Match['verdict'] | undefined, score: number, limit: number) => (verdict === 'same' && score >= limit * ECHO ? 'echo' : undefined);

/**
 * `direct` scores every pair of claims as it meets it, without the memo of pairs by signature:
 * the reference the memoised comparison must equal (test/unit/compare-memo.test.ts).
 */
export function compareDocument(doc: DocumentClaims, index: ClaimIndex, host: EngineHost, direct = false): Finding[] {
  const out: Finding[] = [];
  // Conflicts told so far, by what they say here: the places against them are compared only then.
  const told = new Map<string, { finding: Finding; against: () => string }[]>();
  const sc = new Scorer(doc, index, { verdict: ((a: FigureClaim, b: FigureClaim) => verdictOf(a, b, index.rates)) as Scorer['verdict'], score: (a, b) => figureScore(a as FigureClaim, b as FigureClaim, index, host) }, direct);
  for (const c of doc.claims) {
    if (c.repeatOf) continue;
    if (c.kind === 'quote') {
      out.push(...compareQuote(c, doc, index));
      continue;
    }
    const found = compareFigure(c, doc, index, host, sc);
    if (!found) continue;
    const f = found.finding;
    // A document that states one fact twice ("on Friday" … "Friday's ceremony") and meets the same
    // other claims both times gets one finding, with the second mention beside the first.
    const key = f.type === 'conflict' ? describe(c) : undefined;
    const same = key ? told.get(key) : undefined;
    const first = same?.find((t) => t.against() === found.against())?.finding;
    if (first) {
      first.related.push({ path: doc.path, start: c.span.start, end: c.span.end, text: c.text, relation: 'same', note: 'the same figure again in this document' });
      continue;
    }
    if (key) told.set(key, [...(same ?? []), found]);
    out.push(f);
  }
  for (const r of doc.repetitions) {
    out.push({
      type: 'repetition',
      severity: 'hint',
      confidence: 1,
      message: `This passage repeats, word for word, the one at line ${lineOf(index, doc.path, r.first.start)}; a document is not a second source for itself, so its figures are checked once.`,
      claim: { path: doc.path, start: r.again.start, end: r.again.end, text: excerpt(index, doc.path, r.again), id: `${doc.path}#rep${r.again.start}` },
      related: [{ path: doc.path, start: r.first.start, end: r.first.end, text: excerpt(index, doc.path, r.first), relation: 'same', note: 'first said here' }],
    });
  }
  return out;
}

function lineOf(index: ClaimIndex, path: string, offset: number): number {
  const text = index.entry(path)?.text ?? '';
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function excerpt(index: ClaimIndex, path: string, span: { start: number; end: number }): string {
  const text = index.entry(path)?.text ?? '';
  const s = text.slice(span.start, Math.min(span.end, span.start + 80));
  return span.end - span.start > 80 ? `${s}…` : s;
}

/** Same-thing score of two figures of the same block. */
export function figureScore(a: FigureClaim, b: FigureClaim, index: ClaimIndex, host: EngineHost): number {
  const w = { idf: (x: string) => index.idf(x) };
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    if (a.quantity.kind === 'ordinal' && !sameSeries(a, b, host)) return 0;
    const m = contextMatch(a.context, b.context, host.vectors, w);
    const basis = a.quantity.kind === 'time' ? undefined : onBasisOf(b.quantity, a.quantity, index.rates);
    const vb0 = basis ?? b.quantity;
    const va = (a.quantity.low + a.quantity.high) / 2;
    const vb = (vb0.low + vb0.high) / 2;
    // Times of day are not magnitudes, nor are figures on no common footing (another currency with
    // no rate, pay per hour and per day); a dropped digit is judged by its frame, not its size.
    const sized = !!basis && a.quantity.kind !== 'ordinal' && !droppedDigit(a.quantity, vb0);
    return m * yearFactor(a, b, index) * placeFactor(a, b, host) * statusFactor(a.context, b.context) * groupFactor(a, b, host) * directionFactor(a.context, b.context) * shareFactor(a, b) * (sized ? magnitudeFactor(va, vb) : 1) * (a.quantity.kind === 'ordinal' ? 1 : namedApart(a, b, va, vb));
  }
  if (a.kind === 'date' && b.kind === 'date') {
    // Who did what decides which dates speak of the same event; a shared verb alone does not.
    const ctx = contextScore(a.context.words, b.context.words, w);
    const reporting = a.context.events[0] === 'report' || b.context.events[0] === 'report';
    // The day of a statement is compared only with the day another source gives for the same
    // speaker's: "a health official said Wednesday" and "the Red Cross said Thursday" are two statements.
    const sa = a.context.attribution;
    const sb = b.context.attribution;
    if (reporting && !(sa && sb && sameSource(sa, sb))) return 0;
    const ev = (reporting ? undefined : eventScore(a.context.events, b.context.events, host.vectors)) ?? 0.3;
    // What will happen on a day and what happened on one are two events, unless all else says one.
    const tense = !a.context.future !== !b.context.future ? OTHER_TENSE : 1;
    return (0.7 * ctx + 0.3 * ev) * tense;
  }
  return 0;
}


/**
 * Two figures named by different nouns ("revenue", "profits") and more than twice apart are two
 * things: a source that misreports one figure rarely also renames it.
 */
function namedApart(a: QuantityClaim, b: QuantityClaim, va: number, vb: number): number {
  const x = a.context.noun;
  const y = b.context.noun;
  if (!x || !y || x === y || x.replace(/s$/, '') === y.replace(/s$/, '')) return 1;
  return Math.max(Math.abs(va), Math.abs(vb)) > 2 * Math.min(Math.abs(va), Math.abs(vb)) ? OTHER_NAME : 1;
}

const OTHER_NAME = 0.5;

function verdictOf(a: FigureClaim, b: FigureClaim, rates: RateTable): Match['verdict'] | undefined {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    if (a.quantity.kind === 'time') return timeVerdict(a.quantity, b.quantity);
    const pa = a.quantity.period;
    const pb = b.quantity.period;
    // Two spans of years agree only when both ends do ("1991-2001" is not "1991-2002").
    if (pa && pb) return pa[0] === pb[0] && pa[1] === pb[1] ? 'same' : 'conflicts';
    const theirs = onBasisOf(b.quantity, a.quantity, rates);
    // Money in another currency with no rate stated anywhere in the workspace, or pay per hour
    // against pay per day: check by hand.
    if (!theirs) return 'unresolved';
    if (sameFigure(a.quantity, theirs)) return 'same';
    if (compatible(a.quantity, theirs)) return 'agrees';
    // A time to the second ("2:01:53") is someone's result: two are set against each other only
    // when said of the same named person.
    if (a.quantity.clock && b.quantity.clock && !(a.context.agent && a.context.agent === b.context.agent)) return undefined;
    // Two polls of analysts rightly differ: forecasts are checked for agreement, never set against each other.
    return a.context.forecast && b.context.forecast ? undefined : 'conflicts';
  }
  if (a.kind === 'date' && b.kind === 'date') return dateVerdict(a.date, b.date);
  return undefined;
}

function threshold(a: FigureClaim, b: FigureClaim, verdict?: Match['verdict']): number {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    // A story names a handful of times of day: weak context suffices to agree; but two times that
    // differ are more often two events (the quake, the aftershock) than one misreported.
    if (a.quantity.kind === 'time') return verdict === 'conflicts' ? SAME_PRECISE : SAME_TIME;
    if (verdict === 'conflicts' && isPrecise(a.quantity) && isPrecise(b.quantity)) return SAME_PRECISE;
    // Tenfold apart with the same digits: the frame alone says they are one figure, so it must be clear.
    if (verdict === 'conflicts' && droppedDigit(a.quantity, b.quantity)) return SAME_PRECISE;
    return isSmallCount(a) && isSmallCount(b) ? SAME_SMALL : SAME_THING;
  }
  if (a.kind !== 'date' || b.kind !== 'date') return SAME_THING;
  return a.date.type === 'weekday' && b.date.type === 'weekday' ? SAME_DAY : SAME_DATE;
}

/** The finding about a figure, and the places that speak against it (all of them, listed or not). */
function compareFigure(c: FigureClaim, doc: DocumentClaims, index: ClaimIndex, host: EngineHost, sc: Scorer): { finding: Finding; against: () => string } | undefined {
  const byDoc = new Map<string, Match[]>();
  const add = (ref: Ref, score: number, verdict: Match['verdict']) => {
    const list = byDoc.get(ref.path);
    if (list) list.push({ ref, score, verdict });
    else byDoc.set(ref.path, [{ ref, score, verdict }]);
  };
  const matches: Match[] = [];
  const keep = (best: Match) => {
    if (best.verdict !== 'agrees' && best.verdict !== 'same' && (sc.check('own', c, best.ref.sig, () => explainedByOwnFigure(c, best, doc, sc)) || otherDaysOfStory(c, best, doc, index) || partBelowWhole(c, best) || partsOfWhole(c, best, doc, index))) return;
    matches.push(best);
  };
  if (sc.direct) {
    for (const ref of index.candidates(c, doc.path)) {
      const other = ref.claim as FigureClaim;
      const verdict = verdictOf(c, other, index.rates);
      if (!verdict) continue;
      const score = figureScore(c, other, index, host);
      const limit = threshold(c, other, verdict);
      if (score < limit) {
        if (echoOf(verdict, score, limit)) add(ref, score, 'echo');
        continue;
      }
      add(ref, score, verdict);
    }
    const rivals = doc.claims.filter((o): o is FigureClaim => o !== c && !o.repeatOf && o.kind !== 'quote' && blockKey(o) === blockKey(c));
    const mutual = (m: Match) => !takenByRival(c, m, rivals, index, host);
    for (const list of byDoc.values()) {
      const best = pickBest(list, mutual);
      if (best) keep(best);
    }
  } else {
    // The same, from the block's table of verdicts and scores (scorer.ts): one row per own claim,
    // one column per distinct claim of the story, whatever the number of documents that carry it.
    const b = sc.block(blockKey(c));
    const row = b.rowOf.get(c)!;
    const n = b.groups.length;
    const passing: number[] = [];
    const echoes: number[] = [];
    for (let g = 0; g < n; g++) {
      const code = b.verdict[row * n + g];
      if (code === 0) continue;
      const limit = threshold(c, b.groups[g].claim as FigureClaim, VERDICTS[code] as Match['verdict']);
      const score = b.score[row * n + g];
      if (score < limit) {
        if (echoOf(VERDICTS[code], score, limit)) echoes.push(g);
        continue;
      }
      passing.push(g);
    }
    for (const g of echoes) for (const ref of b.groups[g].refs) add(ref, b.score[row * n + g], 'echo');
    // takenByRival, over the block's table (with its rule for the same figure said twice).
    const mutual = (m: Match) =>
      !sc.beaten(b, row, b.colOf.get(m.ref.sig)!, m.score + TIE, (i) => (m.verdict === 'agrees' || m.verdict === 'same') && sameOrAgrees(b.own[i] as FigureClaim, c, index.rates));
    // A document with one candidate left gets pickBest of that one alone: the same for every
    // document whose candidate is of the same column, so it is asked once per column.
    const places = sc.places();
    const count = new Uint16Array(places.size);
    for (const g of [...passing, ...echoes]) for (const ref of b.groups[g].refs) count[places.get(ref.doc)!]++;
    for (const g of passing) {
      const score = b.score[row * n + g];
      const verdict = VERDICTS[b.verdict[row * n + g]] as Match['verdict'];
      let alone: boolean | undefined;
      for (const ref of b.groups[g].refs) {
        if (count[places.get(ref.doc)!] > 1) {
          add(ref, score, verdict);
          continue;
        }
        const m = { ref, score, verdict };
        if (alone === undefined) alone = pickBest([m], mutual) !== undefined;
        if (alone) keep(m);
      }
    }
    for (const list of byDoc.values()) {
      const best = pickBest(list, mutual);
      if (best) keep(best);
    }
  }
  if (matches.length === 0) return undefined;
  const byPath = sc.byPath();
  matches.sort((x, y) => byPath(x.ref.path, y.ref.path));
  let places: string | undefined;
  const against = () => (places ??= matches.filter((m) => m.verdict === 'conflicts' || m.verdict === 'unresolved').map((m) => `${m.ref.path}#${m.ref.claim.span.start}`).join());
  return { finding: buildFinding(c, doc, matches, byPath, index.rates), against };
}

/**
 * The best-matching claim of one other source. A source that gives two figures for one thing
 * (an older and a newer estimate) is read at the figure that agrees, when both match about as well.
 */
function pickBest(all: Match[], mutual: (m: Match) => boolean): Match | undefined {
  const list = all.filter((m) => m.verdict !== 'echo');
  if (!list.length) return undefined;
  list.sort((x, y) => y.score - x.score || x.ref.claim.span.start - y.ref.claim.span.start);
  const top = list[0];
  // The source states this very figure too, of something near enough: it does not contradict it.
  if (top.verdict === 'conflicts' && all.some((m) => m.verdict === 'echo')) return undefined;
  // A source that gives this very figure too does not contradict it, whatever else it gives; nor
  // does one that gives two figures too far apart to be one figure rounded (70.4% and 90% efficacy:
  // two groups), when one of them agrees.
  const agreeing = list.find((m) => m.verdict === 'same' || (m.verdict === 'agrees' && (m.score >= top.score - TIE || farApart(m.ref.claim, top.ref.claim))));
  if (agreeing && mutual(agreeing)) return agreeing;
  return list.find(mutual);
}

/** Two figures of one source further apart than any hedge allows (see interval.ts): two things, not one. */
function farApart(a: Claim, b: Claim): boolean {
  if (a.kind !== 'quantity' || b.kind !== 'quantity') return false;
  const x = (a.quantity.low + a.quantity.high) / 2;
  const y = (b.quantity.low + b.quantity.high) / 2;
  return Math.abs(x - y) > APPROX_MOST * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * Pairs are mutual: another figure of this document that matches the other claim clearly better
 * takes it ("analysts expected $4.0 billion" does not meet a revenue figure that the document's own
 * "$4.2 billion revenue" answers to).
 */
function sameOrAgrees(a: FigureClaim, b: FigureClaim, rates: RateTable): boolean {
  const v = verdictOf(a, b, rates);
  return v === 'same' || v === 'agrees';
}

// The memoised comparison applies this rule over its table (Scorer.beaten in scorer.ts): a change
// here goes there too (test/unit/compare-memo.test.ts fails until it does).
function takenByRival(c: FigureClaim, m: Match, rivals: FigureClaim[], index: ClaimIndex, host: EngineHost): boolean {
  const theirs = m.ref.claim as FigureClaim;
  for (const o of rivals) {
    if (!verdictOf(o, theirs, index.rates)) continue;
    // The same figure said twice ("60 million registered voters", "about 60 million people were
    // eligible") is one claim: its second mention does not take away the agreement of the first.
    if ((m.verdict === 'same' || m.verdict === 'agrees') && sameOrAgrees(o, c, index.rates)) continue;
    if (figureScore(o, theirs, index, host) > m.score + TIE) return true;
  }
  return false;
}

/**
 * When this document itself gives another figure for the same thing that agrees with the other
 * source, the other source is not contradicting it: it sides with one of this document's figures.
 */
function explainedByOwnFigure(c: FigureClaim, m: Match, doc: DocumentClaims, sc: Scorer): boolean {
  const theirs = m.ref.claim as FigureClaim;
  for (const own of doc.claims) {
    if (own === c || own.repeatOf || own.kind !== c.kind) continue;
    const v = sc.verdict(own as FigureClaim, theirs);
    if (v !== 'agrees' && v !== 'same') continue;
    const s = sc.score(own as FigureClaim, theirs);
    if (s >= threshold(own as FigureClaim, theirs, v) && s >= m.score - TIE) return true;
  }
  return false;
}

/**
 * A story runs over several days: the quake on Saturday, the rescue and the statements on Sunday.
 * When either document names the other's weekday too, the two weekdays most likely date different
 * events of the story, and the pair is no conflict.
 */
function otherDaysOfStory(c: FigureClaim, m: Match, doc: DocumentClaims, index: ClaimIndex): boolean {
  const theirs = m.ref.claim as FigureClaim;
  const member = seriesMember(c);
  const their = seriesMember(theirs);
  if (!member || !their || member.series !== their.series) return false;
  const names = (claims: readonly Claim[], value: number) => claims.some((o) => o.kind !== 'quote' && seriesMember(o)?.series === member.series && seriesMember(o)?.value === value);
  const other = index.entry(m.ref.path)?.claims.claims ?? [];
  return names(doc.claims, their.value) || names(other, member.value);
}

/**
 * "17,388 of them in Pakistani Kashmir", "about 11,000 of the deaths": a part of a toll is smaller
 * than the toll, and so no contradiction of a larger figure.
 */
function partBelowWhole(c: FigureClaim, m: Match): boolean {
  const o = m.ref.claim as FigureClaim;
  if (c.kind !== 'quantity' || o.kind !== 'quantity' || c.quantity.kind !== 'count' || !!c.context.part === !!o.context.part) return false;
  const [part, whole] = c.context.part ? [c.quantity, o.quantity] : [o.quantity, c.quantity];
  return part.high < whole.low;
}

/**
 * "30 cases in people who had two doses and 101 cases in people who received a dummy injection":
 * two counts of one thing in one sentence that add up to the other source's figure are its parts
 * (30 + 101 = 131), and so no contradiction of it; the same when the other source splits the whole.
 */
function partsOfWhole(c: FigureClaim, m: Match, doc: DocumentClaims, index: ClaimIndex): boolean {
  const o = m.ref.claim as FigureClaim;
  if (c.kind !== 'quantity' || o.kind !== 'quantity' || c.quantity.kind !== 'count' || o.quantity.kind !== 'count') return false;
  const other = index.entry(m.ref.path)?.claims.claims ?? [];
  return sumsTo(c, doc.claims, o) || sumsTo(o, other, c);
}

/** A count plus another count of the same noun in its sentence gives `whole`'s figure. */
function sumsTo(part: QuantityClaim, claims: readonly Claim[], whole: QuantityClaim): boolean {
  for (const x of claims) {
    if (x === part || x.kind !== 'quantity' || x.quantity.kind !== 'count' || x.sentence.start !== part.sentence.start || x.context.noun !== part.context.noun) continue;
    const sum = { ...part.quantity, low: part.quantity.low + x.quantity.low, high: part.quantity.high + x.quantity.high };
    if (compatible(sum, whole.quantity)) return true;
  }
  return false;
}

/**
 * Weekdays and ordinals name members of a series (the days of a story, a president's terms): a
 * document that names both "his first term" and "a second term" knows them as two things.
 */
function seriesMember(c: FigureClaim): { series: string; value: number } | undefined {
  if (c.kind === 'date') return c.date.type === 'weekday' ? { series: 'weekday', value: c.date.weekday } : undefined;
  return c.quantity.kind === 'ordinal' ? { series: `ordinal|${c.context.noun}`, value: c.quantity.low } : undefined;
}

/** `o`'s figure in `c`'s unit ("250 km" as 155.3 miles, units.ts), or as it is when the units are one or cannot be converted. */
function inUnitOf(o: QuantityClaim, c: QuantityClaim, rates?: RateTable): QuantityClaim['quantity'] {
  return (c.quantity.kind !== 'time' && onBasisOf(o.quantity, c.quantity, rates)) || o.quantity;
}

/** "≈ 155 mile, ": the other figure in this one's unit, when they differ. */
function converted(c: QuantityClaim, o: QuantityClaim, rates: RateTable): string {
  const x = inUnitOf(o, c, rates);
  return x === o.quantity ? '' : `≈ ${formatQuantity({ ...x, qualifier: 'exact', low: round3(x.low), high: round3(x.high) })}, `;
}

const round3 = (v: number) => Number(v.toPrecision(3));

function describe(c: FigureClaim): string {
  return c.kind === 'quantity' ? formatQuantity(c.quantity) : formatDate(c.date);
}

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
      const [lo, hi] = relativeDifference(c.quantity, inUnitOf(o, c, rates));
      return Math.max(Math.abs(lo), Math.abs(hi)) >= 0.1;
    });
    return confident && big ? 'error' : 'warning';
  }
  return confident ? 'error' : 'warning';
}

/** saying(c, m), once per distinct claim and verdict of the other sources. */
type Says = (m: Match) => string;

/** byPath orders paths as localeCompare does. */
function buildFinding(c: FigureClaim, doc: DocumentClaims, matches: Match[], byPath: (a: string, b: string) => number, rates: RateTable): Finding {
  const closest = (x: Match, y: Match) => y.score - x.score || byPath(x.ref.path, y.ref.path);
  const conflicts = matches.filter((m) => m.verdict === 'conflicts' || m.verdict === 'unresolved');
  const agreeing = matches.filter((m) => m.verdict === 'agrees' || m.verdict === 'same');
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
  // A few sources per thing they say, the closest first; the rest are counted (listing.ts).
  const listed = listing(
    matches,
    (m) => {
      if (m.verdict === 'unresolved') return `${m.verdict}|${says(m)}`;
      let k = keys.get(m.ref.sig);
      if (k === undefined) keys.set(m.ref.sig, (k = `${m.verdict}|${says(m)}`));
      return k;
    },
    closest,
    (m) => (m.verdict === 'conflicts' || m.verdict === 'unresolved' ? 0 : 1),
  );
  const related: Related[] = listed.shown.map((m) => {
    const r: Related = {
      path: m.ref.path,
      start: m.ref.claim.span.start,
      end: m.ref.claim.span.end,
      text: m.ref.claim.text,
      relation: m.verdict === 'unresolved' ? 'differs' : (m.verdict as Related['relation']),
      note: noteFor(c, m, says),
    };
    const more = listed.more.get(m);
    if (more) r.more = more;
    return r;
  });
  const unlisted = listed.left ? { more: listed.left } : {};
  const here = `${describe(c)} here`;
  const confidence = Math.round(Math.max(...matches.map((m) => m.score)) * 100) / 100;
  const claim = { path: doc.path, start: c.span.start, end: c.span.end, text: c.text, id: c.id };
  if (conflicts.length === 0) {
    return {
      type: 'agreement',
      severity: 'hint',
      confidence,
      message: `${here}; ${sayings(c, agreeing, says, closest)}.`,
      claim,
      related,
      ...unlisted,
    };
  }
  const parts = [sayings(c, conflicts, says, closest)];
  if (agreeing.length) parts.push(`${names(agreeing, closest)} agree${agreeing.length === 1 ? 's' : ''}`);
  const unresolvedOnly = conflicts.every((m) => m.verdict === 'unresolved');
  return {
    type: 'conflict',
    severity: severityOf(c, conflicts, rates),
    confidence,
    message: `${unresolvedOnly ? 'Check by hand: ' : ''}${here}; ${parts.join('; ')}.`,
    claim,
    related,
    ...unlisted,
  };
}

/** "000, 001 and 004", or "000, 001, 004 and 12 more" (the closest named, as in `related`). */
function names(ms: Match[], closest: (x: Match, y: Match) => number): string {
  const named = ms.length > LISTED + 1 ? [...ms].sort(closest).slice(0, LISTED) : ms;
  return nameList(named.map((m) => sourceName(m.ref.path)), ms.length);
}


/**
 * "000 and 001 say about 15,000 (25% higher), 004 says 15,000 (25% higher)": sources grouped by
 * what they say. Past a few different things, the most said are described and the rest counted.
 */
function sayings(c: FigureClaim, ms: Match[], says: Says, closest: (x: Match, y: Match) => number): string {
  const groups = new Map<string, Match[]>();
  for (const m of ms) {
    const key = says(m);
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  let described = [...groups];
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

function saying(c: FigureClaim, m: Match, rates: RateTable): string {
  const o = m.ref.claim as FigureClaim;
  const value = describe(o);
  if (c.kind === 'quantity' && o.kind === 'quantity') {
    if (m.verdict === 'same') return value;
    if (m.verdict === 'unresolved') return `${value} (${c.quantity.unit !== o.quantity.unit ? 'in another currency, and no source here states a rate' : 'per another time unit, which working hours or days may decide'})`;
    if (m.verdict === 'agrees') return `${value} (${converted(c, o, rates)}consistent${c.quantity.precision !== o.quantity.precision ? ', allowing for rounding' : ''})`;
    if (c.quantity.kind === 'time') return `${value} (${formatTimeGap(c.quantity, o.quantity)})`;
    const theirs = inUnitOf(o, c, rates);
    const digit = droppedDigit(c.quantity, theirs) ? '; likely a dropped or extra digit' : '';
    return `${value} (${converted(c, o, rates)}${formatDifference(c.quantity, theirs)}${digit})`;
  }
  if (m.verdict === 'unresolved' && c.kind === 'date' && o.kind === 'date') return `${value}${publicationHint(c, o)}`;
  return value;
}

/** For "last October" against "October 2023": the publication year that would make them agree. */
function publicationHint(a: DateClaim, b: DateClaim): string {
  const [rel, abs] = a.date.type === 'relative' ? [a.date, b.date] : [b.date, a.date];
  if (rel.type !== 'relative' || abs.type !== 'absolute' || abs.year === undefined) return ' (which needs the publication date to check)';
  const year = abs.year - rel.offset;
  return a.date.type === 'relative'
    ? `, which this is only if it was published in ${year}`
    : `, which that is only if ${sourceName(pathOf(b))} was published in ${year}`;
}
