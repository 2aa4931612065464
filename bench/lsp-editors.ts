// Latency of the language server as an editor sees it (`npm run bench:lsp`; dist/ must be built):
// `crosscheck-ls --stdio` on a copy of the five seed reports.
//  - hover on a seed report while a large document is opened: 5 MB (skipped by crosscheck.maxFileSize),
//    1.9 MB (just under it: analysed), and 5 MB again with the limit raised so that it is analysed;
//  - edit to fresh diagnostics: one word changed in a seed report, until its diagnostics change.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import type { Hover } from 'vscode-languageserver-protocol';
import { fileUri, TestClient } from '../test/unit/lsp-client';

const ROOT = path.join(__dirname, '..');
const SEEDS = process.env.CROSSCHECK_SEEDS || path.join(ROOT, '../shared/corpus/seeds');
const F003 = '003_840ff912861451bc.txt';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (n=${xs.length})`;

async function session(maxFileSize: number | undefined, run: (c: TestClient, root: string) => Promise<void>): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-lsp-bench-'));
  for (const f of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join(SEEDS, f), path.join(root, f));
  const client = TestClient.spawned(path.join(ROOT, 'bin/crosscheck-ls.js'));
  try {
    await client.initialize(root, { cacheDir: path.join(root, '.storage'), settings: { crosscheck: maxFileSize ? { maxFileSize } : {} } });
    await client.idle();
    await run(client, root);
  } finally {
    await client.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function positionOf(text: string, needle: string, into = 1) {
  const at = text.indexOf(needle) + into;
  return { line: text.slice(0, at).split('\n').length - 1, character: at - (text.lastIndexOf('\n', at - 1) + 1) };
}

/** Hovers on 003 every 50 ms from the moment a large document is sent until the server is idle again. */
async function hoverWhileLargeOpens(megabytes: number, maxFileSize: number | undefined): Promise<string> {
  let out = '';
  await session(maxFileSize, async (c, root) => {
    const text003 = fs.readFileSync(path.join(root, F003), 'utf8');
    const uri003 = fileUri(path.join(root, F003));
    await c.open(uri003, 'text', text003);
    await c.idle();
    const seeds = fs.readdirSync(root).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
    let big = '';
    for (let i = 0; big.length < megabytes * 1024 * 1024; i++) big += seeds[i % seeds.length].replace(/\d[\d,]*/g, (m) => `${m}${i % 7}`) + '\n\n';
    const position = positionOf(text003, 'around 12,000', 'around 1'.length);
    const times: number[] = [];
    const t0 = performance.now();
    const opened = c.open(fileUri(path.join(root, 'big.txt')), 'text', big);
    let idle = false;
    const idleDone = opened.then(() => c.idle()).then(() => (idle = true));
    while (!idle || times.length < 5) {
      const t = performance.now();
      const h = await c.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri003 }, position });
      times.push(performance.now() - t);
      if (!h) throw new Error('no hover');
      await new Promise((r) => setTimeout(r, 50));
      if (performance.now() - t0 > 120_000) throw new Error('not idle after 2 minutes');
    }
    await idleDone;
    out = `hover on 003 while a ${megabytes} MB document opens (${megabytes * 1024 * 1024 > (maxFileSize ?? 2 * 1024 * 1024) ? 'skipped' : 'analysed'}${maxFileSize ? `, maxFileSize ${maxFileSize / 1024 / 1024} MB` : ''}; idle after ${((performance.now() - t0) / 1000).toFixed(1)} s): ${fmt(times)}`;
  });
  return out;
}

/** One word of 003 changed and back, each time until the diagnostics show the change. */
async function editToDiagnostics(): Promise<string> {
  let out = '';
  await session(undefined, async (c, root) => {
    const text = fs.readFileSync(path.join(root, F003), 'utf8');
    const uri = fileUri(path.join(root, F003));
    const thursday = (d: { message: unknown }[]) => d.some((x) => /Thursday/.test(String(x.message)));
    await c.open(uri, 'text', text);
    await c.diagnosticsFor(uri, thursday);
    await c.idle();
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await c.change(uri, text.replace('on Thursday', 'on Friday'));
      await c.diagnosticsFor(uri, (d) => d.length > 0 && !thursday(d));
      times.push(performance.now() - t);
      await c.idle();
      await c.change(uri, text);
      await c.diagnosticsFor(uri, thursday);
      await c.idle();
    }
    out = `edit to fresh diagnostics, five seed reports: ${fmt(times)}`;
  });
  return out;
}

async function main(): Promise<void> {
  console.log(await editToDiagnostics());
  console.log(await hoverWhileLargeOpens(5, undefined));
  console.log(await hoverWhileLargeOpens(1.9, undefined));
  console.log(await hoverWhileLargeOpens(5, 16 * 1024 * 1024));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
