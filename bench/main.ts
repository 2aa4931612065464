// Crosscheck benchmark: `npm run bench` (builds, then runs dist/bench.js).
// Prints a table of figures with targets (never fails on a target) and, last, one JSON line.
//
// Budget: the whole run is meant to stay near 5 minutes on 2 cores whatever the engine's speed.
// An allFindings() that is predicted to take longer than BENCH_EXACT_LIMIT_S is not run in full:
// its time is estimated from findings() of an evenly spread sample of documents (allFindings is
// the sum of findings() over documents) and the figure is marked "est.". The 5,000-doc check runs
// in a worker with a hard time limit; the CLI and cspell children run with a time limit too.
//
// Environment: BENCH_SEED (default 20241018), BENCH_EXACT_LIMIT_S (40), BENCH_5000_TIMEOUT_S
// (150), BENCH_CHILD_TIMEOUT_S (120), BENCH_SKIP_CHILDREN=1 to skip the comparison with cspell.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { CheckWorkspace, ENGINE_VERSION, extractClaims, type DocumentClaims, type Finding, type WordVectors } from '../src/engine';
import { readDocOnly } from '../src/engine/nlp';
import { loadVectors } from '../src/host/vectors';
import { generateCorpus, generateDraft, writeCorpus, wordCount, type CorpusDoc } from './corpus';
import { measureChild } from './measure';

declare const global: typeof globalThis & { gc?: () => void };

const SEED = Number(process.env.BENCH_SEED ?? 20241018);
const TIMEOUT_5000_S = Number(process.env.BENCH_5000_TIMEOUT_S ?? 150);
const EXACT_LIMIT_MS = 1000 * Number(process.env.BENCH_EXACT_LIMIT_S ?? 40);
const CHILD_TIMEOUT_S = Number(process.env.BENCH_CHILD_TIMEOUT_S ?? 120);
const SAMPLE_DOCS = 40;
const ROOT = path.resolve(__dirname, '..');
const CORPUS_DIR = path.join(ROOT, 'bench', '.corpus');

// Targets: extract_vs_readdoc ≤ 2.0 is the project's; the others are the bench's working
// assumptions (near-linear scaling, a re-check costing a few wink reads, …).
const TARGETS = {
  extract_vs_readdoc: { op: '<=', value: 2.0 },
  scaling_exponent: { op: '<=', value: 1.15 },
  incremental_vs_readdoc: { op: '<=', value: 3.0 },
  warm_start_speedup: { op: '>=', value: 5.0 },
  heap_mb_per_1000_docs: { op: '<=', value: 80 },
  vs_cspell: { op: '<=', value: 1.0 },
  mem_vs_cspell: { op: '<=', value: 1.0 },
} as const;

const now = () => performance.now();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const vectorsFile = () => path.join(__dirname, 'vectors.bin');
const docPath = (n: number, d: CorpusDoc) => `/bench/c${n}/${d.name}`;

function gc(): void {
  if (global.gc) {
    global.gc();
    global.gc();
  }
}

interface FindingsPhase {
  ms: number;
  /** True when ms is extrapolated from a sample of documents. */
  estimated: boolean;
  /** All findings (exact) or those of the sampled documents (estimated). */
  findings: Finding[];
  /** Number of findings, scaled up from the sample when estimated. */
  count: number;
  sampled?: number;
}

/**
 * allFindings(), or, when predictMs says it would take longer than the limit, an estimate: the
 * time of findings() over an evenly spread sample of documents, scaled to all of them.
 */
function findingsPhase(ws: CheckWorkspace, predictMs: number, limitMs = EXACT_LIMIT_MS): FindingsPhase {
  if (predictMs <= limitMs) {
    const t = now();
    const findings = ws.allFindings();
    return { ms: now() - t, estimated: false, findings, count: findings.length };
  }
  const paths = ws.paths().sort();
  const step = paths.length / Math.min(SAMPLE_DOCS, paths.length);
  const sample = Array.from({ length: Math.min(SAMPLE_DOCS, paths.length) }, (_, i) => paths[Math.floor(i * step)]);
  const t = now();
  const findings = sample.flatMap((p) => ws.findings(p));
  const scale = paths.length / sample.length;
  return { ms: (now() - t) * scale, estimated: true, findings, count: Math.round(findings.length * scale), sampled: sample.length };
}

