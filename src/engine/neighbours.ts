// What a figure measures, told by its neighbours: the figure before it (", up 18%" after an amount;
// "it rose to 90 percent" after "efficacy fell to 62 percent"), the place it is home to, or another
// of the same thing that makes its "one" a pick rather than a count.
import { tokenAt, type Analysis } from './nlp';
import type { Quantity, QuantityClaim } from './types';
import { clauseOf, lemmaOf, spanText } from './context';
import { pronounSubject } from './subjects';
import { KINDS_OF_PLACE } from './places';
import type { Found } from './figures';
import { CHANGE_WORDS } from './status';
import { dimensionOf } from './units';

/** What a figure measures, as a figure after it takes it over. */
type Measured = Pick<QuantityClaim['context'], 'noun' | 'nounForm' | 'phrase' | 'narrowing'>;

/** The figure found just before the one at `first`, in its sentence, when it names what it measures. */
function namedBefore(an: Analysis, first: number, found: QuantityClaim[]): QuantityClaim | undefined {
  const prev = found[found.length - 1];
  return prev?.context.noun && prev.sentence.start === an.starts[an.sentences[an.sentenceOf[first]][0]] ? prev : undefined;
}

const measuredBy = (prev: QuantityClaim): Measured => ({ noun: prev.context.noun, nounForm: prev.context.nounForm, phrase: prev.context.phrase, narrowing: prev.context.narrowing });

/**
 * "revenue of $62.02 billion in the quarter, up 18%": a change set after a figure, past a comma, is
 * the change of what that figure measures.
 */
export function changeOfFigureBefore(an: Analysis, q: Quantity, first: number, found: QuantityClaim[]): Measured | undefined {
  if (q.kind !== 'percent') return undefined;
  // ", up 18%", ", a rise of 15 per cent", ", down by 3%"
  let k = first - 1;
  while (k > first - 5 && (an.pos[k] === 'DET' || an.lower[k] === 'of' || an.lower[k] === 'by' || CHANGE_WORDS.has(lemmaOf(an, k)) || CHANGE_WORDS.has(an.lower[k]))) k--;
  // ", up 18%"; "was $19.2 billion and increased 13 per cent": the same subject, its change.
  if (k === first - 1 || (an.values[k] !== ',' && an.lower[k] !== 'and')) return undefined;
  const prev = namedBefore(an, first, found);
  if (!prev || prev.span.end > an.starts[k]) return undefined;
  // "production of 430,488 units, a 10.2% decline": the change is of what the figure is an amount
  // of, named before "of", not of what it counts.
  const p = tokenAt(an, prev.span.start);
  if (an.starts[p] === prev.span.start && an.lower[p - 1] === 'of' && an.pos[p - 2] === 'NOUN') return { noun: lemmaOf(an, p - 2).toLowerCase(), nounForm: an.lower[p - 2], phrase: spanText(an, p - 2, p - 2), narrowing: undefined };
  return measuredBy(prev);
}

/**
 * "5in to 10in of rain forecast, with as much as 15in possible": a measure with no noun of its own,
 * in a sentence whose figure before it is in the same unit and names what it measures, measures that
 * too. Not one followed by a preposition ("10 km deep, 20 km from the city"): that says where.
 */
export function sameUnitBefore(an: Analysis, q: Quantity, first: number, last: number, found: QuantityClaim[]): Measured | undefined {
  if (q.kind !== 'measure' || !q.unit || an.pos[last + 1] === 'ADP') return undefined;
  const prev = namedBefore(an, first, found);
  if (!prev || prev.quantity.kind !== 'measure' || prev.quantity.unit !== q.unit) return undefined;
  return measuredBy(prev);
}

/**
 * "185,000 private jobs were added in March, above the 155,000 seen in February": a figure with no
 * noun of its own, set against the figure before it in its sentence ("above", "below", "than",
 * "versus", "compared with", "down from"), measures what that figure measures.
 */
export function comparedWithFigureBefore(an: Analysis, q: Quantity, first: number, found: QuantityClaim[]): Measured | undefined {
  let k = first - 1;
  while (an.pos[k] === 'DET' || an.pos[k] === 'ADV') k--;
  const w = an.lower[k];
  if (!COMPARED.has(w) && !(w === 'with' && an.lower[k - 1] === 'compared') && !(w === 'from' && UP_DOWN.has(an.lower[k - 1]))) return undefined;
  const prev = namedBefore(an, first, found);
  if (!prev || prev.quantity.kind !== q.kind) return undefined;
  return measuredBy(prev);
}

const COMPARED = new Set(['above', 'below', 'than', 'versus', 'vs', 'vs.']);
/** "52.3 million iPhones …, down from 58.2 million": the earlier value of the change, of the same thing. */
const UP_DOWN = new Set(['up', 'down']);

/**
 * "won the year's first two Grand Slam tournaments and 23 over his career": a count right after
 * "and", with no noun of its own, counts what the count before it in its sentence named.
 */
