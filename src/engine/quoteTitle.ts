// A quotation that names a work rather than quoting anyone (quoteSpans.ts heldRun, quoteKind.ts kindOf).

/**
 * "Shot Sage Blue Marilyn", "Avengers: Infinity War": a quotation whose every word is capitalised
 * (but the small words inside a title), and that does not end as a sentence does, names a work or
 * a thing; it quotes no one, so it stands for no part of a longer quotation that names the same work.
 */
export function isTitle(quoted: string): boolean {
  // "Viva Las Vegas!": what ends as a sentence ends is said, whatever its capitals.
  if (/[.!?][,'’"”]*\s*$/.test(quoted.trim())) return false;
  const ws = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return ws.length > 0 && ws.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && TITLE_SMALL_WORDS.has(w)));
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'or', 'with']);
