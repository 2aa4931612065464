// Plain Node (no vscode): builds the throwaway workspace the host suite runs in, and hashes it so
// the launchers can prove the run changed nothing on disk. Used by scripts/host/test-extension.js
// and test/host/desktop.js.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const documents = require('../../documents');

// ../shared beside the repository, as CI lays it out.
const SEEDS = process.env.CROSSCHECK_SEEDS || path.resolve(__dirname, '../../../../shared/corpus/seeds');

// Hostile document: markup and link schemes that must never execute or become live, plus a figure
// ("some 15,000 troops") so it takes part in comparisons.
const HOSTILE = `# Hostile sources note

South Korea believes the North has sent some 15,000 troops to aid Russia's war.

<script>window.__pwned=1</script>

<img src=x onerror="window.__pwned=1">

[click](command:workbench.action.quit) and [js](javascript:alert(1))
`;

async function createWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ws-'));
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  if (seeds.length !== 5) throw new Error(`expected 5 seed reports in ${SEEDS}, found ${seeds.length}`);
  for (const f of seeds) {
    fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
    fs.chmodSync(path.join(dir, f), 0o644); // the seed dir is read-only; a workspace is not
  }
  fs.writeFileSync(path.join(dir, 'hostile.md'), HOSTILE);
  writeBadInput(path.join(dir, 'inbox'));
  await writeDocuments(path.join(dir, 'documents'));
  return dir;
}

/**
 * Sources as editors receive them, written by the libraries that make them: a PDF whose sentence
 * on the troop numbers starts on page 1 and gives its figure on page 2, a Word file, a saved web page, an interview
 * transcript, and three that are skipped (a scan, an encrypted PDF, a .docx zip bomb).
 */
async function writeDocuments(dir) {
  fs.mkdirSync(dir);
  const filler = [
    'The briefing was given to the intelligence committee of the National Assembly in Seoul, where lawmakers questioned officials for several hours behind closed doors about the deployment.',
    'Officials declined to say how the figures had been gathered, citing the need to protect sources, but said they had been checked against satellite imagery and intercepted communications.',
  ];
  const figure = 'Intelligence agencies, which have tracked the deployment since it began, now suggest that Russia has about 11,000 North Korean troops, the first of which were sent to the Kursk region in the fall of 2024 after months of preparation.';
  fs.writeFileSync(path.join(dir, 'briefing.pdf'), await documents.reportPdf([...filler, figure, 'The committee will meet again next month.'], { linesPerPage: 9 }));
  fs.writeFileSync(path.join(dir, 'notes.docx'), await documents.wordDocx(['Desk notes', 'Estimates from the United States and South Korea show North Korea sent between 10,000 and 13,000 troops to Russia last October.']));
  fs.writeFileSync(path.join(dir, 'article.html'), documents.newsPage({ title: 'Kim honours soldiers killed in Russia', paragraphs: ['North Korean leader Kim Jong Un honoured soldiers killed while fighting for Russia at a ceremony in Pyongyang on Friday, state media reported.', 'Russia has some 14,000 North Korean troops, according to Ukrainian intelligence, the first of which were sent in the fall of 2024.'] }));
  fs.writeFileSync(path.join(dir, 'interview.vtt'), documents.interviewVtt([
    { at: 751, speaker: 'Kim Jong Un', text: 'My heart is bitter because I am faced with the reality that I can meet a noble person' },
    { at: 756, speaker: 'Kim Jong Un', text: 'who gave up precious life for victory only through photographs on the memorial wall.' },
  ]));
  fs.writeFileSync(path.join(dir, 'scan.pdf'), await documents.scannedPdf());
  fs.writeFileSync(path.join(dir, 'locked.pdf'), await documents.encryptedPdf());
  fs.writeFileSync(path.join(dir, 'bomb.docx'), documents.docxBomb());
}

/**
 * Files as they arrive from exports, scans and old systems: an image saved as .txt, a file over the
 * size limit, UTF-16 with its BOM and CR line endings, Windows-1252, an empty file. The good ones
 * carry a troop figure so they take part in comparisons.
 */
function writeBadInput(dir) {
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  fs.writeFileSync(path.join(dir, 'huge.txt'), 'The archive holds some 15,000 troops records. '.repeat(70000));
  const utf16 = '\ufeffWire copy.\rOfficials said about 12,000 North Korean troops were sent to Russia.\r';
  fs.writeFileSync(path.join(dir, 'wire-utf16.txt'), Buffer.from(utf16, 'utf16le'));
  fs.writeFileSync(path.join(dir, 'legacy-1252.txt'), Buffer.from('Caf\xe9 talk: \x93some 15,000 troops\x94 were sent to Russia, officials said.\n', 'latin1'));
  fs.writeFileSync(path.join(dir, 'empty.md'), '');
}

/** path -> sha256 of every file under dir (new, removed and changed files all show up). */
function hashTree(dir) {
  const out = {};
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Human-readable differences between two hashTree() results; empty when identical. */
function diffHashes(before, after) {
  const diffs = [];
  for (const k of Object.keys(before)) {
    if (!(k in after)) diffs.push(`removed ${k}`);
    else if (before[k] !== after[k]) diffs.push(`changed ${k}`);
  }
  for (const k of Object.keys(after)) if (!(k in before)) diffs.push(`added ${k}`);
  return diffs;
}

module.exports = { createWorkspace, hashTree, diffHashes, HOSTILE };
