// A count said to have risen ("the death toll rose Thursday to at least 55") against a lower count of
// the same thing: an earlier count, told as such (type later-count), not a conflict.
import { strict as assert } from 'node:assert';
import { CheckWorkspace } from '../../src/engine';
import { defaultVectorsFile, loadVectors } from '../../src/host/vectors';

const vectors = loadVectors(defaultVectorsFile());

function findingsOf(a: string, b: string, on: string) {
  const ws = new CheckWorkspace({ vectors });
  const story = 'Officials in Marendi and the Talvor commission gave the figures on Thursday.';
  ws.setDocument('a.txt', `${story}\n${a}`);
  ws.setDocument('b.txt', `${story}\n${b}`);
  return ws.findings('a.txt').filter((f) => f.claim.text.includes(on));
}

describe('later counts', () => {
  it('a lower count against one said to have risen is an earlier count, at information', () => {
    const fs = findingsOf('At least 53 people were killed in the fire in Marendi, officials said.', 'The death toll from the fire in Marendi rose Thursday to at least 55, officials said.', '53');
    assert.deepEqual(fs.map((f) => [f.type, f.severity]), [['later-count', 'information']]);
    assert.match(fs[0].message, /a later count: it has risen/);
    assert.equal(fs[0].related[0].relation, 'differs');
  });

  it('a count given with a risen count ("had risen to 2862 with 2562 people injured") is of the same update: a lower count of it is an earlier one', () => {
    const fs = findingsOf('2,421 people were injured in the quake in Marendi, state television reported.', 'State television reported the death toll from the quake in Marendi had risen to 2862 with 2562 people injured.', '2,421');
    assert.deepEqual(fs.map((f) => [f.type, f.severity]), [['later-count', 'information']]);
    assert.match(fs[0].message, /2,562 \(a later count: it has risen\)/);
  });

  it('the count said to have risen gets a hint that the other is earlier', () => {
    const fs = findingsOf('The death toll from the fire in Marendi rose Thursday to at least 55, officials said.', 'At least 53 people were killed in the fire in Marendi, officials said.', '55');
    assert.deepEqual(fs.map((f) => [f.type, f.severity]), [['later-count', 'hint']]);
    assert.match(fs[0].message, /an earlier count: this one has risen since/);
  });

  it('a count not said to have risen still conflicts', () => {
    const fs = findingsOf('Fifty-three people were killed in the fire in Marendi, officials said.', 'The death toll from the fire in Marendi stood at 55, officials said.', 'Fifty-three');
    assert.ok(fs.some((f) => f.type === 'conflict'), JSON.stringify(fs.map((f) => f.type)));
  });

  it('a count that another source gives as the earlier count is an earlier count against the later ones, and agrees with that source', () => {
    const ws = new CheckWorkspace({ vectors });
    const story = 'Officials in Marendi and the Talvor commission gave the figures on Thursday.';
    ws.setDocument('a.txt', `${story}\nThe fire in Marendi killed at least 36 people, officials said.`);
    ws.setDocument('b.txt', `${story}\nThe fire in Marendi killed 53 people, officials said.`);
    ws.setDocument('c.txt', `${story}\nThe governor said the death toll would rise from the previous count, which was 36.`);
    const fs = ws.findings('a.txt').filter((f) => f.claim.text.includes('36'));
    assert.deepEqual(fs.map((f) => [f.type, f.severity]), [['later-count', 'information']], JSON.stringify(fs.map((f) => f.message)));
    assert.match(fs[0].message, /b says 53 \(a later count: c gives this one as the earlier count\); c agrees/);
  });

  it('a risen count more than double a count of another place stays a conflict to weigh (a region against one of its cities)', () => {
    const fs = findingsOf('Some 2,300 people were killed in the floods, officials said.', 'The death toll from the floods in Marendi has risen to 6,000, officials said.', '2,300');
    assert.ok(fs.some((f) => f.type === 'conflict'), JSON.stringify(fs.map((f) => f.type)));
  });

  it('a risen count of the same place is the later count however far it rose, short of tenfold', () => {
    const far = findingsOf('At least 820 people were killed and 670 people are injured, state media said.', 'State television reported on Monday the death toll had risen to 2862 with 2562 people injured.', '670');
    assert.deepEqual(far.map((f) => [f.type, f.severity]), [['later-count', 'information']], JSON.stringify(far.map((f) => f.message)));
    assert.match(far[0].message, /2,562 \(a later count: it has risen\)/);
    const tenfold = findingsOf('Some 230 people were killed in the floods in Marendi, officials said.', 'The death toll from the floods in Marendi has risen to 2,300, officials said.', '230');
    assert.ok(tenfold.some((f) => f.type === 'conflict'), JSON.stringify(tenfold.map((f) => f.type)));
  });
});
