// FNV-1a over UTF-16 code units: fast, and enough to tell texts apart for a cache or a lookup key.
export function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Two lanes of FNV-1a in one number (53 bits): a collision would need both to agree. */
export function fnv53(s: string): number {
  return (fnv(s) & 0x1fffff) * 0x100000000 + fnv(s, 0x1505);
}
