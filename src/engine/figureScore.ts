// Whether two figures of one block speak of the same thing (figureScore), what the pair's verdict
// is (verdictOf), and the score a verdict needs (threshold).
import type { DateClaim, EngineHost, QuantityClaim } from './types';
import type { ClaimIndex, Ref } from './claimIndex';
import { belowLaterCount, compatible, meetsOnlyAtEnd, otherMaximum, sameFigure } from './interval';
import { boundSoFar, laterCount, sameDayOf } from './laterCounts';
import { contextMatch, contextScore, eventScore, magnitudeFactor, wordSimilarity } from './similarity';
import { dateVerdict } from './dateCompare';
import { reckonedFrom } from './neighbours';
import { dayFactor, directionFactor, partnerFactor, recordFactor, placeFactor, sameSeries, statusFactor } from './frame';
import { groupFactor, isSmallCount, sameShare, shareFactor } from './frameGroup';
import { sameSource, sameSpeaker } from './sources';
import { yearFactor, yearIn } from './years';
import { dimensionOf, onBasisOf } from './units';
import type { RateTable } from './currency';
import { droppedDigit, unitSlip } from './figureChecks';
import { timeVerdict } from './zones';
import { SCORE } from './scores';
import { AGE } from './ages';
import type { ContextPairs } from './contextPairs';

/** Below this a pair is not taken to speak of the same thing. */
export const SAME_THING = 0.38;

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

/**
 * The very same figure to three significant figures or more ("$2.93 per diluted share", "Per-share
 * earnings were $2.93") in two reports of one story is one figure: chance rarely repeats three
 * digits, so faint shared context suffices to agree. Differing still needs the usual evidence.
 */
const SAME_FIGURE = 0.2;

const threeFigures = (q: QuantityClaim['quantity']) => q.qualifier === 'exact' && q.low === q.high && q.precision * 100 <= Math.abs(q.low) && q.kind !== 'time';

/** Weekdays in reports of one story name a handful of events; weaker context suffices. */
export const SAME_DAY = 0.2;

/** The same calendar day in two reports of one story (see threshold). */
const SAME_CALENDAR_DAY = 0.05;

/** Times of day that agree (see threshold). */
const SAME_TIME = 0.15;

/** Months and years name many events in one story; a calendar date needs stronger context. */
const SAME_DATE = 0.45;

/**
 * The very same figure of a hundred or more, or the very same month or year, as written in two
 * reports of one story: agreeing asks less evidence than differing (see threshold).
 */
const SAME_WRITTEN = 0.3;

/** Within this margin of the best score, a candidate that agrees is preferred (see pickBest). */
export const TIE = 0.08;

const OTHER_TENSE = 0.5;

export type FigureClaim = QuantityClaim | DateClaim;

export interface Match {
  ref: Ref;
  score: number;
  /** echo: this very figure, said of something that matches too loosely to be listed (see pickBest). */
  verdict: 'agrees' | 'same' | 'conflicts' | 'unresolved' | 'later' | 'echo';
  /** What the finding says of this source instead of the usual note (see earlierCounts.ts). */
  why?: string;
}

/**
 * Same-thing score of two figures of the same block. `memo` remembers what reads only the two
 * contexts (contextPairs.ts); without it everything is worked out anew (the direct comparison).
 * sa, sb: the claims' signatures without years (ClaimIndex.baseOf), which name their contexts too.
 */
