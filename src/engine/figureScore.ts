// Whether two figures of one block speak of the same thing (figureScore), and the score a verdict
// needs (threshold); the pair's verdict: verdicts.ts.
import type { DateClaim, EngineHost, QuantityClaim } from './types';
import type { ClaimIndex, Ref } from './claimIndex';
import { contextMatch, contextScore, eventScore, magnitudeFactor, wordSimilarity } from './similarity';
import { reckonedFrom } from './neighbours';
import { dayFactor, directionFactor, doersApart, OTHER_PARTY, partnerFactor, partnersApart, OTHER_PARTNER, wholesApart, OTHER_WHOLE, recordFactor, placeFactor, sameSeries, statusFactor } from './frame';
import { groupFactor, isSmallCount, sameShare, shareFactor } from './frameGroup';
import { sameSource, sameSpeaker } from './sources';
import { dateHistory, yearFactor } from './years';
import { dimensionOf, onBasisOf } from './units';
import { sameReference } from './dimensions';
import { closeFigures, droppedDigit, meridiemSlip, nearTimes, nearlyAlike, transposedTime } from './figureChecks';
import { conversionSlip } from './zones';
import { sameFigure } from './interval';
import { oneDeedTimed } from './timesOfDay';
import { SCORE } from './scores';
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

/** Whether one of two exact figures of one unit rounds the other to three significant figures or more. */
function givenMoreExactly(a: QuantityClaim['quantity'], b: QuantityClaim['quantity']): boolean {
  if (a.unit !== b.unit || a.qualifier !== 'exact' || b.qualifier !== 'exact' || a.precision === b.precision) return false;
  const [coarse, fine] = a.precision > b.precision ? [a, b] : [b, a];
  return threeFigures(coarse) && fine.low === fine.high && Math.abs(fine.low - coarse.low) <= coarse.precision / 2;
}

const threeFigures = (q: QuantityClaim['quantity']) => q.kind !== 'time' && (q.qualifier === 'exact' ? q.low === q.high && q.precision * 100 <= Math.abs(q.low) : q.qualifier === 'range' && sameRange(q));

/** So is the very same range with an end to three figures and the other to two ("between 9.9% and 10.8%"). */
const sameRange = (q: QuantityClaim['quantity']) => q.precision * 10 <= Math.min(Math.abs(q.low), Math.abs(q.high)) && q.precision * 100 <= Math.max(Math.abs(q.low), Math.abs(q.high));

/**
 * A figure with its unit ("5.6%", "14 months", "1.6C", "a half point") names more than a bare count
 * does: the very same one in two reports of one story asks the evidence the very same figure of a
 * hundred or more asks (SAME_WRITTEN). Not a rank, which a story gives of many things ("third").
 */
const withUnit = (q: QuantityClaim['quantity']) => (q.kind !== 'count' && q.kind !== 'ordinal') || !!q.unit;

/** Weekdays in reports of one story name a handful of events; weaker context suffices. */
export const SAME_DAY = 0.2;

/** The same calendar day in two reports of one story (see threshold). */
const SAME_CALENDAR_DAY = 0.05;

/** Times of day that agree (see threshold). */
const SAME_TIME = 0.15;

/**
 * A count under a thousand with nothing that names what it counts ("13", "a masterful 137", "62")
 * may be any of a story's scores, runs, points, places or tallies: like a month or a year, it needs
 * the context a calendar date needs to differ from another figure. Larger counts carry more of their
 * identity in their digits ("roughly 24 million cast").
 */
const UNNAMED = 0.45;
const unnamed = (c: QuantityClaim) => c.quantity.kind === 'count' && !c.quantity.unit && !c.context.noun && c.quantity.high < 1000;

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
    // The very same figure to three significant figures is one figure whatever year a report's other
    // figures name: only two years named for it apart set it apart (yearFactor 0).
    const year = yearFactor(a, b, index);
    const y = year > 0 && threeFigures(a.quantity) && sameFigure(a.quantity, b.quantity) ? 1 : year;
    return f[at + 1] * y * f[at + 2] * f[at + 3] * f[at + 4] * f[at + 5] * f[at + 6] * f[at + 7] * f[at + 8] * (sized ? magnitudeFactor(va, vb) : 1) * (a.quantity.kind === 'ordinal' ? 1 : namedApart(a, b, va, vb)) * (partnersApart(a, b) ? OTHER_PARTNER : 1) * (wholesApart(a, b) ? OTHER_WHOLE : 1) * (marginApart(a, b) ? OTHER_MARGIN : 1);
  }
  return a.kind === 'date' && b.kind === 'date' ? f[at + 1] * (otherDays(a, b) ? f[at + 2] : 1) * dateHistory(a, b, index) : 0;
}

