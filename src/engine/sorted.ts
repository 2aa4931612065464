// Binary search over ascending offsets: the token or line a character offset falls in, the first word of a span.

/** The index of the last value at or before `v` in ascending `sorted` (0 when none is). */
export function lastAtOrBefore(sorted: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The index of the first value at or after `v` in ascending `sorted` (its length when none is). */
export function firstAtOrAfter(sorted: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
