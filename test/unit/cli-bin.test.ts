// bin/crosscheck.js as a user runs it: help, version, exit codes, bad values, notes, --fail-on,
// --min-severity, sizes and the JSON format's fields.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BIN, CHECK_BY_HAND, EXAMPLES, ROOT, VERSION, crosscheck, ensureBuilt, tmpdir, writeFiles } from './cli-helpers';

describe('bin/crosscheck.js', function () {
  this.timeout(120000);
  const dirs: string[] = [];
  const dir = (prefix: string) => {
    const d = tmpdir(prefix);
    dirs.push(d);
    return d;
  };
  before(ensureBuilt);
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('--help and -h print the usage, every option and the exit codes, exit 0', () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = crosscheck(flag === 'help' ? ['help'] : ['compare', EXAMPLES, flag]);
      assert.equal(r.code, 0, flag);
      assert.equal(r.err, '');
      assert.match(r.out, /^usage: crosscheck compare <folder\|files…> \[options\]/);
      for (const opt of ['--draft', '--format', '--fail-on', '--min-severity', '--show', '--reference-date', '--max-file-size', '--config', '--no-config', '--no-color', '--quiet', '--version']) {
        assert.ok(r.out.includes(opt), `${flag}: ${opt}`);
      }
      assert.match(r.out, /Exit status:\n\s+0 .*\n\s+1 .*\n\s+2 /);
    }
    assert.equal(crosscheck(['-h']).code, 0, 'no command needed');
  });

  it('without dist/ (never built), says how to build it and exits 2; npm install builds it (prepare)', () => {
    const pkg = dir('unbuilt');
    fs.mkdirSync(path.join(pkg, 'bin'));
    fs.copyFileSync(BIN, path.join(pkg, 'bin', 'crosscheck.js'));
    const r = crosscheck(['compare', EXAMPLES], { bin: path.join(pkg, 'bin', 'crosscheck.js') });
    assert.equal(r.code, 2);
    assert.match(r.err, /^crosscheck: .*dist\/cli\.js is missing: the command line has not been built\.\nRun `npm run build` in .*unbuilt/);
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    assert.equal(scripts.prepare, scripts.build, 'npm install runs the build');
  });

  it('--version and -v print package.json’s version, exit 0', () => {
    for (const flag of ['--version', '-v']) {
      const r = crosscheck([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.out, `${VERSION}\n`);
    }
  });

  it('exits 2 with the usage for a missing command, an unknown command or option', () => {
    for (const args of [[], ['check', EXAMPLES], ['compare'], ['compare', EXAMPLES, '--bogus'], ['compare', EXAMPLES, '--format']]) {
      const r = crosscheck(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^crosscheck: .+\nusage: crosscheck compare/, args.join(' '));
      assert.equal(r.out, '');
    }
  });

  it('exits 2 naming the option for a bad value: impossible dates, unknown formats and levels, non-numeric sizes', () => {
    const bad: [string[], RegExp][] = [
      [['--reference-date', '2024-13-45'], /--reference-date .*"2024-13-45"/],
      [['--reference-date=2023-02-30'], /--reference-date .*"2023-02-30"/],
      [['--reference-date', '2024-02-00'], /--reference-date/],
      [['--reference-date', 'yesterday'], /--reference-date/],
      [['--format', 'xml'], /--format takes text, json, sarif; got "xml"/],
      [['--max-file-size', 'abc'], /--max-file-size .*"abc"/],
      [['--max-file-size', '0'], /--max-file-size/],
      [['--max-file-size', '-5'], /--max-file-size/],
      [['--fail-on', 'errors'], /--fail-on takes error, warning, information, hint, none/],
      [['--min-severity', 'none'], /--min-severity takes error, warning, information, hint/],
      [['--show', 'all'], /--show takes/],
      [['--no-color=yes'], /--no-color takes no value/],
    ];
    for (const [args, message] of bad) {
      const r = crosscheck(['compare', EXAMPLES, ...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message, args.join(' '));
    }
    // Real days are accepted, the leap day included; sizes take units.
    for (const args of [['--reference-date', '2024-02-29'], ['--reference-date', '2024-10'], ['--max-file-size', '512KB'], ['--max-file-size=2MB']]) {
      assert.equal(crosscheck(['compare', EXAMPLES, ...args, '--format', 'json']).code, 1, args.join(' '));
    }
  });

  it('exits 2 for a missing folder, a missing --draft, a folder given as --draft and a folder of unreadable files', () => {
    const missing = crosscheck(['compare', path.join(EXAMPLES, 'nope')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /crosscheck: no such file or folder: .*nope/);
    assert.equal(missing.out, '');
    const noDraft = crosscheck(['compare', EXAMPLES, '--draft', path.join(EXAMPLES, 'nope.md')]);
    assert.equal(noDraft.code, 2);
    assert.match(noDraft.err, /no such file: .*nope\.md \(--draft\)/);
    const folderDraft = crosscheck(['compare', EXAMPLES, '--draft', EXAMPLES]);
    assert.equal(folderDraft.code, 2);
    assert.match(folderDraft.err, /--draft takes a file/);
    const binary = writeFiles(dir('binary'), { 'a.txt': Buffer.from([0x89, 0x50, 0, 0, 1]), 'b.md': Buffer.from([0, 0, 0]) });
    const none = crosscheck(['compare', binary]);
    assert.equal(none.code, 2);
    assert.match(none.err, /no readable source: all 2 files were skipped\n {2}.*a\.txt: binary/);
    const unreadableDraft = crosscheck(['compare', EXAMPLES, '--draft', path.join(binary, 'a.txt')]);
    assert.equal(unreadableDraft.code, 2);
    assert.match(unreadableDraft.err, /cannot read the draft .*a\.txt: binary/);
  });

  it('an empty folder or a single file: a note on stderr, exit 0', () => {
    const empty = dir('empty');
    fs.writeFileSync(path.join(empty, 'notes.odt'), 'not a text file the folder search takes');
    const r = crosscheck(['compare', empty]);
    assert.equal(r.code, 0);
    assert.match(r.err, /crosscheck: nothing to compare: no \*\.txt, \*\.md, .* files in /);
    assert.match(r.out, /No findings\n0 files compared/);
    const one = crosscheck(['compare', path.join(EXAMPLES, 'draft.md')]);
    assert.equal(one.code, 0);
    assert.match(one.err, /nothing to compare against: examples\/draft\.md is the only file read/);
    assert.equal(crosscheck(['compare', empty, '--quiet']).err, '', '--quiet keeps stderr for errors');
    const json = crosscheck(['compare', empty, '--format', 'json']);
    assert.deepEqual(JSON.parse(json.out), { findings: [], skipped: [] });
  });

  it('--draft alone compares the draft with the other files of its folder', () => {
    const r = crosscheck(['compare', '--draft', path.join(EXAMPLES, 'draft.md'), '--format', 'json']);
    assert.equal(r.code, 1);
    const { findings } = JSON.parse(r.out);
    assert.ok(findings.length > 0);
    // Paths relative to the folder the command ran in, as `skipped`'s are.
    assert.ok(findings.every((f: any) => f.claim.path === path.relative(ROOT, path.join(EXAMPLES, 'draft.md'))), JSON.stringify(findings[0]?.claim));
    assert.ok(findings.some((f: any) => f.related.some((x: any) => x.path.endsWith('local-paper.md'))));
  });

  it('--fail-on decides exit 1; "check by hand" notes are shown but do not fail by default', () => {
    const d = writeFiles(dir('byhand'), CHECK_BY_HAND);
    const r = crosscheck(['compare', d]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /a\.txt:1:40: information \[conflict\] "last October"\n {2}Check by hand:/);
    assert.match(r.out, /2 findings: 2 notes to check by hand \(2 conflicts\)/);
    assert.equal(crosscheck(['compare', d, '--fail-on', 'information']).code, 1);
    assert.equal(crosscheck(['compare', d, '--fail-on', 'hint']).code, 1);
    // Hidden findings never fail the run.
    const hidden = crosscheck(['compare', d, '--fail-on', 'information', '--min-severity', 'warning']);
    assert.equal(hidden.code, 0);
    assert.match(hidden.out, /^No findings\n.*2 below --min-severity warning not shown/);
    // The examples hold errors and warnings.
    assert.equal(crosscheck(['compare', EXAMPLES]).code, 1);
    assert.equal(crosscheck(['compare', EXAMPLES, '--fail-on', 'error']).code, 1);
    assert.equal(crosscheck(['compare', EXAMPLES, '--fail-on', 'none']).code, 0);
    const errorsOnly = crosscheck(['compare', EXAMPLES, '--show', 'error', '--fail-on', 'warning']);
    assert.equal(errorsOnly.code, 1);
    assert.ok(!/warning \[/.test(errorsOnly.out), 'warnings hidden');
    assert.match(errorsOnly.out, /below --min-severity error not shown/);
  });

  it('text counts agreements and corroborations without listing them; JSON keeps them for tools; hints show with --min-severity hint', () => {
    const r = crosscheck(['compare', EXAMPLES, '--format', 'json']);
    const { findings } = JSON.parse(r.out);
    const types = new Set(findings.map((f: any) => f.type));
    for (const t of ['agreement', 'quote-corroborated']) assert.ok(types.has(t), t);
    const shown = JSON.parse(crosscheck(['compare', EXAMPLES, '--format', 'json', '--min-severity', 'information']).out).findings;
    assert.ok(shown.length > 0 && shown.every((f: any) => f.severity !== 'hint'));
    const text = crosscheck(['compare', EXAMPLES]);
    assert.match(text.out, /\n3 files compared, 0 skipped; \d+ claims corroborated\n$/);
    const rep = writeFiles(dir('repeat'), {
      'a.txt': 'The Velmora council said 40 homes flooded. The Velmora council said 40 homes flooded.\n',
      'b.txt': 'The Velmora council said 40 homes flooded on the Harwick road.\n',
    });
    assert.ok(!crosscheck(['compare', rep]).out.includes('[repetition]'));
    const hints = crosscheck(['compare', rep, '--min-severity', 'hint', '--fail-on', 'hint']);
    assert.match(hints.out, /a\.txt:1:\d+: hint \[repetition\]/);
    assert.equal(hints.code, 1);
  });

  it('names --max-file-size and shows sizes that differ', () => {
    const d = writeFiles(dir('sizes'), {
      'big.txt': 'x'.repeat(1.5 * 1024 * 1024),
      'edge.txt': 'x'.repeat(1024 * 1024 + 1),
      'a.txt': CHECK_BY_HAND['a.txt'],
    });
    const r = crosscheck(['compare', d, '--max-file-size', '1MB', '--format', 'json']);
    const reasons = Object.fromEntries(JSON.parse(r.out).skipped.map((s: any) => [path.basename(s.path), s.reason]));
    assert.deepEqual(reasons, {
      'big.txt': 'larger than --max-file-size (1.5 MB > 1.0 MB)',
      'edge.txt': 'larger than --max-file-size (1,048,577 bytes > 1,048,576 bytes)',
    });
    const text = crosscheck(['compare', d, '--max-file-size', '1048576']);
    assert.match(text.out, /big\.txt: skipped: larger than --max-file-size \(1\.5 MB > 1\.0 MB\)/);
    assert.ok(!text.out.includes('crosscheck.maxFileSize'));
  });

  it('JSON keeps its fields: findings (type, severity, confidence, message, claim, related) and skipped', () => {
    const r = crosscheck(['compare', EXAMPLES, '--format', 'json']);
    const json = JSON.parse(r.out);
    assert.deepEqual(Object.keys(json), ['findings', 'skipped']);
    for (const f of json.findings) {
      for (const k of ['type', 'severity', 'confidence', 'message', 'claim', 'related']) assert.ok(k in f, k);
      assert.equal(typeof f.confidence, 'number');
      for (const k of ['path', 'start', 'end', 'text']) assert.ok(k in f.claim, `claim.${k}`);
      for (const rel of f.related) for (const k of ['path', 'start', 'end', 'text', 'relation', 'note']) assert.ok(k in rel, `related.${k}`);
    }
  });

  it('prints no colour into a pipe and with --no-color', () => {
    assert.ok(!crosscheck(['compare', EXAMPLES]).out.includes('\x1b['));
    assert.ok(crosscheck(['compare', EXAMPLES, '--color']).out.includes('\x1b[31merror'));
  });
});
