// Finds figures in a text: counts, percentages, money, measures and durations, each normalised to
// [low, high] with its qualifier and precision (quantityAt.ts), and read for what it counts and what
// frame it holds.
import type { Analysis } from './nlp';
import type { Quantity, QuantityClaim } from './types';
import { isNumberWord } from './numbers';
import { DASHES, POSSESSIVES } from './lexicon';
import { claimBase, contextWords, eventsNear, harmSenses, lemmaOf, ownerAt } from './context';
import { timeAndPlace } from './clauseTime';
import { listRow } from './listRows';
import { type DoerHow, asideOf, clockIn, doerOf, eachByAfter, recipientOf, momentOf, nameBeforeBracket, nameOpeningLine, ownerOfIts, partyIn, verbOf } from './doers';
import { OFFER, agentAfter, agentOf, attributionOf, requestAt, requesterOf } from './parties';
import { measuresItsSubject, opensAsWhole } from './subjects';
import { ownMarkBefore, atSite, kindOfName } from './countedNoun';
import { excess, marginBy, rankMark, remainder } from './margins';
import { gradedHurt, narrowingIn, stageBefore, subjectNames } from './narrowing';
import { runAt } from './runs';
import { AGE, AGE_TO_COME, ageGroupAt, ageOf, ageSaid, isAge, yearsOld } from './ages';
import { changeOfFigureBefore, pricePerItem, comparedWithFigureBefore, elidedAfterAnd, figureBeforePronoun, picksOne, populationAt, sameUnitBefore, bearingAfter, measuredFrom, toldLater } from './neighbours';
import { alternatives, inAddition, unitAtListEnd, labelsListed, nounGivenOnce, ownersInBrackets, respectively, restatedShares, besideBeforeOneNoun, nounsListed, numberedLabels, secondOfSubject, unitGivenOnce } from './figureLists';
import { dimensionAfter, referenceAfter } from './dimensions';
import { dimensionOf } from './units';
import { stanceAt } from './stance';
import { recordSpanOf } from './ordinals';
import { SCORE, opponentOf } from './scores';
import { shareOfChange } from './fractions';
import { figureOpening } from './figureOpeners';
import { extremeOf } from './temperatures';
import { readHedge } from './figures';
import { markOf } from './marks';
import { CHANGE_WORDS, asOfAt, changeOf, isRisenTo, givenWithRisen, isSequential, isAttributive, isForecast, isGuess, isPrevious, isProjection, fromValueAt, isTally, ownedNow } from './status';
import { basisOf, countProgress, isAverage, isInterim } from './counting';