/**
 * "The Heat led by as many as 10 points", "The Heat scored 27 points in the second quarter": a
 * margin and a count of what was scored differ rightly. The same figure is one told two ways ("beat
 * India by six wickets", "a six-wicket win"). So are the mark a rank is counted by ("the sixth
 * quarterback to win three Super Bowls", margins.ts rankMark) and a tally ("won seven Super
 * Bowls"). Reads the values: outside the memo of contexts.
 */
const marginApart = (a: QuantityClaim, b: QuantityClaim) => !a.context.margin !== !b.context.margin && a.quantity.low !== b.quantity.low;

const OTHER_MARGIN = 0.4;

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

/**
 * "The path of totality was 185 kilometers wide", "a ribbon of land stretching 155 miles wide": two
 * measures of one dimension named after them, in reports of one story, give that dimension of the
 * thing the story measures, whatever each report calls it; two things measured alike in one story
 * are named apart by their sentences (a context match above this). So do two lengths measured to one
 * place ("45 km from the capital", "60km south-east of the capital": dimensions.ts referenceAfter).
 */
const SAME_DIMENSION = 0.45;

const sameDimension = (a: QuantityClaim, b: QuantityClaim) => !!a.context.dimension && a.context.dimension === b.context.dimension && dimensionOf(a.quantity.unit) === dimensionOf(b.quantity.unit);

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
 * group, direction and share; for dates the score itself and what weekdays that differ are
 * scored down by (otherDays).
 */
function contextFactors(a: FigureClaim, b: FigureClaim, index: ClaimIndex, host: EngineHost): number[] {
  const w = { idf: (x: string) => index.idf(x) };
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    if (a.quantity.kind === 'ordinal' && !sameSeries(a, b, host)) return [OTHER_SERIES];
    const m0 = contextMatch(a.context, b.context, host.vectors, w);
    // Only lengths are measured to a place (dimensions.ts referenceAfter).
    const toOnePlace = sameReference(a.context.reference, b.context.reference);
    const m = namedThing(a, b) || sameShare(a, b) ? Math.max(NAMED_THING, m0) : sameDimension(a, b) || toOnePlace ? Math.max(SAME_DIMENSION, m0) : m0;
    // The places a distance is measured between are its ends, not where anything happened.
    const place = toOnePlace ? 1 : placeFactor(a, b, host);
    return [0, m, place, statusFactor(a.context, b.context, host) * (a.quantity.kind === 'time' ? recordFactor(a.context, b.context) : 1), groupFactor(a, b, host), directionFactor(a.context, b.context), shareFactor(a, b), dayFactor(a, b), partnerFactor(a.context, b.context)];
  }
  if (a.kind !== 'date' || b.kind !== 'date') return [0, 0];
  // Who did what decides which dates speak of the same event; a shared verb alone does not.
  const reporting = a.context.events[0] === 'report' || b.context.events[0] === 'report';
  // The day of a statement is compared only with the day another source gives for the same
  // speaker's: "a health official said Wednesday" and "the Red Cross said Thursday" are two statements.
  const sa = a.context.attribution;
  const sb = b.context.attribution;
  // Two releases of figures are one event (released), told apart by no speaker.
  const release = released(a) && released(b);
  if (reporting && !release && !(sa && sb && sameSpeaker(sa, sb))) return [0, 0, 1];
  // One speaker speaks on many days of a story ("Sauschuck said during a news conference late
  // Wednesday", "Sauschuck told reporters at the news conference on Saturday"): two days of his are
  // one statement's only if what he said meets, not who he is or where he spoke.
  const ctx = reporting && !release ? contextScore(said(a.context.words, sa!), said(b.context.words, sb!), w) : contextScore(a.context.words, b.context.words, w);
  // The open or the close of a session ("US stocks closed higher on Thursday") is told apart from
  // other deeds by name: word vectors set "close" near "agree" (a deal is closed).
  const evs = release ? 1 : reporting ? undefined : eventScore(a.context.events, b.context.events, host.vectors, (x, y) => SESSION_ENDS.has(x) === SESSION_ENDS.has(y));
  const ev = evs ?? 0.3;
  // What will happen on a day and what happened on one are two events, unless all else says one.
  const tense = !a.context.future !== !b.context.future ? OTHER_TENSE : 1;
  // Whether the deeds are unlike, for otherDeeds: the weekdays themselves are read there, not here.
  // One deed done to two things ("found Card's car", "discovered Card's body") is two deeds.
  const x = a.context.object;
  const y = b.context.object;
  const otherThing = !release && !!x && !!y && x !== y && wordSimilarity(x, y, host.vectors) < UNLIKE_THINGS;
  // One deed of two named doers is two deeds on two days: "Warhol died in 1987" is not "Thomas
  // Ammann, who died in 1993". Unlike deeds may be one event seen from two sides ("the Tories lost
  // July's election", "Labour won power in July").
  const oneDeed = a.context.events.some((e) => b.context.events.includes(e));
  const doers = oneDeed && doersApart(a.context, b.context) ? OTHER_PARTY : 1;
  // The period a change is measured from ("increased 11.2% from May") is no day of a deed.
  const base = !a.context.previous !== !b.context.previous ? OTHER_BASE : 1;
  // The day a thing was ordered or scheduled for, against the day of a deed done, is another
  // piece of evidence of two events when the weekdays differ.
  const unlike = (evs !== undefined && evs < UNLIKE_DEEDS) || otherThing ? OTHER_DEEDS : 1;
  const planned = !a.context.ordered !== !b.context.ordered ? OTHER_DEEDS : 1;
  return [0, (0.7 * ctx + 0.3 * ev) * tense * doers * base, unlike * planned];
}

