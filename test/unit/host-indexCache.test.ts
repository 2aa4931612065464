// The on-disk index cache and the worker pool that extracts claims off the server's thread (the
// server's use of both is in server-checker.test.ts). The pool runs dist/worker.js: `npm test`
// builds it before the unit tests (run `node esbuild.config.js` first when running mocha alone).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CheckWorkspace, ENGINE_VERSION, extractClaims } from '../../src/engine';
import type { DocumentClaims } from '../../src/engine';
import { ExtractPool } from '../../src/host/extractPool';
import { CACHE_FILE, FINDINGS_FILE, defaultCacheDir, hashText, IndexCache, parseCache, serializeCache } from '../../src/host/indexCache';

const ROOT = path.join(__dirname, '../..');
const WORKER = path.join(ROOT, 'dist/worker.js');
const EXAMPLES = ['draft.md', 'local-paper.md', 'wire-report.txt'].map((f) => path.join(ROOT, 'examples', f));

const TEXT_A = 'Officials said 12,000 troops were sent in October 2024. "We will not retreat," Kim said.';
const TEXT_B = 'About 11,000 soldiers were deployed last October, the agency said.';

/** What survives a trip through JSON (undefined members are dropped). */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v));

function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `crosscheck-${name}-`));
}

function cacheWith(dir: string, entries: Record<string, string>, engineVersion = ENGINE_VERSION, referenceDate = '', log?: (m: string) => void): IndexCache {
  const cache = new IndexCache({ dir, engineVersion, referenceDate, log });
  for (const [p, text] of Object.entries(entries)) cache.set(p, hashText(text), extractClaims(text, p));
  return cache;
}

