// Ordinals ("his second term", "the 21st edition"): ranks, compared only within their series.
import type { Analysis } from './nlp';
import type { QuantityClaim } from './types';
import { ORDINAL_WORDS } from './lexicon';
import { claimBase, contextWords, eventsNear } from './context';
import { attributionOf } from './parties';
import { countedNoun } from './countedNoun';

/** Ordinals ("third meeting", "21st"), kept as their own kind. */
export function extractOrdinals(an: Analysis, path: string, skip: Uint8Array): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  for (let i = 0; i < an.values.length; i++) {
    if (skip[i] || an.types[i] === 'punctuation') continue;
    const w = an.lower[i];
    let value = ORDINAL_WORDS[w];
    if (value === undefined) {
      const c = w.charCodeAt(0);
      if (c < 48 || c > 57) continue; // neither an ordinal word nor digits
      const m = /^(\d+)(st|nd|rd|th)$/.exec(w);
      if (!m) continue;
      value = Number(m[1]);
    }
    // "a third of the city", "fell by a fifth": a fraction (fractions.ts), not a rank.
    if (/^(a|an|one)$/.test(an.lower[i - 1] ?? '') && (an.lower[i + 1] === 'of' || an.lower[i - 2] === 'by')) continue;
    // "the third deadliest crash", "the fourth deadliest in India": a rank among the deadliest,
    // whatever noun follows, if any.
    const best = superlativeAt(an, i + 1);
    // "after first leading a campaign", "came second": an ordinal ranks a noun only as an adjective.
    if (!best && an.pos[i] !== 'ADJ' && an.pos[i] !== 'NUM' && an.pos[i] !== 'NOUN') continue;
    const counted = countedNoun(an, an.lower[i + 1] === 'such' ? i + 2 : i + 1, i);
    const nounInfo = best ? { ...counted, noun: best, nounForm: best, last: Math.max(counted.last, i + 1) } : counted;
    if (!nounInfo.noun) continue;
    out.push({
      kind: 'quantity',
      ...claimBase(an, path, 'o', an.starts[i], an.ends[Math.max(i, nounInfo.last)], i),
      quantity: { kind: 'ordinal', low: value, high: value, qualifier: 'exact', precision: 1 },
      context: {
        noun: nounInfo.noun,
        nounForm: nounInfo.nounForm,
        phrase: nounInfo.phrase,
        superlative: best ? true : undefined,
        events: eventsNear(an, i, i),
        words: contextWords(an, i, Math.max(i, nounInfo.last)),
        attribution: attributionOf(an, an.sentenceOf[i]),
      },
    });
  }
  return out;
}

/** The superlative at token j ("deadliest", "most serious"), lower case, if any. */
export function superlativeAt(an: Analysis, j: number): string | undefined {
  if (an.lower[j] === 'most' || an.lower[j] === 'least') return an.pos[j + 1] === 'ADJ' ? `${an.lower[j]} ${an.lower[j + 1]}` : undefined;
  const w = an.lower[j] ?? '';
  return an.pos[j] === 'ADJ' && w.length > 4 && w.endsWith('est') && an.lemmas[j]?.toLowerCase() !== w ? w : undefined;
}
