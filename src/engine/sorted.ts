// Binary search over ascending offsets: the token or line a character offset falls in.

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
