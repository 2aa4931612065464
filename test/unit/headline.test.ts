// A headline sums its report up: a figure in it that the body gives again is judged as the body's
// figure is, whose sentence says what it counts and when (restatements.ts markHeadline).
import { strict as assert } from 'node:assert';
import { CheckWorkspace, extractClaims } from '../../src/engine';
import type { QuantityClaim } from '../../src/engine/types';
import { defaultVectorsFile, loadVectors } from '../../src/host/vectors';

const vectors = loadVectors(defaultVectorsFile());

function findingsOf(a: string, b: string, on: string) {
  const ws = new CheckWorkspace({ vectors });
  ws.setDocument('a.txt', a);
  ws.setDocument('b.txt', b);
  return ws.findings('a.txt').filter((f) => f.claim.text === on);
}

describe('headlines', () => {
  it('marks a headline figure that the body gives again with the body\'s claim, and nothing else', () => {
    const figure = (text: string, at: number) => extractClaims(text, 'doc.txt').claims.filter((c): c is QuantityClaim => c.kind === 'quantity')[at];
    const text = 'Floods in Marendi kill 53\nThe Talvor commission said 53 people were killed in the floods.';
    assert.equal(figure(text, 0).context.inHeadline, figure(text, 1).id);
    assert.equal(figure(text, 1).context.inHeadline, undefined);
    // A body that gives another value; a first line that ends as a sentence does; a report of one line.
    assert.equal(figure('Floods in Marendi kill 53\nThe Talvor commission said 60 people were killed in the floods.', 0).context.inHeadline, undefined);
    assert.equal(figure('Floods in Marendi killed 53 people.\nThe Talvor commission said 53 people were killed in the floods.', 0).context.inHeadline, undefined);
    assert.equal(figure('Floods in Marendi kill 53', 0).context.inHeadline, undefined);
  });

  it('a headline figure takes the finding of the body\'s, which says what it counts, and points at it', () => {
    const fs = findingsOf('Floods in Marendi kill 53\nThe Talvor commission said on Thursday that 53 people were killed in the floods in Marendi, and the toll will likely rise.', 'The Talvor commission said on Thursday that 60 people were killed in the floods in Marendi.', '53');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].type, 'conflict');
    assert.match(fs[0].message, /^In the headline, as in the report's body: people, in Marendi: 53 here; b says 60/);
    assert.deepEqual(fs[0].related.map((r) => [r.path, r.text, r.relation]), [['b.txt', '60 people', 'conflicts'], ['a.txt', '53 people', 'same']]);
  });

  it('a headline figure the body dates to another year than the other report\'s is not set against it', () => {
    const a = 'Talvor Air flew 12 million passengers\nTalvor Air flew 12 million passengers in 2019, the Marendi airline said.';
    const fs = findingsOf(a, 'Talvor Air flew 15 million passengers in 2023, the Marendi airline said.', '12 million passengers');
    assert.deepEqual(fs.filter((f) => f.claim.start < a.indexOf('\n')), []);
  });

  it('a headline figure the body does not give again is compared in its own right', () => {
    const fs = findingsOf('Floods in Marendi kill 53\nThe Talvor commission said on Thursday that the floods in Marendi were the worst in a century.', 'The Talvor commission said on Thursday that 60 people were killed in the floods in Marendi.', '53');
    assert.equal(fs.length, 1);
    assert.doesNotMatch(fs[0].message, /In the headline/);
  });
});
