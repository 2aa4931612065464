// The server over a folder of documents: a PDF, a transcript, a Word file and a web page are
// compared with a draft; their places name the page or time and open as the extracted text.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as docs from '../documents';
import { sourcePath, sourceUri } from '../../src/host/formats/sourceUri';
import { Checker, uriToPath } from '../../src/server/checker';
import { toDiagnostics } from '../../src/server/diagnostics';
import { hoverMarkdown } from '../../src/server/hover';
import { fileLink } from '../../src/server/markdown';
import { normalizeSettings } from '../../src/shared/settings';

const published = new Map<string, Diagnostic[]>();

function fakeConnection(): Connection {
  const log = () => undefined;
  return {
    console: { log, info: log, warn: log, error: log },
    sendDiagnostics: async ({ uri, diagnostics }: { uri: string; diagnostics: Diagnostic[] }) => void published.set(uri, diagnostics),
    sendNotification: async () => undefined,
  } as unknown as Connection;
}

function documentsOf(list: TextDocument[]): TextDocuments<TextDocument> {
  return { all: () => list, get: (uri: string) => list.find((d) => d.uri === uri) } as unknown as TextDocuments<TextDocument>;
}

const { REPORT } = docs;
const DRAFT = '# Draft\n\nSouth Korea’s spy agency said on Friday that North Korea had sent some 15,000 troops to Russia.\n\n“We believe about 10,000 troops were sent to Russia in October,” Jane Doe said.\n';

