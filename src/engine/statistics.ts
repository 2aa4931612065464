// A study's statistics around a figure are not claims of their own: "(95% CI 54.8 to 80.6)" is how
// sure the estimate before it is, "p<0.001" how unlikely chance is. Set against another report's
// figures, they would meet efficacy rates and counts they have nothing to do with.

/** Marks in `skip` the tokens of confidence intervals and p-values. */
export function skipStatistics(an: { lower: string[]; values: string[]; types: string[]; sentenceOf: ArrayLike<number> }, skip: Uint8Array): void {
  const n = an.values.length;
  for (let i = 0; i < n; i++) {
    const w = an.lower[i];
    // "95% CI 54.8 to 80.6", "95% confidence interval, 0.62 to 0.91": the level, then the bounds,
    // to the end of the bracket or clause.
    const ci = w === 'ci' || (w === 'confidence' && an.lower[i + 1] === 'interval');
    if (ci) {
      let from = i;
      if (an.values[i - 1] === '%' && an.types[i - 2] === 'number') from = i - 2;
      let to = i;
      while (to + 1 < n && an.sentenceOf[to + 1] === an.sentenceOf[i] && !END.has(an.values[to + 1])) to++;
      for (let k = from; k <= to; k++) skip[k] = 1;
      i = to;
      continue;
    }
    // "p<0.001", "p = 0.03", "P ≤ 0.05"
    if (w === 'p' && COMPARE.has(an.values[i + 1]) && an.types[i + 2] === 'number') {
      skip[i] = skip[i + 1] = skip[i + 2] = 1;
      i += 2;
    }
  }
}

const END = new Set([')', ']', ';']);
const COMPARE = new Set(['<', '=', '>', '≤', '≥', '<=', '>=']);