export function extractQuantities(an: Analysis, path: string, skip: Uint8Array): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  /** The tokens of the subject each figure was read of, if it was (see respectively). */
  const subjectSpans: ([number, number] | undefined)[] = [];
  const n = an.values.length;
  // The names the document is about (subjectNames), read once and only if a figure asks.
  let subjects: Set<string> | undefined;
  const subjectsOf = () => (subjects ??= subjectNames(an));
  for (let i = 0; i < n; i++) {
    // No figure opens with a punctuation mark: the cheap test first, at every token.
    if (skip[i] || an.types[i] === 'punctuation') continue;
    const claim = figureOpening(an, i);
    if (!claim) continue;
    const { q, first, last } = claim;
    readHedge(an, q, first);
    const changed = claim.nounInfo.noun ? undefined : pricePerItem(an, q, first, last) ?? changeOfFigureBefore(an, q, first, out) ?? figureBeforePronoun(an, q, first, out) ?? sameUnitBefore(an, q, first, last, out) ?? comparedWithFigureBefore(an, q, first, out) ?? elidedAfterAnd(an, q, first, last, out);
    // "Mahomes is 28 and …": the name that is 28 is the person aged so, not what the figure counts.
    const person = q.unit === 'year' ? yearsOld(an, first, last) : q.unit ? undefined : claim.nounInfo.noun ? (first === last && isAge(q.low) ? ageSaid(an, first) : undefined) : ageOf(an, first, last, q.low);
    const age = person ? { ...claim.nounInfo, noun: AGE, nounForm: AGE, phrase: AGE } : undefined;
    const bearing = bearingAfter(an, q, last) ?? measuredFrom(an, q, last);
    const told = age ?? populationAt(an, first, claim.nounInfo) ?? (bearing || changed ? { ...claim.nounInfo, ...(bearing ?? changed) } : claim.nounInfo);
    // "Just before the three-minute mark", "shortly before the four-minute mark": a point of time
    // into an event, which only what happened at it tells apart from another: no counted noun.
    const namedKind = kindOfName(an, told.span);
    const nounInfo = q.kind === 'duration' && told.noun === 'mark' ? { ...told, noun: undefined, nounForm: undefined, phrase: undefined } : namedKind ? { ...told, ...namedKind } : told;
    // A rate's base by head after its noun ("31 cases per 100,000 residents") is no figure of its own.
    for (let k = first, end = q.per ? Math.max(last, nounInfo.last) : last; k <= end; k++) skip[k] = 1;
    if (picksOne(an, claim.first, q, nounInfo.noun, nounInfo.last)) {
      i = last;
      continue;
    }
    const verb = verbOf(an, first);
    // "a total deployment of 15,000": the figure belongs to the noun, not to the clause's verb.
    const events = nounInfo.before ? deedOf(an, verb, nounInfo) : eventsNear(an, first, last);
    if (nounInfo.noun && deedNoun(nounInfo.noun) && !events.includes(nounInfo.noun)) events.push(nounInfo.noun);
    const how: DoerHow = {};
    // "Talvor beat the 23-time grand slam champion": the times of a title are the titled one's, and
    // one named as the verb's object is not its subject ("Okafor, who has 24 titles", is that champion).
    const titleOfObject = nounInfo.noun === 'time' && verb >= 0 && verb < first && an.pos.slice(verb + 1, first).every((p) => p === 'DET' || p === 'ADJ');
    const doer = titleOfObject ? undefined : eachByAfter(an, last) ?? recipientOf(an, first, Math.max(last, nounInfo.last)) ?? doerOf(an, verb, true, how) ?? ownerOfIts(an, last) ?? (nounInfo.last > last ? ownerOfIts(an, nounInfo.last) : undefined) ?? nameBeforeBracket(an, first) ?? nameOpeningLine(an, first);
    const words = contextWords(an, first, Math.max(last, nounInfo.last));
    // "which claimed 225 lives", "cost 80 lives": lives taken are deaths (not lives saved).
    if (nounInfo.noun === 'life' && verb >= 0 && LIVES_TAKEN.has(lemmaOf(an, verb)) && !events.includes('death')) events.push('death');
    // "19 136 people [who] lost their lives": the people who lost their lives died.
    else if (lostTheirLives(an, Math.max(last, nounInfo.last)) && !events.includes('death')) events.push('death');
    // "Seventy-nine bodies have been recovered": bodies counted are the dead.
    else if (nounInfo.nounForm === 'bodies' && !events.includes('death')) events.push('death');
    const request = requestAt(an, first, last);
    const progress = q.kind === 'percent' ? countProgress(an, first) : undefined;
    const forecast = isForecast(an, first, last, nounInfo);
    // The value a change moves from is what is now, not what will be ("will increase 76% from the current $18,684 … to $32,830").
    const projected = !isAttributive(an, first, true) && !fromValueAt(an, first) && !ownedNow(an, first) && isProjection(an, first, last);
    const length = q.kind === 'measure' && dimensionOf(q.unit) === 'length';
    out.push({
      kind: 'quantity',
      ...claimBase(an, path, 'q', an.starts[claim.named ?? first], an.ends[Math.max(last, nounInfo.last)], first),
      quantity: q,
      context: {
        noun: nounInfo.noun,
        nounForm: nounInfo.nounForm,
        phrase: nounInfo.phrase,
        narrowing: withStage(changed ? changed.narrowing : nounInfo.span && narrowingIn(an, nounInfo.span, nounInfo.nounForm, subjectsOf()), stageBefore(an, first)),
        narrowedBy: eachOpens(an, first) ? [...(nounInfo.narrowedBy ?? []), 'each'] : nounInfo.narrowedBy,
        events,
        words,
        increment: nounInfo.increment || undefined,
        run: (q.kind === 'count' && runAt(an, first, last, Math.max(last, nounInfo.last))) || undefined,
        projection: projected || forecast || (!!person && AGE_TO_COME.has(an.lower[first - 1])) || enoughToSupply(an, first) || undefined,
        reckoned: toldLater(an, q, last),
        margin: (q.kind === 'count' && (marginBy(an, first, nounInfo.noun) || rankMark(an, first) || remainder(an, first, Math.max(last, nounInfo.last)) || excess(an, last, Math.max(last, nounInfo.last)))) || undefined,
        guess: (projected && isGuess(an, first, last)) || undefined,
        forecast: forecast || undefined,
        requested: request >= 0 || undefined,
        offered: (request >= 0 && OFFER.has(an.lower[request])) || undefined,
        requester: request >= 0 ? requesterOf(an, request) : undefined,
        tally: (q.kind !== 'percent' && isTally(an, first, Math.max(last, nounInfo.last))) || undefined,
        change: q.kind === 'count' && signedUp(an, first) ? 'up' : q.kind === 'percent' ? changeOf(an, first, last) : q.kind === 'count' && !forecast ? changeOf(an, first, last, false) : undefined,
        opponent: q.unit === SCORE ? opponentOf(an, first) : undefined,
        recordSpan: q.kind === 'duration' ? recordSpanOf(an, first) : undefined,
        dimension: q.kind === 'measure' ? dimensionAfter(an, first, last, length) : undefined,
        reference: length ? referenceAfter(an, first, last) : undefined,
        describes: (q.kind === 'measure' && !!nounInfo.noun && isAttributive(an, first)) || undefined,
        row: !!listRow(an, first - 1) || undefined,
        ofChange: (q.kind === 'percent' && shareOfChange(an, last)) || undefined,
        stance: q.kind === 'percent' || (q.kind === 'count' && !q.unit && !(DASHES.has(an.values[last + 1] ?? '') && an.ends[last] === an.starts[last + 1])) ? stanceAt(an, first, Math.max(last, nounInfo.last), nounInfo.noun, q.kind === 'count') : undefined,
        sequential: (q.kind === 'percent' && isSequential(an, Math.max(last, nounInfo.last))) || undefined,
        previous: (isPrevious(an, first, last, Math.max(last, nounInfo.last)) && !(request >= 0 && OPENING.has(an.lower[request - 1]))) || undefined,
        mark: markOf(an, first, last, Math.max(last, nounInfo.last)),
        risen: (q.kind === 'count' && (isRisenTo(an, first) || givenWithRisen(an, first))) || undefined,
        asOf: (q.kind === 'count' && asOfAt(an, first, last)) || undefined,
        interim: isInterim(an, first) || undefined,
        counted: progress && !progress.self ? progress.counted : undefined,
        progress: progress?.self || undefined,
        average: isAverage(an, first) || undefined,
        basis: basisOf(an, first, last),
        ageGroup: ageGroupAt(an, first, Math.max(last, nounInfo.last)),
        part: nounInfo.part || (q.kind === 'count' && ((harmSenses(events).length > 0 && atSite(an, Math.max(last, nounInfo.last))) || gradedHurt(an, Math.max(last, nounInfo.last)))) || undefined,
        whole: wholeAfterPart(an, first) || opensAsWhole(an, first) || sizeOfWhole(an, last, nounInfo) || undefined,
        kind: (q.kind === 'count' && namesAKind(an, first, last, nounInfo)) || undefined,
        within: nounInfo.within === undefined ? undefined : figureAt(out, an.starts[nounInfo.within]),
        own: ownMarkBefore(an, first) || undefined,
        ...timeAndPlace(an, first, last),
        agent: person ?? agentOf(an, first) ?? (q.kind === 'percent' ? agentAfter(an, Math.max(last, nounInfo.last)) : undefined),
        attribution: attributionOf(an, an.sentenceOf[first], first),
        doer,
        owns: how.owns,
        described: how.described,
        aside: (doer && asideOf(doer, subjectsOf())) || undefined,
        party: doer || titleOfObject ? undefined : partyIn(words, subjectsOf()),
        moment: (calendarSpan(q) ? undefined : momentOf(an, verb, first, q.kind === 'percent' || q.kind === 'money')) ?? extremeOf(q.unit, words) ?? (q.kind === 'count' ? clockIn(an, first) : q.kind === 'duration' && CLOCK_UNITS.has(q.unit ?? '') ? elapsedAt(an, first, verb) : undefined),
      },
    });
    subjectSpans.push(nounInfo.before ? nounInfo.span : undefined);
    i = last;
  }
  ownersInBrackets(an, out, (span, form) => narrowingIn(an, span, form, subjectsOf()));
  unitAtListEnd(an.text, out);
  respectively(an, out, subjectSpans, (span, form) => narrowingIn(an, span, form, subjectsOf()));
  secondOfSubject(an.text, out, subjectSpans);
  besideBeforeOneNoun(an.text, out);
  nounsListed(an.text, out);
  numberedLabels(an.text, out);
  return restatedShares(an.text, alternatives(an.text, inAddition(an.text, labelsListed(an.text, unitGivenOnce(nounGivenOnce(an, out))))));
}


