// The frame of a figure, as the same-thing score weighs it: its place, its source and owner, its
// status, direction, day and series (frameGroup.ts: the group it counts, the party it is a share
// of; see the README's "How Crosscheck decides").
import { distance as editDistance } from 'fastest-levenshtein';
import type { ClaimContext, DateClaim, EngineHost, QuantityClaim } from './types';
import { daysApart } from './dateCompare';
import { wordSimilarity } from './similarity';
import { named, sameSource } from './sources';
import { OTHER_PART } from './frameGroup';
import { COUNTRY, WORLD, placeWords, placesListed } from './places';
import { sameCountry } from './countries';

type FigureClaim = QuantityClaim | DateClaim;

/**
 * Figures said of different places are different figures ("in North West Frontier province" is not
 * "in India"). Places that share a word, or whose words are near in meaning ("India", "Indian side
 * of Kashmir"), may be one place or one within the other: no penalty then.
 */
export function placeFactor(a: FigureClaim, b: FigureClaim, host: EngineHost): number {
  const qa = placeOf(a.context, host);
  const qb = placeOf(b.context, host);
  const pa = placeWords(qa);
  const pb = placeWords(qb);
  if (!pa.length || !pb.length) {
    // A row of a list of names ("India: 26%") is one name's figure among the list's: a figure that
    // names no place, nor the row's name among its words, is not set against one row.
    const [row, other, name] = a.context.row ? [a, b, pa] : b.context.row ? [b, a, pb] : [];
    return row && other && !(a.context.row && b.context.row) && !name!.some((w) => other.context.words.includes(w)) ? ROW_APART : 1;
  }
  // The whole world ("global cases … with 208 deaths") is no one place of it, a country's included.
  if (pa.includes(WORLD) !== pb.includes(WORLD)) return 0.3;
  // Places listed ("killed at least 16 people in Illinois, Tennessee, Missouri and Arkansas") are
  // their whole, which one of them ("six people in Illinois") is a part of.
  if (placesListed(qa).length !== placesListed(qb).length) return 0.3;
  // A distance from the same named place is evidence of its own ("250 km south of Kolkata", "137
  // miles southwest of Kolkata"); a toll in the same region is only no evidence against.
  const distance = a.kind === 'quantity' && a.quantity.kind === 'measure';
  for (const x of pa) for (const y of pb) if (x === y || spelledOtherwise(x, y)) return distance ? SAME_PLACE : 1;
  // A country's name lies nearer "country" than "city" in meaning (Libya, India; not London, Kolkata),
  // a city's nearer "city" (Paris, Delhi).
  const sim = (w: string, q: string) => host.vectors?.similarity(w, q) ?? 0;
  const countryLike = (p: string[]) => p.some((w) => sim(w, 'country') >= 0.3 && sim(w, 'country') > sim(w, 'city') + 0.1);
  const cityLike = (p: string[]) => p.some((w) => sim(w, 'city') >= 0.3 && sim(w, 'city') > sim(w, 'country') + 0.05);
  // "marched in France" and "marched in Paris": a country and one of its cities are a whole and a
  // part, however near their names lie in meaning.
  if ((countryLike(pa) && cityLike(pb)) || (countryLike(pb) && cityLike(pa))) return 0.3;
  for (const x of pa) for (const y of pb) if (x.startsWith(y) || y.startsWith(x) || wordSimilarity(x, y, host.vectors) > 0.6) return 1;
  // "across the country" is any country ("in Libya"), not one of its cities ("the city of Derna").
  const whole = (p: string[]) => p.some((w) => COUNTRY.includes(w));
  if ((whole(pa) && countryLike(pb)) || (whole(pb) && countryLike(pa))) return 1;
  return 0.3;
}

/**
 * The place a figure is said of: its "in …" phrase, else a country or region that reports it
 * ("India reported 360 killed"): a one-word source whose meaning lies near "country", "province" or
 * "city" (word vectors) names a place, not a person.
 */
function placeOf(c: ClaimContext, host: EngineHost): string | undefined {
  if (c.place) return c.place;
  const a = c.attribution;
  if (!a || !/^\p{Lu}\p{Ll}+$/u.test(a) || !host.vectors) return undefined;
  const w = a.toLowerCase();
  return PLACE_PROTOTYPES.some((p) => (host.vectors!.similarity(w, p) ?? 0) >= 0.45) ? a : undefined;
}

