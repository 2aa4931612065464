// The memoised comparison (scores remembered by claim signature, a table per block: scorer.ts)
// must find exactly what the direct one finds, pair by pair. Checked on many versions of real
// stories (test/corpus, figures and weekdays perturbed the way ../shared/eval/make-stress-corpus.py
// does), more versions than a document follows, and through an editing session. A rule of
// compare.ts that reads something the signature leaves out fails here.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckWorkspace, type Finding } from '../../src/engine';
import { loadVectors } from '../../src/host/vectors';

const root = path.join(__dirname, '../..');
const vectors = loadVectors(path.join(root, 'dist', 'vectors.bin'));

/** Park–Miller: the same versions every run. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Versions of the texts of some sets: a figure's last digit changed now and then, a weekday swapped. */
export function versions(sets: string[], n: number, seed = 42): { path: string; text: string }[] {
  const texts: string[] = [];
  for (const s of sets) {
    const dir = path.join(root, 'test/corpus', s);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  const r = rng(seed);
  const out: { path: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    let t = texts[i % texts.length];
    t = t.replace(/\d[\d,.]*\d|\d/g, (m) => (r() < 0.7 ? m : m.split(m[m.length - 1]).join(String(Math.floor(r() * 10)))));
    t = t.replace(new RegExp(DAYS.join('|'), 'g'), (m) => (r() < 0.8 ? m : DAYS[Math.floor(r() * 7)]));
    out.push({ path: `/v/doc${String(i).padStart(4, '0')}.txt`, text: t });
  }
  return out;
}

const json = (fs: Finding[]) => fs.map((f) => JSON.stringify(f));

function assertSame(memo: Finding[], direct: Finding[]): void {
  assert.equal(memo.length, direct.length, 'number of findings');
  const a = json(memo);
  const b = json(direct);
  for (let i = 0; i < a.length; i++) assert.equal(a[i], b[i], `finding ${i}`);
}

describe('memoised comparison equals the direct one', function () {
  this.timeout(300_000);
  const docs = versions(['chauvin-sentenced-floyd-murder-2021', 'odisha-balasore-train-crash-2023'], 130);

  it('on versions of two stories (65 versions each: more than a document follows)', () => {
    const memo = new CheckWorkspace({ vectors });
    const direct = new CheckWorkspace({ vectors }, { direct: true });
    for (const d of docs) {
      memo.setDocument(d.path, d.text);
      direct.setDocument(d.path, d.text);
    }
    const found = memo.allFindings();
    assert.ok(found.filter((f) => f.type === 'conflict').length > 100, 'the versions disagree');
    assert.ok(found.some((f) => (f.more ?? 0) > 0), 'some findings list a few of their sources');
    // The fields of the JSON format, and no others.
    const FIELDS = new Set(['type', 'severity', 'confidence', 'message', 'claim', 'related', 'more', 'diff']);
    const RELATED = new Set(['path', 'start', 'end', 'text', 'relation', 'note', 'more']);
    for (const f of found) {
      assert.deepEqual(Object.keys(f).filter((k) => !FIELDS.has(k)), [], f.message);
      for (const r of f.related) assert.deepEqual(Object.keys(r).filter((k) => !RELATED.has(k)), [], f.message);
      // `more` counts the sources of the values named and left out, and those of the values not named.
      if (f.more) assert.ok(f.related.reduce((n, r) => n + (r.more ?? 0), 0) <= f.more, f.message);
    }
    assertSame(found, direct.allFindings());
  });

  it('through edits, additions and removals (the memo outlives a change only when idf stays)', () => {
    const some = docs.slice(0, 70);
    const memo = new CheckWorkspace({ vectors });
    const direct = new CheckWorkspace({ vectors }, { direct: true });
    for (const d of some) {
      memo.setDocument(d.path, d.text);
      direct.setDocument(d.path, d.text);
    }
    const check = (p: string) => assertSame(memo.findings(p), direct.findings(p));
    check(some[3].path);
    const r = rng(7);
    for (let k = 0; k < 6; k++) {
      const d = some[Math.floor(r() * some.length)];
      const text = memo.text(d.path)!;
      // Type over a figure (idf stays), then over a word (it may not).
      const at = k % 2 ? text.search(/\d/) : text.indexOf(' the ', 500);
      const edited = at < 0 ? `${text} Another 12 people were hurt.` : text.slice(0, at) + (k % 2 ? '9' : ' a ') + text.slice(at + (k % 2 ? 1 : 5));
      memo.updateDocument(d.path, edited);
      direct.updateDocument(d.path, edited);
      check(d.path);
      check(some[(k * 11) % some.length].path);
    }
    memo.removeDocument(some[5].path);
    direct.removeDocument(some[5].path);
    memo.setDocument(docs[100].path, docs[100].text);
    direct.setDocument(docs[100].path, docs[100].text);
    check(docs[100].path);
    check(some[6].path);
  });
});
