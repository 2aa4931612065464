// Where a figure is said to hold: the place phrase nearest it ("in Odisha", "250 km south of
// Kolkata", "the eastern city of Derna", "across the country"), or a place that opens its sentence.
import type { Analysis } from './nlp';
import { MONTHS, POSSESSIVES, WEEKDAYS } from './lexicon';
import { clauseOf, lemmaOf, spanText } from './context';

/** A proper name, or a capitalised noun the tagger did not know for one ("Bhubaneswar"). */
const isName = (an: Analysis, i: number) => an.pos[i] === 'PROPN' || (an.pos[i] === 'NOUN' && /^\p{Lu}/u.test(an.values[i] ?? ''));

const COMPASS = /^(north|south|east|west)(east|west)?(ern|wards?)?$|^(north|south)-(east|west)$/;

export function placeIn(an: Analysis, c0: number, c1: number, a: number, b: number): string | undefined {
  // The nearest place phrase: "250 km south of Kolkata and 170 km north of Bhubaneswar" gives each
  // distance its own reference point.
  let best: string | undefined;
  let bestDistance = Infinity;
  // The phrase from..to, seen at token i and ending at `end` (its token nearest the figure before
  // it), kept when nearer than the best so far; `tie`: a tie goes to a phrase after the figure.
  const take = (i: number, from: number, to: number, end: number, tie = false) => {
    const distance = i > b ? i - b : a - end;
    if (distance < bestDistance || (tie && distance === bestDistance && i > b)) {
      best = spanText(an, from, to);
      bestDistance = distance;
    }
  };
  for (let i = c0; i < c1; i++) {
    if (i >= a && i <= b) continue;
    // "in Odisha", "to Russia", "137 miles southwest of Kolkata", "in the eastern city of Derna".
    // Not "compared to Southwest's 234": what a figure is set beside.
    const lead = ['in', 'to', 'from', 'near', 'across'].includes(an.lower[i]) && !(an.lower[i] === 'to' && an.lower[i - 1] === 'compared');
    const at = lead || (an.lower[i] === 'of' && (COMPASS.test(an.lower[i - 1] ?? '') || placeNoun(an, i - 1)));
    // "across the country", "in the country": the whole country, whichever it is.
    if (lead && an.lower[i + 1] === 'the' && COUNTRY.includes(an.lower[i + 2] ?? '')) {
      take(i, i, i + 2, i + 2);
      continue;
    }
    // "in the Indian side of Kashmir", "in the northern part of Gaza": the part named, and its whole.
    const part = lead && an.lower[i + 1] === 'the' ? partOfPlace(an, i + 2, c1) : undefined;
    if (part !== undefined) {
      take(i, i + 2, part, part);
      continue;
    }
    // "the death toll in the Valencia region climbed to 155": a name before a kind of place.
    if ((an.lower[i] === 'in' || an.lower[i] === 'across') && an.lower[i + 1] === 'the' && isName(an, i + 2)) {
      let j = i + 2;
      while (j + 1 < c1 && isName(an, j + 1)) j++;
      if (an.pos[j + 1] === 'NOUN' && KINDS_OF_PLACE.has(lemmaOf(an, j + 1)) && !(j + 1 >= a && j + 1 <= b)) {
        take(i, i, j + 1, j + 1);
        continue;
      }
    }
    // "in upriver towns like Chiva", "in cities such as Valencia": places named by example.
    const example = lead ? exampleOfPlaces(an, i + 1, c1) : undefined;
    if (example) {
      take(i, example[0], example[1], example[1]);
      continue;
    }
    // "She said 62 people had died in her town": the town named a little before ("the nearby town of
    // Paiporta"), as a reader carries it over; past an adjective too ("in the coastal city").
    const kindAt = an.pos[i + 2] === 'ADJ' && KINDS_OF_PLACE.has(an.lower[i + 3] ?? '') ? i + 3 : i + 2;
    if (an.lower[i] === 'in' && (an.lower[i + 1] === 'the' || POSSESSIVES.has(an.lower[i + 1])) && an.lower[kindAt + 1] !== 'of') {
      const named = kindAt < a || i > b ? namedBefore(an, i, an.lower[kindAt] ?? '') : undefined;
      if (named) {
        take(i, named[0], named[1], kindAt);
        continue;
      }
    }
    // "dumped so much rain on Libya's northeast": a region of a named place is a place after "on" too.
    const on = an.lower[i] === 'on';
    if ((!at && !on) || !isName(an, i + 1)) continue;
    if (MONTHS.includes(an.lower[i + 1]) || WEEKDAYS.includes(an.lower[i + 1])) continue; // a date, not a place
    let j = i + 1;
    while (j + 1 <= c1 && isName(an, j + 1)) j++;
    if (on) {
      if (/^['’]s$/.test(an.values[j + 1] ?? '') && COMPASS.test(an.lower[j + 2] ?? '')) take(i, i, j, j);
      continue;
    }
    // "killing at least 151 people … in South Korea's worst disaster in years": in a thing the name
    // owns, not in a place, unless that thing is a kind of place ("in India's capital", "in Libya's
    // northeast", "in Seoul's Itaewon district").
    if (an.lower[i] === 'in' && ownsNoPlace(an, j)) continue;
    // "in Illinois, Tennessee, Missouri and Arkansas": places listed are one place, their whole.
    // A list runs past the commas that end a clause, to its sentence's end.
    const s1 = an.sentences[an.sentenceOf[j]][1];
    // Only a list that ends with "and" is one ("Lewiston, Maine" is a city and its state).
    for (let e = j, next = listedAfter(an, e, s1); next; next = listedAfter(an, e, s1)) {
      e = next[1];
      if (an.lower[next[0] - 1] === 'and') j = e;
    }
    take(i, i, j, j, true);
  }
  return best;
}

/** Whether the name ending at token j owns, with "'s", a thing named by a common noun that is no kind of place. */
function ownsNoPlace(an: Analysis, j: number): boolean {
  if (!/^['’]s$/.test(an.values[j + 1] ?? '')) return false;
  let k = j + 2;
  while (an.pos[k] === 'ADJ' || an.pos[k] === 'ADV') k++;
  return an.pos[k] === 'NOUN' && !isName(an, k) && !KINDS_OF_PLACE.has(lemmaOf(an, k)) && !COMPASS.test(an.lower[k]);
}

/** The first and last token of the name listed after token j with a comma or "and" ("…, Tennessee"), if any. */
function listedAfter(an: Analysis, j: number, end: number): [number, number] | undefined {
  const k = an.values[j + 1] === ',' && an.lower[j + 2] === 'and' ? j + 3 : an.values[j + 1] === ',' || an.lower[j + 1] === 'and' ? j + 2 : -1;
  if (k < 0 || k > end || !isName(an, k) || MONTHS.includes(an.lower[k]) || WEEKDAYS.includes(an.lower[k])) return undefined;
  let e = k;
  while (e + 1 <= end && isName(an, e + 1)) e++;
  return [k, e];
}

/** The places a place phrase lists ("in Illinois, Tennessee, Missouri and Arkansas": four). */
export const placesListed = (place: string | undefined) => place?.split(/,\s*(?:and\s+)?|\s+and\s+/) ?? [];

/**
 * The name of the place of kind `kind` ("town") that the two sentences before token i, or its own
 * before it, name as "the town of Paiporta" or "Bishoftu town": the first and last token of that name.
 */
function namedBefore(an: Analysis, i: number, kind: string): [number, number] | undefined {
  if (!KINDS_OF_PLACE.has(kind) || COUNTRY.includes(kind)) return undefined;
  const first = an.sentences[Math.max(0, an.sentenceOf[i] - 2)][0];
  for (let k = i - 1; k >= first; k--) {
    if (an.lower[k] !== kind) continue;
    if (an.lower[k + 1] === 'of' && isName(an, k + 2)) {
      let end = k + 2;
      while (isName(an, end + 1)) end++;
      return [k + 2, end];
    }
    if (isName(an, k - 1)) {
      let start = k - 1;
      while (start > first && isName(an, start - 1)) start--;
      return [start, k - 1];
    }
  }
  return undefined;
}

/** The first and last token of the places named after "towns like" within a few words of k, or undefined. */
function exampleOfPlaces(an: Analysis, k: number, c1: number): [number, number] | undefined {
  for (let j = k; j < Math.min(c1, k + 3); j++) {
    const at = an.lower[j + 1] === 'like' ? j + 2 : an.lower[j + 1] === 'such' && an.lower[j + 2] === 'as' ? j + 3 : -1;
    if (at < 0 || !KINDS_OF_PLACE.has(lemmaOf(an, j)) || an.lower[j] === lemmaOf(an, j)) continue;
    if (!isName(an, at)) return undefined;
    let end = at;
    while (end + 1 <= c1 && isName(an, end + 1)) end++;
    return [at, end];
  }
  return undefined;
}

/** Words for a part of a place: "the Indian side of Kashmir". */
const PARTS_OF_PLACE = new Set(['side', 'part', 'half', 'portion', 'sector']);

/** "Indian side of Kashmir" from token k: the last token of the place, or undefined. */
function partOfPlace(an: Analysis, k: number, c1: number): number | undefined {
  let j = k;
  while (j <= c1 && (isName(an, j) || (an.pos[j] === 'ADJ' && /^\p{Lu}/u.test(an.values[j] ?? '')))) j++;
  if (j === k || !PARTS_OF_PLACE.has(an.lower[j]) || an.lower[j + 1] !== 'of' || !isName(an, j + 2)) return undefined;
  let end = j + 2;
  while (end + 1 <= c1 && isName(an, end + 1)) end++;
  return end;
}

/** The words of a place that name it ("Indian side of Kashmir": indian, kashmir). */
export const placeWords = (place: string | undefined) => (place?.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !PLACE_FILLER.has(w));
const PLACE_FILLER = new Set(['the', 'and', 'from', 'near', 'across', 'province', 'region', 'state', 'city', 'county', 'district', 'side', 'part', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** Words for a whole country: "across the country", "the nation". */
export const COUNTRY = ['country', 'nation'];

/** "the eastern city of Derna": a word for a kind of place, whose name follows "of". */
function placeNoun(an: Analysis, i: number): boolean {
  return an.pos[i] === 'NOUN' && KINDS_OF_PLACE.has(lemmaOf(an, i)) && (an.pos[i - 1] === 'DET' || an.pos[i - 1] === 'ADJ');
}

/** Words for a kind of place: "the eastern city of Derna", "a city of 125,000 inhabitants". */
export const KINDS_OF_PLACE = new Set(['city', 'town', 'village', 'province', 'region', 'state', 'district', 'county', 'island', 'port', 'capital', 'municipality', 'community', ...COUNTRY]);

/**
 * "In North West Frontier province, 1,760 people were killed …": a place that opens the sentence
 * holds for all of it; so does a place phrase set off by commas just before the figure's clause
 * ("While the rain had been light in Paiporta, in upriver towns like Chiva, more than a year's
 * worth of rain had fallen").
 */
export function leadingPlace(an: Analysis, s0: number, c0: number): string | undefined {
  if (c0 <= s0) return undefined;
  if (an.lower[s0] === 'in') {
    const [l0, l1] = clauseOf(an, s0, s0);
    if (l1 < c0) return placeIn(an, l0, l1 + 1, -1, -1);
  }
  if (c0 - 2 <= s0 || an.values[c0 - 1] !== ',') return undefined;
  const [l0, l1] = clauseOf(an, c0 - 2, c0 - 2);
  if (an.lower[l0] !== 'in' || an.values[l0 - 1] !== ',') return undefined;
  for (let k = l0; k <= l1; k++) if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') return undefined;
  return placeIn(an, l0, l1 + 1, -1, -1);
}

/** The place of a figure said of the whole world. */
export const WORLD = 'worldwide';

/**
 * "global cases of Mpox … total 99,176, with 208 deaths", "worldwide", "around the world": a figure
 * said of the whole world, in a sentence that names no place nearer it. Its place is "the world",
 * which no country's figure is (frame.ts placeFactor: a whole and its part).
 */
export function worldIn(an: Analysis, s0: number, s1: number): string | undefined {
  for (let k = s0; k <= s1; k++) {
    const w = an.lower[k];
    // Not "600 people from around the world": where some of them came from, not where all it says holds.
    if (w === 'global' || w === 'worldwide' || w === 'globally' || (w === 'world' && an.lower[k - 1] === 'the' && /^(around|across|in)$/.test(an.lower[k - 2] ?? '') && an.lower[k - 3] !== 'from')) return WORLD;
  }
  return undefined;
}
