// The document readers: PDF, Word, web pages and transcripts, on files written here by the
// libraries that make them (see test/documents.js), and the limits that keep bad files harmless.
// extractDocument runs the readers from the sources; readDocument goes through the reader worker,
// dist/formats.js, when it is built (`npm test` builds first; run `npm run build` before mocha alone).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as docs from '../documents';
import { extractDocument } from '../../src/host/formats/index';
import { documentFormat, isDocument } from '../../src/host/formats/kinds';
import { clock, placeAt, placeName } from '../../src/host/formats/locate';
import { assemble } from '../../src/host/formats/pdfText';
import type { Run } from '../../src/host/formats/pdfText';
import { DocumentReader, readDocument } from '../../src/host/formats/reader';
import type { Extracted, ExtractResult } from '../../src/host/formats/types';
import { DocumentTextCache, TEXT_CACHE_FILE } from '../../src/host/formats/textCache';
import { checkZip } from '../../src/host/formats/zip';
import { extractClaims } from '../../src/engine/extract';

const { REPORT } = docs;

function text(r: ExtractResult): Extracted {
  assert.ok(!('skipped' in r), `skipped: ${'skipped' in r ? r.skipped : ''}`);
  return r as Extracted;
}

function skipped(r: ExtractResult): string {
  assert.ok('skipped' in r, `not skipped: ${JSON.stringify(r).slice(0, 200)}`);
  return r.skipped;
}

/** Runs of one line of a page, one run per word, as a PDF producer writes them. */
function lineRuns(words: string, y: number, size = 10): Run[] {
  let x = 72;
  return words.split(' ').map((w) => {
    const run = { str: w, x, y, width: w.length * size * 0.5, size };
    x += run.width + size * 0.25;
    return run;
  });
}

describe('formats: which files are documents', () => {
  it('is decided by the extension, in any case', () => {
    assert.equal(documentFormat('/a/Report.PDF'), 'pdf');
    assert.equal(documentFormat('notes.docx'), 'docx');
    assert.equal(documentFormat('page.htm'), 'html');
    assert.equal(documentFormat('x/interview.vtt'), 'vtt');
    assert.equal(documentFormat('x/interview.srt'), 'srt');
    assert.equal(documentFormat('draft.md'), undefined);
    assert.equal(documentFormat('/dir.pdf/readme'), undefined);
    assert.ok(isDocument('a.html') && !isDocument('a.txt'));
  });

  it('names pages and times', () => {
    const pdf = { format: 'pdf' as const, pages: [0, 100, 250] };
    assert.deepEqual(placeAt(pdf, 0), { page: 1, label: 'p. 1' });
    assert.equal(placeAt(pdf, 99)?.page, 1);
    assert.equal(placeAt(pdf, 100)?.page, 2);
    assert.equal(placeAt(pdf, 9999)?.page, 3);
    assert.equal(placeName('report.pdf', placeAt(pdf, 120)), 'report.pdf, p. 2');
    const vtt = { format: 'vtt' as const, cues: [{ start: 5, seconds: 751, time: clock(751), speaker: 'Jane Doe' }, { start: 40, seconds: 3600, time: clock(3600) }] };
    assert.equal(placeName('interview.vtt', placeAt(vtt, 20)), 'interview.vtt 00:12:31');
    assert.equal(placeAt(vtt, 45)?.time, '01:00:00');
    assert.equal(placeAt({ format: 'docx' }, 3), undefined);
    assert.equal(placeName('notes.docx', undefined), 'notes.docx');
  });
});

