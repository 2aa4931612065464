// An edit re-reads only the lines it touched; the claims must be the ones a full read gives.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CheckWorkspace, extractClaims, type DocumentClaims } from '../../src/engine';
import { changedLines } from '../../src/engine/update';

const seeds = path.join(__dirname, '../../../shared/corpus/seeds');
const fixtures = path.join(__dirname, '../fixtures');
const texts = [
  ...fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(seeds, f), 'utf8')),
  ...['quake', 'earnings'].flatMap((d) => fs.readdirSync(path.join(fixtures, d)).map((f) => fs.readFileSync(path.join(fixtures, d, f), 'utf8'))),
];

// A long text with a repeated passage in its middle, so edits before it move the repetition.
texts.push([texts[2], texts[0], texts[3]].join('\n'));
// A report's risen count with no day of its own takes the day of the first (extract.ts markDocument).
texts.push('The death toll from the quake rose to more than 2,800 on Monday.\n\nRescuers dug through the rubble.\n\nState TV said the death toll had risen to 2,862.\n');

const shape = (d: DocumentClaims) => ({
  claims: d.claims.map((c) => ({ id: c.id, kind: c.kind, span: c.span, text: c.text, repeatOf: c.repeatOf, value: c.kind === 'quantity' ? c.quantity : c.kind === 'date' ? c.date : c.quoted, ...(c.kind === 'quantity' ? { share: c.context.share, day: c.context.day } : {}) })),
  repetitions: d.repetitions,
});

describe('editing re-reads only the touched lines', () => {
  it('finds the changed lines', () => {
    assert.deepEqual(changedLines('a\nbb\ncc\n', 'a\nbX\ncc\n'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(changedLines('a\nbb\ncc', 'a\nbb\nccd'), { start: 5, oldEnd: 7, newEnd: 8 });
  });

  const sameAsFullRead = (head: boolean) => {
    const edit = fc.record({
      doc: fc.nat({ max: texts.length - 1 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      cut: fc.nat({ max: 12 }),
      insert: fc.constantFrom('', '7', ' some 4,000 more troops', ' on Monday', '12,500 ', ' about 3 km', 'x', '\n', ' Kim said.', '. The', ' 12 March 2024', '2019 '),
    });
    fc.assert(
      fc.property(edit, ({ doc, at, cut, insert }) => {
        const before = texts[doc];
        const i = Math.floor(at * (head ? Math.min(400, before.length) : before.length));
        const after = before.slice(0, i) + insert + before.slice(i + cut);
        const ws = new CheckWorkspace();
        ws.setDocument('d.txt', before);
        const updated = ws.updateDocument('d.txt', after);
        const whole = extractClaims(after, 'd.txt');
        assert.deepEqual(shape(updated), shape(whole));
        assert.deepEqual(updated.documentDate, whole.documentDate);
      }),
      { numRuns: 300, seed: 7 },
    );
  };

  it('gives the claims of a full read after any edit of one place (300 generated edits)', () => sameAsFullRead(false));

  // The document's own date is read from its first lines: an edit there that changes it is read
  // whole (every relative date moves), one that leaves it reads only its lines.
  it('gives the claims and date of a full read after any edit of the first lines (300 generated edits)', () => sameAsFullRead(true));
});