/** Verbs that take lives: "claimed 225 lives", "cost", "took", "lost". */
const LIVES_TAKEN = new Set(['claim', 'cost', 'take', 'lose']);

/**
 * "Each jury awarded points to their 10 most favoured songs, with a maximum of 12 points going to
 * their top choice": a sentence whose subject opens with "each" or "every" gives every figure of
 * it for one member of a group, a part of any total, not the total another report gives.
 */
function eachOpens(an: Analysis, first: number): boolean {
  const s0 = an.sentences[an.sentenceOf[first]][0];
  const k = an.types[s0] === 'punctuation' ? s0 + 1 : s0;
  return (an.lower[k] === 'each' || an.lower[k] === 'every') && (an.pos[k + 1] === 'NOUN' || an.lower[k + 1] === 'of') && first > k + 1;
}

/** Whether "lost their lives" follows the figure's words closely, in its clause ("people [who] lost their lives"). */
function lostTheirLives(an: Analysis, last: number): boolean {
  for (let k = last + 1; k <= last + 4 && k < an.values.length; k++) {
    if (/^[,;:.]$/.test(an.values[k])) return false;
    if (lemmaOf(an, k) !== 'lose') continue;
    const j = POSSESSIVES.has(an.lower[k + 1]) ? k + 2 : k + 1;
    return an.lower[j] === 'life' || an.lower[j] === 'lives';
  }
  return false;
}