export function elidedAfterAnd(an: Analysis, q: Quantity, first: number, last: number, found: QuantityClaim[]): Measured | undefined {
  if (q.kind !== 'count' || an.lower[first - 1] !== 'and') return undefined;
  // Not one with a verb of its own ("261 people have been killed and 650 are injured"): what it
  // counts may be the same kind of thing, but what it says of them is its own.
  const [, c1] = clauseOf(an, last, last);
  for (let k = last + 1; k <= c1; k++) if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') return undefined;
  const prev = namedBefore(an, first, found);
  return prev && prev.quantity.kind === 'count' ? measuredBy(prev) : undefined;
}

/**
 * "about 5 miles (8 km) south of Acapulco", "some 5 miles south of Acapulco": a distance followed by
 * a bearing from a place is where something is, whatever the sentence's subject; two such distances
 * are one thing only on the same bearing ("25 miles north-northwest of Acapulco" is another).
 */
export function bearingAfter(an: Analysis, q: Quantity, last: number): Measured | undefined {
  if (q.kind !== 'measure' || dimensionOf(q.unit) !== 'length') return undefined;
  const bearing = bearingOf(an, last + 1)?.bearing;
  return bearing ? { noun: bearing, nounForm: bearing, phrase: `${bearing} of`, narrowing: undefined } : undefined;
}

/** The bearing that opens at token k and the "of" after it ("north-northwest of"): the bearing and that "of"'s token. */
export function bearingOf(an: Analysis, k: number): { bearing: string; of: number } | undefined {
  const words: string[] = [];
  // "north-northwest": one bearing in three tokens.
  while (COMPASS.test(an.lower[k] ?? '')) {
    words.push(an.lower[k]);
    if (!dashAfter(an, k)) {
      k++;
      break;
    }
    k += 2;
  }
  return words.length && an.lower[k] === 'of' ? { bearing: words.join('-'), of: k } : undefined;
}

/**
 * "more than two-and-a-half years after the referendum", "a decade since the war", "about six
 * minutes into the flight": the time elapsed since an event, named by the event; "a minute off the
 * world record", "1.5 minutes ahead of the rest of the field": a margin, named by what it is
 * measured against. Neither is the length of anything ("two years of negotiation", "an 11-year
 * war"), nor one another; nor is "10 seconds quicker than" the target it beat.
 */
export function measuredFrom(an: Analysis, q: Quantity, last: number): Measured | undefined {
  if (q.kind !== 'duration') return undefined;
  const w = an.lower[last + 1];
  // "10 seconds quicker than the 1:59:50 he set out to run", "a day later than planned": a margin
  // by which one thing beats another, whatever follows "than" (often a figure or a clause).
  if (an.lower[last + 2] === 'than' && (an.pos[last + 1] === 'ADJ' || an.pos[last + 1] === 'ADV') && an.types[last + 1] === 'word') {
    const noun = `than ${an.lower[last + 1]}`;
    return { noun, nounForm: noun, phrase: spanText(an, last + 1, last + 2), narrowing: undefined };
  }
  const two = w === 'ahead' && an.lower[last + 2] === 'of';
  if (!two && !FROM.has(w)) return undefined;
  let k = last + (two ? 3 : 2);
  if (an.pos[k] === 'DET') k++;
  while (an.pos[k] === 'ADJ' && (an.pos[k + 1] === 'NOUN' || an.pos[k + 1] === 'ADJ')) k++;
  if ((an.pos[k] !== 'NOUN' && an.pos[k] !== 'PROPN') || an.types[k] !== 'word') return undefined;
  // "the world record", "compatriot Benson Kipruto": the last word of the phrase names it.
  while ((an.pos[k + 1] === 'NOUN' || an.pos[k + 1] === 'PROPN') && an.types[k + 1] === 'word') k++;
  // "12 years after the population hit seven billion": a clause names the event by its verb, as a
  // tagger that reads "the total hit" as one phrase names it by its last word.
  // Not a participle that describes the thing ("after a resolution demanding such a move"): the
  // thing is the noun.
  const end = an.pos[k + 1] === 'VERB' && !/ing$/.test(an.lower[k + 1]) && an.sentenceOf[k + 1] === an.sentenceOf[last] ? k + 1 : k;
  const noun = `${w} ${lemmaOf(an, end).toLowerCase()}`;
  return { noun, nounForm: noun, phrase: spanText(an, last + 1, end), narrowing: undefined };
}

const FROM = new Set(['after', 'since', 'into', 'off', 'behind']);

/**
 * "arrived in lunar orbit six days later", "A little more than an hour later, the new pope
 * appeared": the time since an event the text told before, which only the reader knows; like a
 * time after a named event (measuredFrom), it is no length of anything ("an 8-day journey").
 */
export function toldLater(an: Analysis, q: Quantity, last: number): 'later' | 'earlier' | undefined {
  const w = an.lower[last + 1];
  return q.kind === 'duration' && (w === 'later' || w === 'earlier') && an.pos[last + 1] === 'ADV' && an.lower[last + 2] !== 'than' ? w : undefined;
}