describe('formats: PDF text layout', () => {
  it('rejoins hard-wrapped lines and end-of-line hyphens, and keeps paragraphs apart', () => {
    const runs = [
      ...lineRuns('Officials said some 12,000 troops were', 700),
      ...lineRuns('sent to the border on Friday, in an unprece-', 688),
      ...lineRuns('dented move by the North-', 676),
      ...lineRuns('Korean army.', 664),
      ...lineRuns('A second paragraph starts here.', 640),
    ];
    const { text, pages } = assemble([runs]);
    assert.equal(text, 'Officials said some 12,000 troops were sent to the border on Friday, in an unprecedented move by the North-Korean army.\n\nA second paragraph starts here.\n');
    assert.deepEqual(pages, [0]);
  });

  it('carries a sentence across a page break, drops running heads and page numbers, and records where each page starts', () => {
    const page = (n: number, lines: string[]) => [
      ...lineRuns('Situation report · Ministry of Defence', 780, 8),
      ...lines.flatMap((l, i) => lineRuns(l, 700 - i * 12 - (l.startsWith('A second') ? 12 : 0))),
      ...lineRuns(String(n), 40, 8),
    ];
    const { text, pages } = assemble([
      page(1, ['The ministry said that about 3,000 residents', 'were evacuated from the coast and']),
      page(2, ['moved to shelters inland on Thursday.', 'A second paragraph.']),
      page(3, ['Third page.']),
    ]);
    assert.equal(text, 'The ministry said that about 3,000 residents were evacuated from the coast and moved to shelters inland on Thursday.\n\nA second paragraph.\n\nThird page.\n');
    assert.equal(text.slice(pages[1]).startsWith('moved to shelters'), true);
    assert.equal(text.slice(pages[2]).startsWith('Third page.'), true);
  });

  it('keeps body lines that happen to open several pages, and the one line of a last page', () => {
    const head = (n: number) => [...lineRuns('Situation report', 780, 8), ...lineRuns(String(n), 40, 8)];
    const body = (lines: string[]) => lines.flatMap((l, i) => lineRuns(l, 700 - i * 12));
    const { text } = assemble([
      [...head(1), ...body(['The ministry said that about 3,000 residents were', 'evacuated from the coast and moved to'])],
      [...head(2), ...body(['shelters inland on Thursday.', 'Officials said the river rose by', 'two metres and that the last'])],
      [...head(3), ...body(['shelters inland on Thursday.'])],
    ]);
    assert.equal(text, 'The ministry said that about 3,000 residents were evacuated from the coast and moved to shelters inland on Thursday. Officials said the river rose by two metres and that the last shelters inland on Thursday.\n');
  });
});

describe('formats: PDF files', () => {
  it('reads a report whose sentences run across lines and pages, with the page of every offset', async () => {
    const pdf = await docs.reportPdf([...REPORT, ...REPORT], { linesPerPage: 10, hyphenate: ['unprece-dented'] });
    const r = text(await extractDocument('report.pdf', pdf));
    assert.equal(r.format, 'pdf');
    assert.ok(r.pages && r.pages.length >= 3, `pages: ${r.pages}`);
    // Every paragraph comes back whole: one line, as written, though the layout broke it up.
    const paragraphs = r.text.trim().split('\n\n');
    assert.deepEqual(paragraphs, [...REPORT, ...REPORT]);
    assert.ok(!/Ministry of Defence · Situation report/.test(r.text), 'running head dropped');
    // A sentence that starts on one page and ends on the next is still one sentence.
    const crossing = r.pages!.slice(1).find((p) => r.text[p - 1] === ' ');
    assert.ok(crossing !== undefined, 'some page starts in the middle of a sentence');
    // Offsets map to pages: the second copy of the report sits on a later page than the first.
    const first = r.text.indexOf('12,000 troops');
    const second = r.text.indexOf('12,000 troops', first + 1);
    assert.equal(placeAt(r, first)?.page, 1);
    assert.ok(placeAt(r, second)!.page! > 1);
    // The engine reads it like any text.
    const claims = extractClaims(r.text, 'report.pdf', {});
    assert.ok(claims.claims.some((c) => c.text === 'some 12,000 troops'));
  });

  it('skips a scan, an encrypted file and a broken file, saying why', async () => {
    assert.match(skipped(await extractDocument('scan.pdf', await docs.scannedPdf())), /without a text layer/);
    assert.match(skipped(await extractDocument('secret.pdf', await docs.encryptedPdf())), /encrypted/);
    assert.match(skipped(await extractDocument('broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'))), /not a readable PDF|could not be read/);
    assert.match(skipped(await extractDocument('empty.pdf', Buffer.alloc(0))), /not a readable PDF|could not be read/);
  });

  it('keeps to the page and text limits', async () => {
    const pdf = await docs.reportPdf(REPORT, { linesPerPage: 5 });
    assert.match(skipped(await extractDocument('long.pdf', pdf, { maxPages: 2 })), /more than 2/);
    assert.match(skipped(await extractDocument('long.pdf', pdf, { maxTextLength: 100 })), /longer than crosscheck\.maxFileSize/);
  });
});