const PLACE_PROTOTYPES = ['country', 'province', 'city', 'nation'];

const SAME_PLACE = 1.25;
/** A row of a list of names against a figure of no place (placeFactor), as figures listed side by side. */
const ROW_APART = 0.4;

/**
 * One name in two spellings ("Marrakesh", "Marrakech"): a long name one letter apart, from its
 * first letter on. Names are spelt from other alphabets in more than one way, and two places of
 * that length one letter apart are rarely both in one story.
 */
const spelledOtherwise = (x: string, y: string) => x.length >= 7 && y.length >= 7 && x[0] === y[0] && editDistance(x, y) === 1;

/**
 * The figures of two different named sources may each be reported rightly: that leaves some doubt,
 * so it weakens the match rather than ending it.
 */
export function statusFactor(a: ClaimContext, b: ClaimContext, host: EngineHost): number {
  let f = 1;
  // "The chief minister" and "Dhami" may be one person: a title alone is no evidence of another source.
  if (a.attribution && b.attribution && !sameSource(a.attribution, b.attribution) && named(a.attribution) && named(b.attribution)) f *= 0.6;
  // What the prosecution asked for is not what the defense asked for.
  const x = a.requester;
  const y = b.requester;
  if (x && y && x !== y && wordSimilarity(x, y, host.vectors) <= 0.6) f *= OTHER_PARTY;
  // One's own mark and another's ("his own timing", "Kipchoge's world mark") are two marks.
  if (!a.own !== !b.own) f *= OTHER_PARTY;
  if (doersApart(a, b)) f *= OTHER_PARTY;
  // The spans of two records ("the shortest-tenured speaker in 147 years", "the first ouster … in
  // the House's 234-year history") are two spans.
  if (a.recordSpan && b.recordSpan && a.recordSpan !== b.recordSpan) f *= OTHER_PARTY;
  // Results against two sides, with neither side named in the other's ("fell 2-0 to the United
  // States", "beat co-hosts Australia 3-1"), are two matches; "Spain beat England" and "England lost
  // to Spain" name each other's sides.
  if (a.opponent && b.opponent && !sidesMeet(a, b)) f *= OTHER_PARTY;
  return f;
}

const sidesMeet = (a: ClaimContext, b: ClaimContext) => {
  const sides = (c: ClaimContext) => [c.opponent!, ...(c.doer ? [c.doer.toLowerCase()] : [])];
  const theirs = sides(b);
  return sides(a).some((x) => theirs.some((y) => x.includes(y) || y.includes(x)));
};

