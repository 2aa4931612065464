// How many sources a finding names. A folder that holds a thousand versions of one story has
// hundreds of sources for every claim: a finding names a few per distinct thing they say, the
// nearest first, and counts the rest, so that messages, hovers, the panel and the JSON stay
// readable and bounded whatever the size of the story. With few sources nothing is left out.

/** A group of this many sources or fewer is named in full: a handful of outlets, each checked. */
export const NAMED_IN_FULL = 4;
/** Sources named of a larger group (the closest); the rest are counted. */
export const LISTED = 3;
/** Distinct values a message describes one by one; the others are counted. */
export const DESCRIBED = 3;

/** How many of a group of n sources are named. */
export function listedOf(n: number): number {
  return n <= NAMED_IN_FULL ? n : LISTED;
}

/**
 * "a", "a and b", "a, b and c", "a, b, c and 12 more". `names` may hold only the first few of
 * `total` names (those named).
 */
export function nameList(names: string[], total = names.length): string {
  const shown = names.slice(0, listedOf(total));
  const more = total - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "a, b, c", or "a, b, c and 12 more" (the quotation messages' lists). */
export function commaList(names: string[]): string {
  const shown = names.slice(0, listedOf(names.length));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

export interface Listing<T> {
  /** The items named, in the order they are shown. */
  shown: T[];
  /** For the last item named of each group that was cut: how many more of the group there are. */
  more: Map<T, number>;
  /** All items left out. */
  left: number;
}

/**
 * The first n items in the order a stable sort by `cmp` would give, without sorting them all: a
 * story of a thousand versions lists hundreds of sources for a claim, and names three.
 */
export function firstSorted<T>(items: readonly T[], n: number, cmp: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  for (const t of items) {
    let i = out.length;
    while (i > 0 && cmp(t, out[i - 1]) < 0) i--;
    if (i >= n) continue;
    out.splice(i, 0, t);
    if (out.length > n) out.pop();
  }
  return out;
}

/** Items by key, groups and items in the order met. */
export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}

/**
 * Which items (one per source) to name. `key` tells what a source says; `rank` orders a group,
 * best first. When no group is cut the items stay as given; otherwise they are shown group by
 * group (`groupOrder` first, then the larger groups first), each group best first. Of each
 * `groupOrder`, the DESCRIBED largest groups are named, as messages describe them (sayings in
 * figureFinding.ts); the other groups are only counted.
 */
export function listing<T>(items: T[], key: (t: T) => string, rank: (a: T, b: T) => number, groupOrder: (t: T) => number = () => 0): Listing<T> {
  const groups = groupBy(items, key);
  const more = new Map<T, number>();
  const perOrder = new Map<number, number>();
  for (const g of groups.values()) {
    const order = groupOrder(g[0]);
    perOrder.set(order, (perOrder.get(order) ?? 0) + 1);
  }
  if ([...groups.values()].every((g) => listedOf(g.length) === g.length) && [...perOrder.values()].every((n) => n <= DESCRIBED)) return { shown: items, more, left: 0 };
  const ordered = [...groups.values()].sort((a, b) => groupOrder(a[0]) - groupOrder(b[0]) || b.length - a.length);
  const shown: T[] = [];
  let left = 0;
  const groupsNamed = new Map<number, number>();
  for (const g of ordered) {
    const order = groupOrder(g[0]);
    const nth = (groupsNamed.get(order) ?? 0) + 1;
    groupsNamed.set(order, nth);
    if (nth > DESCRIBED) {
      left += g.length;
      continue;
    }
    const n = listedOf(g.length);
    const named = firstSorted(g, n, rank);
    shown.push(...named);
    if (n < g.length) {
      more.set(named[n - 1], g.length - n);
      left += g.length - n;
    }
  }
  return { shown, more, left };
}
