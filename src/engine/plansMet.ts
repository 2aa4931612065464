// A plan and its deed can give one figure: "would impose a 10% baseline tariff" in one report and
// "announced a 'baseline' 10% tariff" in another. Figures of what is planned, expected or promised
// are compared among themselves (claimIndex.ts blockKey: a plan that differs from what was done is
// no error in either report), but the very figure on both sides is one fact told twice: an
// agreement, and never more than that.
import { blockKey, type ClaimIndex } from './claimIndex';
import { threshold, type FigureClaim, type Match } from './figureScore';
import type { Scorer } from './scorer';

/** The block of c's figure on the other side of the line between plans and deeds, if any. */
function otherSide(c: FigureClaim): string | undefined {
  const key = blockKey(c);
  if (c.kind === 'date') return key === 'date' ? 'date|bound' : key === 'date|bound' ? 'date' : undefined;
  const parts = key.split('|');
  parts[3] = parts[3] ? '' : 'proj';
  return parts.join('|');
}

/**
 * For each other report of the story that `have` holds nothing of, its best claim on the other
 * side of the line that agrees with c (or gives c's very figure) well enough to be the same thing.
 */
export function plansMet(c: FigureClaim, path: string, index: ClaimIndex, sc: Scorer, have: Match[]): Match[] {
  const key = otherSide(c);
  if (!key) return [];
  const seen = new Set(have.map((m) => m.ref.path));
  const out: Match[] = [];
  for (const other of index.stories.relatedTo(path).keys()) {
    if (seen.has(other)) continue;
    let best: Match | undefined;
    for (const ref of index.blockOf(other, key)) {
      const o = ref.claim as FigureClaim;
      const verdict = sc.verdict(c, o);
      if (verdict !== 'same' && verdict !== 'agrees') continue;
      const score = sc.score(c, o);
      if (score < threshold(c, o, verdict) || (best && score <= best.score)) continue;
      best = { ref, score, verdict };
    }
    if (best) out.push(best);
  }
  return out;
}
