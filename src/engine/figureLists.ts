// Passes over a document's figures once they are all read, for what only their neighbours tell:
// an increment that starts a count of its own, figures offered as alternatives, figures listed
// after as many nouns, a unit given once for two figures of one thing.
import { tokenAt, type Analysis } from './nlp';
import type { QuantityClaim } from './types';
import { harmSenses, lemmaOf, spanText } from './context';
import { placeWords } from './places';
import { gappedName, sideAfterTo } from './figures';

/**
 * "for 15 days, 20 days, or 1 month", "10 or 15 minutes": figures of one kind, of one thing, offered
 * as alternatives are none of them a statement of what was or is: each is read as a possibility, like
 * a projection. Two joined by ", or" restate one figure ("$21.9 billion, or $2.93 a share"; "97%,
 * or 21.8 million votes"), and stay as they are.
 */
export function alternatives(text: string, claims: QuantityClaim[]): QuantityClaim[] {
  let chain: QuantityClaim[] = [];
  let joins: string[] = [];
  const close = () => {
    const offered = joins.some((j) => /\bor\b/.test(j)) && (chain.length >= 3 || !joins[0].includes(','));
    if (offered) for (const c of chain) c.context.projection = true;
    chain = [];
    joins = [];
  };
  for (const c of claims) {
    const prev = chain[chain.length - 1];
    // Of one thing: "the 171 passengers or six crewmembers" are two groups, not two guesses.
    const oneThing = !prev?.context.noun || !c.context.noun || prev.context.noun === c.context.noun;
    const between = prev && oneThing && prev.sentence.start === c.sentence.start && prev.quantity.kind === c.quantity.kind ? text.slice(prev.span.end, c.span.start) : undefined;
    if (between !== undefined && /^[\s,]*(or[\s,]*)?$/.test(between)) {
      joins.push(between);
      chain.push(c);
      continue;
    }
    close();
    chain = [c];
  }
  close();
  return claims;
}

/**
 * "turnout at slightly more than 41 percent, or about 25.75 million registered voters": a count
 * that restates a share is that share of a whole, a part of it, whatever noun it takes (the voters
 * who voted, not the registered ones).
 */
export function restatedShares(text: string, claims: QuantityClaim[]): QuantityClaim[] {
  for (let k = 1; k < claims.length; k++) {
    const [share, count] = [claims[k - 1], claims[k]];
    if (share.quantity.kind !== 'percent' || count.quantity.kind !== 'count' || share.sentence.start !== count.sentence.start) continue;
    if (/^\s*,\s*or\s*$/.test(text.slice(share.span.end, count.span.start))) count.context.part = true;
  }
  return claims;
}

/**
 * "About 19,400 people were killed … in Pakistan. … Another 558 people died in the Indian side of
 * Kashmir": an increment said of another place than the last count of the same harm that names a
 * place adds a place's count, not to that count: it is a count of its own.
 */
function elsewhere(claims: QuantityClaim[], at: number, harm: string): boolean {
  const here = placeWords(claims[at].context.place);
  if (!here.length) return false;
  for (let k = at - 1; k >= 0; k--) {
    const q = claims[k];
    const there = placeWords(q.context.place);
    if (harmSenses(q.context.events).join() !== harm || q.context.increment || !there.length) continue;
    return !there.some((w) => here.includes(w));
  }
  return false;
}

/**
 * "… 11,300 dead. A further 10,100 are reported missing": "further" adds the missing to the dead,
 * it does not add to a count of the missing. An increment whose harm differs from the figure just
 * before it (in its sentence or the one before) is a count of its own.
 */
export function inAddition(text: string, claims: QuantityClaim[]): QuantityClaim[] {
  for (let k = 1; k < claims.length; k++) {
    const c = claims[k];
    if (!c.context.increment) continue;
    const harm = harmSenses(c.context.events).join();
    const prev = claims[k - 1];
    const before = harmSenses(prev.context.events).join();
    if (harm && before && harm !== before && c.span.start - prev.span.end < 400) c.context.increment = undefined;
    else if (harm && elsewhere(claims, k, harm)) c.context.increment = undefined;
    else if (othersOfAnotherDeed(text, prev, c, harm, before)) c.context.increment = undefined;
  }
  return claims;
}

