// Quotations and who said them (where their marks stand: quoteMarks.ts), and reported speech
// carried without quotation marks.
import { PREFIXES } from './words';
import type { Analysis } from './nlp';
import type { QuoteClaim } from './types';
import { beforeAuxiliaries, claimBase, lemmaOf, spanText } from './context';
import { tokenAt } from './nlp';
import { SPEECH, nameBefore } from './speakers';
import { LETTER, findQuotations, type RawQuote } from './quoteMarks';

function standsAlone(text: string, q: RawQuote): boolean {
  const before = text.lastIndexOf('\n', q.open);
  return /^\s*$/.test(text.slice(before + 1, q.open));
}

const PRONOUN = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
const FIRST_SECOND_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

/** The speaker named around a quotation: "X said", "said X", "according to X", "X told …". */
function speakerFor(an: Analysis, qFirst: number, qLast: number, lastNamed: string | undefined): string | undefined {
  const s = an.sentenceOf[Math.min(qLast + 1, an.values.length - 1)];
  const [s0, s1] = an.sentences[an.sentenceOf[qFirst]];
  const [, e1] = an.sentences[s];
  const from = s0;
  const to = Math.max(s1, e1);
  for (let i = from; i <= to; i++) {
    if (i >= qFirst && i <= qLast) continue;
    // "According to the New York Times": often the outlet that carried the words, not who spoke them.
    if (an.lower[i] === 'according' && an.lower[i + 1] === 'to') return carried(accordingTo(an, i + 2, lastNamed));
    if (!SPEECH.has(lemmaOf(an, i)) || an.pos[i] !== 'VERB') continue;
    // "KCNA quoted Kim as saying": the one quoted is the object.
    if (lemmaOf(an, i) === 'quote' && an.pos[i + 1] === 'PROPN' && i + 1 !== qFirst) return nounPhrase(an, i + 1, 1, lastNamed, qFirst);
    // "X said" / "X was quoted as saying": the subject before the verb.
    let j = beforeAuxiliaries(an, i - 1, from);
    // "The prime minister, Rishi Sunak, said": the name set off by commas before the verb.
    // "Smith, 54, said": past the age.
    if (an.values[j] === ',' && an.types[j - 1] === 'number' && an.values[j - 2] === ',') j -= 2;
    // "a health ministry official (in charge of the data), told the press": past an aside in brackets.
    if (an.values[j] === ',' && an.values[j - 1] === ')') j--;
    if (an.values[j] === ')') {
      let open = j - 1;
      while (open > from && open > j - 12 && an.values[open] !== '(') open--;
      if (an.values[open] === '(' && !(open >= qFirst && open <= qLast)) j = open - 1;
    }
    if (an.values[j] === ',' && an.pos[j - 1] === 'PROPN' && !(j - 1 >= qFirst && j - 1 <= qLast)) j--;
    // "Anthony Guglielmi, Secret Service chief of communications, said": past the role set off by
    // commas, to the name before it.
    else if (an.values[j] === ',') j = nameBeforeRole(an, j, from, qFirst, qLast) ?? j;
    if (j >= from && !(j >= qFirst && j <= qLast) && (an.pos[j] === 'PROPN' || an.pos[j] === 'NOUN' || an.pos[j] === 'PRON')) {
      return nounPhrase(an, j, -1, lastNamed, qFirst);
    }
    // "told the press", "told Reuters": who "tell" takes after it is the listener, never the speaker.
    if (lemmaOf(an, i) === 'tell') continue;
    // "said Kim".
    if (an.pos[i + 1] === 'PROPN' && !(i + 1 >= qFirst && i + 1 <= qLast)) return nounPhrase(an, i + 1, 1, lastNamed, qFirst);
    // "said the ministry spokesman"; "said a spokesman for the ministry": the body spoken for.
    if (an.pos[i + 1] === 'DET' && !(i + 1 >= qFirst && i + 1 <= qLast)) {
      let h = i + 2;
      while (an.pos[h + 1] === 'NOUN' && an.types[h + 1] === 'word') h++;
      const role = bodyBehind(an, h, lastNamed) ?? (an.pos[i + 2] === 'NOUN' || an.pos[i + 2] === 'ADJ' ? nounPhrase(an, i + 1, 1, lastNamed, qFirst) : undefined);
      if (role) return role;
    }
  }
  return undefined;
}