/** The narrowing words with the stage a figure is of, if any ("an immediate 11% raise"). */
function withStage(narrowing: string[] | undefined, stage: string | undefined): string[] | undefined {
  return stage ? [...(narrowing ?? []), stage] : narrowing;
}

/** "The UAW initially demanded 36%": a demand is the opening position already, not an earlier value of one. */
const OPENING = new Set(['initially', 'originally']);

/** The quantity of the figure extracted so far that holds the offset. */
function figureAt(out: QuantityClaim[], at: number): Quantity | undefined {
  const c = out.find((x) => x.span.start <= at && at < x.span.end);
  return c?.quantity;
}

/**
 * "four of the six states", "48 of its 365 seats", "half of East Palestine's 4,671 residents": the
 * figure after "of", a determiner or an owner's name, and a part (a figure or a fraction) is the
 * whole.
 */
function wholeAfterPart(an: Analysis, first: number): boolean {
  let k = first - 1;
  if (WHOLE_DETERMINERS.has(an.lower[k])) k--;
  else if (ownerAt(an, k)) {
    for (k -= 1; an.pos[k] === 'PROPN' || an.pos[k] === 'NOUN'; k--);
    if (an.pos[k] === 'DET') k--;
  } else return false;
  const part = an.lower[k - 1] ?? '';
  return an.lower[k] === 'of' && (an.types[k - 1] === 'number' || isNumberWord(part) || PARTS.has(part));
}

/** Fractions that "of" follows ("half of", "a third of", "two-thirds of"): a part of what follows. */
const PARTS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);

const WHOLE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/**
 * The noun a count hyphened to a word stands before ("a 150-car train": train; "3-point attempts":
 * attempts), in lower case, when the count is so written.
 */
function nounAfterHyphened(an: Analysis, last: number, nounInfo: { phrase?: string }): string | undefined {
  const joined = DASHES.has(an.values[last + 1] ?? '') && an.ends[last] === an.starts[last + 1];
  const words = (nounInfo.phrase ?? '').toLowerCase().split(' ');
  const made = words[words.length - 1];
  return joined && words.length > 1 && words[0] === an.lower[last + 2] && made !== words[0] ? made : undefined;
}

const plural = (w: string) => /[^s]s$/.test(w);

/**
 * "a 150-car train", "a 141-car Norfolk Southern train": a count hyphened before the noun of what
 * its things make up is the size of that whole, which a count of some of them ("about 50 train cars
 * were involved") lies below.
 */
function sizeOfWhole(an: Analysis, last: number, nounInfo: { phrase?: string }): boolean {
  const made = nounAfterHyphened(an, last, nounInfo);
  return !!made && !plural(made) && !CHANGE_WORDS.has(made) && !DIFFERENCES.has(made);
}

/**
 * "14 of 63 3-point attempts", "two-bedroom homes": a count hyphened before a plural noun names a
 * kind of those things (each attempt is worth three points), not a count the story keeps; but the
 * things a definite word points to are the story's own, and the count measures each ("in the
 * 31-story skyscrapers" / "eight towers, each 32 storeys high").
 */
