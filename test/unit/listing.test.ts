import * as assert from 'node:assert/strict';
import { firstSorted, listing } from '../../src/engine/listing';

describe('listing: the sources a finding names', () => {
  it('takes the first items of a stable sort without sorting them all, ties in the order given', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: next() % 40 }, (_, i) => ({ i, score: next() % 5 }));
      const cmp = (a: { score: number }, b: { score: number }) => b.score - a.score;
      for (const n of [1, 3, 4]) assert.deepEqual(firstSorted(items, n, cmp), [...items].sort(cmp).slice(0, n));
    }
  });

  it('names the three closest of a large group and counts the rest', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ path: `doc${i}`, score: i }));
    const l = listing(items, () => 'same', (a, b) => b.score - a.score);
    assert.deepEqual(l.shown.map((x) => x.path), ['doc9', 'doc8', 'doc7']);
    assert.equal(l.left, 7);
    assert.equal(l.more.get(l.shown[2]), 7);
  });
});
