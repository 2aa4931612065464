// A figure told on either side of a line the comparison draws to keep apart what may rightly differ
// can still be one fact told twice. Figures of what is planned, expected or promised are compared
// among themselves (claimIndex.ts blockKey), as a plan that differs from what was done is no error
// in either report; but "would impose a 10% baseline tariff" and "announced a 'baseline' 10%
// tariff" give one figure. So do an increment and a total ("an additional 1,250 flights" / "1,250
// flights"), an earlier value and a present one, a price asked and one paid, one side of a tally
// and a count, a change and a level ("prices rose 9.1%" / "inflation of 9.1%"), a streak and a
// count, when the number is the very same, hedged or not ("around 5,000" / "5,000"): a figure that
// only agrees ("more than 600" against "1,250 more") says nothing across those lines. Such pairs
// agree, and never more than that.
import { blockKey, type ClaimIndex } from './claimIndex';
import { threshold, type FigureClaim, type Match } from './figureScore';
import type { Scorer } from './scorer';
import { isBound, sameNumber } from './interval';

/**
 * The parts of a figure's block key (claimIndex.ts blockKey) that draw such a line, with the value
 * that sets it and what a figure on that side is, for the finding's note.
 */
const LINES: { at: number; value: string; agrees: boolean; is: string }[] = [
  { at: 3, value: 'proj', agrees: true, is: 'planned or expected' },
  ...(
    [
      [2, 'inc', 'an increment'],
      [4, 'prev', 'an earlier value'],
      [5, 'req', 'asked or offered'],
      [6, 'tally', 'one side of a tally'],
      [7, 'change', 'a change'],
      [8, 'run', 'a streak'],
      [9, 'label', 'a row of a list'],
    ] as const
  ).map(([at, value, is]) => ({ at, value, agrees: false, is })),
];

/** The note on the other report's figure: what it is there, or what this one is that it is not. */
const across = (is: string, there: boolean) => (there ? `${is} there` : `here ${is}, there not`);

/** The very same number, hedged or not ("around 5,000" / "5,000"), but no bound ("more than 5,000"). */
function oneNumber(a: FigureClaim, b: FigureClaim): boolean {
  if (a.kind !== 'quantity' || b.kind !== 'quantity') return false;
  const [x, y] = [a.quantity, b.quantity];
  return sameNumber(x, y) && !isBound(x) && !isBound(y);
}

/** The blocks across each line from c's, whether a figure that only agrees meets c there, and the note on it. */
function otherSides(c: FigureClaim): { key: string; agrees: boolean; why: string }[] {
  const key = blockKey(c);
  const day = 'a day to come';
  if (c.kind === 'date') return key === 'date' ? [{ key: 'date|bound', agrees: true, why: across(day, true) }] : key === 'date|bound' ? [{ key: 'date', agrees: true, why: across(day, false) }] : [];
  return LINES.map(({ at, value, agrees, is }) => {
    const parts = key.split('|');
    const there = !parts[at];
    // The part of earlier values holds targets too ("the 272 needed for a majority").
    const here = parts[at] === 'target' ? 'a target' : is;
    parts[at] = there ? value : '';
    return { key: parts.join('|'), agrees, why: across(here, there) };
  });
}

/**
 * For each other report of the story that `have` holds nothing of, its best claim across a line
 * that gives c's figure (or, across the line of plans, agrees with it) well enough to be the same thing.
 */
export function acrossLines(c: FigureClaim, path: string, index: ClaimIndex, sc: Scorer, have: Match[]): Match[] {
  const sides = otherSides(c);
  if (!sides.length) return [];
  const seen = new Set(have.map((m) => m.ref.path));
  const out: Match[] = [];
  for (const other of index.stories.relatedTo(path).keys()) {
    if (seen.has(other)) continue;
    let best: Match | undefined;
    for (const { key, agrees, why } of sides) {
      for (const ref of index.blockOf(other, key)) {
        const o = ref.claim as FigureClaim;
        const verdict = sc.verdict(c, o);
        if (verdict !== 'same' && (verdict !== 'agrees' || !(agrees || oneNumber(c, o)))) continue;
        const score = sc.score(c, o);
        if (score < threshold(c, o, verdict) || (best && score <= best.score)) continue;
        best = { ref, score, verdict, why: verdict === 'agrees' ? `${why}; consistent` : why };
      }
    }
    if (best) out.push(best);
  }
  return out;
}