/** The name just before a role set off by commas that ends at the comma `close`, if any. */
function nameBeforeRole(an: Analysis, close: number, from: number, qFirst: number, qLast: number): number | undefined {
  for (let c = close - 1; c > from && c > close - 12; c--) {
    if (c >= qFirst && c <= qLast) return undefined;
    if (an.pos[c] === 'VERB' || an.pos[c] === 'AUX') return undefined;
    if (an.values[c] === ',') return an.pos[c - 1] === 'PROPN' && !(c - 1 >= qFirst && c - 1 <= qLast) ? c - 1 : undefined;
  }
  return undefined;
}

/**
 * Who "according to" names: "according to police" (which wink may read as a verb), and the body
 * behind a document, "according to a statement from the army": the army.
 */
function accordingTo(an: Analysis, k: number, lastNamed: string | undefined): string | undefined {
  let at = k;
  while (an.pos[at] === 'DET') at++;
  return bodyBehind(an, at, lastNamed) ?? nounPhrase(an, k, 1, lastNamed) ?? (an.types[at] === 'word' && /^\p{L}+$/u.test(an.values[at]) ? an.values[at] : undefined);
}

/** "a statement from the army", "a spokesman for the ministry": the body behind the document or person at token `at`. */
function bodyBehind(an: Analysis, at: number, lastNamed: string | undefined): string | undefined {
  return STATEMENTS.has(lemmaOf(an, at)) && /^(for|from|by|of)$/.test(an.lower[at + 1] ?? '') ? nounPhrase(an, at + 2, 1, lastNamed) : undefined;
}

const STATEMENTS = new Set(['statement', 'report', 'release', 'post', 'filing', 'interview', 'letter', 'document', 'transcript', 'spokesperson', 'spokesman', 'spokeswoman']);

/** Marks a speaker named only as the one the words came through ("according to …"). */
function carried(s: string | undefined): string | undefined {
  return s === undefined ? undefined : `${CARRIED}${s}`;
}

/** Prefix of a speaker named through "according to"; see QuoteClaim.carrier. */
const CARRIED = '\u0000';

/** Reads a name around token i, forward (dir 1) or backward (-1); pronouns become the last name. */
function nounPhrase(an: Analysis, i: number, dir: 1 | -1, lastNamed: string | undefined, before = i): string | undefined {
  if (PRONOUN.has(an.lower[i])) return lastNamed ?? nameBefore(an, before);
  let a = i;
  let b = i;
  const ok = (k: number) => an.types[k] === 'word' && (an.pos[k] === 'PROPN' || an.pos[k] === 'NOUN' || (an.pos[k] === 'ADJ' && dir === -1));
  if (dir === 1) {
    while (an.lower[b] === 'the' || an.pos[b] === 'DET') b++;
    a = b;
    while (ok(b + 1) || an.lower[b + 1] === "'s" || an.lower[b + 1] === '’s') b++;
  } else {
    while (ok(a - 1)) a--;
  }
  if (!ok(a) && !ok(b)) return undefined;
  return spanText(an, a, b);
}

/** Characters between two quotations within which the second continues the first's speaker. */
const CONTINUES = 60;