function namesAKind(an: Analysis, first: number, last: number, nounInfo: { phrase?: string }): boolean {
  const made = nounAfterHyphened(an, last, nounInfo);
  return !!made && plural(made) && !DEFINITE.has(an.lower[first - 1] ?? '');
}

const DEFINITE = new Set(['the', 'these', 'those', 'both', ...POSSESSIVES]);

/**
 * "Leading 2-0 after 73 minutes", "The match ended 3-3 after 120 minutes": a duration after "after"
 * is the time elapsed when its clause's deed was done, a moment of that deed, which another deed's
 * moment rightly differs from ("rescued after 17 hours" still meets "freed after 16 hours").
 */
function elapsedAt(an: Analysis, first: number, verb: number): string | undefined {
  const k = beforeJust(an, first);
  if (an.lower[k] !== 'after') return undefined;
  // The verb the duration's clause tells, or else the nearest before "after" ("The match ended 3-3
  // after 120 minutes", "Leading 2-0 after 73 minutes").
  const s0 = an.sentences[an.sentenceOf[first]][0];
  let v = verb;
  for (let j = k - 1; v < 0 && j >= Math.max(s0, k - 8); j--) if (an.pos[j] === 'VERB') v = j;
  return v >= 0 ? `after ${lemmaOf(an, v)}` : undefined;
}

/**
 * The token before a figure, past "just" ("after just 90 minutes"); a hedge ("about", "some") already
 * opens the figure's claim (quantityAt).
 */
const beforeJust = (an: Analysis, first: number) => (an.lower[first - 1] === 'just' ? first - 2 : first - 1);
/**
 * Time within one event (a match, a flight) is told in seconds, minutes and hours; "after 14 years
 * in power" or "after more than seven weeks" tells how long a state lasted, a length like any other.
 */
const CLOCK_UNITS = new Set(['second', 'minute', 'hour']);

/**
 * "ended a 47-year wait", "began a four-year term": a span of days or more is no reading taken at
 * a moment, as a price at the close or a runner's time at the finish is; the verb that starts or
 * ends it says nothing of which span it is.
 */
const calendarSpan = (q: Quantity) => q.kind === 'duration' && !CLOCK_UNITS.has(q.unit ?? '');

/**
 * "enough power to serve approximately two million homes", "enough to fill 400 Olympic pools": a
 * size told as what it could supply, no count of anything that happened.
 */
function enoughToSupply(an: Analysis, first: number): boolean {
  const s0 = an.sentences[an.sentenceOf[first]][0];
  const k = beforeJust(an, first);
  if (!SUPPLY.has(lemmaOf(an, k)) || an.lower[k - 1] !== 'to') return false;
  for (let j = k - 2; j >= Math.max(s0, k - 5); j--) if (an.lower[j] === 'enough') return true;
  return false;
}

const SUPPLY = new Set(['power', 'serve', 'supply', 'fill', 'feed', 'heat', 'light']);

/** What a hyphened count may name that is no whole made of its things: a difference ("a 12-vote margin"). */
const DIFFERENCES = new Set(['margin', 'lead', 'gap', 'deficit', 'advantage', 'edge', 'majority']);

/**
 * "his brother-in-law had won 5,000 dollars": an amount whose subject is named before a verb of
 * doing is what that subject did (won), not a measure of the subject, as after a verb of being or
 * of change ("revenue was $5 billion", "shares rose 6%"). After a verb of giving or paying the
 * deed names the amount itself ("had paid 5,000 dollars": countedNoun.ts).
 */
function deedOf(an: Analysis, verb: number, nounInfo: { span?: [number, number] }): string[] {
  if (verb < 0 || an.pos[verb] !== 'VERB' || !nounInfo.span || nounInfo.span[1] >= verb) return [];
  return measuresItsSubject(an, verb) ? [] : [lemmaOf(an, verb)];
}

/**
 * "Labour 410 (+210)": a count written with a plus sign is a rise, the change of the count before it
 * (a percentage with one, "+4.3% previously", is as often a growth rate read as a level).
 */
const signedUp = (an: Analysis, first: number) => an.values[first].startsWith('+') && an.types[first] === 'number';

/**
 * The counted noun is one of the figure's events too ("12,000 job cuts", "80 deaths", "a deployment
 * of 15,000"): two counts of one noun share a deed even told with other verbs. Not "people", the
 * most general noun of persons, which names no deed: "central and South Asia, which has 2.1 billion
 * people" and "the world's population hit 8 billion people" share only their noun, and what people
 * did is in the verb.
 */
const deedNoun = (noun: string) => noun !== 'people' && noun !== 'person';
