// The command line end to end on real folders: our examples, and a folder of bad input.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareInProcess } from './cli-helpers';

const compare = compareInProcess;

const examples = path.join(__dirname, '../../examples');

describe('crosscheck compare', () => {
  it('finds the disagreements of the examples and exits 1', async () => {
    const r = await compare([examples, '--format', 'json']);
    assert.equal(r.code, 1);
    const { findings, skipped } = JSON.parse(r.out);
    assert.deepEqual(skipped, []);
    const conflict = findings.find((f: any) => f.type === 'conflict' && f.claim.text === 'Roughly 2,400 residents');
    assert.ok(conflict, 'the draft’s evacuation figure conflicts');
    assert.equal(conflict.message, 'residents: about 2,400 here; local-paper says about 3,000 (25% higher); wire-report agrees.');
    const rel = conflict.related.find((r: any) => r.relation === 'conflicts');
    const text = fs.readFileSync(rel.path, 'utf8');
    assert.equal(text.slice(rel.start, rel.end), rel.text, 'related offsets index the decoded text');
    // The draft quotes the wire report word for word: corroborated, with the local paper's other
    // wording named; the local paper's own quotation is the variant.
    assert.ok(findings.some((f: any) => f.type === 'quote-corroborated' && f.claim.path.endsWith('draft.md') && /local-paper words it differently/.test(f.message)));
    assert.ok(findings.some((f: any) => f.type === 'quote-variant' && f.claim.path.endsWith('local-paper.md') && /has “so”/.test(f.message)));
  });

  it('--draft reports only the draft’s claims', async () => {
    const r = await compare([examples, '--draft', path.join(examples, 'draft.md'), '--format', 'json']);
    const { findings } = JSON.parse(r.out);
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f: any) => f.claim.path.endsWith('draft.md')));
  });

  it('prints text with file:line:col and SARIF 2.1.0', async () => {
    const text = await compare([examples, '--no-color']);
    assert.match(text.out, /examples\/draft\.md:3:1: error \[conflict\] "Roughly 2,400 residents"/);
    assert.ok(!text.out.includes('\x1b['), 'no colour when asked');
    const sarif = JSON.parse((await compare([examples, '--format', 'sarif'])).out);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((x: any) => x.ruleId === 'conflict');
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
  });

  it('exits 2 with usage on bad arguments', async () => {
    for (const args of [[], ['--format', 'xml', examples], ['--bogus', examples]]) {
      const r = await compare(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /usage: crosscheck compare/);
    }
  });

  it('reads a folder of bad input, reports on the good files and says what it skipped', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bad-'));
    const good = 'Officials said some 15,000 troops were sent to the border on Friday.\n';
    fs.writeFileSync(path.join(dir, 'a.txt'), good);
    fs.writeFileSync(path.join(dir, 'b.txt'), '\ufeffOfficials said 12,000 troops were sent to the border on Thursday.\r\n');
    fs.writeFileSync(path.join(dir, 'c.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('About 15,000 troops were sent to the border.', 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'd.txt'), Buffer.from('Caf\xe9 owners said \x93about 15,000\x94 troops were sent to the border.', 'latin1'));
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(path.join(dir, 'huge.txt'), 'x'.repeat(3 * 1024 * 1024));
    fs.writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0x41, 0xc3, 0x28, 0x20, 0xed, 0xa0, 0x80, 0x42]));
    // UTF-16 big-endian with its BOM, old Mac line endings, one very long line, a link that loops.
    const be = Buffer.from('\ufeffRescuers said around 15,000 troops were sent to the border.', 'utf16le').swap16();
    fs.writeFileSync(path.join(dir, 'e.txt'), be);
    fs.writeFileSync(path.join(dir, 'f.txt'), 'Filed at dawn.\rOfficials said 12,000 troops were sent to the border.\r');
    fs.writeFileSync(path.join(dir, 'long.txt'), `${'word '.repeat(200000)}and 15,000 troops were sent to the border.`);
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    const r = await compare([dir, '--format', 'json']);
    const { findings, skipped } = JSON.parse(r.out);
    const reasons = Object.fromEntries(skipped.map((s: any) => [path.basename(s.path), s.reason]));
    assert.match(reasons['image.txt'], /binary/);
    assert.match(reasons['huge.txt'], /larger than/);
    assert.equal(Object.keys(reasons).length, 2, JSON.stringify(reasons));
    const onA = findings.find((f: any) => f.claim.path.endsWith('a.txt') && f.claim.text.includes('15,000'));
    assert.ok(onA && onA.type === 'conflict', 'the good files are still compared');
    // Offsets stay right after a BOM and CRLF line endings.
    const rb = onA.related.find((x: any) => x.path.endsWith('b.txt'));
    assert.equal(rb.text, '12,000 troops');
    // Every offset indexes the decoded text of its file, whatever the encoding and line endings.
    const decoded: Record<string, string> = {
      'b.txt': 'Officials said 12,000 troops were sent to the border on Thursday.\r\n',
      'e.txt': 'Rescuers said around 15,000 troops were sent to the border.',
      'f.txt': 'Filed at dawn.\rOfficials said 12,000 troops were sent to the border.\r',
    };
    for (const f of findings) {
      for (const loc of [f.claim, ...f.related]) {
        const name = path.basename(loc.path);
        if (decoded[name]) assert.equal(decoded[name].slice(loc.start, loc.end), loc.text, `${name} ${loc.start}`);
      }
    }
    // Agreeing files show up as related sources of the findings they take part in.
    const names = new Set(findings.flatMap((f: any) => [f.claim, ...f.related].map((l: any) => path.basename(l.path))));
    for (const n of ['e.txt', 'f.txt', 'long.txt', 'd.txt', 'c.txt']) assert.ok(names.has(n), `${n} was not compared`);
    assert.equal(r.code, 1);
    // Line numbers count CR alone as a line break too ("Filed at dawn.\r" is line 1).
    const text = await compare([dir, '--no-color']);
    assert.match(text.out, /f\.txt:2:16 "12,000 troops"/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives a claim that four versions carry word for word once, with its copies (--copies)', async () => {
    // Four copies of one real report and another outlet's report of the same event.
    const seeds = path.join(__dirname, '../../../shared/corpus/seeds');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-copies-'));
    const report = fs.readFileSync(path.join(seeds, '000_d68872375e6c7ec2.txt'), 'utf8');
    for (const v of ['v1', 'v2', 'v3', 'v4']) fs.writeFileSync(path.join(dir, `${v}.txt`), report);
    fs.copyFileSync(path.join(seeds, '001_734ae9511008b7b8.txt'), path.join(dir, 'other.txt'));
    const folded = JSON.parse((await compare([dir, '--format', 'json'])).out).findings;
    const all = JSON.parse((await compare([dir, '--format', 'json', '--copies', '0'])).out).findings;
    const on = (fs: any[], words: string) => fs.filter((f: any) => f.type === 'conflict' && f.claim.text === words);
    // Every copy of "Last October" meets the other outlet's "October 2023": four findings, or one.
    assert.equal(on(all, 'Last October').length, 4);
    const [one, ...none] = on(folded, 'Last October');
    assert.deepEqual(none, []);
    assert.deepEqual(one.copies.map((c: any) => path.basename(c.path)), ['v2.txt', 'v3.txt', 'v4.txt']);
    for (const c of one.copies) assert.equal(fs.readFileSync(c.path, 'utf8').slice(c.start, c.end), one.claim.text);
    assert.ok(one.related.some((r: any) => r.relation === 'differs' && path.basename(r.path) === 'other.txt'));
    // The other outlet's claims have no copies: reported as before.
    const theirs = (fs: any[]) => fs.filter((f: any) => f.claim.path.endsWith('other.txt')).map((f: any) => f.message);
    assert.deepEqual(theirs(folded), theirs(all));
    assert.ok(folded.length < all.length / 2, `${folded.length} findings of ${all.length}`);
    // Text: one finding, its copies on one line, and the summary says how many were folded.
    const text = (await compare([dir, '--no-color'])).out;
    assert.match(text, /copies +\S*v2\.txt:\d+:\d+, \S*v3\.txt:\d+:\d+, \S*v4\.txt:\d+:\d+ \(the same words, the same finding\)/);
    assert.match(text, /\d+ repeated word for word in other files and shown once \(--copies\)/);
    // Fifteen versions: the JSON names ten copies and counts the rest.
    for (let v = 5; v <= 15; v++) fs.writeFileSync(path.join(dir, `v${v}.txt`), report);
    const many = on(JSON.parse((await compare([dir, '--format', 'json'])).out).findings, 'Last October');
    assert.equal(many.length, 1);
    assert.equal(many[0].copies.length, 10);
    assert.equal(many[0].copiesMore, 4);
    for (let v = 5; v <= 15; v++) fs.rmSync(path.join(dir, `v${v}.txt`));
    // Three copies are three outlets: each is reported.
    fs.rmSync(path.join(dir, 'v4.txt'));
    const three = JSON.parse((await compare([dir, '--format', 'json'])).out).findings;
    assert.equal(on(three, 'Last October').length, 3);
    // Nothing else is folded: the other outlet's "on Friday" is the same two words in another
    // sentence, a statement of its own, not a fourth copy.
    assert.deepEqual(three.filter((x: any) => x.copies), []);
    assert.ok(three.some((f: any) => f.claim.text === 'on Friday' && f.claim.path.endsWith('other.txt')));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