describe('host index cache', () => {
  const dirs: string[] = [];
  const dir = (name: string) => {
    const d = tempDir(name);
    dirs.push(d);
    return d;
  };
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('round-trips claims through the file, keyed by the text hash', async () => {
    const d = dir('cache-rt');
    const a = path.join(d, 'a.txt');
    const b = path.join(d, 'b.txt');
    await cacheWith(d, { [a]: TEXT_A, [b]: TEXT_B }).save();
    assert.ok(fs.existsSync(path.join(d, CACHE_FILE)));
    assert.deepEqual(fs.readdirSync(d).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
    const again = new IndexCache({ dir: d, engineVersion: ENGINE_VERSION, referenceDate: '' });
    await again.load();
    assert.equal(again.size, 2);
    assert.deepEqual(again.get(a, hashText(TEXT_A)), plain(extractClaims(TEXT_A, a)));
    assert.deepEqual(again.get(b, hashText(TEXT_B)), plain(extractClaims(TEXT_B, b)));
    assert.ok(again.get(a, hashText(TEXT_A))!.claims.length > 0);
    assert.equal(again.dirty, false);
  });

  it('writes its files in ASCII, letters beyond it escaped, and still reads a file in UTF-8', async () => {
    // A reopened workspace waits for the cache to be read: ASCII is read as Latin-1, far faster than UTF-8 is decoded.
    const d = dir('cache-ascii');
    const a = path.join(d, 'a.txt');
    const text = 'Le président a dit : « 12 000 soldats » — 12,000 troops were sent on Friday, the ministry’s spokesman said.';
    await cacheWith(d, { [a]: text }).save();
    const bytes = fs.readFileSync(path.join(d, CACHE_FILE));
    assert.ok(bytes.every((b) => b < 128), 'the cache file is ASCII');
    const fromAscii = new IndexCache({ dir: d, engineVersion: ENGINE_VERSION, referenceDate: '' });
    await fromAscii.load();
    assert.deepEqual(fromAscii.get(a, hashText(text)), plain(extractClaims(text, a)));
    // An older cache, written in UTF-8, is read as it was written.
    fs.writeFileSync(path.join(d, CACHE_FILE), await serializeCache(new Map([[a, { hash: hashText(text), claims: extractClaims(text, a) }]]), ENGINE_VERSION, ''), 'utf8');
    assert.ok(!fs.readFileSync(path.join(d, CACHE_FILE)).every((b) => b < 128));
    const fromUtf8 = new IndexCache({ dir: d, engineVersion: ENGINE_VERSION, referenceDate: '' });
    await fromUtf8.load();
    assert.deepEqual(fromUtf8.get(a, hashText(text)), plain(extractClaims(text, a)));
  });

  it('keeps the findings of a real story set in a compact file and gives them back exactly', async () => {
    const d = dir('cache-findings');
    const seeds = path.join(ROOT, '../shared/corpus/seeds');
    const ws = new CheckWorkspace();
    for (const f of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt'))) ws.setDocument(path.join(seeds, f), fs.readFileSync(path.join(seeds, f), 'utf8'));
    const snapshot = ws.snapshot();
    const count = Object.values(snapshot.findings).flat().length;
    assert.ok(count > 20, `${count} findings`);
    const cache = new IndexCache({ dir: d, engineVersion: ENGINE_VERSION, referenceDate: '' });
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'findings-v2.json'), '{}');
    await cache.saveFindings({ ...snapshot, cites: { [Object.keys(snapshot.findings)[0]]: [1, 2] } });
    assert.ok(!fs.existsSync(path.join(d, 'findings-v2.json')), 'the file of an older version is removed');
    const file = fs.readFileSync(path.join(d, FINDINGS_FILE), 'utf8');
    // Each path is written once, in the table, however many findings name it.
    assert.equal(file.split(JSON.stringify(Object.keys(snapshot.findings)[1]).slice(1, -1)).length - 1, 2, 'a path in the table and as a key');
    assert.ok(!file.includes('"path":"/'), 'paths in the findings are numbers');
    const back = await cache.loadFindings();
    const read = Object.fromEntries(Object.entries(back!.findings).map(([p, f]) => [p, f()]));
    assert.equal(JSON.stringify(read), JSON.stringify(snapshot.findings), 'the same findings, fields in the same order');
    assert.equal(back!.fingerprint, snapshot.fingerprint);
    assert.deepEqual(back!.cites, { [Object.keys(snapshot.findings)[0]]: [1, 2] });
    const other = new IndexCache({ dir: d, engineVersion: 'other', referenceDate: '' });
    assert.equal(await other.loadFindings(), undefined, 'another engine version: computed again');
    // The first line only is parsed on reading; each document's findings are read when asked for.
    assert.ok(JSON.parse(file.slice(0, file.indexOf('\n'))).at, 'where each path\'s findings lie');
    const cut = JSON.parse(file.slice(0, file.indexOf('\n')));
    cut.strings = cut.strings.slice(0, 1);
    fs.writeFileSync(path.join(d, FINDINGS_FILE), JSON.stringify(cut) + file.slice(file.indexOf('\n')));
    const lacking = await cache.loadFindings();
    assert.ok(Object.values(lacking!.findings).some((f) => f() === undefined), 'a table that lacks strings: computed again');
  });

  it('ignores a file written by another engine version or for another reference date', async () => {
    const d = dir('cache-stale');
    const a = path.join(d, 'a.txt');
    const logs: string[] = [];
    await cacheWith(d, { [a]: TEXT_A }, 'engine-0').save();
    const other = new IndexCache({ dir: d, engineVersion: 'engine-1', referenceDate: '', log: (m) => logs.push(m) });
    await other.load();
    assert.equal(other.size, 0);
    assert.equal(other.get(a, hashText(TEXT_A)), undefined);
    assert.match(logs.join('\n'), /stale/);

    const text = fs.readFileSync(path.join(d, CACHE_FILE), 'utf8');
    const same = parseCache(text, 'engine-0', '');
    assert.ok('entries' in same && same.entries.size === 1);
    const otherDate = parseCache(text, 'engine-0', '2024-10-18');
    assert.ok('entries' in otherDate && otherDate.entries.size === 0 && /reference date/.test(otherDate.stale ?? ''));
  });

  it('misses when the text changed, so the file is extracted again', async () => {
    const d = dir('cache-hash');
    const a = path.join(d, 'a.txt');
    await cacheWith(d, { [a]: TEXT_A }).save();
    const cache = new IndexCache({ dir: d, engineVersion: ENGINE_VERSION, referenceDate: '' });
    await cache.load();
    assert.ok(cache.get(a, hashText(TEXT_A)));
    assert.equal(cache.get(a, hashText(TEXT_A + ' More text.')), undefined);
    assert.equal(cache.get(path.join(d, 'unknown.txt'), hashText(TEXT_A)), undefined);
  });

  it('ignores a corrupt file with a log line and rewrites it', async () => {
    const d = dir('cache-corrupt');
    const a = path.join(d, 'a.txt');
    for (const garbage of ['{"engineVersion": "0.1', '[]', '{"entries": 3}', '\u0000\u0001']) {
      fs.writeFileSync(path.join(d, CACHE_FILE), garbage);
      const logs: string[] = [];
      const cache = new IndexCache({ dir: d, engineVersion: ENGINE_VERSION, referenceDate: '', log: (m) => logs.push(m) });
      await cache.load();
      assert.equal(cache.size, 0, garbage);
      assert.match(logs.join('\n'), /corrupt/, garbage);
    }
    // Malformed entries are skipped one by one; good ones are kept.
    const good = extractClaims(TEXT_A, a);
    const mixed = JSON.stringify({ engineVersion: ENGINE_VERSION, referenceDate: '', entries: { [a]: { hash: hashText(TEXT_A), claims: good }, relative: { hash: 'x', claims: good }, [path.join(d, 'b.txt')]: { hash: 'x' } } });
    const parsed = parseCache(mixed, ENGINE_VERSION, '');
    assert.ok('entries' in parsed);
    assert.deepEqual([...parsed.entries.keys()], [a]);

    const cache = cacheWith(d, { [a]: TEXT_A });
    await cache.save();
    const reloaded = new IndexCache({ dir: d, engineVersion: ENGINE_VERSION, referenceDate: '' });
    await reloaded.load();
    assert.equal(reloaded.size, 1);
  });

  it('drops the entries of files no longer present when saving', async () => {
    const d = dir('cache-drop');
    const a = path.join(d, 'a.txt');
    const b = path.join(d, 'b.txt');
    const cache = cacheWith(d, { [a]: TEXT_A, [b]: TEXT_B });
    assert.equal(cache.needsSave((p) => p === a), true);
    await cache.save((p) => p === a);
    assert.equal(cache.size, 1);
    assert.equal(cache.needsSave((p) => p === a), false);
    const reloaded = new IndexCache({ dir: d, engineVersion: ENGINE_VERSION, referenceDate: '' });
    await reloaded.load();
    assert.ok(reloaded.get(a, hashText(TEXT_A)));
    assert.equal(reloaded.get(b, hashText(TEXT_B)), undefined);
  });

  it('leaves out entries JSON cannot carry, and names a cache folder per first root', async () => {
    const p = path.resolve('/ws/a.txt');
    const claims = extractClaims('12 troops', p);
    const bad: DocumentClaims = { ...claims, documentDate: { year: Infinity } };
    const text = await serializeCache(new Map([[p, { hash: 'h', claims: bad }]]), ENGINE_VERSION, '');
    const parsed = parseCache(text, ENGINE_VERSION, '');
    assert.ok('entries' in parsed && parsed.entries.size === 0);

    const home = path.resolve('/home/u');
    assert.equal(defaultCacheDir([], {}, home), undefined);
    const one = defaultCacheDir([path.resolve('/ws/one'), path.resolve('/ws/two')], {}, home)!;
    assert.equal(path.dirname(one), path.join(home, '.cache', 'crosscheck'));
    assert.match(path.basename(one), /^[0-9a-f]{40}$/);
    assert.notEqual(defaultCacheDir([path.resolve('/ws/two')], {}, home), one);
    assert.equal(path.dirname(defaultCacheDir([path.resolve('/ws/one')], { XDG_CACHE_HOME: path.resolve('/xdg') }, home)!), path.join(path.resolve('/xdg'), 'crosscheck'));
  });
});