/**
 * "More than 500 people were killed … while over 22,000 others were arrested": "others" after a
 * count, in the sentence of a count of another deed, names people other than those, not more of
 * its own kind (unlike "another 1,300 flights", "five others died").
 */
function othersOfAnotherDeed(text: string, prev: QuantityClaim, c: QuantityClaim, harm: string, before: string): boolean {
  if (prev.sentence.start !== c.sentence.start || !/^\s+others?\b/i.test(text.slice(c.span.end))) return false;
  return harm !== before || (!harm && !c.context.events.some((e) => prev.context.events.includes(e)));
}

/**
 * "Revenue and profit rose 9% and 12%", "Production and deliveries: up 18% and 27%": figures of one
 * kind listed after a subject that lists as many nouns are of those nouns, in order ("respectively"
 * said or not). `subjects[k]`: the tokens of the subject claims[k] was read of, if it was read of one.
 */
export function respectively(an: Analysis, claims: QuantityClaim[], subjects: ([number, number] | undefined)[], narrowing: (span: [number, number], form: string) => string[] | undefined): QuantityClaim[] {
  for (let k = 0; k < claims.length; ) {
    let e = k + 1;
    while (e < claims.length && listed(an.text, claims[e - 1], claims[e])) e++;
    const span = subjects[k];
    const fits = (parts: [number, number][]) => parts.length === e - k;
    const parts = e - k < 2 || !span ? [] : [conjuncts(an, span, false), conjuncts(an, span, true)].find(fits) ?? [];
    if (fits(parts)) {
      parts.forEach(([a, b], i) => {
        const noun = lemmaOf(an, b).toLowerCase();
        // One verb tells the change of them all ("rose 9% and 12%").
        const change = claims[k + i].context.change ?? claims[k].context.change;
        claims[k + i].context = { ...claims[k + i].context, noun, nounForm: an.lower[b], phrase: spanText(an, a, b), events: [noun], narrowing: narrowing([a, b], an.lower[b]), change };
      });
    } else if (e - k >= 2 && RESPECTIVELY.test(an.text.slice(claims[e - 1].span.end))) {
      // "Vietnam, Malaysia, Indonesia will face 46, 24 and 32 per cent tariffs respectively": as
      // many names listed before the figures in their sentence, each figure its name's, in order.
      // "Those studios have 12 and 11 wins, respectively": parties named elsewhere, each its own.
      const names = namesListedBefore(an, tokenAt(an, claims[k].span.start), e - k);
      for (let i = k; i < e; i++) {
        const name = names && spanText(an, ...names[i - k]);
        claims[i].context = name ? { ...claims[i].context, agent: name.toLowerCase(), doer: name, party: undefined } : { ...claims[i].context, agent: `#${claims[i].id}` };
      }
    }
    k = e;
  }
  return claims;
}

/** The last list of exactly n names (each one or more PROPN tokens) before token `at` in its sentence. */
function namesListedBefore(an: Analysis, at: number, n: number): [number, number][] | undefined {
  const s0 = an.sentences[an.sentenceOf[at]][0];
  let i = at - 1;
  while (i >= s0 && an.pos[i] !== 'PROPN') i--;
  if (i < s0) return undefined;
  const names: [number, number][] = [];
  for (;;) {
    const end = i;
    while (i - 1 >= s0 && an.pos[i - 1] === 'PROPN') i--;
    names.unshift([i, end]);
    // Joined by a comma, "and", or ", and".
    let j = i - 1;
    if (an.lower[j] === 'and' || an.values[j] === '&') j -= an.values[j - 1] === ',' ? 2 : 1;
    else if (an.values[j] === ',') j--;
    else break;
    if (j < s0 || an.pos[j] !== 'PROPN') break;
    i = j;
  }
  return names.length === n ? names : undefined;
}

/**
 * "Inflation rose 0.4% from the previous month and 3.5% from a year earlier": a figure after "and"
 * with no noun of its own, past only the first's base or time, is a second figure of the first's
 * subject (the subject a figure was read of: `subjects`, as in respectively); so is the value a
 * change started from ("rose to £1.9bn from £1.2bn").
 */
