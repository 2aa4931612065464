// The on-disk index cache (pure functions and the Checker reading through it) and the worker
// pool that extracts claims off the server's thread. The pool runs dist/worker.js: `npm test`
// builds it before the unit tests (run `node esbuild.config.js` first when running mocha alone).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'url';
import { ENGINE_VERSION, extractClaims } from '../../src/engine';
import type { DocumentClaims } from '../../src/engine';
import { Checker } from '../../src/server/checker';
import { ExtractPool } from '../../src/server/extractPool';
import { CACHE_FILE, FINDINGS_FILE, defaultCacheDir, hashText, IndexCache, parseCache, serializeCache } from '../../src/server/indexCache';
import { normalizeSettings } from '../../src/shared/settings';

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

describe('server index cache', () => {
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

// ---- the Checker reading through the cache --------------------------------------------------

function fakeConnection(logs: string[]): Connection {
  const log = (m: string) => logs.push(m);
  return {
    console: { log, info: log, warn: log, error: log },
    sendDiagnostics: async () => undefined,
    sendNotification: async () => undefined,
  } as unknown as Connection;
}

const noDocuments = { all: () => [], get: () => undefined } as unknown as TextDocuments<TextDocument>;
const silentProgress = async () => ({ begin() {}, report() {}, done() {} });

async function indexed(root: string, cacheDir: string | undefined, options: { useWorkers?: boolean; settings?: Record<string, unknown> } = {}) {
  const logs: string[] = [];
  const checker = new Checker(fakeConnection(logs), noDocuments, {}, silentProgress);
  checker.roots = [root];
  checker.cacheDir = cacheDir;
  checker.useWorkers = options.useWorkers ?? false;
  checker.poolOptions = { workerFile: WORKER };
  checker.applySettings(normalizeSettings({ crosscheck: options.settings ?? {} }));
  await checker.whenIdle();
  return { checker, logs };
}

describe('server checker with the index cache', () => {
  let root: string;
  let cacheDir: string;
  beforeEach(() => {
    root = tempDir('ws');
    cacheDir = path.join(tempDir('storage'), 'nested');
    fs.writeFileSync(path.join(root, 'a.txt'), TEXT_A);
    fs.writeFileSync(path.join(root, 'b.txt'), TEXT_B);
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(path.dirname(cacheDir), { recursive: true, force: true });
  });

  /** Marks every cached entry, so claims read from the cache can be told from extracted ones. */
  function markCache(): void {
    const file = path.join(cacheDir, CACHE_FILE);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const e of Object.values<{ claims: { fromCache?: boolean } }>(data.entries)) e.claims.fromCache = true;
    fs.writeFileSync(file, JSON.stringify(data));
  }
  const fromCache = (c: Checker, name: string) => (c.engine.claims(path.join(root, name)) as { fromCache?: boolean } | undefined)?.fromCache === true;

  it('writes the cache after indexing and reads claims from it when reopened', async () => {
    const cold = await indexed(root, cacheDir);
    await cold.checker.shutdown();
    const file = path.join(cacheDir, CACHE_FILE);
    assert.ok(fs.existsSync(file), 'cache written (directory created)');
    const findings = cold.checker.engine.allFindings();
    markCache();

    fs.writeFileSync(path.join(root, 'b.txt'), TEXT_B + ' Two more sentences. And 300 tanks.');
    fs.writeFileSync(path.join(root, 'c.txt'), TEXT_B);
    const warm = await indexed(root, cacheDir);
    assert.ok(fromCache(warm.checker, 'a.txt'), 'unchanged file comes from the cache');
    assert.ok(!fromCache(warm.checker, 'b.txt'), 'changed file is extracted again');
    assert.ok(!fromCache(warm.checker, 'c.txt'), 'new file is extracted');
    assert.ok(warm.checker.engine.claims(path.join(root, 'b.txt'))!.claims.some((c) => c.text.includes('300')));

    // Same texts, same findings, whether the claims came from the cache or not.
    fs.writeFileSync(path.join(root, 'b.txt'), TEXT_B);
    fs.rmSync(path.join(root, 'c.txt'));
    await warm.checker.shutdown();
    const again = await indexed(root, cacheDir);
    assert.deepEqual(plain(again.checker.engine.allFindings()), plain(findings));
    await again.checker.shutdown();
  });

  it('keeps the findings for a workspace reopened with the same texts, and only then', async () => {
    const cold = await indexed(root, cacheDir);
    const findings = plain(cold.checker.engine.allFindings());
    await cold.checker.shutdown();
    const file = path.join(cacheDir, FINDINGS_FILE);
    assert.ok(fs.existsSync(file), 'findings written');
    // Mark the kept findings: a reopened workspace with the same texts must show these very ones.
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const list of Object.values<{ message: string }[]>(data.findings)) for (const f of list) f.message = `kept: ${f.message}`;
    fs.writeFileSync(file, JSON.stringify(data));
    const warm = await indexed(root, cacheDir);
    const kept = plain(warm.checker.engine.allFindings()) as { message: string }[];
    assert.ok(kept.length > 0 && kept.every((f) => f.message.startsWith('kept: ')), 'findings came from the cache');
    await warm.checker.shutdown();
    fs.writeFileSync(path.join(root, 'b.txt'), TEXT_B + ' And 300 tanks.');
    const changed = await indexed(root, cacheDir);
    const fresh = plain(changed.checker.engine.allFindings()) as { message: string }[];
    assert.ok(fresh.every((f) => !f.message.startsWith('kept: ')), 'a changed text means findings are computed again');
    assert.ok(findings.length > 0);
    await changed.checker.shutdown();
  });

  it('drops entries of deleted files and ignores the cache when disabled or the reference date differs', async () => {
    const cold = await indexed(root, cacheDir);
    await cold.checker.shutdown();
    markCache();
    fs.rmSync(path.join(root, 'b.txt'));
    const warm = await indexed(root, cacheDir);
    assert.ok(fromCache(warm.checker, 'a.txt'));
    await warm.checker.shutdown();
    const saved = JSON.parse(fs.readFileSync(path.join(cacheDir, CACHE_FILE), 'utf8'));
    assert.deepEqual(Object.keys(saved.entries), [path.join(root, 'a.txt')]);

    const disabled = await indexed(root, cacheDir, { settings: { cache: { enabled: false } } });
    assert.ok(!fromCache(disabled.checker, 'a.txt'));
    const dated = await indexed(root, cacheDir, { settings: { referenceDate: '2024-10-18' } });
    assert.ok(!fromCache(dated.checker, 'a.txt'));
    await dated.checker.shutdown();
    assert.equal(JSON.parse(fs.readFileSync(path.join(cacheDir, CACHE_FILE), 'utf8')).referenceDate, '2024-10-18');
  });

  it('indexes with the worker pool to the same claims as on the server thread', async () => {
    const inThread = await indexed(root, undefined);
    const pooled = await indexed(root, undefined, { useWorkers: true });
    for (const name of ['a.txt', 'b.txt']) {
      const p = path.join(root, name);
      assert.deepEqual(pooled.checker.engine.claims(p), inThread.checker.engine.claims(p));
    }
    assert.deepEqual(pooled.checker.engine.allFindings(), inThread.checker.engine.allFindings());
    assert.ok(!pooled.logs.some((l) => /worker/.test(l)), pooled.logs.join('\n'));
    await pooled.checker.shutdown();
  });
});

