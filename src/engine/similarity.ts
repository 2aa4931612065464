// How likely two claims from different sources speak of the same thing: same counted noun (by
// meaning, through word vectors), same event, same surrounding words, similar magnitude.
import type { ClaimContext, WordVectors } from './types';
import { harmSenses } from './context';
import { sameCountry } from './countries';

export interface Weights {
  /** Inverse document frequency of a context word across the workspace. */
  idf(word: string): number;
}

export function wordSimilarity(a: string, b: string, vectors?: WordVectors): number {
  if (a === b) return 1;
  return vectors?.similarity(a, b) ?? 0;
}

/** Noun similarity mapped to 0..1: "troops"/"soldiers" ≈ 1, "troops"/"countries" ≈ 0.15. */
function nounScore(a: ClaimContext, b: ClaimContext, vectors?: WordVectors): number | undefined {
  if (!a.noun || !b.noun) return undefined;
  // "Ethiopians" and "Ethiopia" in a list of passengers by nationality: one country, however written.
  if (a.noun === b.noun || sameCountry(a.noun, b.noun)) return 1;
  const cos = Math.max(
    wordSimilarity(a.nounForm ?? a.noun, b.nounForm ?? b.noun, vectors),
    wordSimilarity(a.noun, b.noun, vectors),
    wordSimilarity(peopleOf(a), peopleOf(b), vectors),
  );
  return clamp((cos - 0.35) / 0.5);
}

/**
 * "77 Kentuckians have died", "32 Kenyans": members of a people are people, so they meet a count of
 * people or of deaths as "77 people" would (two peoples are set apart in frameGroup.ts).
 */
function peopleOf(c: ClaimContext): string {
  const head = c.phrase?.split(/\s+/).pop();
  return head && PEOPLE_PLURAL.test(head) ? 'people' : c.noun!;
}

/** A people's name in the plural, by its ending: Kentuckians, Kenyans, Pakistanis, Israelis. */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(an|i)s$/u;

/**
 * How alike two lists of event lemmas are (the closest pair), 0..1; undefined when either is empty.
 * Two words of one harm ("injured", "wounded") are one deed, whatever their vectors say.
 */
export function eventScore(a: string[], b: string[], vectors?: WordVectors, alike?: (x: string, y: string) => boolean): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, x === y || oneHarm(x, y) ? 1 : alike && !alike(x, y) ? 0 : clamp((wordSimilarity(x, y, vectors) - 0.3) / 0.4));
  return best;
}

function oneHarm(x: string, y: string): boolean {
  const hx = harmSenses([x]);
  return hx.length > 0 && harmSenses([y]).some((h) => hx.includes(h));
}

/** Cosine of the two context bags, each word weighted by nearness and rarity. */
export function contextScore(a: string[], b: string[], w: Weights): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Lists are short (a clause and its sentence): nested loops beat building maps for every pair.
  const weightIn = (ws: string[], x: string): number => {
    let best = 0;
    for (let i = 0; i < ws.length; i++) if (ws[i] === x) best = Math.max(best, 1 / (1 + i * 0.15));
    return best;
  };
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.indexOf(a[i]) !== i) continue; // a repeated word counts once, at its nearest place
    const idf = w.idf(a[i]);
    const wa = idf / (1 + i * 0.15);
    na += wa * wa;
    const wb = weightIn(b, a[i]);
    if (wb > 0) dot += wa * wb * idf;
  }
  for (let i = 0; i < b.length; i++) {
    if (b.indexOf(b[i]) !== i) continue;
    const wb = w.idf(b[i]) / (1 + i * 0.15);
    nb += wb * wb;
  }
  return dot / (Math.sqrt(na) * Math.sqrt(nb) || 1);
}

/** Harm senses must agree: "killed" is not "killed or wounded", and neither is "sent". */
export function harmCompatible(a: string[], b: string[]): { ok: boolean; penalty: number } {
  const x = harmSenses(a);
  const y = harmSenses(b);
  if (x.length && y.length) return { ok: x.join() === y.join(), penalty: 1 };
  if (x.length || y.length) return { ok: true, penalty: 0.35 };
  return { ok: true, penalty: 1 };
}

/** Same-thing score for two contexts, 0..1. */
export function contextMatch(a: ClaimContext, b: ClaimContext, vectors: WordVectors | undefined, w: Weights): number {
  const harm = harmCompatible(a.events, b.events);
  if (!harm.ok) return 0;
  const noun = nounScore(a, b, vectors);
  // The same harm senses ("casualties" and "killed or wounded") are the same event.
  const sameHarm = harm.penalty === 1 && harmSenses(a.events).length > 0;
  const event = sameHarm ? 1 : eventScore(a.events, b.events, vectors);
  const ctx = contextScore(a.words, b.words, w);
  // Missing evidence counts as neutral, so a bare "600 killed" can still meet "600 died".
  const score = 0.4 * (noun ?? 0.5) + 0.25 * (event ?? 0.4) + 0.35 * ctx;
  return score * harm.penalty;
}

/** Sources rarely differ tenfold on one figure: a large ratio says these are different figures. */
export function magnitudeFactor(a: number, b: number): number {
  const x = Math.abs(a) || 1;
  const y = Math.abs(b) || 1;
  const r = Math.log10(Math.max(x, y) / Math.min(x, y));
  return 1 / (1 + r * r * 2);
}

export function clamp(x: number, lo = 0, hi = 1): number {
  return Math.min(hi, Math.max(lo, x));
}
