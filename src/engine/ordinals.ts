// Ordinals ("his second term", "the 21st edition"): ranks, compared only within their series.
import type { Analysis } from './nlp';
import type { QuantityClaim } from './types';
import { DASHES, ORDINAL_WORDS, POSSESSIVES } from './lexicon';
import { claimBase, contextWords, eventsNear, lemmaOf, ownerAt } from './context';
import { attributionOf } from './parties';
import { countedNoun } from './countedNoun';
import { runAt } from './runs';
import { ordinalValue } from './numbers';
import { doerOf, verbOf } from './doers';

/** Ordinals ("third meeting", "21st"), kept as their own kind. */
export function extractOrdinals(an: Analysis, path: string, skip: Uint8Array): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  const elided: [number, number][] = [];
  const digitNouns: string[] = [];
  for (let i = 0; i < an.values.length; i++) {
    if (skip[i] || an.types[i] === 'punctuation') continue;
    const w = an.lower[i];
    const value = ordinalValue(w);
    if (value === undefined) continue;
    const inDigits = ORDINAL_WORDS[w] === undefined;
    // "the People First Party": an ordinal written inside a name is part of the name, not a rank.
    if (inName(an, i)) continue;
    // "a third of the city", "fell by a fifth": a fraction (fractions.ts), not a rank.
    if (/^(a|an|one)$/.test(an.lower[i - 1] ?? '') && (an.lower[i + 1] === 'of' || an.lower[i - 2] === 'by')) continue;
    // "the third deadliest crash", "the fourth deadliest in India": a rank among the deadliest,
    // whatever noun follows, if any; "the third-largest exchange" as well, written with a hyphen.
    const hyphen = an.values[i + 1] === '-' && an.ends[i] === an.starts[i + 1] && an.ends[i + 1] === an.starts[i + 2];
    const best = superlativeAt(an, hyphen ? i + 2 : i + 1);
    // "in the 68th but", "the 13th, 15th and 16th holes": a noun left out (see below).
    const listedBefore = /^(,|and|or)$/.test(an.lower[i - 1] ?? '') && an.types[i - 2] === 'ordinal';
    if (!best && inDigits && (an.lower[i - 1] === 'the' || listedBefore) && /^(PUNCT|CCONJ|ADP)$/.test(an.pos[i + 1] ?? 'PUNCT')) {
      elided.push([i, value]);
      continue;
    }
    // "after first leading a campaign", "came second": an ordinal ranks a noun only as an adjective.
    // One in digits before a noun is one, whatever the tagger read ("in the 118th minute": a pronoun).
    // So is one in words after a possessive or "the", before a word of the noun's phrase, however
    // tagged ("her third grand slam title", which wink reads as an adverb).
    if (!best && an.pos[i] !== 'ADJ' && an.pos[i] !== 'NUM' && an.pos[i] !== 'NOUN' && !(inDigits && an.pos[i + 1] === 'NOUN') && !(RANK_DETERMINERS.has(an.lower[i - 1] ?? '') && /^(ADJ|NOUN|PROPN)$/.test(an.pos[i + 1] ?? ''))) continue;
    const counted = countedNoun(an, an.lower[i + 1] === 'such' ? i + 2 : i + 1, i);
    const nounInfo = best ? { ...counted, noun: best, nounForm: best, phrase: counted.phrase ?? rankedBefore(an, i, best), last: Math.max(counted.last, hyphen ? i + 2 : i + 1) } : counted;
    if (!nounInfo.noun) continue;
    if (inDigits) digitNouns.push(nounInfo.noun);
    out.push(ordinalClaim(an, path, skip, i, value, nounInfo, best));
  }
  if (!elided.length) return out;
  // An ordinal in digits whose noun the sentence leaves out is of the noun of the ordinals it is
  // listed before ("birdied the 13th, 15th and 16th holes"), or else of the noun the document gives
  // more than half of its other such ordinals ("double the lead in the 68th but …" after "the 25th
  // minute", "the 89th minute").
  const most = digitNouns.find((n) => digitNouns.filter((m) => m === n).length * 2 > digitNouns.length);
  for (const [i, value] of elided) {
    const end = listEnd(an, i);
    const noun = end > i ? out.find((c) => c.span.start === an.starts[end])?.context.noun : most;
    if (noun) out.push(ordinalClaim(an, path, skip, i, value, { noun, nounForm: noun, phrase: noun, last: i }));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const RANK_DETERMINERS = new Set(['the', ...POSSESSIVES]);

/** The last ordinal of a list that the ordinal at token i opens ("13th, 15th and 16th"): i itself when none follows. */
function listEnd(an: Analysis, i: number): number {
  let end = i;
  for (let k = i + 1; k < an.values.length && (an.values[k] === ',' || an.lower[k] === 'and' || an.lower[k] === 'or' || an.types[k] === 'ordinal'); k++) if (an.types[k] === 'ordinal') end = k;
  return end;
}

/** The claim of the ordinal at token i, ranking `nounInfo`'s noun (or among the superlative `best`). */
function ordinalClaim(an: Analysis, path: string, skip: Uint8Array, i: number, value: number, nounInfo: ReturnType<typeof countedNoun>, best?: string): QuantityClaim {
  const run = !best && runAt(an, i, i, Math.max(i, nounInfo.last));
  return {
    kind: 'quantity',
    ...claimBase(an, path, 'o', an.starts[i], an.ends[Math.max(i, nounInfo.last)], i),
    // "its 17th straight unanimous decision", "their fifth win in a row": the length of a run,
    // seventeen decisions, as "17 consecutive decisions" is (runs.ts); counted, not ranked.
    quantity: { kind: run ? 'count' : 'ordinal', low: value, high: value, qualifier: 'exact', precision: 1 },
    context: {
      noun: nounInfo.noun,
      nounForm: nounInfo.nounForm,
      phrase: nounInfo.phrase,
      superlative: best ? true : undefined,
      run: run || undefined,
      scope: rankScope(an, Math.max(i, nounInfo.last) + 1, skip),
      events: eventsNear(an, i, i, false, true),
      words: contextWords(an, i, Math.max(i, nounInfo.last)),
      attribution: attributionOf(an, an.sentenceOf[i]),
      // "Golan finished in fifth place", "Olly Alexander finished in 18th place": two doers' ranks.
      doer: doerOf(an, verbOf(an, i)),
    },
  };
}

/**
 * "the bank, the 16th largest in the US", "The bank was the 18th largest": a superlative that names
 * nothing after it ranks the noun it stands beside or is said of ("largest bank"), if any.
 */
function rankedBefore(an: Analysis, i: number, best: string): string | undefined {
  let k = i - 1;
  if (an.pos[k] === 'DET') k--;
  if (an.values[k] !== ',' && an.pos[k] !== 'AUX') return undefined;
  // "lasted only 269 days, the third-shortest": a figure's noun is its unit, not what is ranked.
  const noun = an.pos[k - 1] === 'NOUN' && an.types[k - 2] !== 'number' && an.sentenceOf[k - 1] === an.sentenceOf[i];
  return noun ? `${best} ${an.lower[k - 1]}` : undefined;
}

/** The superlative at token j ("deadliest", "most serious"), lower case, if any. */
export function superlativeAt(an: Analysis, j: number): string | undefined {
  if (an.lower[j] === 'most' || an.lower[j] === 'least') return an.pos[j + 1] === 'ADJ' ? `${an.lower[j]} ${an.lower[j + 1]}` : undefined;
  const w = an.lower[j] ?? '';
  return an.pos[j] === 'ADJ' && w.length > 4 && w.endsWith('est') && an.lemmas[j]?.toLowerCase() !== w ? w : undefined;
}

/**
 * What a rank is among: "the first team in 60 years to retain the trophy", "the second man in
 * history to score a hat-trick in a World Cup final", "the first since 1966": the span it ranks
 * in and the deed it ranks, as "span|deed", or undefined when the text names neither. Two ranks of
 * other spans or other deeds are two rankings, however alike their nouns. A span of years is marked
 * in `skip`: it is read as the rank's, not as a length of its own.
 */
export function rankScope(an: Analysis, from: number, skip?: Uint8Array): string | undefined {
  const s1 = an.sentences[an.sentenceOf[Math.min(from, an.lower.length - 1)]]?.[1] ?? from;
  let span = '';
  const deed: string[] = [];
  for (let k = from; k <= Math.min(s1, from + 14); k++) {
    const w = an.lower[k];
    if (an.types[k] === 'punctuation' && deed.length) break;
    if (!span && w === 'ever') span = 'history';
    else if (!span && w === 'since') span = `since ${an.lower[k + 1] ?? ''}`;
    else if (!span && w === 'in') {
      const to = Math.min(k + 4, s1);
      for (let j = k + 1; j <= to && !span; j++) {
        if (an.lower[j] === 'history') span = 'history';
        else if (an.types[j] === 'number' && /^(years?|decades?)$/.test(an.lower[j + 1] ?? '')) {
          span = `${an.lower[j]} ${lemmaOf(an, j + 1)}`;
          // "the first team in 60 years": the span of the rank, no length of anything of its own.
          if (skip) skip.fill(1, j, j + 2);
        }
      }
    } else if (w === 'to' && an.pos[k + 1] === 'VERB') {
      // To the end of its clause; a hyphen inside a word ("hat-trick", "back-to-back") is no end.
      const joined = (j: number) => an.values[j] === '-' && an.ends[j - 1] === an.starts[j] && an.ends[j] === an.starts[j + 1];
      for (let j = k + 1; j <= Math.min(s1, k + 12) && (an.types[j] !== 'punctuation' || joined(j)); j++) if (an.pos[j] === 'NOUN' || an.pos[j] === 'VERB' || an.pos[j] === 'PROPN') deed.push(lemmaOf(an, j).toLowerCase());
      break;
    }
  }
  return span || deed.length ? `${span}|${deed.join(' ')}` : undefined;
}

/** A capitalised word mid-sentence with a capitalised word on each side ("People First Party"). */
function inName(an: Analysis, i: number): boolean {
  const capital = (k: number) => /^\p{Lu}/u.test(an.values[k] ?? '') && an.sentenceOf[k] === an.sentenceOf[i];
  return capital(i) && i !== an.sentences[an.sentenceOf[i]][0] && capital(i - 1) && capital(i + 1);
}

/**
 * "the shortest-tenured US House speaker in 147 years", "the first ouster of a speaker in the
 * House's 234-year history": a span after "in" that a superlative or a first tells a record over is
 * that record's span (the superlative's word), not a length of anything else.
 */
export function recordSpanOf(an: Analysis, first: number): string | undefined {
  let k = first - 1;
  if (ownerAt(an, k)) k -= 2;
  if (an.pos[k] === 'DET') k--;
  if (an.lower[k] !== 'in') return undefined;
  const s0 = an.sentences[an.sentenceOf[k]][0];
  for (let j = k - 1; j >= Math.max(s0, k - 8); j--) {
    if (an.types[j] === 'punctuation' && !DASHES.has(an.values[j])) return undefined;
    const best = superlativeAt(an, j) ?? (RECORD_ORDINALS.has(an.lower[j]) ? an.lower[j] : undefined);
    if (best) return best;
  }
  return undefined;
}

const RECORD_ORDINALS = new Set(['first', 'last', 'only']);
