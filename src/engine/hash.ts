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

/** fnv53 of `words[a..b]` joined by single spaces, without building the string. */
export function fnv53Words(words: string[], a: number, b: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x1505;
  for (let k = a; k <= b; k++) {
    if (k > a) {
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x01000193);
    }
    const w = words[k];
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193);
    }
  }
  return ((h1 >>> 0) & 0x1fffff) * 0x100000000 + (h2 >>> 0);
}
