// The group a figure counts and the party it is a share of, as the same-thing score weighs them:
// a named part is not the whole, another party's share is not this one's (frame.ts weighs the rest).
import type { ClaimContext, EngineHost, QuantityClaim } from './types';
import { wordSimilarity } from './similarity';
import { STOPWORDS } from './lexicon';
import { STAGES } from './narrowing';
import { countryOf, sameCountry } from './countries';

/** Small whole numbers ("two doses") count many things in one story. */
export const isSmallCount = (c: QuantityClaim) => c.quantity.kind === 'count' && c.quantity.high <= 12 && Number.isInteger(c.quantity.high);

/**
 * A document that splits a figure among parties ("Sisi won 21,835,378 votes, Moussa won 656,534")
 * gives each party's share, not the total: a share meets only the same party's share, never the
 * whole ("24 million cast") or another party's.
 */
export function shareFactor(a: QuantityClaim, b: QuantityClaim): number {
  const x = a.context.share;
  const y = b.context.share;
  if (!x && !y) return 1;
  if (x && y) return sameParty(x, y) ? 1 : 0.2;
  // "2. Croatia: Baby Lasagna with 547 points" in a report that splits the points among parties, and
  // "Croatia's Baby Lasagna was given 574 points" in one that names the same party as the doer.
  const [party, other] = x ? [x, b.context] : [y!, a.context];
  const named = other.doer ?? other.agent;
  return named && sameParty(party, named.toLowerCase()) ? 1 : 0.3;
}

/**
 * "Lai secured around 40.06% of the vote" and "William Lai … received 5,586,019 votes, or 40.05
 * percent": in two reports that each split a whole among named parties, two shares of the same
 * named party are that party's share, whatever else their sentences say; so are two per cents said
 * to be won by the same named party ("the 54.71% achieved by López Obrador in 2018", "the 53.2%
 * that his predecessor, Andrés Manuel López Obrador, obtained in the 2018 election").
 */
export function sameShare(a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.quantity.kind !== 'percent' || b.quantity.kind !== 'percent') return false;
  const x = wonBy(a.context);
  const y = wonBy(b.context);
  return !!x && !!y && sameParty(x, y);
}

/** The named party a share is of: the one its report splits the whole for, or the one said to have won it. */
const wonBy = (c: ClaimContext) => [c.share, c.agent].find((x) => x && x !== '?');

/** "hou" and "hou yu-ih", "sisi" and "al-sisi": a name given in full and in part is one party; "?" is a party unnamed. */
function sameParty(x: string, y: string): boolean {
  const words = (p: string) => p.split(' ');
  return x === y || x === '?' || y === '?' || x.endsWith(y) || y.endsWith(x) || words(x).some((w) => words(y).includes(w)) || sameCountry(x, y);
}

/**
 * The words that narrow what a figure is about: "devices revenue" is not "Windows revenue", and
 * "two passenger trains" are some of the "three trains". A share or an amount said of differently
 * named parts belongs to different parts; a small count narrowed by a common word ("passenger",
 * "lesser") counts a part of the other's group.
 */
