// The package as npm installs it: `npm pack`, then `npm install -g --prefix TMP` of the tarball
// (offline: it has no dependencies, everything it runs is bundled in dist/), then `crosscheck`
// from the prefix's bin/ on the PATH, run outside the project.
import * as docs from '../documents';
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXAMPLES, ROOT, VERSION, cleanEnv, ensureBuilt, tmpdir } from './cli-helpers';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('npm pack, npm install -g of the tarball', function () {
  this.timeout(300000);
  let tmp: string;
  let prefix: string;
  let tarball: string;
  let env: NodeJS.ProcessEnv;

  before(function () {
    ensureBuilt();
    tmp = tmpdir('pack');
    prefix = path.join(tmp, 'prefix');
    // --ignore-scripts: dist/ is already built (prepare would build it again).
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', env: cleanEnv() }));
    tarball = path.join(tmp, packed[0].filename);
    const files = packed[0].files.map((f: { path: string }) => f.path).sort();
    assert.deepEqual(files, ['CHANGELOG.md', 'LICENSE', 'README.md', 'bin/crosscheck-ls.js', 'bin/crosscheck.js', 'dist/cli.js', 'dist/formats.js', 'dist/server.js', 'dist/vectors.bin', 'dist/wink-model.js', 'dist/wink-models/eng-cer-meta-model.json', 'dist/wink-models/eng-core-web-model.json', 'dist/wink-models/eng-negation-model.json', 'dist/wink-models/eng-ner-model.json', 'dist/wink-models/eng-pos-model.json', 'dist/wink-models/eng-sa-model.json', 'dist/wink-models/eng-sbd-model.json', 'dist/worker.js', 'package.json']);
    execFileSync(npm, ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: tmp, encoding: 'utf8', env: cleanEnv(), stdio: 'pipe' });
    env = cleanEnv({ PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` });
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('installs with no dependencies: dist/ needs nothing from node_modules', () => {
    const installed = path.join(prefix, 'lib', 'node_modules', 'crosscheck');
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'cli.js')));
    assert.ok(!fs.existsSync(path.join(installed, 'node_modules')), 'no dependencies installed');
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    assert.equal(pkg.dependencies, undefined);
  });

  it('runs crosscheck --version and crosscheck compare from the PATH, outside the project', () => {
    const version = spawnSync('crosscheck', ['--version'], { cwd: tmp, env, encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout, `${VERSION}\n`);
    const examples = path.join(tmp, 'examples');
    fs.cpSync(EXAMPLES, examples, { recursive: true });
    const r = spawnSync('crosscheck', ['compare', 'examples', '--no-color'], { cwd: tmp, env, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^examples\/draft\.md:3:1: error \[conflict\] "Roughly 2,400 residents"\n {2}residents: about 2,400 here; local-paper says about 3,000 \(25% higher\); wire-report agrees\./);
    // The word vectors came along: "residents" and "people" are matched by meaning.
    assert.match(r.stdout, /conflicts examples\/local-paper\.md:3:1 "Some 3,000 people"/);
    const sarif = JSON.parse(spawnSync('crosscheck', ['compare', 'examples', '--format', 'sarif'], { cwd: tmp, env, encoding: 'utf8' }).stdout);
    assert.equal(sarif.runs[0].tool.driver.version, VERSION);
  });

  it('reads a PDF and a transcript from the PATH too: the document reader is bundled', async () => {
    const folder = path.join(tmp, 'documents');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'report.pdf'), await docs.reportPdf(docs.REPORT, { linesPerPage: 5 }));
    fs.writeFileSync(path.join(folder, 'interview.vtt'), docs.interviewVtt([{ at: 751, speaker: 'Jane Doe', text: 'We sent some 15,000 troops to Russia.' }]));
    const r = spawnSync('crosscheck', ['compare', 'documents', '--format', 'json'], { cwd: tmp, env, encoding: 'utf8' });
    const { findings, skipped } = JSON.parse(r.stdout);
    assert.deepEqual(skipped, [], r.stderr);
    const onPdf = findings.find((f: { claim: { path: string; page?: number } }) => f.claim.path.endsWith('report.pdf'));
    assert.ok(onPdf && onPdf.claim.page >= 1, r.stdout);
  });

  it('the language server starts from the PATH too and answers initialize', async () => {
    const init = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const server = spawn('crosscheck-ls', ['--stdio'], { cwd: tmp, env, stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      const reply = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no reply to initialize: ${out}`)), 30000);
        server.stdout.on('data', (d) => {
          out += d;
          if (/"id":1/.test(out)) {
            clearTimeout(timer);
            resolve(out);
          }
        });
        server.once('exit', (code) => reject(new Error(`crosscheck-ls exited (${code}): ${out}`)));
        server.stdin.write(`Content-Length: ${Buffer.byteLength(init)}\r\n\r\n${init}`);
      });
      assert.match(reply, /"result":\{"capabilities"/);
    } finally {
      server.kill();
    }
  });
});