describe('server: documents in the folder', () => {
  let root: string;
  let checker: Checker;
  const open: TextDocument[] = [];

  before(async function () {
    this.timeout(60000);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-docs-'));
    fs.writeFileSync(path.join(root, 'draft.md'), DRAFT);
    // The figure sits on the second page: the filler paragraph fills the first.
    const fillers = [
      'The weather in the capital was mild for the season, and crowds gathered in the parks along the river all through the long weekend.',
      'Markets were calm, with traders waiting for the central bank to announce its decision on interest rates later in the month.',
    ];
    fs.writeFileSync(path.join(root, 'report.pdf'), await docs.reportPdf([...fillers, REPORT[0]], { linesPerPage: 5 }));
    fs.writeFileSync(path.join(root, 'interview.vtt'), docs.interviewVtt([{ at: 751, speaker: 'Jane Doe', text: 'We believe about 12,000 troops' }, { at: 754, speaker: 'Jane Doe', text: 'were sent to Russia in October.' }]));
    fs.writeFileSync(path.join(root, 'scan.pdf'), await docs.scannedPdf());
    fs.writeFileSync(path.join(root, 'transcript.srt'), docs.interviewSrt([{ at: 5, speaker: 'Host', text: 'Welcome back.' }]));
    // A transcript opened in the editor as plain text is still read from disk by its reader.
    open.push(TextDocument.create(pathToFileURL(path.join(root, 'transcript.srt')).href, 'plaintext', 1, '1\n00:00:05,000 --> 00:00:10,000\nHOST: Welcome back.\n'));
    checker = new Checker(fakeConnection(), documentsOf(open), {}, async () => ({ begin() {}, report() {}, done() {} }));
    checker.roots = [root];
    checker.store.sourceViews = true; // as VS Code's client asks
    checker.indexer.useWorkers = false;
    checker.applySettings(normalizeSettings({}));
    for (const d of open) checker.buffers.opened(d);
    await checker.whenIdle();
  });
  after(async () => {
    await checker.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const p = (name: string) => path.join(root, name);

  it('compares the PDF and the transcript with the draft, naming the page and the time', () => {
    const groups = checker.allConflicts();
    const places = groups.flatMap((g) => [g.claim, ...g.sources]);
    const pdf = places.find((s) => s.path === p('report.pdf') && s.text === 'some 12,000 troops');
    assert.ok(pdf, 'the PDF is a source');
    assert.equal(pdf.page, 2);
    assert.equal(pdf.place, 'report.pdf, p. 2');
    assert.equal(pdf.uri, sourceUri(p('report.pdf')));
    assert.ok(pdf.uri.startsWith('crosscheck-source:///'));
    // The range is a place in the extracted text, the text the crosscheck-source: view shows.
    const text = checker.store.sourceText(p('report.pdf'))!;
    const lines = text.split('\n');
    assert.equal(lines[pdf.range.start.line].slice(pdf.range.start.character, pdf.range.end.character), 'some 12,000 troops');
    assert.ok(text.includes(REPORT[0]), 'the sentence the layout wrapped is whole again');

    const vtt = places.find((s) => s.path === p('interview.vtt'));
    assert.ok(vtt, JSON.stringify(groups));
    assert.equal(vtt.time, '00:12:31');
    assert.equal(vtt.place, 'interview.vtt 00:12:31');
  });

  it('names pages and times in hovers and diagnostics, with a link that opens the extracted text', () => {
    const draft = p('draft.md');
    const findings = checker.findings(draft);
    const claim = findings.find((f) => f.claim.text === 'some 15,000 troops')!;
    const md = hoverMarkdown(claim.claim.text, [claim], checker.store);
    assert.match(md, /\[report\\\.pdf, p\\\. 2\]\(command:crosscheck\.openLocation\?/);
    const args = JSON.parse(decodeURIComponent(/command:crosscheck\.openLocation\?([^)\s]+)/.exec(md)![1]));
    assert.equal(args[0], sourceUri(p('report.pdf')));
    assert.ok(Number.isInteger(args[1].start.line));
    const diagnostics = toDiagnostics(findings, checker.settings, checker.store);
    const related = diagnostics.flatMap((d) => d.relatedInformation ?? []);
    assert.ok(related.some((r) => r.message.startsWith('p. 2: ') && r.location.uri === sourceUri(p('report.pdf'))));
    assert.ok(related.some((r) => r.message.startsWith('00:12:31: ')));
  });

  it('gives the extracted text, open in the editor, the document’s diagnostics', async () => {
    const uri = sourceUri(p('report.pdf'));
    const view = TextDocument.create(uri, 'plaintext', 1, checker.store.sourceText(p('report.pdf'))!);
    open.push(view);
    checker.buffers.opened(view);
    await checker.whenIdle();
    const diagnostics = published.get(uri) ?? [];
    const troops = diagnostics.find((d) => view.getText(d.range) === 'some 12,000 troops');
    assert.ok(troops, JSON.stringify(diagnostics));
    assert.ok(troops.relatedInformation?.some((r) => r.location.uri.endsWith('draft.md') && !r.message.includes('draft.md')));
    // A view that no longer shows the indexed text gets none (its refresh is on its way).
    const stale = TextDocument.create(uri, 'plaintext', 2, 'older text');
    open[open.indexOf(view)] = stale;
    checker.buffers.changed(stale);
    await checker.whenIdle();
    assert.deepEqual(published.get(uri), []);
    open.splice(open.indexOf(stale), 1);
    await checker.buffers.closed(stale);
  });

  it('lists a scan under skipped files, with the reason', () => {
    const scan = checker.store.skippedFiles().find((s) => s.path === p('scan.pdf'));
    assert.ok(scan && /without a text layer/.test(scan.reason));
    assert.equal(scan.uri, pathToFileURL(p('scan.pdf')).href, 'a skipped document has no extracted text to open');
  });

  it('reads a transcript open in the editor from disk, not from its buffer', () => {
    assert.equal(checker.store.sourceText(p('transcript.srt')), 'Host said: “Welcome back.”\n\n');
    assert.ok(!checker.store.tracks(open[0]));
  });

  it('gives editors that show no extracted text the documents’ own file: URIs', () => {
    const plain = new Checker(fakeConnection(), documentsOf([]), {}, async () => ({ begin() {}, report() {}, done() {} }));
    assert.equal(plain.store.uriOf(p('report.pdf')), pathToFileURL(p('report.pdf')).href);
    assert.equal(checker.store.uriOf(p('report.pdf')), sourceUri(p('report.pdf')));
  });

  it('maps crosscheck-source: URIs back to their files', () => {
    const uri = sourceUri(path.join(root, 'a folder', 'report #2.pdf'));
    assert.equal(sourcePath(uri), path.join(root, 'a folder', 'report #2.pdf'));
    assert.equal(uriToPath(uri), path.join(root, 'a folder', 'report #2.pdf'));
    assert.equal(sourcePath('file:///x.pdf'), undefined);
    // Markdown links to that scheme are never emitted bare (hovers would not follow them).
    assert.doesNotMatch(fileLink('x', uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }), /\]\(crosscheck-source:/);
  });

  it('reads no documents when crosscheck.include leaves their extensions out', async () => {
    checker.applySettings(normalizeSettings({ crosscheck: { include: ['**/*.md'] } }));
    await checker.whenIdle();
    assert.deepEqual(checker.engine.paths(), [p('draft.md')]);
    assert.deepEqual(checker.store.skippedFiles(), []);
  });
});