interface FullCheck {
  ws: CheckWorkspace;
  indexMs: number;
  find: FindingsPhase;
  totalMs: number;
  heapDeltaMb?: number;
}

/** setDocument for every document, then allFindings(); fresh vectors so no similarity is cached. */
function fullCheck(n: number, docs: CorpusDoc[], predictFindingsMs: number, measureHeap = false): FullCheck {
  const vectors = loadVectors(vectorsFile());
  let heapBefore = 0;
  if (measureHeap) {
    gc();
    heapBefore = process.memoryUsage().heapUsed;
  }
  const ws = new CheckWorkspace({ vectors });
  const t0 = now();
  for (const d of docs) ws.setDocument(docPath(n, d), d.text);
  const indexMs = now() - t0;
  let heapDeltaMb: number | undefined;
  if (measureHeap) {
    gc(); // outside the timed phases
    heapDeltaMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  }
  const find = findingsPhase(ws, predictFindingsMs);
  return { ws, indexMs, find, totalMs: indexMs + find.ms, heapDeltaMb };
}

const eventOf = (p: string) => /e(\d+)-d\d+\.txt$/.exec(p)?.[1];

/** Conflicts whose conflicting sources are all reports of other events: false by construction. */
function crossEventConflicts(findings: Finding[]): { conflicts: number; crossEvent: number } {
  let conflicts = 0;
  let crossEvent = 0;
  for (const f of findings) {
    if (f.type !== 'conflict') continue;
    conflicts++;
    const mine = eventOf(f.claim.path);
    const against = f.related.filter((r) => r.relation === 'conflicts');
    if (mine !== undefined && against.length > 0 && against.every((r) => eventOf(r.path) !== mine)) crossEvent++;
  }
  return { conflicts, crossEvent };
}

function countByType(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.type] = (out[f.type] ?? 0) + 1;
  return out;
}

// ------------------------------------------------------------------ worker: the 5,000-doc check

interface WorkerMsg {
  phase: 'generated' | 'indexed' | 'done';
  ms?: number;
  find?: Omit<FindingsPhase, 'findings'> & { byType: Record<string, number>; crossEvent: number; conflicts: number };
}

function workerMain(): void {
  const { n, seed, predictMs } = workerData as { n: number; seed: number; predictMs: number };
  // Warm up the same way the main thread is warm: a small corpus first.
  fullCheck(100, generateCorpus(100, seed), 0);
  const docs = generateCorpus(n, seed);
  parentPort!.postMessage({ phase: 'generated' } satisfies WorkerMsg);
  const ws = new CheckWorkspace({ vectors: loadVectors(vectorsFile()) });
  const t0 = now();
  for (const d of docs) ws.setDocument(docPath(n, d), d.text);
  parentPort!.postMessage({ phase: 'indexed', ms: now() - t0 } satisfies WorkerMsg);
  const { findings, ...find } = findingsPhase(ws, predictMs);
  parentPort!.postMessage({ phase: 'done', find: { ...find, byType: countByType(findings), ...crossEventConflicts(findings) } } satisfies WorkerMsg);
}

interface BigResult {
  indexMs?: number;
  find?: WorkerMsg['find'];
  totalMs?: number;
  timedOut: boolean;
}

function runBig(n: number, predictMs: number): Promise<BigResult> {
  return new Promise((resolve) => {
    const res: BigResult = { timedOut: false };
    const w = new Worker(__filename, { workerData: { n, seed: SEED, predictMs } });
    let timer: NodeJS.Timeout | undefined;
    w.on('message', (m: WorkerMsg) => {
      if (m.phase === 'generated') {
        timer = setTimeout(() => {
          res.timedOut = true;
          void w.terminate();
        }, TIMEOUT_5000_S * 1000);
      } else if (m.phase === 'indexed') res.indexMs = m.ms;
      else if (m.phase === 'done') {
        res.find = m.find;
        res.totalMs = (res.indexMs ?? 0) + (m.find?.ms ?? 0);
      }
    });
    w.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve(res);
    });
    w.on('error', (e) => {
      process.stderr.write(`bench: ${n}-doc worker failed: ${e instanceof Error ? e.stack : e}\n`);
    });
  });
}

