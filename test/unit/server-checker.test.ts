// The server's checker reading through the index cache, extracting on the worker pool, and
// rechecking after an edit. The pool runs dist/worker.js: `npm test` builds it before the unit
// tests (run `node esbuild.config.js` first when running mocha alone).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'url';
import { Checker } from '../../src/server/checker';
import { CACHE_FILE, FINDINGS_FILE } from '../../src/host/indexCache';
import { packFindings, unpackFindings } from '../../src/host/findingsFile';
import { normalizeSettings } from '../../src/shared/settings';

const ROOT = path.join(__dirname, '../..');
const WORKER = path.join(ROOT, 'dist/worker.js');

const TEXT_A = 'Officials said 12,000 troops were sent in October 2024. "We will not retreat," Kim said.';
const TEXT_B = 'About 11,000 soldiers were deployed last October, the agency said.';

/** What survives a trip through JSON (undefined members are dropped). */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v));

function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `crosscheck-${name}-`));
}

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
  checker.indexer.useWorkers = options.useWorkers ?? false;
  checker.indexer.poolOptions = { workerFile: WORKER };
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

  it('lists under a conflict the sources that agree with its claim, after those that disagree', async () => {
    fs.writeFileSync(path.join(root, 'b.txt'), 'Officials said 15,000 troops were sent in October 2024, the agency said.');
    fs.writeFileSync(path.join(root, 'c.txt'), 'Officials said 12,000 troops were sent in October 2024, the ministry said.');
    const { checker } = await indexed(root, undefined);
    const findings = checker.findings(path.join(root, 'a.txt'));
    const conflict = findings.find((f) => f.type === 'conflict' && f.claim.text.includes('12,000'));
    assert.deepEqual(conflict?.related.map((r) => [path.basename(r.path), r.relation]), [['b.txt', 'conflicts'], ['c.txt', 'same']], JSON.stringify(findings));
    // The engine gives them as an agreement of the same claim (figureFinding.ts), which the editor reads in the conflict.
    assert.ok(!findings.some((f) => f.type === 'agreement' && f.claim.start === conflict?.claim.start));
    assert.ok(checker.engine.findings(path.join(root, 'a.txt')).some((f) => f.type === 'agreement' && f.claim.start === conflict?.claim.start));
    await checker.shutdown();
  });

  it('keeps the findings for a workspace reopened with the same texts, and only then', async () => {
    const cold = await indexed(root, cacheDir);
    const findings = plain(cold.checker.engine.allFindings());
    await cold.checker.shutdown();
    const file = path.join(cacheDir, FINDINGS_FILE);
    assert.ok(fs.existsSync(file), 'findings written');
    // Mark the kept findings: a reopened workspace with the same texts must show these very ones.
    // (The file's layout is host/findingsFile.ts's: read back and written again through it.)
    const data = unpackFindings(fs.readFileSync(file))!;
    const marked = Object.fromEntries(Object.entries(data.findings).map(([p, read]) => [p, read()!.map((f) => ({ ...f, message: `kept: ${f.message}` }))]));
    const { strings: _strings, at: _at, ...head } = data.head;
    fs.writeFileSync(file, packFindings(head, marked));
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

  it('keeps the conflict count with the findings: a reopened workspace counts as the last one did, without reading them', async () => {
    // Versions of one story, so that there are conflicts to count.
    fs.writeFileSync(path.join(root, 'c.txt'), TEXT_A.replace('12,000', '15,000'));
    fs.writeFileSync(path.join(root, 'd.txt'), TEXT_A.replace('12,000', '9,000'));
    const cold = await indexed(root, cacheDir);
    const counted = cold.checker.publisher.status().conflicts;
    assert.ok(counted > 0, `${counted} conflicts`);
    await cold.checker.shutdown();
    const warm = await indexed(root, cacheDir);
    assert.equal(warm.checker.publisher.status().conflicts, counted);
    assert.ok(warm.checker.engine.paths().every((p) => warm.checker.engine.isRestored(p)), 'counted from the cache, not from findings computed again');
    // The same findings when they are read, and the same count when counted again.
    const all = warm.checker.allConflicts();
    assert.equal(all.length, counted);
    await warm.checker.shutdown();
    // A disagreement ignored in .crosscheck.json since: the kept count no longer holds, the workspace is counted again.
    fs.writeFileSync(path.join(root, '.crosscheck.json'), JSON.stringify({ ignore: all[0].members.map((m) => ({ file: path.basename(m.path), text: m.text })) }));
    const edited = await indexed(root, cacheDir);
    const fresh = await indexed(root, undefined);
    assert.equal(edited.checker.publisher.status().conflicts, fresh.checker.publisher.status().conflicts);
    assert.ok(fresh.checker.publisher.status().conflicts < counted, 'the ignored disagreement is not counted');
    await edited.checker.shutdown();
    await fresh.checker.shutdown();
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
      checker.indexer.useWorkers = false;
      checker.applySettings(normalizeSettings({}));
      await checker.whenIdle();
      const uri = pathToFileURL(path.join(root, 'a.txt')).href;
      let doc = TextDocument.create(uri, 'plaintext', 1, TEXT_A);
      open.set(uri, doc);
      checker.buffers.opened(doc);
      await checker.whenIdle();
      const snapshot = () => JSON.stringify(checker.engine.paths().sort().map((p) => checker.findings(p)));
      for (const [i, text] of [TEXT_A.replace('12,000', '11,000'), TEXT_A.replace('12,000', '9,000'), `${TEXT_A} About 300 people were left homeless in March.`].entries()) {
        doc = TextDocument.create(uri, 'plaintext', i + 2, text);
        open.set(uri, doc);
        checker.buffers.changed(doc);
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