export function figureScore(a: FigureClaim, b: FigureClaim, index: ClaimIndex, host: EngineHost, memo?: ContextPairs, sa = 0, sb = 0): number {
  const [f, at] = remembered(a, b, index, host, memo, sa, sb);
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    if (f[at] === OTHER_SERIES) return 0;
    const basis = a.quantity.kind === 'time' ? undefined : onBasisOf(b.quantity, a.quantity, index.rates);
    const vb0 = basis ?? b.quantity;
    const va = (a.quantity.low + a.quantity.high) / 2;
    const vb = (vb0.low + vb0.high) / 2;
    // Times of day and scores are not magnitudes, nor are figures on no common footing (another currency with
    // no rate, pay per hour and per day); a dropped digit is judged by its frame, not its size.
    const sized = !!basis && a.quantity.kind !== 'ordinal' && a.quantity.unit !== SCORE && !droppedDigit(a.quantity, vb0);
    // The year is read live: it reads the documents' years, which the pair memo tracks (scorer.ts).
    return f[at + 1] * yearFactor(a, b, index) * f[at + 2] * f[at + 3] * f[at + 4] * f[at + 5] * f[at + 6] * f[at + 7] * f[at + 8] * (sized ? magnitudeFactor(va, vb) : 1) * (a.quantity.kind === 'ordinal' ? 1 : namedApart(a, b, va, vb));
  }
  return a.kind === 'date' && b.kind === 'date' ? f[at + 1] * (f[at + 2] && otherDays(a, b) ? OTHER_DEEDS : 1) : 0;
}

/**
 * "The 21-foot Titan submarine", "the 22-foot (6.7-meter) Titan": a measure hyphened before a name
 * measures the thing of that name, and two of one dimension are one figure of it, whatever else
 * their sentences say.
 */
function namedThing(a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.quantity.kind !== 'measure' || b.quantity.kind !== 'measure' || !a.context.phrase || !b.context.phrase) return false;
  if (dimensionOf(a.quantity.unit) !== dimensionOf(b.quantity.unit)) return false;
  const names = (p: string) => p.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const theirs = names(b.context.phrase);
  return names(a.context.phrase).some((n) => theirs.includes(n));
}

/** The context match of two measures of one named thing, or of two shares of one named party (frameGroup.ts sameShare). */
const NAMED_THING = 0.8;

/** Marks ordinals of two series (sameSeries): no match, whatever else. */
const OTHER_SERIES = 1;

/** contextFactors of the pair, from the memo when there is one: the array that holds them, and their offset. */
function remembered(a: FigureClaim, b: FigureClaim, index: ClaimIndex, host: EngineHost, memo: ContextPairs | undefined, sa: number, sb: number): [ArrayLike<number>, number] {
  if (!memo) return [contextFactors(a, b, index, host), 0];
  memo.sync(index.statsEpoch);
  const x = memo.id(a, a.kind === 'quantity' && isSmallCount(a), sa);
  const y = memo.id(b, b.kind === 'quantity' && isSmallCount(b), sb);
  let at = memo.find(x, y);
  if (at < 0) at = memo.add(x, y, contextFactors(a, b, index, host));
  return [memo.values, at];
}

/**
 * What the score of two figures reads of their contexts alone (FACTORS numbers): a mark
 * (OTHER_SERIES, else 0), then for quantities the context match and the factors of place, status,
 * group, direction and share; for dates the score itself.
 */