// ------------------------------------------------------------------ table

const rows: string[][] = [];
function section(title: string): void {
  rows.push([`— ${title}`]);
}
function row(name: string, value: string, target = '', ok?: boolean): void {
  rows.push([name, value, target, ok === undefined ? '' : ok ? '✓' : '✗']);
}
function targetRow(key: keyof typeof TARGETS, value: number | undefined, digits = 2, note = ''): void {
  const t = TARGETS[key];
  const ok = value === undefined || !Number.isFinite(value) ? undefined : t.op === '<=' ? value <= t.value : value >= t.value;
  const shown = value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
  row(key, note ? `${shown} ${note}` : shown, `target ${t.op === '<=' ? '≤' : '≥'} ${t.value}`, ok);
}
function printTable(): void {
  const widths = [0, 0, 0];
  for (const r of rows) {
    if (r.length === 1) continue;
    widths[0] = Math.max(widths[0], [...r[0]].length);
    if (r[2]) for (let i = 1; i < 3; i++) widths[i] = Math.max(widths[i], [...r[i]].length);
  }
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));
  const lines: string[] = [];
  for (const r of rows) {
    if (r.length === 1) lines.push(`\n${r[0]}`);
    else if (!r[2]) lines.push(`  ${pad(r[0], widths[0])}  ${r[1]}`.trimEnd());
    else lines.push(`  ${pad(r[0], widths[0])}  ${pad(r[1], widths[1])}  ${pad(r[2], widths[2])}  ${r[3]}`.trimEnd());
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}
const est = (f: { estimated: boolean; sampled?: number }) => (f.estimated ? ` est. from ${f.sampled} docs` : '');
const ms = (x: number | undefined) => (x === undefined ? 'n/a' : x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(1)} ms`);
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const started = now();
  const json: Record<string, unknown> = { seed: SEED, engine_version: ENGINE_VERSION, node: process.version, cpus: os.cpus().length };

  // Corpora
  let t = now();
  const c100 = generateCorpus(100, SEED);
  const c1000 = generateCorpus(1000, SEED);
  const draft = generateDraft(SEED, 2000);
  const genMs = now() - t;
  const wrote = writeCorpus(path.join(CORPUS_DIR, 'c1000'), c1000, SEED);
  const avgWords = c1000.reduce((s, d) => s + wordCount(d.text), 0) / c1000.length;
  section('corpus');
  row('seed', String(SEED));
  row('generated 100 + 1,000 docs + draft', ms(genMs));
  row('words per doc (c1000, mean)', avgWords.toFixed(0));
  row('events in c1000', String(new Set(c1000.map((d) => d.eventId)).size));
  row('draft words', String(wordCount(draft)));
  row('bench/.corpus/c1000', wrote ? 'written' : 'cached (same seed)');
  log(`corpora ready (${ms(now() - started)})`);

  // Vectors load (reported only)
  t = now();
  const vecProbe: WordVectors | undefined = loadVectors(vectorsFile());
  row('loadVectors(dist/vectors.bin)', vecProbe ? ms(now() - t) : 'missing: exact lemmas only');

  // Warm-up: JIT both code paths on documents not used below.
  for (const d of c100.slice(0, 60)) {
    readDocOnly(d.text);
    extractClaims(d.text, docPath(100, d));
  }

  // 1. extraction vs wink's own read, same text, warm.
  const sample = c1000.filter((_, i) => i % 5 === 0);
  const REPEATS = 3;
  const ratios: number[] = [];
  let sumRead = 0;
  let sumExtract = 0;
  for (const d of sample) {
    const reads: number[] = [];
    const extracts: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      const order = (r & 1) === 0;
      for (const which of order ? [0, 1] : [1, 0]) {
        const a = now();
        if (which === 0) readDocOnly(d.text);
        else extractClaims(d.text, docPath(1000, d));
        const dt = now() - a;
        (which === 0 ? reads : extracts).push(dt);
      }
    }
    const rm = median(reads);
    const em = median(extracts);
    sumRead += rm;
    sumExtract += em;
    ratios.push(em / rm);
  }
  const extractRatio = median(ratios);
  section(`extraction (${sample.length} docs × ${REPEATS} repeats, warm)`);
  row('readDocOnly per doc (median)', ms(sumRead / sample.length));
  row('extractClaims per doc (mean)', ms(sumExtract / sample.length));
  row('ratio p10 / p90', `${quantile(ratios, 0.1).toFixed(2)} / ${quantile(ratios, 0.9).toFixed(2)}`);
  targetRow('extract_vs_readdoc', extractRatio);
  json.extract_vs_readdoc = round(extractRatio);
  json.readdoc_ms_per_doc = round(sumRead / sample.length);
  json.extract_ms_per_doc = round(sumExtract / sample.length);
  log(`extraction measured (${ms(now() - started)})`);

  // 2. full checks
  const runs100 = [0, 1, 2].map(() => fullCheck(100, c100, 0));
  const r100 = runs100.sort((a, b) => a.totalMs - b.totalMs)[1];
  log(`100 docs: ${ms(r100.totalMs)}`);
  // Predicted as if findings grew quadratically; estimated from a sample if that is over the limit.
  // Predictions only decide whether a check is run in full or sampled: assume the growth measured
  // so far (with a margin), not a fixed exponent.
  const r1000 = fullCheck(1000, c1000, r100.find.ms * 10 ** 1.5, true);
  log(`1,000 docs: ${ms(r1000.totalMs)}${est(r1000.find)}`);
  log(`5,000 docs: running in a worker (time limit ${TIMEOUT_5000_S} s)…`);
  const grown = Math.max(1, Math.log(r1000.find.ms / Math.max(1, r100.find.ms)) / Math.log(10));
  const r5000 = await runBig(5000, r1000.find.ms * 5 ** (grown + 0.2));
  log(`5,000 docs: ${r5000.timedOut ? 'timed out' : ms(r5000.totalMs)}`);

  const phases = (c: { indexMs?: number; find?: Omit<FindingsPhase, 'findings'> }) =>
    c.find ? `${ms((c.indexMs ?? 0) + c.find.ms)}  (index ${ms(c.indexMs)}, findings ${ms(c.find.ms)}${est(c.find)})` : `index ${ms(c.indexMs)}, findings unfinished`;
  section('full workspace check (setDocument all + allFindings)');
  row('100 docs (median of 3)', phases(r100));
  row('1,000 docs', phases(r1000));
  row('5,000 docs (worker)', r5000.timedOut ? `timed out after ${TIMEOUT_5000_S} s: ${r5000.indexMs === undefined ? 'index unfinished' : phases(r5000)}` : phases(r5000));
  const dps = (n: number, total?: number) => (total ? n / (total / 1000) : NaN);
  row('docs/s at 100 / 1,000 / 5,000', [dps(100, r100.totalMs), dps(1000, r1000.totalMs), dps(5000, r5000.totalMs)].map((x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a')).join(' / '));
  const f100 = countByType(r100.find.findings);
  const f1000 = countByType(r1000.find.findings);
  const x100 = crossEventConflicts(r100.find.findings);
  const x1000 = crossEventConflicts(r1000.find.findings);
  const counted = (f: { estimated: boolean; count: number; sampled?: number }, byType: Record<string, number>) =>
    f.estimated ? `~${f.count} (scaled; in the ${f.sampled} sampled docs ${JSON.stringify(byType)})` : `${f.count}  ${JSON.stringify(byType)}`;
  row('findings c100', counted(r100.find, f100));
  row('findings c1000', counted(r1000.find, f1000));
  row('findings c5000', r5000.find ? counted(r5000.find, r5000.find.byType) : 'n/a');
  const xs = (x: { conflicts: number; crossEvent: number }) => `${x.crossEvent}/${x.conflicts} (${x.conflicts ? ((100 * x.crossEvent) / x.conflicts).toFixed(0) : 0}%)`;
  row('conflicts against other events only', `c100 ${xs(x100)}, c1000 ${xs(x1000)}${r1000.find.estimated ? ' (sample)' : ''}, c5000 ${r5000.find ? xs(r5000.find) : 'n/a'}`);
  const relatedMean = (f: Finding[]) => (f.length ? f.reduce((a, x) => a + x.related.length, 0) / f.length : 0);
  row('related entries per finding (mean)', `c100 ${relatedMean(r100.find.findings).toFixed(1)}, c1000 ${relatedMean(r1000.find.findings).toFixed(1)}`);
  json.related_per_finding = { c100: round(relatedMean(r100.find.findings)), c1000: round(relatedMean(r1000.find.findings)) };
  let scaling: number | undefined;
  if (r5000.totalMs !== undefined && r5000.find) scaling = Math.log(r5000.totalMs / r1000.totalMs) / Math.log(5);
  const indexExp = r5000.indexMs ? Math.log(r5000.indexMs / r1000.indexMs) / Math.log(5) : undefined;
  const findingsExp = r5000.find ? Math.log(r5000.find.ms / r1000.find.ms) / Math.log(5) : undefined;
  const anyEst = r1000.find.estimated || !!r5000.find?.estimated;
  row('exponent of index / findings phases', `${indexExp?.toFixed(2) ?? 'n/a'} / ${findingsExp?.toFixed(2) ?? 'n/a'}`);
  targetRow('scaling_exponent', scaling, 2, anyEst ? '(est.)' : r5000.timedOut ? '(5,000 timed out)' : '');
  json.scaling_exponent = round(scaling);
  json.estimated = { c1000_findings: r1000.find.estimated, c5000_findings: r5000.find?.estimated ?? null, c5000_timed_out: r5000.timedOut };
  json.full_check_ms = { c100: round(r100.totalMs), c1000: round(r1000.totalMs), c5000: round(r5000.totalMs) };
  json.index_ms = { c100: round(r100.indexMs), c1000: round(r1000.indexMs), c5000: round(r5000.indexMs) };
  json.findings_ms = { c100: round(r100.find.ms), c1000: round(r1000.find.ms), c5000: round(r5000.find?.ms) };
  json.docs_per_second = { c100: round(dps(100, r100.totalMs)), c1000: round(dps(1000, r1000.totalMs)), c5000: round(dps(5000, r5000.totalMs)) };
  json.findings = { c100: r100.find.count, c1000: r1000.find.count, c5000: r5000.find?.count ?? null };
  json.findings_by_type = { c100: f100, c1000: f1000, c5000: r5000.find?.byType ?? null };
  json.cross_event_conflict_share = {
    c100: round(x100.crossEvent / (x100.conflicts || 1)),
    c1000: round(x1000.crossEvent / (x1000.conflicts || 1)),
    c5000: r5000.find ? round(r5000.find.crossEvent / (r5000.find.conflicts || 1)) : null,
  };

  // 3. heap
  section('memory');
  row('global.gc exposed', global.gc ? 'yes' : 'no (figure includes garbage)');
  targetRow('heap_mb_per_1000_docs', r1000.heapDeltaMb, 1);
  json.heap_mb_per_1000_docs = round(r1000.heapDeltaMb);

  // 4. incremental re-check of a 2,000-word draft after a one-word edit, 1,000 docs indexed.
  const ws = r1000.ws;
  const draftPath = '/bench/draft.md';
  ws.setDocument(draftPath, draft);
  ws.findings(draftPath);
  const editable = [...draft.matchAll(/\b(calm|closely|mixed|tense|hour|night|week|soon)\b/g)].map((m) => m.index!);
  const incr: number[] = [];
  const reads: number[] = [];
  let draftFindings = 0;
  // Each edit types over one word of the text as it stands, as an editor does; the server hands
  // edits of open documents to updateDocument, which re-reads only the touched lines.
  let current = draft;
  for (let i = 0; i < 9; i++) {
    const near = editable[i % Math.max(1, editable.length)] ?? Math.floor(draft.length / 2);
    const found = /\w+/.exec(current.slice(near))!; // earlier edits may have moved the words a little
    const at = near + found.index;
    const word = found[0];
    const edited = current.slice(0, at) + (i % 2 ? 'quiet' : 'stead') + current.slice(at + word.length);
    let a = now();
    readDocOnly(edited);
    reads.push(now() - a);
    a = now();
    ws.updateDocument(draftPath, edited);
    current = edited;
    draftFindings = ws.findings(draftPath).length;
    incr.push(now() - a);
  }
  const incrRatio = median(incr) / median(reads);
  section('incremental (2,000-word draft, one-word edit, 1,000 docs indexed; median of 9)');
  row('readDocOnly(draft)', ms(median(reads)));
  row('updateDocument(draft) + findings(draft)', `${ms(median(incr))}  (${draftFindings} findings)`);
  targetRow('incremental_vs_readdoc', incrRatio);
  json.incremental_vs_readdoc = round(incrRatio);
  json.incremental_ms = round(median(incr));
  ws.removeDocument(draftPath);

  // 5. warm start from a cache of claims keyed by content hash + ENGINE_VERSION, and of the
  // findings of the workspace keyed by its fingerprint (the server keeps both between sessions).
  const key = (text: string) => createHash('sha256').update(ENGINE_VERSION).update('\0').update(text).digest('hex');
  const cacheFile = path.join(os.tmpdir(), `crosscheck-bench-cache-${SEED}-${process.pid}.json`);
  const entries: Record<string, DocumentClaims> = {};
  for (const d of c1000) entries[key(d.text)] = ws.claims(docPath(1000, d))!;
  fs.writeFileSync(cacheFile, JSON.stringify({ engine: ENGINE_VERSION, entries, findings: ws.snapshot() }));
  const cacheBytes = fs.statSync(cacheFile).size;
  gc();
  const warmVectors = loadVectors(vectorsFile());
  t = now();
  const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { engine: string; entries: Record<string, DocumentClaims>; findings: ReturnType<CheckWorkspace['snapshot']> };
  const wsWarm = new CheckWorkspace({ vectors: warmVectors });
  let hits = 0;
  for (const d of c1000) {
    const p = docPath(1000, d);
    const hit = cache.engine === ENGINE_VERSION ? cache.entries[key(d.text)] : undefined;
    if (hit) {
      hits++;
      wsWarm.setClaims({ ...hit, path: p }, d.text);
    } else wsWarm.setDocument(p, d.text);
  }
  const restored = cache.engine === ENGINE_VERSION && wsWarm.restore(cache.findings);
  const loadMs = now() - t;
  // Exactly when the cold check was exact; otherwise estimated from the same sample.
  const warmFind = findingsPhase(wsWarm, r1000.find.estimated ? Infinity : 0);
  const warmMs = loadMs + warmFind.ms;
  fs.rmSync(cacheFile, { force: true });
  const warmSpeedup = r1000.totalMs / warmMs;
  section('warm start (1,000 docs, claims from a JSON cache)');
  row('cache file', `${(cacheBytes / 1048576).toFixed(1)} MB, ${hits}/${c1000.length} hits`);
  row('cold full check', `${ms(r1000.totalMs)}${est(r1000.find)}`);
  row('warm: read cache + setClaims + restore', `${ms(loadMs)}  (findings ${restored ? 'restored: same texts' : 'not restored'})`);
  row('warm: + allFindings', `${ms(warmMs)}${est(warmFind)}  (${warmFind.findings.length} findings${warmFind.findings.length === r1000.find.findings.length ? ', same as cold' : `, cold had ${r1000.find.findings.length}!`})`);
  targetRow('warm_start_speedup', warmSpeedup, 2, warmFind.estimated ? '(est.)' : '');
  json.warm_start_speedup = round(warmSpeedup);
  json.warm_start_ms = round(warmMs);
  json.cache_mb = round(cacheBytes / 1048576);

  // 6. whole-process comparison with cspell on the same files.
  section('whole process vs cspell (c1000 on disk, one run each)');
  if (process.env.BENCH_SKIP_CHILDREN) {
    row('skipped', 'BENCH_SKIP_CHILDREN set');
  } else {
    const cli = path.join(ROOT, 'bin', 'crosscheck.js');
    const cspellBin = path.join(ROOT, 'node_modules', 'cspell', 'bin.mjs');
    log('running crosscheck CLI…');
    const ours = await measureChild(process.execPath, [cli, 'compare', 'bench/.corpus/c1000', '--format', 'json'], ROOT, CHILD_TIMEOUT_S);
    let cliFindings: number | undefined;
    try {
      cliFindings = (JSON.parse(ours.stdout) as { findings: unknown[] }).findings.length;
    } catch {
      if (!ours.timedOut) log(`crosscheck CLI output not JSON (exit ${ours.status}): ${ours.stderr.slice(0, 500)}`);
    }
    if (!fs.existsSync(cspellBin)) {
      row('cspell', 'not installed (npm install --save-dev cspell)');
      row('crosscheck compare', `${ours.seconds.toFixed(2)} s, peak ${ours.peakMb?.toFixed(0) ?? 'n/a'} MB`);
    } else {
      log('running cspell…');
      const theirs = await measureChild(process.execPath, [cspellBin, 'lint', '--no-progress', '--no-summary', 'bench/.corpus/c1000/**/*.txt'], ROOT, CHILD_TIMEOUT_S);
      const issues = theirs.stdout.split('\n').filter((l) => l.trim()).length;
      const ratio = ours.seconds / theirs.seconds;
      const memRatio = ours.peakMb && theirs.peakMb ? ours.peakMb / theirs.peakMb : undefined;
      row('peak memory via', ours.method);
      const desc = (c: typeof ours, extra: string) =>
        c.timedOut ? `killed at the ${CHILD_TIMEOUT_S} s limit, peak so far ${c.peakMb?.toFixed(0) ?? 'n/a'} MB` : `${c.seconds.toFixed(2)} s, peak ${c.peakMb?.toFixed(0) ?? 'n/a'} MB, exit ${c.status}, ${extra}`;
      row('crosscheck compare --format json', desc(ours, `${cliFindings ?? '?'} findings`));
      row('cspell lint', desc(theirs, `${issues} issues`));
      const crashed = !ours.timedOut && cliFindings === undefined;
      if (crashed) row('crosscheck failed', (ours.stderr.split('\n').find((l) => l.trim()) ?? `exit ${ours.status}`).slice(0, 100));
      const bound = ours.timedOut && !theirs.timedOut ? '(lower bound: crosscheck killed)' : theirs.timedOut ? '(cspell killed)' : crashed ? '(crosscheck crashed)' : '';
      targetRow('vs_cspell', ratio, 2, bound);
      targetRow('mem_vs_cspell', memRatio, 2, bound);
      json.children_timed_out = { crosscheck: ours.timedOut, cspell: theirs.timedOut };
      json.cli_crashed = crashed;
      json.vs_cspell = round(ratio);
      json.mem_vs_cspell = round(memRatio);
      json.cli_s = round(ours.seconds);
      json.cspell_s = round(theirs.seconds);
      json.cli_peak_mb = round(ours.peakMb);
      json.cspell_peak_mb = round(theirs.peakMb);
      json.cli_findings = cliFindings ?? null;
    }
  }

  const totalS = (now() - started) / 1000;
  section('run');
  row('bench wall time', `${totalS.toFixed(1)} s`);
  json.bench_s = round(totalS);
  printTable();
  process.stdout.write(JSON.stringify(json) + '\n');
}

function round(x: number | undefined): number | null {
  if (x === undefined || !Number.isFinite(x)) return null;
  return Math.round(x * 1000) / 1000;
}

// ------------------------------------------------------------------ entry

if (!isMainThread) {
  workerMain();
} else if (!global.gc && !process.env.CROSSCHECK_BENCH_NO_RESPAWN) {
  // Heap figures need global.gc: re-run this script with --expose-gc.
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CROSSCHECK_BENCH_NO_RESPAWN: '1' },
  });
  process.exit(r.status ?? 1);
} else {
  main().then(
    () => process.exit(0),
    (e) => {
      process.stderr.write(`bench: ${e instanceof Error ? e.stack : e}\n`);
      process.exit(1);
    },
  );
}