export function groupFactor(a: QuantityClaim, b: QuantityClaim, host: EngineHost): number {
  // A first step ("an immediate 11% raise") is not the whole ("a 25% raise over the contract").
  if (staged(a.context) !== staged(b.context)) return OTHER_PART;
  // "32 Kenyans", "18 Ethiopians": the peoples of two countries are two groups, however near their
  // names lie in word vectors.
  if (peoplesApart(a.context.noun, b.context.noun)) return OTHER_PART;
  // Things a report lists side by side ("40 gold, 27 silver and 24 bronze") are different things,
  // however near their words lie in meaning.
  if (listedApart(a.context, b.context) || listedApart(b.context, a.context)) return OTHER_PART;
  // And an item of such a list counts its own kind, a part of any total: "44 bronze" is no count
  // of "34 total medals", which names no kind of the list, whatever their nouns share in meaning.
  if (kindOfList(a.context, b.context) || kindOfList(b.context, a.context)) return OTHER_PART;
  if (twoThingsMeasured(a.context, b.context, host)) return OTHER_PART;
  const x = modifiers(a.context);
  const y = modifiers(b.context);
  const share = a.quantity.kind === 'percent' || a.quantity.kind === 'money';
  // So is a count named by its part in brackets ("health care (up 72,300 jobs)"): another part's
  // count ("leisure and hospitality (up some 49,000 jobs)") and the whole's are other figures.
  if (share || a.context.owner || b.context.owner) {
    // Named parts decide: "Xbox content and services" is not "Azure and other cloud services", and
    // "Windows revenue is up 9%" is not "revenue up 18%" (a named part and the whole).
    const nx = a.context.narrowing ?? [];
    const ny = b.context.narrowing ?? [];
    const count = (p: string[], q: string[]) => p.filter((w) => q.some((v) => v.toLowerCase() === w.toLowerCase())).length;
    const shared = (p: string[], q: string[]) => count(p, q) > 0;
    const names = (p: string[]) => p.filter((w) => /^\p{Lu}/u.test(w));
    // One word in common among several is not one part: "productivity and business processes" is
    // not "business sales of Office products and cloud services".
    const mostlyShared = (p: string[], q: string[]) => count(p, q) * 2 >= Math.min(p.length, q.length);
    if (nx.length && ny.length && (!mostlyShared(nx, ny) || (names(nx).length && names(ny).length && !shared(names(nx), names(ny))))) return OTHER_PART;
    // "the value of the deal" and "The deal comes in at a value": a thing the other figure's clause
    // names itself, not by a name, narrows neither to a part.
    const toldToo = (p: string[], o: ClaimContext) => p.every((w) => /^\p{Ll}/u.test(w) && o.words.includes(w));
    if (a.context.noun && b.context.noun && !nx.length !== !ny.length && !(nx.length ? toldToo(nx, b.context) : toldToo(ny, a.context))) return OTHER_PART;
  }
  // A group named by one people is not a group named by another: "32 Kenyan nationals" are not
  // "eight Chinese nationals", whatever the sizes (a country and its people's adjective, "Kenya" and
  // "Kenyan", are one).
  if (namesApart(a.context, b.context)) return OTHER_PART;
  // And the members of one people ("32 Kenyan nationals") are no count of peoples ("35 countries",
  // "35 nationalities").
  if ((ofOnePeople(a.context) && countsPeoples(b.context)) || (ofOnePeople(b.context) && countsPeoples(a.context))) return OTHER_PART;
  // "More than 40% of India's residents are under the age of 25" is not "about 25 per cent … in
  // the age group of 0-14 years", nor a share of all ages.
  if (a.context.ageGroup !== b.context.ageGroup) return OTHER_PART;
  // So must the titles of times ("a seven-time Wimbledon king", "a 23-time grand slam champion"):
  // what the times are of is the thing counted (countedNoun.ts).
  const titles = a.context.noun === 'time' && b.context.noun === 'time';
  // And the times of a title meet another count only of that title ("23 grand slam titles"), not a
  // count of anything else ("a 34-match winning streak", a bare "20").
  const timesOf = (c: QuantityClaim) => c.quantity.kind === 'count' && c.context.noun === 'time';
  if (!titles && timesOf(a) !== timesOf(b)) {
    const [t, o] = timesOf(a) ? [a, b] : [b, a];
    const words = (c: ClaimContext) => c.phrase?.toLowerCase().match(/\p{L}+/gu) ?? [];
    const title = words(t.context).filter((w) => w !== 'time' && w !== 'times');
    const other = words(o.context);
    if (title.length && !title.some((w) => other.some((v) => v.startsWith(w) || w.startsWith(v)))) return OTHER_PART;
  }
  // "10-year government bonds", "two-year gilts": a term hyphened before a plural noun names a kind
  // of thing (each of them runs that long), not a span the story measures ("14 years in power"): it
  // meets only a term of things its noun names.
  if (kindOfThing(a) !== kindOfThing(b)) {
    const [k, o] = kindOfThing(a) ? [a, b] : [b, a];
    if (o.context.noun !== k.context.noun) return OTHER_PART;
  }
  // So is a count hyphened before a plural noun ("3-point attempts", "two-bedroom homes"): the
  // points of each attempt, not a count the story keeps ("two points", "14 3-point attempts").
  if (!a.context.kind !== !b.context.kind) return OTHER_PART;
  // A group narrowed by a participle ("four countries neighboring the DRC") is a part of any other
  // ("13 African countries"), whatever their size, unless both are narrowed alike, after the noun
  // or before it ("people eligible to vote", "eligible voters").
  const px = a.context.narrowedBy ?? [];
  const py = b.context.narrowedBy ?? [];
  const alike = (p: string[], o: ClaimContext) => p.some((w) => (o.narrowedBy ?? []).includes(w) || opensAWord(o.phrase, w));
  if ((px.length || py.length) && !alike(px, b.context) && !alike(py, a.context)) return OTHER_PART;
  if (x.length && y.length && (share || titles || (isSmallCount(a) && isSmallCount(b)))) {
    // Word vectors set antonyms near ("half" and "full"): counted things must share the word itself.
    for (const p of x) for (const q of y) if (p === q || (share && wordSimilarity(p, q, host.vectors) > 0.5)) return 1;
    return OTHER_PART;
  }
  if (!isSmallCount(a) || (x.length && y.length)) return 1;
  const narrowed = (m: string[], c: ClaimContext) => m.some((w) => opensAWord(c.phrase, w, true));
  return narrowed(x, a.context) || narrowed(y, b.context) ? 0.7 : 1;
}