describe('server checker after an edit', () => {
  it('rechecks the edited document and its neighbours to the same findings as a full recheck', async () => {
    const root = tempDir('edit');
    try {
      const texts: Record<string, string> = {
        'a.txt': TEXT_A,
        'b.txt': TEXT_B,
        'c.txt': 'The flood left 300 people homeless in March, the mayor said.',
        'd.txt': 'Some 310 residents lost their homes to the March flood.',
      };
      for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(root, name), text);
      const open = new Map<string, TextDocument>();
      const documents = { all: () => [...open.values()], get: (u: string) => open.get(u) } as unknown as TextDocuments<TextDocument>;
      const checker = new Checker(fakeConnection([]), documents, {}, silentProgress);
      checker.roots = [root];
      checker.useWorkers = false;
      checker.applySettings(normalizeSettings({}));
      await checker.whenIdle();
      const uri = pathToFileURL(path.join(root, 'a.txt')).href;
      let doc = TextDocument.create(uri, 'plaintext', 1, TEXT_A);
      open.set(uri, doc);
      checker.opened(doc);
      await checker.whenIdle();
      const snapshot = () => JSON.stringify(checker.engine.paths().sort().map((p) => checker.findings(p)));
      for (const [i, text] of [TEXT_A.replace('12,000', '11,000'), TEXT_A.replace('12,000', '9,000'), `${TEXT_A} About 300 people were left homeless in March.`].entries()) {
        doc = TextDocument.create(uri, 'plaintext', i + 2, text);
        open.set(uri, doc);
        checker.changed(doc);
        await checker.whenIdle();
        const incremental = snapshot();
        checker.invalidate();
        await checker.whenIdle();
        assert.equal(incremental, snapshot(), text);
      }
      // The last edit meets c.txt and d.txt, which it did not before: their findings name a.txt.
      assert.ok(checker.findings(path.join(root, 'c.txt')).some((f) => f.related.some((r) => r.path === path.join(root, 'a.txt'))));
      await checker.shutdown();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

// ---- the worker pool ------------------------------------------------------------------------

describe('server extraction pool', () => {
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
