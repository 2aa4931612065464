// The look at a token that passes over words no figure opens with (engine/figureOpeners.ts) must
// never pass over one that a reader of figures opens: checked at every token of every real text.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../src/engine/nlp';
import { mayOpenFigure } from '../../src/engine/figureOpeners';
import { fractionAt, halfAt, pointsAt } from '../../src/engine/fractions';
import { vagueAt } from '../../src/engine/vague';
import { belowZeroAt } from '../../src/engine/temperatures';
import { quantityAt } from '../../src/engine/quantityAt';

const root = path.join(__dirname, '../..');
const READERS = { pointsAt, fractionAt, halfAt, vagueAt, belowZeroAt, quantityAt };

function texts(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.txt$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  for (const d of [path.join(root, '../shared/corpus'), path.join(root, 'test/corpus'), path.join(root, 'examples')]) if (fs.existsSync(d)) walk(d);
  return out;
}

/** Every kind of opening word, once: the real texts may lack some. */
const PHRASINGS = [
  'The bank made a quarter-point cut, then half a percentage point more, and three-quarters of a point in May.',
  'It was minus 5 degrees, then −12C and -5C by night, with a low of − 3 degrees.',
  'Dozens of homes, several hundred people, tens of thousands of fans and a few thousand more; many hundreds fled.',
  'The decades-long war and centuries-long feud cost £5m, US$40m, €3 million, Rs. 1 lakh and ₹200 crore.',
  'One in five homes, nine out of 10 doctors, two-thirds of the roads, half of the victims and a fifth of the vote.',
  'It took an hour and a half, half an hour, a day, two weeks and 3:42:10; Chelsea won 3-1 with a dozen fans.',
];

describe('where a figure may open', function () {
  this.timeout(300_000);

  it('passes over no token where a reader of figures opens one, in any real text', () => {
    let passed = 0;
    let opened = 0;
    let tokens = 0;
    for (const text of [...PHRASINGS, ...texts()]) {
      const an = analyse(text);
      for (let i = 0; i < an.values.length; i++) {
        tokens++;
        if (mayOpenFigure(an, i)) continue;
        passed++;
        for (const [name, read] of Object.entries(READERS)) {
          const found = read(an, i);
          assert.equal(found, undefined, `${name} opens a figure at "${an.values[i]}" (${an.text.slice(an.starts[i], an.starts[i] + 60)}) where mayOpenFigure says none opens`);
        }
      }
      for (let i = 0; i < an.values.length; i++) if (Object.values(READERS).some((read) => read(an, i))) opened++;
    }
    // It must pass over most words to be worth asking, and the readers must find figures at all.
    assert.ok(passed > tokens * 0.6, `passed over ${passed} of ${tokens} tokens`);
    assert.ok(opened > 1000, `the readers opened ${opened} figures`);
  });
});