/** b is named, by its noun or a word that narrows it ("27 silver medals"), as another item of a's list ("40 gold, 27 silver"). */
const listedApart = (a: ClaimContext, b: ClaimContext) => !!a.listedWith && [b.noun, ...(b.narrowing ?? []).map((w) => w.toLowerCase())].some((w) => !!w && w !== a.noun && a.listedWith!.includes(w));

/** a is an item of a list of kinds ("24 bronze"), b a total whose noun and narrowing name another thing ("34 total medals"). */
function kindOfList(a: ClaimContext, b: ClaimContext): boolean {
  if (!a.listedWith?.length || !a.noun || b.basis !== 'gross' || !b.noun || b.noun === a.noun) return false;
  return !(b.narrowing ?? []).some((w) => w.toLowerCase() === a.noun) && !opensAWord(b.phrase, a.noun);
}

function namesApart(a: ClaimContext, b: ClaimContext): boolean {
  const x = peoplesIn(a);
  const y = peoplesIn(b);
  const one = (p: string, q: string) => p.startsWith(q) || q.startsWith(p);
  return x.length > 0 && y.length > 0 && !x.some((p) => y.some((q) => one(p, q)));
}

/** The peoples' adjectives that narrow a counted phrase, lower case ("Kenyan nationals" → kenyan). */
const peoplesIn = (c: ClaimContext) => (c.narrowing ?? []).filter((w) => PEOPLE.test(w)).map((w) => w.toLowerCase());

/** Members of one people: not "13 African countries", which counts peoples of one continent. */
const ofOnePeople = (c: ClaimContext) => !countsPeoples(c) && peoplesIn(c).length > 0;
const countsPeoples = (c: ClaimContext) => !!c.noun && PEOPLES.has(c.noun);
const PEOPLES = new Set(['country', 'nation', 'nationality']);

/**
 * A people's adjective, by its ending: Kenyan, Italian, Chinese, British, Pakistani, French. Not a
 * maker's or a product's name ("Microsoft devices" and "Windows devices" are one count).
 */
const PEOPLE = /^\p{Lu}\p{Ll}+(an|ese|ish|i|ch)$/u;

/**
 * The words of a figure's counted phrase before its head noun, lower case: "North Korean troops" →
 * north, korean. Not a noun after it: "a three-train collision" counts trains of any kind.
 */
function modifiers(c: ClaimContext): string[] {
  if (!c.phrase || !c.nounForm) return [];
  const words: string[] = c.phrase.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? [];
  const head = words.lastIndexOf(c.nounForm);
  return (head >= 0 ? words.slice(0, head) : words).filter((w) => w !== c.noun && !STOPWORDS.has(w) && !GROUP_FILLER.has(w));
}

export const OTHER_PART = 0.4;

/**
 * "The 295-foot spire", "the two iconic 69-meter (226-foot) bell towers": a measure hyphened
 * before a noun measures the thing the noun names, so two such measures of unlike things are two
 * things, however near their sentences; nouns near in meaning name one thing ("the 948-foot-long
 * cargo vessel", "the 985-foot-long ship"). Word vectors set parts of one building near each other
 * ("spire", "tower"): only nouns nearer than SAME_THING_NOUN are taken for one.
 */
function twoThingsMeasured(a: ClaimContext, b: ClaimContext, host: EngineHost): boolean {
  if (!a.describes || !b.describes || !a.noun || !b.noun || a.noun === b.noun) return false;
  return wordSimilarity(a.noun, b.noun, host.vectors) < SAME_THING_NOUN;
}

const SAME_THING_NOUN = 0.7;

const staged = (c: ClaimContext) => !!c.narrowing?.some((w) => STAGES.has(w));

/** Words in a counted phrase that do not narrow the group. */
const GROUP_FILLER = new Set(['more', 'other', 'additional', 'further', 'extra', 'total', 'overall', 'new', 'estimated', 'some', 'least', 'than', 'nearly', 'almost', 'about', 'around', 'only', 'just', 'over', 'under', 'roughly', 'approximately']);


/** A term hyphened before a plural noun ("10-year government bonds"): see groupFactor. */
function kindOfThing(c: QuantityClaim): boolean {
  const { noun, nounForm } = c.context;
  return c.quantity.kind === 'duration' && !!noun && !!nounForm && nounForm !== noun && HYPHENED_TERM.test(c.text);
}

const HYPHENED_TERM = /^[\p{L}\d.]+[-‑](?:year|month|week|day|hour|minute)\b/iu;

/** Whether a word of `phrase` starts with `w` (as written, or in lower case). */
function opensAWord(phrase: string | undefined, w: string, asWritten = false): boolean {
  return (asWritten ? phrase ?? '' : (phrase ?? '').toLowerCase()).split(/\s+/).some((x) => x.startsWith(w));
}

function peoplesApart(x: string | undefined, y: string | undefined): boolean {
  if (!x || !y || x === y) return false;
  const [cx, cy] = [countryOf(x), countryOf(y)];
  return !!cx && !!cy && cx !== cy;
}