const SESSION_ENDS = new Set(['open', 'close']);

/**
 * A release of figures ("The latest numbers released on Wednesday", "Office for National
 * Statistics data published on Thursday") is no speaker: its day is the day the story's figures
 * came out, one event, which another report's day of a release of figures names too, whatever the
 * things the figures showed and however many days each report tells of.
 */
export const released = (c: DateClaim) => c.context.events[0] === 'report' && /\b(data|figures|numbers|statistics)$/i.test(c.context.attribution ?? '');

const OTHER_BASE = 0.3;

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
 * are more often the days of two events than one day misreported (OTHER_DEEDS); so are the day a
 * thing was ordered or scheduled for and the day of a deed done (dates.ts orderedFor), and twice
 * so when both hold.
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
  // "deferred money paid from 2033-2044": a span of years with no noun of its own is the time of
  // its clause's deed, and meets a named length ("a 10-year contract") only where it names the thing.
  const span = a.quantity.period && !x ? a : b.quantity.period && !y ? b : undefined;
  const named = span === a ? y : x;
  if (span && named && !span.context.words.includes(named)) return OTHER_NAME;
  // A margin by which one thing beats another ("10 seconds quicker than the target") is no length
  // of anything, so it never meets a figure that names nothing ("ran each 100m in 17.08 seconds").
  if (x ? beaten(x) && !y : !!y && beaten(y)) return OTHER_NAME;
  // "six days later" (neighbours.ts toldLater) is no length of what another figure names ("an
  // 8-day journey"); it may be the time after the event another names ("70 minutes after white
  // smoke").
  const later = a.context.reckoned ? y : b.context.reckoned ? x : undefined;
  if (!a.context.reckoned !== !b.context.reckoned && later && !reckonedFrom(later)) return OTHER_NAME;
  // "Less than three hours later, the National Assembly passed a resolution" ends where "three and
  // a half hours after a resolution demanding such a move passed" begins: two intervals, one after
  // the other, when the thing the second is reckoned from is what the first's clause tells of (a
  // time told "earlier" begins there instead: the same interval).
  const told = a.context.reckoned ? a : b;
  if (told.context.reckoned === 'later' && later?.startsWith('after ') && told.context.words.includes(later.slice(6))) return OTHER_NAME;
  if (!x || !y || x === y || x.replace(/s$/, '') === y.replace(/s$/, '')) return 1;
  // A time reckoned from an event or a margin against something (neighbours.ts measuredFrom) is
  // another thing than any other: "after the referendum" is not "of negotiation", however close.
  if (reckonedFrom(x) || reckonedFrom(y)) return OTHER_NAME;
  return Math.max(Math.abs(va), Math.abs(vb)) > 2 * Math.min(Math.abs(va), Math.abs(vb)) ? OTHER_NAME : 1;
}

const OTHER_NAME = 0.5;