function contextFactors(a: FigureClaim, b: FigureClaim, index: ClaimIndex, host: EngineHost): number[] {
  const w = { idf: (x: string) => index.idf(x) };
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    if (a.quantity.kind === 'ordinal' && !sameSeries(a, b, host)) return [OTHER_SERIES];
    const m = namedThing(a, b) || sameShare(a, b) ? Math.max(NAMED_THING, contextMatch(a.context, b.context, host.vectors, w)) : contextMatch(a.context, b.context, host.vectors, w);
    return [0, m, placeFactor(a, b, host), statusFactor(a.context, b.context, host) * (a.quantity.kind === 'time' ? recordFactor(a.context, b.context) : 1), groupFactor(a, b, host), directionFactor(a.context, b.context), shareFactor(a, b), dayFactor(a, b), partnerFactor(a.context, b.context)];
  }
  if (a.kind !== 'date' || b.kind !== 'date') return [0, 0];
  // Who did what decides which dates speak of the same event; a shared verb alone does not.
  const reporting = a.context.events[0] === 'report' || b.context.events[0] === 'report';
  // The day of a statement is compared only with the day another source gives for the same
  // speaker's: "a health official said Wednesday" and "the Red Cross said Thursday" are two statements.
  const sa = a.context.attribution;
  const sb = b.context.attribution;
  if (reporting && !(sa && sb && sameSpeaker(sa, sb))) return [0, 0];
  // One speaker speaks on many days of a story ("Sauschuck said during a news conference late
  // Wednesday", "Sauschuck told reporters at the news conference on Saturday"): two days of his are
  // one statement's only if what he said meets, not who he is or where he spoke.
  const ctx = reporting ? contextScore(said(a.context.words, sa!), said(b.context.words, sb!), w) : contextScore(a.context.words, b.context.words, w);
  // The open or the close of a session ("US stocks closed higher on Thursday") is told apart from
  // other deeds by name: word vectors set "close" near "agree" (a deal is closed).
  const evs = reporting ? undefined : eventScore(a.context.events, b.context.events, host.vectors, (x, y) => SESSION_ENDS.has(x) === SESSION_ENDS.has(y));
  const ev = evs ?? 0.3;
  // What will happen on a day and what happened on one are two events, unless all else says one.
  const tense = !a.context.future !== !b.context.future ? OTHER_TENSE : 1;
  // Whether the deeds are unlike, for otherDeeds: the weekdays themselves are read there, not here.
  // One deed done to two things ("found Card's car", "discovered Card's body") is two deeds.
  const x = a.context.object;
  const y = b.context.object;
  const otherThing = !!x && !!y && x !== y && wordSimilarity(x, y, host.vectors) < UNLIKE_THINGS;
  return [0, (0.7 * ctx + 0.3 * ev) * tense, (evs !== undefined && evs < UNLIKE_DEEDS) || otherThing ? 1 : 0];
}

const SESSION_ENDS = new Set(['open', 'close']);

/** Press events, which a story holds again and again: they say nothing of what was said. */
const PRESS = new Set(['conference', 'briefing', 'reporter', 'journalist', 'interview', 'press']);

/**
 * A statement's context words for telling its day: at a press event ("said during a news
 * conference", "told reporters"), less the words of the event ("news" is read "new") and of the
 * speaker, who holds many.
 */
