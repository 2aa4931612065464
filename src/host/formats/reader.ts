// Reads a document file (PDF, Word, web page, transcript) within limits: its size on disk, the
// length of its text, the time it takes, and the memory of the thread that reads it. Files are
// read one at a time on one worker thread (dist/formats.js), started on the first file and ended
// when idle; a file that takes too long or runs out of memory ends the thread, is skipped with
// that reason, and the next file gets a new thread. Without the built worker (tests run from the
// sources), files are read on the calling thread, with the same limits except memory.
import { promises as fs, existsSync } from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { documentFormat } from './kinds';
import { documentCache } from './textCache';
import type { DocumentTextCache } from './textCache';
import { DEFAULT_LIMITS } from './types';
import type { ExtractLimits, ExtractResult, Layout } from './types';
import type { ReaderReply, ReaderRequest } from './worker';

/** Default crosscheck.maxDocumentSize: PDFs carry pictures and fonts, so they are allowed more than text files. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 50 * 1024 * 1024;
/** A worker with nothing to do ends after this long (memory back to the system). */
const IDLE_MS = 15_000;

export interface DocumentLimits extends Partial<ExtractLimits> {
  /** Bytes on disk; larger files are skipped unread. */
  maxFileSize?: number;
}

/** `missing`: there is no such file. */
export type DocumentRead = { ok: true; text: string; layout: Layout } | { ok: false; reason: string; missing?: boolean };

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/**
 * The page a browser saved this file with ("Web Page, Complete" puts frames and widgets in a
 * `Page_files` folder beside `Page.html`): such a file is not a source of its own.
 */
export function savedPageOf(file: string): string | undefined {
  const folder = path.dirname(file);
  const name = path.basename(folder);
  if (documentFormat(file) !== 'html' || !name.endsWith('_files')) return undefined;
  const stem = path.join(path.dirname(folder), name.slice(0, -'_files'.length));
  return ['.html', '.htm', '.xhtml'].map((ext) => stem + ext).find((page) => existsSync(page));
}

/** dist/formats.js beside the bundle, or the built one when running from the sources. */
export function defaultReaderFile(): string {
  const candidates = [path.join(__dirname, 'formats.js'), path.join(__dirname, '..', '..', '..', 'dist', 'formats.js')];
  return candidates.find((f) => existsSync(f)) ?? candidates[0];
}

interface Job {
  request: ReaderRequest;
  resolve: (r: ExtractResult) => void;
}

export class DocumentReader {
  private worker: Worker | undefined;
  private current: (Job & { timer: NodeJS.Timeout }) | undefined;
  private readonly queue: Job[] = [];
  private idleTimer: NodeJS.Timeout | undefined;
  private nextId = 1;

  constructor(private readonly workerFile: string | undefined = defaultReaderFile()) {}

  /** Extracts one file's bytes; never rejects. */
  extract(file: string, bytes: Uint8Array, limits: ExtractLimits): Promise<ExtractResult> {
    if (!this.workerFile || !existsSync(this.workerFile)) return inThread(file, bytes, limits);
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, file, bytes, limits }, resolve });
      this.pump();
    });
  }

  /** Ends the worker; queued files resolve as skipped. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.resolve({ skipped: 'reading was cancelled' });
    this.finish({ skipped: 'reading was cancelled' });
    await this.stop();
  }

  private pump(): void {
    if (this.current || !this.queue.length) return;
    const job = this.queue.shift()!;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const worker = this.spawn(job.request.limits);
    worker.ref();
    const timer = setTimeout(() => {
      this.finish({ skipped: `reading took longer than ${Math.round(job.request.limits.timeoutMs / 1000)} s`, transient: true });
      void this.stop();
      this.pump();
    }, job.request.limits.timeoutMs + 1000);
    this.current = { ...job, timer };
    // The bytes move to the worker (a copy first: the caller's buffer may be a view on a pool).
    const bytes = new Uint8Array(job.request.bytes);
    try {
      worker.postMessage({ ...job.request, bytes }, [bytes.buffer]);
    } catch (e) {
      this.finish({ skipped: `could not be read (${(e as Error).message})` });
      void this.stop();
      this.pump();
    }
  }

  private spawn(limits: ExtractLimits): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile!, {
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 32 },
      stdout: true, // the reader's console output goes nowhere
      stderr: true,
    });
    worker.on('message', (reply: ReaderReply) => {
      if (this.current?.request.id !== reply.id) return;
      this.finish(reply.result);
      this.pump();
      if (!this.current) this.idle();
    });
    const died = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.finish({ skipped: why, transient: true });
      this.pump();
    };
    worker.on('error', (e: Error & { code?: string }) =>
      died(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading needed more than ${limits.maxMemoryMb} MB of memory` : `could not be read (${e.message})`),
    );
    worker.on('exit', (code) => died(`could not be read (the reader stopped with code ${code})`));
    this.worker = worker;
    return worker;
  }

  private finish(result: ExtractResult): void {
    const job = this.current;
    if (!job) return;
    this.current = undefined;
    clearTimeout(job.timer);
    job.resolve(result);
  }

  /** Nothing to read: the worker no longer keeps the process alive, and ends after a while. */
  private idle(): void {
    this.worker?.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.stop(), IDLE_MS);
    this.idleTimer.unref();
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    await worker?.terminate().catch(() => 0);
  }
}

/** Without the worker: the readers in this thread (loaded only then, so bundles that have the worker leave them out). */
async function inThread(file: string, bytes: Uint8Array, limits: ExtractLimits): Promise<ExtractResult> {
  const modulePath = path.join(__dirname, 'index');
  const { extractDocument } = require(modulePath) as typeof import('./index');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ExtractResult>((resolve) => {
    timer = setTimeout(() => resolve({ skipped: `reading took longer than ${Math.round(limits.timeoutMs / 1000)} s`, transient: true }), limits.timeoutMs + 1000);
  });
  try {
    return await Promise.race([extractDocument(file, bytes, limits), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let shared: DocumentReader | undefined;

/** The process's reader (one worker for the server or the command line). */
export function sharedReader(): DocumentReader {
  return (shared ??= new DocumentReader());
}

/**
 * Reads a document file from disk: the size on disk first, then its text through the reader (or
 * from the text cache, when the server keeps one and the file is unchanged). The result has the
 * shape of a text file read (see server/files.ts), plus the text's layout.
 */
export async function readDocument(
  file: string,
  limits: DocumentLimits = {},
  reader: DocumentReader = sharedReader(),
  cache: DocumentTextCache | undefined = documentCache(),
): Promise<DocumentRead> {
  const { maxFileSize = DEFAULT_MAX_DOCUMENT_SIZE, ...rest } = limits;
  const full: ExtractLimits = { ...DEFAULT_LIMITS, ...rest };
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxFileSize) return { ok: false, reason: `larger than crosscheck.maxDocumentSize (${formatBytes(stat.size)} > ${formatBytes(maxFileSize)})` };
    const page = savedPageOf(file);
    if (page) return { ok: false, reason: `part of the saved web page ${path.basename(page)}` };
    const key = JSON.stringify(full);
    const cached = await cache?.get(file, stat, key);
    if (cached) return cached;
    const bytes = await fs.readFile(file);
    const result = await reader.extract(file, bytes, full);
    let read: DocumentRead;
    if ('skipped' in result) read = { ok: false, reason: result.skipped };
    else {
      const { text, ...layout } = result;
      read = { ok: true, text, layout };
    }
    if (!('transient' in result && result.transient)) await cache?.set(file, stat, key, read);
    return read;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: `could not be read (${code ?? String(e)})`, missing: code === 'ENOENT' };
  }
}