export function extractQuotes(an: Analysis, path: string): QuoteClaim[] {
  const text = an.text;
  const out: QuoteClaim[] = [];
  let lastNamed: string | undefined;
  let prevClose = -1;
  const covered: [number, number][] = [];
  for (const q of findQuotations(text)) {
    const inner = text.slice(q.open + 1, q.close).trim();
    if (!LETTER.test(inner)) continue;
    const qFirst = tokenAt(an, q.open);
    const qLast = tokenAt(an, q.close);
    // A quotation that stands as its own paragraph continues the previous speaker.
    const named = speakerFor(an, qFirst, qLast, nameBefore(an, qFirst));
    const carrier = named?.startsWith(CARRIED) || undefined;
    // So does one that follows, in its paragraph, the short attribution of the quotation before it:
    // "“It was a disaster,” said Mr Smith. “We lost everything.”"
    const continues = prevClose >= 0 && q.open - prevClose < CONTINUES && !text.slice(prevClose, q.open).includes('\n');
    const speaker = named?.replace(CARRIED, '') ?? (standsAlone(text, q) || continues ? lastNamed : undefined);
    if (speaker && !carrier) lastNamed = speaker;
    prevClose = q.close;
    covered.push([q.open, q.close + 1]);
    out.push({
      kind: 'quote',
      ...claimBase(an, path, 'u', q.open, q.close + 1, qFirst),
      quoted: text.slice(q.open + 1, q.close),
      speaker,
      carrier,
    });
  }
  out.push(...reportedSpeech(an, path, covered, lastNamed));
  return out;
}

/**
 * Reported speech without quotation marks: a sentence that ends ", Kim said." or
 * ", Kim was quoted as saying." carries the speaker's words in the clause before.
 */
function reportedSpeech(an: Analysis, path: string, covered: [number, number][], lastNamed: string | undefined): QuoteClaim[] {
  const out: QuoteClaim[] = [];
  for (const [s0, s1] of an.sentences) {
    let end = s1;
    if (an.types[end] === 'punctuation') end--;
    if (end <= s0) continue;
    // Find ", <speaker> <verb of speech> [as saying | reporters | the BBC]" at the end.
    let v = end;
    if (an.lower[v] === 'saying' && an.lower[v - 1] === 'as') v -= 2;
    for (let k = 0; k < 3 && v > s0 && !SPEECH.has(lemmaOf(an, v)) && ['NOUN', 'PROPN', 'PRON', 'DET'].includes(an.pos[v]); k++) v--;
    if (v <= s0 || !SPEECH.has(lemmaOf(an, v))) continue;
    let j = v - 1;
    while (j > s0 && (an.pos[j] === 'AUX' || an.pos[j] === 'ADV')) j--;
    let k = j;
    while (k > s0 && an.values[k - 1] !== ',' && k > j - 5) k--;
    if (an.values[k - 1] !== ',' || k - 1 <= s0 + 3) continue;
    let first = s0;
    while (first < k && an.types[first] !== 'word') first++;
    const start = an.starts[first];
    const stop = an.ends[k - 2];
    if (covered.some(([a, b]) => a < stop && b > start)) continue;
    // Only words in the speaker's own voice ("you", "our") are a quotation; the rest is a paraphrase.
    let own = false;
    for (let t = first; t < k - 1 && !own; t++) own = FIRST_SECOND_PERSON.has(an.lower[t]);
    if (!own) continue;
    const speaker = nounPhrase(an, j, -1, lastNamed);
    out.push({
      kind: 'quote',
      ...claimBase(an, path, 'r', start, stop, first),
      quoted: an.text.slice(start, stop),
      speaker,
      unmarked: true,
    });
  }
  return out;
}

/** The words of a quotation, folded for comparison: lower case, no punctuation, one apostrophe. */
export function quoteWords(s: string): string[] {
  return (s.toLowerCase().replace(/[’‘`]/g, "'").match(WORD) ?? []).map((w) => w.replace(/'s$/, '').replace(/[-‐‑]/g, ''));
}

/**
 * A word of a text as quotation search reads it: letters and digits, with one apostrophe and letters
 * after it; a prefix joined by a hyphen is part of the word, as sources write it with one or
 * without ("re-establish" and "reestablish", "multi-billion" and "multibillion"), while other
 * compounds stay two words, as a source may quote one part ("crew tracking" of "crew
 * tracking-related tools").
 */
export const WORD = new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:${[...PREFIXES].join('|')})[-‐‑](?=\\p{L}))?[\\p{L}\\p{N}]+(?:['’‘\`]\\p{L}+)?`, 'giu');
