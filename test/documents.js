// Builds the document files the tests read (PDF, Word, web pages, transcripts) with the libraries
// that write them, so no binary is checked in. Plain Node (CommonJS): the unit and command-line
// tests use it, and so does the extension-host launcher (test/host/suite/workspace.js).
const zlib = require('zlib');
const { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts } = require('pdf-lib');

/** Three paragraphs of a news report, long enough that a page layout wraps every sentence. */
const REPORT = [
  'South Korea’s spy agency said on Friday that North Korea had sent some 12,000 troops to Russia, in what officials described as an unprecedented deployment that would reshape the conflict.',
  'The agency said the soldiers, drawn from special forces units, were being trained in the far east of Russia before their expected deployment to the front, according to a briefing given to lawmakers in Seoul.',
  'Officials added that the first group of 1,500 soldiers had already arrived in Vladivostok, and that a second group was expected to follow within weeks, a timeline the ministry described as “deliberately accelerated”.',
];

/**
 * A report laid out as a word processor prints it: paragraphs hard-wrapped to a column (long words
 * hyphenated at the margin when `hyphenate` names them), a running head and a page number on every
 * page, `linesPerPage` lines a page, so sentences run across lines and pages.
 */
async function reportPdf(paragraphs, { title = 'Ministry of Defence · Situation report', linesPerPage = 30, width = 300, hyphenate = [] } = {}) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const size = 11;
  const leading = 14;
  // Wrap every paragraph into lines; a blank line between paragraphs.
  const lines = [];
  for (const p of paragraphs) {
    let line = '';
    for (const word of p.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      const cut = hyphenate.find((h) => h.replace('-', '') === word.replace(/[^\p{L}-]/gu, ''));
      if (cut) {
        const [head, tail] = cut.split('-');
        lines.push(`${line} ${head}-`.trim());
        line = word.replace(head, '').replace(/^-/, '') || tail;
        continue;
      }
      lines.push(line);
      line = word;
    }
    if (line) lines.push(line);
    lines.push('');
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const pages = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  pages.forEach((pageLines, n) => {
    const page = doc.addPage([width + 144, linesPerPage * leading + 160]);
    const top = page.getHeight() - 60;
    page.drawText(title, { x: 72, y: page.getHeight() - 36, size: 9, font });
    pageLines.forEach((text, i) => {
      if (text) page.drawText(text, { x: 72, y: top - i * leading, size, font });
    });
    page.drawText(String(n + 1), { x: 72 + width / 2, y: 30, size: 9, font });
  });
  return Buffer.from(await doc.save());
}

/** A scanned page: a picture of text and no text layer (here, grey bars where lines would be). */
async function scannedPdf() {
  const doc = await PDFDocument.create();
  const page = doc.addPage([400, 500]);
  for (let y = 450; y > 50; y -= 20) page.drawRectangle({ x: 40, y, width: 320, height: 8, opacity: 0.5 });
  return Buffer.from(await doc.save());
}

/** A PDF that needs a password: standard security handler, a user password nobody knows. */
async function encryptedPdf() {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([400, 400]).drawText('Secret: 15,000 troops', { x: 40, y: 300, size: 12, font });
  const bytes = (n, seed) => PDFHexString.of(Buffer.alloc(n, seed).toString('hex'));
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: PDFNumber.of(-44) });
  encrypt.set(PDFName.of('O'), bytes(32, 7));
  encrypt.set(PDFName.of('U'), bytes(32, 9));
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([bytes(16, 1), bytes(16, 1)]);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A Word file: headings and paragraphs, and a table whose rows pair a label with a figure. */
async function wordDocx(paragraphs, table = []) {
  const { Document, Packer, Paragraph, Table, TableRow, TableCell, HeadingLevel } = require('docx');
  const children = paragraphs.map((p, i) => new Paragraph(i === 0 ? { text: p, heading: HeadingLevel.HEADING_1 } : { text: p }));
  if (table.length) {
    children.push(new Table({ rows: table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * A zip archive built by hand: entries as { name, data, declared? }. `declared` overrides the
 * uncompressed size the archive states (a zip bomb understates it).
 */
function zipArchive(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = zlib.deflateRawSync(e.data);
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A .docx whose document.xml states 2 KB and unpacks to 200 MB of zeros. */
function docxBomb() {
  return zipArchive([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'word/document.xml', data: Buffer.alloc(200 * 1024 * 1024), declared: 2048 },
  ]);
}

/** A saved news page: menus, a cookie banner, a sidebar, scripts and a footer around the article. */
function newsPage({ title, paragraphs, charset = 'utf-8' }) {
  const body = paragraphs.map((p) => `      <p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="${charset}">
  <title>${title} | The Daily Wire Service</title>
  <script>globalThis.__crosscheckPwned = 1; require('fs').writeFileSync('/tmp/crosscheck-pwned', 'x');</script>
  <style>body { font-family: serif }</style>
</head>
<body onload="globalThis.__crosscheckPwned = 2">
  <header><nav><a href="/">Home</a> <a href="/world">World: 99 stories</a> <a href="/sport">Sport</a></nav></header>
  <div class="cookie-banner">We use 12 cookies. <button>Accept all</button></div>
  <main>
    <article>
      <h1>${title}</h1>
      <p class="byline">By Jane Reporter</p>
${body}
      <img src="x" onerror="globalThis.__crosscheckPwned = 3">
    </article>
    <aside><h2>Most read</h2><ul><li>Markets fall 7% on Tuesday</li><li>Storm kills 40 in the south</li></ul></aside>
  </main>
  <footer>© 2024 The Daily Wire Service. 1,234 Main Street. <a href="/privacy">Privacy</a></footer>
  <script src="https://example.invalid/tracker.js"></script>
</body>
</html>
`;
}

/** A WebVTT interview: voice tags name the speakers; a sentence runs over two cues. */
function interviewVtt(turns) {
  const cues = turns.map(({ at, speaker, text }, i) => {
    const end = turns[i + 1]?.at ?? at + 5;
    return `${stamp(at, '.')} --> ${stamp(end, '.')}\n${speaker ? `<v ${speaker}>` : ''}${text}`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** The same as SRT, speakers named in capitals before a colon. */
function interviewSrt(turns) {
  return turns
    .map(({ at, speaker, text }, i) => {
      const end = turns[i + 1]?.at ?? at + 5;
      return `${i + 1}\n${stamp(at, ',')} --> ${stamp(end, ',')}\n${speaker ? `${speaker.toUpperCase()}: ` : ''}${text}\n`;
    })
    .join('\n');
}

function stamp(seconds, sep) {
  const two = (n) => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor((seconds % 3600) / 60))}:${two(Math.floor(seconds % 60))}${sep}000`;
}

module.exports = { REPORT, reportPdf, scannedPdf, encryptedPdf, wordDocx, zipArchive, docxBomb, newsPage, interviewVtt, interviewSrt };
