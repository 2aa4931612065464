// What narrows a counted phrase to a part of its whole: the names and nouns set around its head
// ("Xbox content and services revenue"), a first step ("an immediate 11% raise"), but not the names
// the document is about (subjectNames) nor words of time.
import type { Analysis } from './nlp';
import { lemmaOf } from './context';
import { firstWord } from './subjects';
import { isDayName } from './lexicon';

/**
 * The words that narrow a counted phrase to a part, names as written and nouns in lower case, set before or
 * after its head ("Xbox content and services revenue" → xbox, content, services; "devices
 * revenue" → devices), but not the names the document is about (`subjects`: "Microsoft profits"
 * are the whole), nor words of time ("third-quarter revenue").
 */
export function narrowingIn(an: Analysis, span: [number, number] | undefined, head: string | undefined, subjects: Set<string>): string[] | undefined {
  if (!span) return undefined;
  const out: string[] = [];
  for (let i = span[0]; i <= span[1]; i++) {
    if (an.types[i] !== 'word' || an.lower[i] === head || subjects.has(an.lower[i]) || TIME_NOUNS.has(lemmaOf(an, i))) continue;
    const name = /^\p{Lu}/u.test(an.values[i]) && (i !== firstWord(an, i) || an.pos[i] === 'PROPN');
    // "operating income": a word in -ing that opens the phrase names a kind of what it heads.
    const kind = i === span[0] && an.pos[i] === 'VERB' && /ing$/.test(an.lower[i]);
    if (name || kind || an.pos[i] === 'NOUN') out.push(name ? an.values[i] : an.lower[i]);
  }
  return out.length ? out : undefined;
}

export const TIME_NOUNS = new Set(['year', 'quarter', 'month', 'week', 'day', 'half', 'season', 'period', 'term', 'decade']);

/**
 * "an immediate 11% raise", "an initial $5bn payment", "an upfront fee of": a first step of
 * something, which narrows the figure as a named part does (it is not the whole raise or price).
 */
export function stageBefore(an: Analysis, first: number): string | undefined {
  const w = an.lower[first - 1];
  if (w && EDGES.has(w)) return /^(DET|PRON)$/.test(an.pos[first - 2] ?? '') ? w : undefined;
  // "raises of 9% for each of the next two years": the years something recurs in, some of a longer
  // period (the contract's four), not a length of anything.
  if (w && FROM_NOW.has(w) && an.lower[first - 2] === 'the' && an.lower[first - 3] === 'of' && an.lower[first - 4] === 'each') return EACH_OF;
  return w && STAGES.has(w) ? w : undefined;
}

/**
 * "their first 22 three-point attempts", "the last 10 games": the first or last of a series, cut
 * out of it as a first step is (not "came first 22 times", where "first" is no word of the count).
 */
const EDGES = new Set(['first', 'last', 'final']);
/** Words of the stretch just ahead ("each of the next two years"). */
const FROM_NOW = new Set(['next', 'following', 'coming', 'remaining']);
/** The stage of "each of the next two years" (no word of a text is written so). */
const EACH_OF = 'each of';

export const STAGES = new Set(['immediate', 'initial', 'upfront', 'interim', 'preliminary', EACH_OF, ...EDGES]);


/**
 * The name a document is about: the one named in the most sentences, three at least (all of them
 * on a tie). "Microsoft profits" is the document's own subject,
 * not a part of it, where "Windows revenue" is.
 */
export function subjectNames(an: Analysis): Set<string> {
  const sentences = new Map<string, Set<number>>();
  const inside = new Set<string>();
  for (let i = 0; i < an.values.length; i++) {
    // A month or a weekday named in sentence after sentence ("added 303,000 jobs in March") is the
    // time the report tells of, not a party it is about.
    if (an.pos[i] !== 'PROPN' || an.types[i] !== 'word' || isDayName(an.lower[i])) continue;
    const set = sentences.get(an.lower[i]) ?? new Set<number>();
    set.add(an.sentenceOf[i]);
    sentences.set(an.lower[i], set);
    if (i !== firstWord(an, i)) inside.add(an.lower[i]);
  }
  // A word that is only ever capitalised where a line opens ("- Average hourly earnings, …") is
  // no name the tagger can tell from a common word: a party is named within a sentence too.
  for (const w of sentences.keys()) if (!inside.has(w)) sentences.delete(w);
  let most = 0;
  for (const s of sentences.values()) most = Math.max(most, s.size);
  const out = new Set<string>();
  for (const [w, s] of sentences) if (s.size >= 3 && s.size === most) out.add(w);
  return out;
}

/** Words that grade how badly the hurt were hurt. */
const GRADES = new Set(['seriously', 'critically', 'severely', 'gravely', 'badly', 'slightly', 'lightly', 'mildly', 'serious', 'critical', 'severe', 'grave', 'minor', 'light']);
/** What a grade is said of: the hurt ("seriously injured"), their injuries ("minor injuries"), their condition ("in critical condition"). */
const GRADED = new Set(['injure', 'wound', 'hurt', 'burn', 'ill', 'injury', 'condition']);

/**
 * "33 others seriously injured", "33 others remain in serious condition", "116 sustained minor
 * injuries": the hurt graded by how badly are a part of all the hurt ("injuring 82 others"). A
 * grade within a few words after the figure, before what it grades.
 */
export function gradedHurt(an: Analysis, last: number): boolean {
  const s = an.sentenceOf[last];
  for (let k = last + 1; k < an.values.length && k <= last + 5 && an.sentenceOf[k] === s; k++) {
    if (an.types[k] === 'punctuation') return false;
    if (GRADES.has(an.lower[k]) && GRADED.has(lemmaOf(an, k + 1))) return true;
  }
  return false;
}
