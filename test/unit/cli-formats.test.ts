// The command line on a folder of documents: PDF, Word, web page and transcripts are compared
// with the draft; locations name the page or time; bad documents are skipped with the reason.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as docs from '../documents';
import { compareInProcess } from './cli-helpers';

const compare = compareInProcess;

describe('crosscheck compare: documents', () => {
  let dir: string;
  before(async function () {
    this.timeout(60000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-docs-'));
    const { REPORT } = docs;
    fs.writeFileSync(path.join(dir, 'draft.md'), '# Draft\n\nSouth Korea’s spy agency said on Friday that North Korea had sent some 15,000 troops to Russia.\n\n“We believe about 10,000 troops were sent to Russia in October,” Jane Doe said.\n');
    const fillers = [
      'The weather in the capital was mild for the season, and crowds gathered in the parks along the river all through the long weekend.',
      'Markets were calm, with traders waiting for the central bank to announce its decision on interest rates later in the month.',
    ];
    fs.writeFileSync(path.join(dir, 'report.pdf'), await docs.reportPdf([...fillers, REPORT[0]], { linesPerPage: 5 }));
    fs.writeFileSync(path.join(dir, 'interview.vtt'), docs.interviewVtt([{ at: 751, speaker: 'Jane Doe', text: 'We believe about 12,000 troops' }, { at: 754, speaker: 'Jane Doe', text: 'were sent to Russia in October.' }]));
    fs.writeFileSync(path.join(dir, 'notes.docx'), await docs.wordDocx(['Notes', REPORT[0]]));
    fs.writeFileSync(path.join(dir, 'article.html'), docs.newsPage({ title: 'Troops sent to Russia', paragraphs: REPORT }));
    fs.writeFileSync(path.join(dir, 'scan.pdf'), await docs.scannedPdf());
    fs.writeFileSync(path.join(dir, 'secret.pdf'), await docs.encryptedPdf());
    fs.writeFileSync(path.join(dir, 'bomb.docx'), docs.docxBomb());
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('compares every format with the draft, with the page or time of each location in JSON', async function () {
    this.timeout(60000);
    const r = await compare([dir, '--format', 'json']);
    assert.equal(r.code, 1);
    const { findings, skipped } = JSON.parse(r.out);
    const reasons = Object.fromEntries(skipped.map((s: { path: string; reason: string }) => [path.basename(s.path), s.reason]));
    assert.match(reasons['scan.pdf'], /without a text layer/);
    assert.match(reasons['secret.pdf'], /encrypted/);
    assert.match(reasons['bomb.docx'], /unpacks to more than it declares/);
    assert.equal(Object.keys(reasons).length, 3, JSON.stringify(reasons));
    const conflict = findings.find((f: any) => f.type === 'conflict' && f.claim.path.endsWith('draft.md') && f.claim.text === 'some 15,000 troops');
    assert.ok(conflict, 'the draft’s figure conflicts');
    const by = (name: string) => conflict.related.find((x: any) => path.basename(x.path) === name);
    for (const name of ['report.pdf', 'notes.docx', 'article.html']) assert.ok(by(name), `${name} is compared: ${conflict.message}`);
    assert.equal(by('report.pdf').page, 2);
    assert.equal(by('notes.docx').page, undefined);
    const quote = findings.find((f: any) => f.type === 'quote-variant' && f.claim.path.endsWith('draft.md'));
    const vtt = quote.related.find((x: any) => x.path.endsWith('interview.vtt'));
    assert.equal(vtt.time, '00:12:31');
    const onPdf = findings.find((f: any) => f.claim.path.endsWith('report.pdf') && f.type === 'conflict');
    assert.equal(onPdf.claim.page, 2);
  });

  it('names the page or time in text and SARIF', async function () {
    this.timeout(60000);
    const text = await compare([dir, '--no-color']);
    assert.match(text.out, /conflicts\s+\S*report\.pdf, p\. 2 "some 12,000 troops"/);
    assert.match(text.out, /differs\s+\S*interview\.vtt 00:12:31 "We believe about 12,000 troops/);
    assert.match(text.out, /notes\.docx:\d+:\d+/);
    assert.match(text.out, /scan\.pdf: skipped: PDF without a text layer/);
    const sarif = JSON.parse((await compare([dir, '--format', 'sarif'])).out);
    const related = sarif.runs[0].results.flatMap((x: any) => x.relatedLocations);
    assert.ok(related.some((l: any) => l.physicalLocation.artifactLocation.uri.endsWith('report.pdf') && l.properties?.page === 2));
  });
});
