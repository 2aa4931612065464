// Shared test doubles for the server's pure builders.
import { LineIndex } from '../../src/host/positions';
import type { DocView } from '../../src/server/view';
import type { Claim, Finding } from '../../src/engine/types';
import { normalizeSettings } from '../../src/shared/settings';
import type { Settings } from '../../src/protocol';

/** A DocView over in-memory texts, paths under /ws. */
export function fakeView(texts: Record<string, string>, claims: Record<string, Claim[]> = {}, ignored: string[] = []): DocView {
  return {
    uriOf: (p) => `file://${p}`,
    nameOf: (p) => p.replace(/^\/ws\//, ''),
    rangeOf: (p, s, e) => {
      const idx = new LineIndex(texts[p] ?? '');
      return { start: idx.positionAt(s), end: idx.positionAt(e) };
    },
    claimAt: (p, s, e) => (claims[p] ?? []).find((c) => c.span.start <= s && e <= c.span.end),
    isIgnored: (c) => ignored.includes(c.id),
  };
}

export function settings(overrides: Record<string, unknown> = {}): Settings {
  return normalizeSettings({ crosscheck: overrides });
}

export function finding(partial: Partial<Finding> & Pick<Finding, 'type'>): Finding {
  return {
    severity: 'warning',
    confidence: 0.9,
    message: 'Sources disagree',
    claim: { path: '/ws/draft.md', start: 0, end: 5, text: '12,000', id: 'draft#1' },
    related: [{ path: '/ws/a.txt', start: 10, end: 16, text: '10,000', relation: 'conflicts', note: 'says 10,000' }],
    ...partial,
  };
}