export function secondOfSubject(text: string, claims: QuantityClaim[], subjects: ([number, number] | undefined)[]): QuantityClaim[] {
  for (let k = 1; k < claims.length; k++) {
    const [prev, c] = [claims[k - 1], claims[k]];
    if (c.context.noun || !subjects[k - 1] || prev.sentence.start !== c.sentence.start || prev.quantity.kind !== c.quantity.kind) continue;
    const between = text.slice(prev.span.end, c.span.start);
    if (!BASE_THEN_AND.test(between) && !(c.context.previous && TIME_THEN_FROM.test(between))) continue;
    const { noun, nounForm, phrase, narrowing } = prev.context;
    c.context = { ...c.context, noun, nounForm, phrase, narrowing, events: noun ? [noun] : c.context.events, change: c.context.change ?? prev.context.change };
    subjects[k] = subjects[k - 1];
  }
  return claims;
}

/** A base or a time after a figure ("from the previous month", "in March"), then "and", with no other figure or clause. */
const BASE_THEN_AND = /^(?:\s+(?:from|over|on|in|against|than|compared with|versus)\s[^,;:.!?\d]*?)?,?\s+and\s+$/;

/** "rose to £1.9bn from £1.2bn", "fell to 3.9% in March from 4.1%": the earlier value of the same thing. */
const TIME_THEN_FROM = /^(?:\s+(?:in|on|at|for)\s[^,;:.!?\d]*?)?\s+from\s+$/;

/**
 * "health care (up 72,300 jobs), government (a 71,000-job increase)", "government (up 71,000)": a
 * figure in brackets after a noun phrase is that phrase's figure, a part named as such.
 */
export function ownersInBrackets(an: Analysis, claims: QuantityClaim[], narrowing: (span: [number, number], form: string) => string[] | undefined): QuantityClaim[] {
  for (const c of claims) {
    const t = tokenAt(an, c.span.start);
    let k = t - 1;
    // Past "up", "down" or an article inside the bracket.
    while (k > t - 3 && (an.lower[k] === 'up' || an.lower[k] === 'down' || an.pos[k] === 'DET')) k--;
    if (an.values[k] !== '(') continue;
    const last = k - 1;
    const noun = (i: number) => (an.pos[i] === 'NOUN' || an.pos[i] === 'PROPN') && an.types[i] === 'word';
    if (!noun(last)) continue;
    // "198 parties (197 countries plus the European Union)": the noun of a figure just before the
    // bracket counts the whole the bracket breaks down, and names no owner of its parts.
    if (claims.some((d) => d !== c && d.span.start <= an.starts[last] && d.span.end >= an.ends[last])) continue;
    let first = last;
    while (noun(first - 1) || (an.lower[first - 1] === 'and' && noun(first - 2))) first -= an.lower[first - 1] === 'and' ? 2 : 1;
    const words = narrowing([first, last], '') ?? [];
    if (words.length) c.context = { ...c.context, narrowing: words, owner: true };
  }
  return claims;
}

/**
 * "46, 24 and 32 per cent tariffs", "2, 4 and 6 inches": bare whole numbers listed just before a
 * figure with a unit are in that unit and of its noun; a writer gives the unit of a list once, at its end.
 */
export function unitAtListEnd(text: string, claims: QuantityClaim[]): QuantityClaim[] {
  // A noun read before the list ("totals of 2, 4 and 6 inches") is kept; not one of the figure's
  // own words ("10,000 jobs, less than 5 per cent": a count and its share).
  const bare = (c: QuantityClaim) => c.quantity.kind === 'count' && !c.quantity.unit && Number.isInteger(c.quantity.low) && !(c.context.nounForm && c.text.toLowerCase().includes(c.context.nounForm));
  for (let n = claims.length - 1; n > 0; n--) {
    const last = claims[n];
    if (last.quantity.kind !== 'percent' && last.quantity.kind !== 'measure') continue;
    for (let k = n - 1; k >= 0 && bare(claims[k]) && sameList(text, claims[k], claims[k + 1]); k--) {
      const { kind, unit } = last.quantity;
      const { noun, nounForm, phrase, narrowing } = last.context;
      claims[k].quantity = { ...claims[k].quantity, kind, unit };
      if (!claims[k].context.noun) claims[k].context = { ...claims[k].context, noun, nounForm, phrase, narrowing };
    }
  }
  return claims;
}