// ---- the worker pool ------------------------------------------------------------------------

describe('host extraction pool', () => {
  const texts = (): [string, string][] => [
    ...EXAMPLES.map((f): [string, string] => [f, fs.readFileSync(f, 'utf8')]),
    [path.resolve('/ws/a.txt'), TEXT_A],
    [path.resolve('/ws/b.txt'), TEXT_B],
  ];

  it('extracts the same claims as in-thread extraction', async () => {
    assert.ok(fs.existsSync(WORKER), 'dist/worker.js is built (node esbuild.config.js)');
    const logs: string[] = [];
    const pool = new ExtractPool({ workerFile: WORKER, size: 2, log: (m) => logs.push(m) });
    try {
      const got = await Promise.all(texts().map(([p, t]) => pool.extract(p, t, '2024-10-18')));
      texts().forEach(([p, t], i) => assert.deepEqual(got[i], extractClaims(t, p, { referenceDate: '2024-10-18' }), p));
      assert.equal(pool.inThread, false, logs.join('\n'));
      assert.ok(pool.workers >= 1 && pool.workers <= 2);
    } finally {
      await pool.terminate();
    }
    assert.equal(pool.workers, 0);
    // Used again after terminate: workers start on demand.
    const [p, t] = texts()[3];
    assert.deepEqual(await pool.extract(p, t), extractClaims(t, p));
    await pool.terminate();
  });

  it('falls back to in-thread extraction when a worker cannot start or crashes', async () => {
    const d = tempDir('pool');
    try {
      const crashing = path.join(d, 'crash.js');
      fs.writeFileSync(crashing, "require('worker_threads').parentPort.on('message', () => { throw new Error('boom'); });\n");
      for (const workerFile of [path.join(d, 'missing.js'), crashing]) {
        const logs: string[] = [];
        const pool = new ExtractPool({ workerFile, size: 2, log: (m) => logs.push(m) });
        const got = await Promise.all(texts().map(([p, t]) => pool.extract(p, t)));
        texts().forEach(([p, t], i) => assert.deepEqual(got[i], extractClaims(t, p), p));
        assert.equal(pool.inThread, true);
        assert.ok(logs.some((l) => /server thread/.test(l)), logs.join('\n'));
        await pool.terminate();
      }
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it('drops queued jobs when cancelled', async () => {
    const pool = new ExtractPool({ workerFile: WORKER, size: 1, perWorker: 1 });
    try {
      const jobs = texts().map(([p, t]) => pool.extract(p, t));
      pool.cancelPending();
      const got = await Promise.all(jobs);
      assert.ok(got[0], 'the job already sent still finishes');
      assert.ok(got.slice(1).every((c) => c === undefined));
    } finally {
      await pool.terminate();
    }
  });
});