describe('formats: Word files', () => {
  it('reads paragraphs and keeps a table row on one line', async () => {
    const docx = await docs.wordDocx(['Briefing notes', ...REPORT], [['Troops sent', '12,000'], ['First group', '1,500']]);
    const r = text(await extractDocument('notes.docx', docx));
    assert.equal(r.format, 'docx');
    assert.deepEqual(r.text.trim().split('\n\n'), ['Briefing notes', ...REPORT, 'Troops sent | 12,000', 'First group | 1,500']);
    assert.equal(r.pages, undefined);
  });

  it('refuses an archive that would unpack too large, before unpacking it', async () => {
    const t0 = Date.now();
    assert.match(skipped(await extractDocument('bomb.docx', docs.docxBomb())), /unpacks to more than it declares/);
    const honest = docs.zipArchive([{ name: 'word/document.xml', data: Buffer.alloc(80 * 1024 * 1024) }]);
    assert.match(skipped(await extractDocument('big.docx', honest)), /would unpack to 80 MB \(more than 64 MB\)/);
    assert.ok(Date.now() - t0 < 5000, 'refused quickly');
    assert.match(skipped(await extractDocument('fake.docx', Buffer.from('not a zip at all'))), /not a Word/);
    assert.equal(checkZip(docs.zipArchive([{ name: 'a.xml', data: Buffer.from('<a/>') }]), 1024, () => true), undefined);
  });
});

describe('formats: web pages', () => {
  const paragraphs = [...REPORT];

  it('reads the article, not menus, banners, sidebars, scripts or footers, and runs nothing', async () => {
    const page = docs.newsPage({ title: 'North Korea sends troops to Russia', paragraphs });
    const pwned = path.join(os.tmpdir(), 'crosscheck-pwned');
    fs.rmSync(pwned, { force: true });
    const r = text(await extractDocument('article.html', Buffer.from(page)));
    assert.equal(r.format, 'html');
    assert.deepEqual(r.text.trim().split('\n\n'), ['North Korea sends troops to Russia', 'By Jane Reporter', ...paragraphs]);
    for (const furniture of ['Home', 'cookies', 'Most read', 'Privacy', '1,234 Main Street', 'globalThis']) assert.ok(!r.text.includes(furniture), furniture);
    assert.equal((globalThis as { __crosscheckPwned?: number }).__crosscheckPwned, undefined);
    assert.ok(!fs.existsSync(pwned), 'no script ran');
  });

  it('reads a page without an article whole, less its furniture, and honours its declared charset', async () => {
    const html = '<html><head><meta charset="windows-1252"><title>Note</title></head><body><nav>Menu</nav><p>Caf\xe9 owners said \x93about 15,000\x94 troops came.</p><footer>Footer</footer></body></html>';
    const r = text(await extractDocument('note.htm', Buffer.from(html, 'latin1')));
    assert.equal(r.text, 'Note\n\nCafé owners said “about 15,000” troops came.\n');
    assert.match(skipped(await extractDocument('blank.html', Buffer.from('<html><body><script>x()</script></body></html>'))), /without text/);
  });

  it('reads a page nested thousands deep in linear time (no article search there)', async () => {
    const nested = `<html><body>${'<div>'.repeat(3000)}Some 300 people came.${'</div>'.repeat(3000)}</body></html>`;
    const t0 = Date.now();
    assert.equal(text(await extractDocument('deep.html', Buffer.from(nested))).text, 'Some 300 people came.\n');
    assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
  });
});

describe('formats: transcripts', () => {
  const turns = [
    { at: 751, speaker: 'Jane Doe', text: 'We believe about 12,000 troops' },
    { at: 754, speaker: 'Jane Doe', text: 'were sent to Russia in October.' },
    { at: 760, speaker: 'Interviewer', text: 'Are you sure of the "12,000"?' },
  ];

  it('reads a WebVTT interview: each line with its speaker and time, a sentence across cues kept whole', async () => {
    const r = text(await extractDocument('interview.vtt', Buffer.from(docs.interviewVtt(turns))));
    assert.equal(r.format, 'vtt');
    assert.equal(r.text, 'Jane Doe said: “We believe about 12,000 troops were sent to Russia in October.”\n\nInterviewer said: “Are you sure of the ‘12,000’?”\n\n');
    assert.deepEqual(r.cues!.map((c) => [c.time, c.speaker, r.text.slice(c.start, c.start + 8)]), [
      ['00:12:31', 'Jane Doe', 'We belie'],
      ['00:12:34', 'Jane Doe', 'were sen'],
      ['00:12:40', 'Interviewer', 'Are you '],
    ]);
    assert.equal(placeAt(r, r.text.indexOf('Russia'))?.time, '00:12:34');
    // Its lines are quotations of their speaker.
    const quote = extractClaims(r.text, 'interview.vtt', {}).claims.find((c) => c.kind === 'quote');
    assert.equal(quote?.kind === 'quote' && quote.speaker, 'Jane Doe');
  });

  it('reads SRT with speakers named before a colon, in capitals', async () => {
    const r = text(await extractDocument('interview.srt', Buffer.from(docs.interviewSrt(turns))));
    assert.equal(r.format, 'srt');
    assert.ok(r.text.startsWith('Jane Doe said: “We believe about 12,000 troops were sent'), r.text);
    assert.deepEqual(r.cues!.map((c) => c.time), ['00:12:31', '00:12:34', '00:12:40']);
    assert.match(skipped(await extractDocument('empty.srt', Buffer.from('\n\n'))), /without cues/);
  });
});

