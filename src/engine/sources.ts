// Who gave a figure or said a quotation: two names of one source ("the NHC", "the National
// Hurricane Center"), and one speaker among the people who speak for one body.
import { INSTITUTION_WORDS, STOPWORDS, TITLES } from './lexicon';

/** A source named by a name ("Dhami", "the Red Cross"), not by a title or office alone ("the chief minister"). */
export const named = (s: string) => s.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !/^(The|A|An)$/.test(w) && !TITLES.has(w.toLowerCase()));

export function sameSource(a: string, b: string): boolean {
  const words = (s: string) => (s.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.replace(/'s$/, '')).filter((w) => !TITLES.has(w) && !STOPWORDS.has(w));
  const x = new Set(words(a));
  const y = words(b);
  // "the mayor" and "the mayor": a title alone names one speaker when both say it.
  if (!x.size || !y.length) return a.toLowerCase().replace(/^the /, '') === b.toLowerCase().replace(/^the /, '');
  return y.some((w) => x.has(w)) || acronymOf(a, b) || acronymOf(b, a);
}

/**
 * One speaker, not only one source: "Coast Guard Rear Admiral John Mauger" and "US Coast Guard
 * Captain Jamie Frederick" speak for one body but are two people, each with days of their own.
 */
export function sameSpeaker(a: string, b: string): boolean {
  const x = surnameOf(a);
  const y = surnameOf(b);
  return sameSource(a, b) && !(x && y && x !== y);
}

/** The surname a speaker is named by ("… Captain Jamie Frederick"), not a body's last word ("the Coast Guard"). */
function surnameOf(s: string): string | undefined {
  const m = /\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}+)$/u.exec(s.trim());
  return m && !INSTITUTION_WORDS.has(m[1].toLowerCase()) && !TITLES.has(m[1].toLowerCase()) ? m[1] : undefined;
}

/** "the NHC" and "the National Hurricane Center": a word in capitals that spells the other's initials. */
function acronymOf(short: string, long: string): boolean {
  const initials = (long.match(/\p{Lu}\p{Ll}+/gu) ?? []).map((w) => w[0]).join('');
  return initials.length >= 2 && (short.match(/\b\p{Lu}{2,}\b/gu) ?? []).some((w) => w === initials);
}