/** The next figure of a list of any kinds: in the same sentence, after a comma or "and" alone. */
const sameList = (text: string, a: QuantityClaim, b: QuantityClaim) => a.sentence.start === b.sentence.start && /^\s*(,\s*)?(and\s+)?$/.test(text.slice(a.span.end, b.span.start));

/**
 * "broke the previous record of 38.7, while Scotland … shattering its previous record of 32.9C": a
 * number with a fraction, which counts nothing, named by the same noun as a measure of its sentence
 * is in that measure's unit: a writer gives a unit said twice once.
 */
export function unitGivenOnce(claims: QuantityClaim[]): QuantityClaim[] {
  for (const c of claims) {
    const q = c.quantity;
    if (q.kind !== 'count' || (Number.isInteger(q.low) && Number.isInteger(q.high)) || !c.context.noun) continue;
    const m = claims.find((o) => o.sentence.start === c.sentence.start && o.quantity.kind === 'measure' && o.quantity.unit && o.context.noun === c.context.noun);
    if (m) c.quantity = { ...q, kind: 'measure', unit: m.quantity.unit };
  }
  return claims;
}

/**
 * "Labour had 412 seats and the Tories 121", "Milei had 55.8% and Economy Minister Sergio Massa
 * 44.2%": a count or a per cent that gapping left without its verb and noun (figures.ts gapped)
 * counts the noun of the figure of its kind before it in its sentence, for the name before it; so
 * does one set against it after "to" and given "for" a name ("55% of the vote to 44% for Massa").
 */
export function nounGivenOnce(an: Analysis, claims: QuantityClaim[]): QuantityClaim[] {
  for (let n = 1; n < claims.length; n++) {
    const c = claims[n];
    const kind = c.quantity.kind;
    if (c.context.noun || (kind !== 'count' && kind !== 'percent')) continue;
    const at = tokenAt(an, c.span.start);
    const gap = gappedName(an, at);
    if (!gap && an.lower[at - 1] !== 'to') continue;
    const p = claims.slice(0, n).reverse().find((o) => o.sentence.start === c.sentence.start && o.quantity.kind === kind && (o.context.noun || kind === 'percent'));
    if (!p) continue;
    const name = gap ?? sideAfterTo(an, tokenAt(an, p.span.end - 1), at, tokenAt(an, c.span.end - 1));
    if (!name) continue;
    c.context = { ...c.context, noun: p.context.noun, nounForm: p.context.nounForm, phrase: p.context.phrase, narrowing: p.context.narrowing, doer: spanText(an, ...name), party: undefined };
  }
  return claims;
}

/**
 * "The winning numbers were 10, 33, 41, 47 and 56": three or more whole numbers listed with no noun
 * or unit of their own are labels of one thing each (numbers drawn, shirt numbers), not amounts. Each
 * meets only another list's item (claimIndex.ts blockKey), never a count ("45 of 50 states").
 */
export function labelsListed(text: string, claims: QuantityClaim[]): QuantityClaim[] {
  const bare = (c: QuantityClaim) => c.quantity.kind === 'count' && !c.quantity.unit && !c.context.noun && c.quantity.low === c.quantity.high && Number.isInteger(c.quantity.low);
  for (let n = 0; n < claims.length; ) {
    let m = n;
    while (m + 1 < claims.length && bare(claims[m]) && bare(claims[m + 1]) && listed(text, claims[m], claims[m + 1])) m++;
    if (m - n >= 2) for (let k = n; k <= m; k++) claims[k].context = { ...claims[k].context, label: true };
    n = m + 1;
  }
  return claims;
}

/**
 * "China won 40 gold, 27 silver and 24 bronze": figures listed one after another, each with a noun of
 * its own, count different things; each keeps the others' nouns (see frameGroup.ts listedApart).
 */
export function nounsListed(text: string, claims: QuantityClaim[]): QuantityClaim[] {
  const nouned = (c: QuantityClaim) => !!c.context.noun;
  for (let n = 0; n < claims.length; ) {
    let m = n;
    while (m + 1 < claims.length && nouned(claims[m]) && nouned(claims[m + 1]) && (listed(text, claims[m], claims[m + 1]) || paired(text, claims[m], claims[m + 1]))) m++;
    const nouns = new Set(claims.slice(n, m + 1).map((c) => c.context.noun!));
    if (nouns.size > 1) for (let k = n; k <= m; k++) claims[k].context = { ...claims[k].context, listedWith: [...nouns].filter((w) => w !== claims[k].context.noun) };
    n = m + 1;
  }
  return claims;
}