describe('formats: the reader worker', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-reader-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a file from disk within its size limit', async () => {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, await docs.reportPdf(REPORT));
    const r = await readDocument(file);
    assert.ok(r.ok && r.layout.format === 'pdf' && r.text.includes('12,000 troops'));
    const small = await readDocument(file, { maxFileSize: 100 });
    assert.ok(!small.ok && /larger than crosscheck\.maxDocumentSize/.test(small.reason));
  });

  it('stops a reader that hangs, or that runs out of memory, and reads the next file with a new one', async function () {
    this.timeout(30000);
    const hang = path.join(dir, 'hang.js');
    fs.writeFileSync(hang, "require('worker_threads').parentPort.on('message', () => { for (;;); });");
    const hog = path.join(dir, 'hog.js');
    fs.writeFileSync(hog, "require('worker_threads').parentPort.on('message', () => { const a = []; for (;;) a.push({ x: new Array(1000).fill(1) }); });");
    const limits = { maxTextLength: 1e6, timeoutMs: 500, maxUnpackedBytes: 1e6, maxPages: 10, maxMemoryMb: 32 };
    const hanging = new DocumentReader(hang);
    const [a, b] = await Promise.all([hanging.extract('a.pdf', Buffer.from('x'), limits), hanging.extract('b.pdf', Buffer.from('x'), limits)]);
    assert.match(skipped(a), /took longer than 1 s|took longer than 0 s/);
    assert.match(skipped(b), /took longer/);
    await hanging.close();
    const hogging = new DocumentReader(hog);
    assert.match(skipped(await hogging.extract('c.pdf', Buffer.from('x'), { ...limits, timeoutMs: 20000 })), /more than 32 MB of memory/);
    await hogging.close();
  });

  it('skips the frames and widgets a browser saved beside a page, not the page', async () => {
    fs.writeFileSync(path.join(dir, 'Story.html'), docs.newsPage({ title: 'Troops', paragraphs: docs.REPORT }));
    fs.mkdirSync(path.join(dir, 'Story_files'));
    fs.writeFileSync(path.join(dir, 'Story_files', 'ad-frame.html'), '<p>Buy 3 get 1 free</p>');
    const frame = await readDocument(path.join(dir, 'Story_files', 'ad-frame.html'));
    assert.ok(!frame.ok && frame.reason === 'part of the saved web page Story.html');
    assert.ok((await readDocument(path.join(dir, 'Story.html'))).ok);
    // A folder that merely ends in _files, with no page beside it, is read as usual.
    fs.mkdirSync(path.join(dir, 'case_files'));
    fs.writeFileSync(path.join(dir, 'case_files', 'note.html'), '<p>Some 300 people came on Friday.</p>');
    assert.ok((await readDocument(path.join(dir, 'case_files', 'note.html'))).ok);
  });

  it('keeps what it read in the text cache, read again only when the file changes; skips for the moment are not kept', async () => {
    const file = path.join(dir, 'cached.vtt');
    fs.writeFileSync(file, docs.interviewVtt([{ at: 1, speaker: 'A', text: 'Some 300 people came.' }]));
    let calls = 0;
    let answer: ExtractResult = { format: 'vtt', text: 'A said: “Some 300 people came.”\n\n', cues: [] };
    const reader = { extract: async () => (calls++, answer) } as unknown as DocumentReader;
    const storage = path.join(dir, 'storage');
    const first = new DocumentTextCache(storage);
    const a = await readDocument(file, {}, reader, first);
    assert.ok(a.ok && calls === 1);
    await first.save();
    assert.ok(fs.existsSync(path.join(storage, TEXT_CACHE_FILE)));
    // A new session: read from the cache, not the reader.
    const second = new DocumentTextCache(storage);
    assert.deepEqual(await readDocument(file, {}, reader, second), a);
    assert.equal(calls, 1);
    // Other limits, or a changed file: read again.
    await readDocument(file, { maxTextLength: 99 }, reader, second);
    assert.equal(calls, 2);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    answer = { skipped: 'reading took longer than 30 s', transient: true };
    const late = await readDocument(file, {}, reader, second);
    assert.ok(!late.ok && calls === 3);
    await readDocument(file, {}, reader, second);
    assert.equal(calls, 4, 'a timeout is tried again');
  });
});