function said(words: string[], speaker: string): string[] {
  if (!words.some((x) => PRESS.has(x))) return words;
  const own = new Set(speaker.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return words.filter((x) => !own.has(x) && !PRESS.has(x) && x !== 'new');
}

/**
 * A story names a handful of weekdays, so weak context suffices for two to meet. But two weekdays
 * that differ, each the day of a deed and the deeds unlike ("recovering on Saturday", "the outage
 * that started on Thursday"; "the price agreed on Wednesday", "shares closed higher on Thursday"),
 * are more often the days of two events than one day misreported (OTHER_DEEDS).
 */
function otherDays(a: DateClaim, b: DateClaim): boolean {
  return a.date.type === 'weekday' && b.date.type === 'weekday' && a.date.weekday !== b.date.weekday;
}

/** Below this event score (similarity.ts eventScore), two deeds are unlike. */
const UNLIKE_DEEDS = 0.5;
const OTHER_DEEDS = 0.5;
/** Below this similarity of their nouns, the things two deeds were done to are two things. */
const UNLIKE_THINGS = 0.5;

/**
 * Two figures named by different nouns ("revenue", "profits") and more than twice apart are two
 * things: a source that misreports one figure rarely also renames it.
 */
function namedApart(a: QuantityClaim, b: QuantityClaim, va: number, vb: number): number {
  const x = a.context.noun;
  const y = b.context.noun;
  if (!x || !y || x === y || x.replace(/s$/, '') === y.replace(/s$/, '')) return 1;
  // A time reckoned from an event or a margin against something (neighbours.ts measuredFrom) is
  // another thing than any other: "after the referendum" is not "of negotiation", however close.
  if (reckonedFrom(x) || reckonedFrom(y)) return OTHER_NAME;
  return Math.max(Math.abs(va), Math.abs(vb)) > 2 * Math.min(Math.abs(va), Math.abs(vb)) ? OTHER_NAME : 1;
}

const OTHER_NAME = 0.5;

export function verdictOf(a: FigureClaim, b: FigureClaim, rates: RateTable): Match['verdict'] | undefined {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    if (a.quantity.kind === 'time') return timeVerdict(a.quantity, b.quantity, rates.localOffset(), rates.season());
    const pa = a.quantity.period;
    const pb = b.quantity.period;
    // Two spans of years agree only when both ends do ("1991-2001" is not "1991-2002").
    if (pa && pb) return pa[0] === pb[0] && pa[1] === pb[1] ? 'same' : 'conflicts';
    const theirs = onBasisOf(b.quantity, a.quantity, rates);
    // Money in another currency with no rate stated anywhere in the workspace, or pay per hour
    // against pay per day: check by hand.
    if (!theirs) return 'unresolved';
    if (sameFigure(a.quantity, theirs)) return 'same';
    if (a.context.noun === AGE && b.context.noun === AGE) {
      const ageSpan = ageSpanVerdict(a.quantity, theirs);
      if (ageSpan !== false) return ageSpan;
    }
    if (unitSlip(a.quantity, b.quantity)) return 'conflicts';
    // A score during a match is one moment of it: only results are set against each other.
    if (a.quantity.unit === SCORE && (a.quantity.running || b.quantity.running)) return undefined;
    const fits = compatible(a.quantity, theirs);
    if (laterCount(a, b, theirs, fits)) return 'later';
    // An increment ("another 1,300 flights", "a further 455", "700 more") is what was added since
    // its report's last count: two that agree are one addition, but two that differ are set
    // against each other only when said of the same day.
    const apart = !!a.context.increment && !!b.context.increment && !sameDayOf(a, b);
    if (fits && belowLaterCount(a.quantity, theirs)) return apart ? undefined : boundSoFar(a, theirs) ? 'later' : 'unresolved';
    if (fits) return otherMaximum(a.quantity, theirs) || meetsOnlyAtEnd(a.quantity, theirs) ? (apart ? undefined : 'unresolved') : 'agrees';
    if (apart) return undefined;
    // A time to the second ("2:01:53") is someone's result: two are set against each other only
    // when said of the same named person.
    if (a.quantity.clock && b.quantity.clock && !(a.context.agent && a.context.agent === b.context.agent)) return undefined;
    // So is an age ("Arteta, 41,"): two are set against each other only for the same person.
    if (a.context.noun === AGE && b.context.noun === AGE && (a.context.agent !== b.context.agent || !sameAgeMoment(a, b))) return undefined;
    // An age ("the 20-year-old Spaniard") is no span of years ("had not lost in 10 years").
    if ((a.context.noun === AGE) !== (b.context.noun === AGE) && (a.quantity.unit === 'year' || b.quantity.unit === 'year')) return undefined;
    // Partial results and final ones rightly differ: the count went on between them.
    if (!!a.context.interim !== !!b.context.interim) return undefined;
    // Two polls of analysts rightly differ: forecasts are checked for agreement, never set against
    // each other, unless both name the same poll ("according to FactSet", "recorded by FactSet").
    return a.context.forecast && b.context.forecast && !samePoll(a, b) ? undefined : 'conflicts';
  }
  if (a.kind === 'date' && b.kind === 'date') return dateVerdict(a.date, b.date);
  return undefined;
}

/**
 * A span of ages ("aged 16 to 41", "ranging in age from 16 to 49") runs from the youngest to the
 * oldest of a group, not from one guess to another: two spans meet only if both ends do, and one
 * age is one person's, not the group's. `false`: not two ages of which one is a span.
 */
