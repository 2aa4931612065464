import { strict as assert } from 'assert';
import { compareDocument } from '../../src/server/compare';
import { numberLine } from '../../src/server/numberLine';
import type { Plotted } from '../../src/server/numberLine';
import type { Claim, Quantity, QuantityClaim } from '../../src/engine/types';
import { fakeView, finding } from './server-fixtures';

function q(low: number, qualifier: Quantity['qualifier'] = 'exact', high = low, precision = 1000): Quantity {
  return { kind: 'count', low, high, qualifier, precision };
}

function plotted(label: string, quantity: Quantity, self = false): Plotted {
  return { label, self, quantity, text: label };
}

function quantityClaim(id: string, start: number, end: number, text: string, quantity: Quantity): QuantityClaim {
  return { id, kind: 'quantity', span: { start, end }, text, sentence: { start: 0, end }, quantity, context: { events: [], words: [] } };
}

describe('server number line', () => {
  it('draws an exact figure as a point and a range as a bar, on a shared axis', () => {
    const line = numberLine([plotted('draft', q(12000), true), plotted('a', q(10000, 'range', 11000))])!;
    const [self, range] = line.marks;
    assert.equal(self.shape, 'point');
    assert.equal(self.from, self.to);
    assert.equal(range.shape, 'bar');
    assert.ok(range.from < range.to && range.to < self.at, 'range lies left of 12,000');
    for (const m of line.marks) for (const v of [m.at, m.from, m.to]) assert.ok(v >= 0 && v <= 1);
    assert.ok(line.ticks.length >= 3);
    assert.ok(line.ticks.some((t) => t.label === '11,000'));
  });

  it('gives an approximation its rounding band, ± half the precision', () => {
    const line = numberLine([plotted('draft', q(12000, 'approx', 12000, 1000), true), plotted('b', q(11000))])!;
    const band = line.marks[0];
    assert.equal(band.shape, 'band');
    const point = line.marks[1];
    // 11,000 sits at 11,500 − 500: the band's left edge is halfway between 11,000 and 12,000.
    assert.ok(Math.abs(band.from - (point.at + band.at) / 2) < 1e-9);
  });

  it('draws bounds as open-ended arrows, exclusive for more than / fewer than', () => {
    const line = numberLine([
      plotted('draft', q(3000, 'at-least'), true),
      plotted('a', q(5000, 'more-than')),
      plotted('b', q(8000, 'at-most')),
      plotted('c', q(9000, 'less-than')),
    ])!;
    const [atLeast, moreThan, atMost, lessThan] = line.marks;
    assert.deepEqual([atLeast.shape, atLeast.direction, atLeast.exclusive, atLeast.to], ['arrow', 'right', false, 1]);
    assert.deepEqual([moreThan.direction, moreThan.exclusive], ['right', true]);
    assert.deepEqual([atMost.direction, atMost.exclusive, atMost.from], ['left', false, 0]);
    assert.deepEqual([lessThan.direction, lessThan.exclusive], ['left', true]);
  });

  it('leaves out figures in another unit or kind', () => {
    const line = numberLine([plotted('draft', q(12000), true), plotted('pct', { ...q(12), kind: 'percent' }), plotted('usd', { ...q(5), kind: 'money', unit: 'USD' })])!;
    assert.equal(line.marks.length, 1);
  });

  it('pads a single value so it is not drawn on the edge', () => {
    const line = numberLine([plotted('draft', q(7, 'exact', 7, 1), true)])!;
    assert.ok(line.marks[0].at > 0.2 && line.marks[0].at < 0.8);
  });
});

describe('server compare view data', () => {
  const draftText = 'about 12,000 troops were sent. "We will not stand by," Kim said.';
  const sourceText = 'Officials said 10,000 troops.';
  const draftClaims: Claim[] = [
    quantityClaim('d1', 0, 19, 'about 12,000 troops', q(12000, 'approx')),
    { id: 'd2', kind: 'quote', span: { start: 31, end: 54 }, text: '"We will not stand by,"', sentence: { start: 31, end: 65 }, quoted: 'We will not stand by', speaker: 'Kim' },
  ];
  const sourceClaims: Claim[] = [quantityClaim('s1', 15, 28, '10,000 troops', q(10000))];
  const view = fakeView({ '/ws/draft.md': draftText, '/ws/a.txt': sourceText }, { '/ws/a.txt': sourceClaims }, ['d2']);

  const doc = compareDocument(
    '/ws/draft.md',
    { path: '/ws/draft.md', claims: draftClaims, repetitions: [] },
    [
      finding({ type: 'conflict', claim: { path: '/ws/draft.md', start: 0, end: 19, text: 'about 12,000 troops', id: 'd1' }, related: [{ path: '/ws/a.txt', start: 15, end: 28, text: '10,000 troops', relation: 'conflicts', note: '17% lower' }] }),
      finding({
        type: 'quote-variant',
        claim: { path: '/ws/draft.md', start: 31, end: 54, text: '"We will not stand by,"', id: 'd2' },
        related: [{ path: '/ws/a.txt', start: 0, end: 5, text: 'We will never stand by', relation: 'differs', note: 'worded differently' }],
        diff: [{ op: 'same', text: 'We will' }, { op: 'removed', text: 'never' }, { op: 'added', text: 'not' }, { op: 'same', text: 'stand by' }],
      }),
    ],
    view,
  );

  it('lists every claim of the document with its place', () => {
    assert.equal(doc.name, 'draft.md');
    assert.deepEqual(doc.claims.map((c) => [c.id, c.kind]), [['d1', 'quantity'], ['d2', 'quote']]);
    assert.deepEqual(doc.claims[1].range.start, { line: 0, character: 31 });
  });

  it('puts each source side by side with its words, relation and note', () => {
    const [figure] = doc.claims;
    assert.deepEqual(figure.sources.map((s) => [s.name, s.text, s.relation, s.note]), [['a.txt', '10,000 troops', 'conflicts', '17% lower']]);
    assert.equal(figure.findings[0].type, 'conflict');
  });

  it('draws a number line from the related claim\'s own quantity', () => {
    const line = doc.claims[0].numberLine!;
    assert.deepEqual(line.marks.map((m) => [m.label, m.shape]), [['this document', 'band'], ['a.txt', 'point']]);
  });

  it('carries the quotation diff and the ignored flag', () => {
    const quote = doc.claims[1];
    assert.equal(quote.numberLine, undefined);
    assert.equal(quote.ignored, true);
    assert.deepEqual(quote.findings[0].diff?.map((d) => d.op), ['same', 'removed', 'added', 'same']);
  });

  it('copes with a document the engine does not know', () => {
    assert.deepEqual(compareDocument('/ws/none.md', undefined, [], view).claims, []);
  });
});