/**
 * "a wayward tee shot on No. 11", "birdies on Nos. 13, 14 and 16", "from World No. 1": a number after
 * "No." names one member of a series (a hole, a rank), not an amount; it meets only another label.
 */
export function numberedLabels(text: string, claims: QuantityClaim[]): QuantityClaim[] {
  for (const c of claims) {
    if (c.quantity.kind !== 'count' || c.context.noun) continue;
    if (NUMBERED.test(text.slice(Math.max(0, c.span.start - 40), c.span.start))) c.context = { ...c.context, label: true };
  }
  return claims;
}

const NUMBERED = /\bNos?\.\s*(?:\d[\d,]*\s*(?:,|and|&)\s*)*$/;

/** "…, respectively" right after a list of figures. */
const RESPECTIVELY = /^[\s,]*respectively\b/i;

/** The next figure of a list: of the same kind and sentence, after a comma or "and" alone. */
const listed = (text: string, a: QuantityClaim, b: QuantityClaim) => a.quantity.kind === b.quantity.kind && sameList(text, a, b);
/** "52 goals in 53 matches", "27 yards on two carries", "66 yards rushing on nine carries": what stands between two counts paired by "in" or "on", each of its own thing. */
export const PAIRED_BY = /^\s+(?:\p{Ll}+ing\s+)?(in|on)\s+$/u;
const paired = (text: string, a: QuantityClaim, b: QuantityClaim) => a.quantity.kind === b.quantity.kind && a.sentence.start === b.sentence.start && PAIRED_BY.test(text.slice(a.span.end, b.span.start));

/** The nouns a phrase joins with "and", "&" or commas, each [first, last] token, or none if a part ends in no noun. */
function conjuncts(an: Analysis, [from, to]: [number, number], widen: boolean): [number, number][] {
  // "Sales, profit and margins": the subject read stops at a comma; a list may go on before it.
  const noun = (i: number) => an.pos[i] === 'NOUN' || an.pos[i] === 'PROPN';
  while (widen && an.values[from - 1] === ',' && noun(from - 2) && an.sentenceOf[from - 2] === an.sentenceOf[from]) {
    from -= 2;
    while (noun(from - 1) && an.types[from - 1] === 'word') from--;
  }
  const out: [number, number][] = [];
  let a = from;
  for (let k = from; k <= to + 1; k++) {
    if (k <= to && !(an.lower[k] === 'and' || an.values[k] === '&' || an.values[k] === ',')) continue;
    if (k === a) {
      a = k + 1; // ", and"
      continue;
    }
    if (!noun(k - 1)) return [];
    out.push([a, k - 1]);
    a = k + 1;
  }
  return out;
}

/**
 * "Freddie Freeman has a $162 million, six-year deal": figures set side by side with a comma before
 * one noun are of one thing, so the second has the first's doer when its own verb names none; and so
 * have figures listed after one verb, and figures that break down the one before a colon.
 */
export function besideBeforeOneNoun(text: string, claims: QuantityClaim[]): QuantityClaim[] {
  for (let k = 1; k < claims.length; k++) {
    const [prev, c] = [claims[k - 1], claims[k]];
    if (c.context.doer || !prev.context.doer || !c.context.noun || prev.sentence.start !== c.sentence.start) continue;
    // "China won 40 gold, 27 silver and 24 bronze": figures listed after one verb, each with a noun
    // of its own, are all of the verb's doer.
    const beside = !prev.context.noun && /^,\s*$/.test(text.slice(prev.span.end, c.span.start));
    // "Zhang Yufei won six medals: five bronze and one silver": figures after a colon break down
    // the one before it, and are the same party's.
    const brokenDown = !!prev.context.noun && /^[^:;,.]*:\s*$/.test(text.slice(prev.span.end, c.span.start));
    if (!beside && !brokenDown && !(prev.context.noun && listed(text, prev, c))) continue;
    c.context = { ...c.context, doer: prev.context.doer, aside: prev.context.aside, party: undefined };
  }
  return claims;
}