/** Whether a noun is one measuredFrom gives. */
export const reckonedFrom = (noun: string) => /^(after|since|into|off|behind|ahead|than) /.test(noun);

const COMPASS = /^(north|south|east|west)(-?(east|west))?(erly)?$/;
/** A hyphen joined to token k and the one after it. */
const dashAfter = (an: Analysis, k: number) => (an.values[k + 1] === '-' || an.values[k + 1] === '‑') && an.ends[k] === an.starts[k + 1] && an.ends[k + 1] === an.starts[k + 2];

/**
 * "One passenger train derailed … struck by an incoming train": "one" that its sentence sets beside
 * another of the same thing ("an incoming train", "the other train") picks one of several; it does
 * not count them. ("Another" after it is a second count: "one soldier was killed and another hurt".)
 */
export function picksOne(an: Analysis, first: number, q: Quantity, noun: string | undefined, nounLast: number): boolean {
  if (!noun || q.kind !== 'count' || q.low !== 1 || q.high !== 1 || an.lower[first] !== 'one') return false;
  const s = an.sentenceOf[first];
  for (let k = nounLast + 1; k < an.values.length && an.sentenceOf[k] === s; k++) {
    const w = an.lower[k];
    const opens = w === 'a' || w === 'an' || (w === 'other' && an.lower[k - 1] === 'the');
    if (!opens) continue;
    let h = k + 1;
    while (h < k + 4 && (an.pos[h] === 'ADJ' || (an.pos[h] === 'NOUN' && lemmaOf(an, h) !== noun))) h++;
    if (lemmaOf(an, h) === noun) return true;
  }
  return false;
}

/**
 * "efficacy fell to 62 percent. But it rose to 90 percent": a figure whose subject is "it" measures
 * what the figure before it (of its kind, in its sentence or the one before) measured.
 */
export function figureBeforePronoun(an: Analysis, q: Quantity, first: number, found: QuantityClaim[]): Measured | undefined {
  if ((q.kind !== 'percent' && q.kind !== 'money' && q.kind !== 'measure') || !pronounSubject(an, first)) return undefined;
  const prev = found[found.length - 1];
  const s = an.sentenceOf[first];
  if (!prev?.context.noun || prev.quantity.kind !== q.kind || prev.sentence.start < an.starts[an.sentences[Math.max(0, s - 1)][0]]) return undefined;
  return measuredBy(prev);
}

/**
 * "a coastal city of around 125,000 inhabitants", "the city is home to about 100,000 people": the
 * people a place is home to are its population, whatever word counts them.
 */
export function populationAt(an: Analysis, first: number, nounInfo: Found['nounInfo']): Found['nounInfo'] | undefined {
  if (!nounInfo.noun || !DWELLERS.has(nounInfo.noun)) return undefined;
  // The figure's hedge ("around", "about") is already part of it (qualifierBefore).
  let k = first - 1;
  while (k > 0 && an.pos[k] === 'ADV') k--;
  const home = an.lower[k] === 'to' && an.lower[k - 1] === 'home';
  const placeOf = an.lower[k] === 'of' && KINDS_OF_PLACE.has(lemmaOf(an, k - 1));
  return home || placeOf ? { ...nounInfo, noun: 'population', nounForm: 'population' } : undefined;
}

const DWELLERS = new Set(['people', 'inhabitant', 'resident', 'soul', 'person']);

/**
 * "$56.10 a share", "$51 a piece", "almost $60 apiece", "more than $56 each": a price of one thing,
 * named after it or, for "apiece", "each" and "a piece", by the nearest plural noun before it in
 * its sentence ("its shares started trading …, at almost $60 apiece": a share). Not a rate ("$3 an
 * hour") nor a time ("$5bn a year earlier").
 */
export function pricePerItem(an: Analysis, q: Quantity, first: number, last: number): Measured | undefined {
  if (q.kind !== 'money' || q.per) return undefined;
  const j = last + 1;
  let k = -1;
  if ((an.lower[j] === 'a' || an.lower[j] === 'per') && an.pos[j + 1] === 'NOUN' && an.lower[j + 1] !== 'piece') k = TIME_UNIT.test(an.lower[j + 1]) ? -1 : j + 1;
  else if (an.lower[j] === 'apiece' || an.lower[j] === 'each' || (an.lower[j] === 'a' && an.lower[j + 1] === 'piece')) {
    const s0 = an.sentences[an.sentenceOf[first]][0];
    for (let i = first - 1; i >= s0 && k < 0; i--) if (an.pos[i] === 'NOUN' && lemmaOf(an, i) !== an.lower[i]) k = i;
  }
  return k < 0 ? undefined : { noun: lemmaOf(an, k), nounForm: an.lower[k], phrase: spanText(an, k, k), narrowing: undefined };
}

const TIME_UNIT = /^(second|minute|hour|day|week|fortnight|month|quarter|year|decade|annum)s?$/;