/** A margin against what follows "than" (neighbours.ts measuredFrom). */
const beaten = (noun: string) => noun.startsWith('than ');

export function threshold(a: FigureClaim, b: FigureClaim, verdict?: Match['verdict']): number {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    // The same minute with am and pm swapped is one reading slipped (figureChecks meridiemSlip),
    // as the same calendar day is one day of the story: the faintest shared context suffices. Two
    // digits swapped (transposedTime) make one time copied, not two events: the usual evidence.
    if (meridiemSlip(a.quantity, b.quantity)) return SAME_CALENDAR_DAY;
    if (transposedTime(a.quantity, b.quantity) || nearTimes(a.quantity, b.quantity)) return SAME_THING;
    // A story names a handful of times of day: weak context suffices to agree; but two times that
    // differ are more often two events (the quake, the aftershock) than one misreported, unless
    // one verb names the deed each is the time of (timesOfDay oneDeedTimed).
    // Two times that agree in one zone they both give and differ in the other are one moment, as
    // that zone tells, whatever happened at it: a slip in a conversion asks what agreeing asks.
    if (a.quantity.kind === 'time') return verdict !== 'conflicts' || conversionSlip(a.quantity, b.quantity) ? SAME_TIME : oneDeedTimed(a, b) ? SAME_THING : SAME_PRECISE;
    // Figures to five digits or more, a thousandth apart, carry one identity in their digits
    // (figureChecks nearlyAlike): they meet as the very same figure does.
    if (verdict === 'conflicts' && nearlyAlike(a.quantity, b.quantity)) return SAME_FIGURE;
    if (verdict === 'conflicts' && isPrecise(a.quantity) && isPrecise(b.quantity)) return SAME_PRECISE;
    // Three significant figures a step or a few apart (figureChecks closeFigures): fair context suffices.
    if (verdict === 'conflicts' && closeFigures(a.quantity, b.quantity)) return SAME_WRITTEN;
    // Analysts' forecasts are few in a story and never set against each other (verdictOf): the
    // same forecast figure is that forecast. So are the earlier values a story gives ("from 3.9%
    // in February", "(3.9% previously)"): the same earlier figure is that earlier value.
    if (verdict === 'same' && (threeFigures(a.quantity) || (a.context.forecast && b.context.forecast) || (a.context.previous && b.context.previous))) return SAME_FIGURE;
    // "$356 million" / "$356.3 million": a figure to three significant figures that another gives
    // more exactly shares its three digits, which chance rarely repeats: fair context suffices, as
    // for the very same figure written alike.
    if (verdict === 'agrees' && givenMoreExactly(a.quantity, b.quantity)) return SAME_WRITTEN;
    // Tenfold apart with the same digits: the frame alone says they are one figure, so it must be clear.
    if (verdict === 'conflicts' && droppedDigit(a.quantity, b.quantity)) return SAME_PRECISE;
    if (isSmallCount(a) && isSmallCount(b)) return SAME_SMALL;
    if (verdict === 'conflicts' && (unnamed(a) || unnamed(b))) return UNNAMED;
    return verdict === 'same' && (Math.abs(a.quantity.low) >= 100 || (withUnit(a.quantity) && withUnit(b.quantity))) ? SAME_WRITTEN : SAME_THING;
  }
  if (a.kind !== 'date' || b.kind !== 'date') return SAME_THING;
  // Two reports that each tell of several days name other days of the story more often than they
  // misname one: their weekdays differ only on the context a calendar date needs, unless both name
  // the thing their deed was done to, and it is one ("found Talvor's car", "discovered Talvor's car").
  if (a.date.type === 'weekday' && b.date.type === 'weekday') return verdict === 'conflicts' && !(released(a) && released(b)) && a.context.severalDays && b.context.severalDays && !(a.context.object && a.context.object === b.context.object) ? SAME_DATE : SAME_DAY;
  // The same day of the same month ("caved in on Nov. 12", "trapped since Nov. 12") is one day of
  // the story whatever each report says happened on it: two reports that name it agree on it, on
  // the faintest shared context. Differing still asks for clear context.
  const day = (d: DateClaim['date']) => d.type === 'absolute' && d.day !== undefined;
  if ((verdict === 'same' || verdict === 'agrees') && day(a.date) && day(b.date)) return SAME_CALENDAR_DAY;
  return verdict === 'same' ? SAME_WRITTEN : SAME_DATE;
}
