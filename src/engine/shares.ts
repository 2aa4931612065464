// A party's share: when a report splits a figure among named parties ("Sisi won 21,835,378 votes,
// while Moussa won 656,534"), each such figure is that party's share, not the whole. Marked on the
// claims once per document, so comparing two claims reads nothing of their documents.
import type { Claim } from './types';
import { blockKey } from './claimIndex';
import { AGE } from './ages';
import { setMark } from './context';

export function markShares(claims: readonly Claim[]): void {
  const agents = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.kind !== 'quantity' || c.repeatOf) continue;
    const a = c.context.agent;
    // Ages ("Arteta, 41,") are each person's own, never parts of one whole.
    if (!a || c.context.noun === AGE) continue;
    const key = blockKey(c);
    const set = agents.get(key);
    if (set) set.add(a);
    else agents.set(key, new Set([a]));
  }
  for (const c of claims) {
    if (c.kind !== 'quantity') continue;
    const named = c.context.agent && c.context.noun !== AGE ? agents.get(blockKey(c)) : undefined;
    // "He won 2.92%" beside "Sisi won 97%": an unnamed party ("?") counts as a second party.
    const share = named && named.size >= 2 ? c.context.agent : undefined;
    if (share || !c.repeatOf) setMark(c, 'share', share);
  }
}