function ageSpanVerdict(a: QuantityClaim['quantity'], b: QuantityClaim['quantity']): Match['verdict'] | undefined | false {
  const span = (q: QuantityClaim['quantity']) => q.qualifier === 'range' && q.low < q.high;
  if (!span(a) && !span(b)) return false;
  if (!span(a) || !span(b)) return undefined;
  return a.low === b.low && a.high === b.high ? 'same' : 'conflicts';
}

/**
 * An age whose owner the words leave open ("aged 16", "the 19-year-old") is an age at some moment:
 * two differ only when said of one year ("joined Dortmund in 2020, aged 16", "… aged just 17"),
 * since a person's age changes and a story gives it at several moments. A named owner ("Arteta,
 * 41,") is aged now, in every report.
 */
function sameAgeMoment(a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.context.agent !== '?') return true;
  const year = yearIn(a.context.time);
  return !!year && year === yearIn(b.context.time);
}

/** A name in one forecast's source ("FactSet consensus estimates") that the other forecast's words name too. */
function samePoll(a: QuantityClaim, b: QuantityClaim): boolean {
  const names = (c: QuantityClaim) => (c.context.attribution ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  const named = (c: QuantityClaim, w: string) => c.context.words.includes(w) || (c.context.attribution ?? '').toLowerCase().split(/\s+/).includes(w);
  return names(a).some((w) => named(b, w)) || names(b).some((w) => named(a, w));
}

export function threshold(a: FigureClaim, b: FigureClaim, verdict?: Match['verdict']): number {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    // A story names a handful of times of day: weak context suffices to agree; but two times that
    // differ are more often two events (the quake, the aftershock) than one misreported.
    if (a.quantity.kind === 'time') return verdict === 'conflicts' ? SAME_PRECISE : SAME_TIME;
    if (verdict === 'conflicts' && isPrecise(a.quantity) && isPrecise(b.quantity)) return SAME_PRECISE;
    // Analysts' forecasts are few in a story and never set against each other (verdictOf): the
    // same forecast figure is that forecast. So are the earlier values a story gives ("from 3.9%
    // in February", "(3.9% previously)"): the same earlier figure is that earlier value.
    if (verdict === 'same' && (threeFigures(a.quantity) || (a.context.forecast && b.context.forecast) || (a.context.previous && b.context.previous))) return SAME_FIGURE;
    // Tenfold apart with the same digits: the frame alone says they are one figure, so it must be clear.
    if (verdict === 'conflicts' && droppedDigit(a.quantity, b.quantity)) return SAME_PRECISE;
    if (isSmallCount(a) && isSmallCount(b)) return SAME_SMALL;
    return verdict === 'same' && Math.abs(a.quantity.low) >= 100 ? SAME_WRITTEN : SAME_THING;
  }
  if (a.kind !== 'date' || b.kind !== 'date') return SAME_THING;
  if (a.date.type === 'weekday' && b.date.type === 'weekday') return SAME_DAY;
  // The same day of the same month ("caved in on Nov. 12", "trapped since Nov. 12") is one day of
  // the story whatever each report says happened on it: two reports that name it agree on it, on
  // the faintest shared context. Differing still asks for clear context.
  const day = (d: DateClaim['date']) => d.type === 'absolute' && d.day !== undefined;
  if ((verdict === 'same' || verdict === 'agrees') && day(a.date) && day(b.date)) return SAME_CALENDAR_DAY;
  return verdict === 'same' ? SAME_WRITTEN : SAME_DATE;
}

/** `o`'s figure in `c`'s unit ("250 km" as 155.3 miles, units.ts), or as it is when the units are one or cannot be converted. */
export function inUnitOf(o: QuantityClaim, c: QuantityClaim, rates?: RateTable): QuantityClaim['quantity'] {
  return (c.quantity.kind !== 'time' && onBasisOf(o.quantity, c.quantity, rates)) || o.quantity;
}