/** A name as compared: in lower case, without accents, as outlets write "Gálvez" and "Galvez" for one person. */
const folded = (name: string | undefined) => (name && /[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name)?.toLowerCase();

/**
 * What one named party did is not what another did: "United cancelled 9% of flights" is not
 * "American cancelled about 2%", nor "most other US airlines" either. Unless the counted phrase
 * names the other party: "Russia has 12,000 North Korean troops" counts what "North Korea sent".
 */
export function doersApart(a: ClaimContext, b: ClaimContext): boolean {
  const x = folded(a.doer);
  const y = folded(b.doer);
  // A figure of a party its report is not about, against one whose clause names no doer but its own
  // report's party, and no word of the first: "Microsoft announced 10,000 job cuts" in a report on
  // Alphabet is not "Alphabet stock advanced … after … announced 12,000 job cuts".
  if (!x !== !y) {
    const [side, plain] = x ? [a, b] : [b, a];
    const named = (x ?? y)!.split(' ').some((w) => plain.words.includes(w));
    // "Oncor, a utility that serves more than 10 million customers": what a named thing is, its
    // standing size, is no count of the story's events ("about 2.7 million customers were without
    // power"), unless the other figure's clause names it.
    if (side.described) return !named;
    return !!side.aside && !!plain.party && !named;
  }
  if (!x || !y || x === y) return false;
  // The one a deed was done to ("~Whelan": deedDoer in dates.ts) is set apart only from another such.
  if (x.startsWith('~') !== y.startsWith('~')) return false;
  // "Wilmore and Williams", "Hague and Gorbunov": names, not the word that joins them.
  // The mark is the name's, not its first word's: "~alex murdaugh" meets "~murdaugh".
  const wx = x.replace(/^~/, '').split(' ').filter((w) => w !== 'and');
  const wy = y.replace(/^~/, '').split(' ').filter((w) => w !== 'and');
  const other = (w: string[]) => w.includes('other');
  if (other(wx) !== other(wy)) return true;
  // Names are compared as written, not by meaning: word vectors set "United" beside "American".
  const near = (p: string, q: string) => p.startsWith(q) || q.startsWith(p);
  const meets = (p: string[], q: string[]) => p.some((u) => q.some((v) => near(u, v)));
  if (meets(wx, wy) || sameCountry(x.replace(/^~/, ''), y.replace(/^~/, ''))) return false;
  const phrase = (c: ClaimContext) => c.phrase?.toLowerCase().split(/\s+/) ?? [];
  return !meets(phrase(a), wy) && !meets(phrase(b), wx);
}

/**
 * Two times of day that one named source gives ("left … at 4:52 p.m., according to FlightAware",
 * "departed … at 5:07 p.m., according to the flight tracking website FlightAware") are read off one
 * record: they are one time told twice, more surely than their words alone say.
 */
export function recordFactor(a: ClaimContext, b: ClaimContext): number {
  return a.attribution && b.attribution && named(a.attribution) && named(b.attribution) && sameSource(a.attribution, b.attribution) ? ONE_RECORD : 1;
}

const ONE_RECORD = 1.3;

export const OTHER_PARTY = 0.3;

/** A rank told over a span of time ("since 2005", "in 60 years"), not over all time ("ever", "in history"). */
const overSpan = (scope: string | undefined) => !!scope && !/^(history)?\|/.test(scope);

/** The words before an ordinal's noun that name its series ("Masters" of "fifth Masters title"), sorted. */
const modifiersOf = (c: QuantityClaim) => (c.context.phrase ?? '').toLowerCase().split(' ').slice(0, -1).sort().join(' ');

/**
 * Ordinals are compared only when they rank the same thing in the same act: "his first term" (that
 * brought him to power) and "a second term" (that he won now) are two terms, not two counts of one.
 */
/**
 * Two ranks of one scope (ordinals.ts rankScope): the same span when both name one, and deeds that
 * share most of their words when both name one ("to score a hat-trick in a final" is not "to score
 * goals in every round").
 */
function sameScope(x: string | undefined, y: string | undefined): boolean {
  if (!x || !y) return true;
  const [sx, dx] = x.split('|');
  const [sy, dy] = y.split('|');
  if (sx && sy && sx !== sy) return false;
  if (!dx || !dy) return true;
  const a = dx.split(' ');
  const b = new Set(dy.split(' '));
  return a.filter((w) => b.has(w)).length * 2 >= Math.min(a.length, b.size);
}

/** Nouns of an ordinal that counts occasions ("the seventh time"). */
const OCCASIONS = new Set(['time', 'occasion']);
/** Nouns of an ordinal that names a place in an order ("in second place"). */
const PLACES = new Set(['place', 'position', 'rank', 'spot']);

/** How near in meaning two nouns must be to name one series of ordinals (synonyms, not neighbours). */
const SAME_SERIES_WORD = 0.8;

export function sameSeries(a: QuantityClaim, b: QuantityClaim, host: EngineHost): boolean {
  if (!a.context.noun || !b.context.noun) return false;
  // "the third deadliest crash", "the fourth deadliest": one ranking, whatever was done.
  // "the 16th-largest bank" and "the second-largest bank failure" rank two kinds of thing by one
  // measure: where both name what they rank, it must be one kind.
  if (a.context.superlative && b.context.superlative) return a.context.noun === b.context.noun && sameRanked(a, b);
  if (!sameScope(a.context.scope, b.context.scope)) return false;
  // A rank over a span ("his first green jacket since 2005", "the first team in 60 years") and a
  // different rank over all time ("his fifth Masters championship") are two rankings; the same rank
  // may still be one ("the sixth time since January 19", "the sixth day of the mobilization").
  if (a.quantity.low !== b.quantity.low && overSpan(a.context.scope) !== overSpan(b.context.scope)) return false;
  // So are ranks in series that other words before one noun name ("his fifth Masters title", "his
  // 15th major title"), or such a word and none ("his 15th major victory", "his 81st victory").
  if (a.quantity.low !== b.quantity.low && modifiersOf(a) !== modifiersOf(b)) return false;
  // An ordinal names its series by its noun: "the first player" and "the third team", "the 23rd
  // minute" and "the third goal" are two series, however near the words are in meaning; and "the
  // seventh time" counts occasions, no place in an order ("in second place"), whatever word vectors say.
  if ((OCCASIONS.has(a.context.noun) && PLACES.has(b.context.noun)) || (PLACES.has(a.context.noun) && OCCASIONS.has(b.context.noun))) return false;
  if (a.context.noun !== b.context.noun && wordSimilarity(a.context.nounForm ?? a.context.noun, b.context.nounForm ?? b.context.noun, host.vectors) <= SAME_SERIES_WORD) return false;
  const ev = (c: QuantityClaim) => c.context.events.filter((e) => e !== c.context.noun);
  const x = ev(a);
  const y = ev(b);
  const sameDeed = x.some((e) => y.includes(e));
  // Members of a series ("the first set", "a fifth set") meet only for the very same deed; one with
  // no deed read ("gave Argentina the lead, at 1-0 on a 23rd-minute penalty") meets only the very same rank,
  // which agrees, never another member.
  if (a.context.member || b.context.member) return sameDeed || ((!x.length || !y.length) && a.quantity.low === b.quantity.low);
  // Ranks of one noun in a story most often name different members ("came through a fifth set",
  // "after the first set I thought"): two with deeds meet only for one deed named alike, as members
  // do, not for deeds near in meaning; and one with no deed read around it ("at the start of the
  // fourth quarter") cannot be shown the member another report's deed was done in ("overcame a
  // 10-point deficit in the second quarter"): it meets only the very same rank, which agrees.
  return sameDeed || ((!x.length || !y.length) && a.quantity.low === b.quantity.low);
}

/** The noun a superlative's rank ranks ("largest bank failure": failure; "largest banks": bank), if any. */
const rankedNoun = (c: QuantityClaim) => (c.context.phrase?.includes(' ') ? c.context.phrase.slice(c.context.phrase.lastIndexOf(' ') + 1).replace(/(?<=[^s])s$/, '') : undefined);
const sameRanked = (a: QuantityClaim, b: QuantityClaim) => {
  const x = rankedNoun(a);
  const y = rankedNoun(b);
  return !x || !y || x === y;
};

/**
 * A rise and a fall are two changes: "Windows revenue is up 9%" is not "devices revenue decreased
 * 9%"; nor are a change from the quarter before and one from a year before; nor is a share of a
 * change ("energy contributed half of the monthly increase") a change ("rose 60% over the year").
 */
export function directionFactor(a: ClaimContext, b: ClaimContext): number {
  if (!a.sequential !== !b.sequential || !a.ofChange !== !b.ofChange) return OTHER_PART;
  // The yes side and the no side are two figures of votes, whatever their sizes; and a share of a
  // vote is a level, not a change ("64% voted against", "a 38% pay rise").
  if ((a.stance && b.stance && a.stance !== b.stance) || (a.stance && b.change) || (b.stance && a.change)) return OTHER_PART;
  const x = a.change;
  const y = b.change;
  // A rise and a fall of one named thing are one change told two ways: they disagree ("production
  // fell 10.2%" against "production up 18%"); with no such name, likely two changes.
  if (a.noun && a.noun === b.noun) return 1;
  return x && y && x !== 'change' && y !== 'change' && x !== y ? OTHER_PART : 1;
}

/**
 * Figures said of two different days ("1,500 flights on Friday", "1,360 flights on 21 July", a
 * Sunday) are two figures: daily counts differ from day to day. If one report has the day wrong,
 * its date says so, as a date of its own.
 */
export function dayFactor(a: QuantityClaim, b: QuantityClaim): number {
  const x = a.context.day;
  const y = b.context.day;
  // Only counts, shares and sums are tallied by the day: a measure or a length ("a magnitude 7.7
  // earthquake", "a 28-day journey") is of its thing, whichever day its clause tells of.
  // A day apart may be one day named in two time zones (Thursday night in Hawaii is Friday on the
  // mainland) or a count updated past midnight: two days or more are two tallies.
  if (x && y && DAILY.has(a.quantity.kind) && (daysApart(x, y) ?? 0) >= (stamped(a) && stamped(b) ? 1 : 2)) return OTHER_DAY;
  return momentsApart(a.context, b.context) ? OTHER_DAY : 1;
}

/**
 * A changing count read at a moment its clause gives ("As of Monday morning, about 2.7 million
 * customers were without power", "3,674,987 customers were experiencing outages at 3:28pm … on
 * Tuesday"): two such readings a day apart are two readings, not one count told on two days.
 */
const stamped = (c: QuantityClaim) => !!c.context.asOf || /\d/.test(c.context.moment ?? '');

/**
 * A price that "opened at $56.10" and one that "closed at $63.59" are two readings of one day, as a
 * runner's time at the start and at the finish. Word vectors set such verbs near each other (open,
 * close): they are told apart by name (doers.ts momentOf). Two readings in the course of a session
 * ("rose more than 7% in early trading", "rose by four percent during early trading") are two
 * moments too: a price moves all session.
 */
const momentsApart = (a: ClaimContext, b: ClaimContext) => !!a.moment && !!b.moment && (a.moment !== b.moment || a.moment === 'during');

const OTHER_DAY = 0.3;

/** Two figures each listed with the very same figure of the same thing ("… and six crew") count the same thing. */
export const partnerFactor = (a: ClaimContext, b: ClaimContext) => (a.partner && a.partner === b.partner ? SAME_PARTNER : 1);

const SAME_PARTNER = 1.5;

/**
 * "an 11-play, 64-yard drive", "a 16-yard pass": a count hyphened before a noun of what its things
 * make up measures that whole (quantities.ts sizeOfWhole), the drive; a plain count of its unit
 * that differs ("He also rushed for 66 yards", "ran for 27 yards") is of that whole only if its
 * sentence names it. The same count ("a three-train collision", "three trains") is one figure, as
 * the whole is made of those things. Either way round; reads the values (figureScore.ts).
 */
export function wholesApart(a: QuantityClaim, b: QuantityClaim): boolean {
  return a.quantity.low !== b.quantity.low && (madeOfOther(a, b) || madeOfOther(b, a));
}

function madeOfOther(whole: QuantityClaim, other: QuantityClaim): boolean {
  // Not "a 23-time grand slam champion": the times of a title, which meet a count of that title.
  if (!whole.context.whole || other.context.whole || whole.quantity.kind === 'duration' || whole.context.noun === 'time') return false;
  const made = /\s(\S+)$/.exec(whole.context.phrase ?? '')?.[1]?.toLowerCase();
  if (!made || made === whole.context.noun) return false;
  return !other.context.words.includes(made) && !other.context.events.includes(made) && !(other.context.phrase ?? '').toLowerCase().split(' ').includes(made);
}

/** The score of two figures of which one measures a whole the other does not name (wholesApart). */
export const OTHER_WHOLE = 0.4;

/**
 * Two figures each listed with a figure of the same thing that differs too ("an 11-play, 64-yard
 * drive" and "the 14-play, 75-yard drive"; "(one silver, five bronze)" and "27 silver and 24
 * bronze") describe two things: one source wrong twice over is rarer than two drives or two teams.
 * Two lists whose two figures add up to the same ("210 Democrats and 101 Republicans", "211
 * Democrats and 100 Republicans"; "42 silver and 44 bronze", "44 silver, 42 bronze") are one whole
 * told with a part moved or swapped: a real disagreement. Reads the values: applied outside the
 * memo of contexts (figureScore.ts).
 */
export function partnersApart(a: QuantityClaim, b: QuantityClaim): boolean {
  const [pa, pb] = [a.context.partner, b.context.partner];
  if (!pa || !pb || pa === pb) return false;
  const [x, y] = [splitPartner(pa), splitPartner(pb)];
  return x.noun === y.noun && x.value !== y.value && a.quantity.low !== b.quantity.low && x.value + a.quantity.low !== y.value + b.quantity.low;
}

const splitPartner = (p: string) => ({ value: Number(p.slice(0, p.indexOf(' '))), noun: p.slice(p.indexOf(' ') + 1) });

/** The score of two figures whose partners differ (partnersApart). */
export const OTHER_PARTNER = 0.3;
const DAILY = new Set(['count', 'percent', 'money']);
