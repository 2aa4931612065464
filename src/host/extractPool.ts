// A small pool of worker threads (dist/worker.js) that extract claims during indexing, so the
// server's own thread only reads files and answers requests. Workers start on the first job and
// end with terminate(). A worker that crashes or cannot start is not fatal: its jobs, and every
// later one, are extracted on this thread instead (one per turn of the event loop).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { extractClaims } from '../engine/extract';
import type { DocumentClaims } from '../engine/types';

export interface ExtractRequest {
  id: number;
  path: string;
  text: string;
  referenceDate?: string;
}

export type ExtractReply = { id: number; claims: DocumentClaims; error?: undefined } | { id: number; error: string; claims?: undefined };

/** One worker per spare core, at most two: extraction is CPU-bound and each worker loads the model. */
export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(2, cores - 1));
}

/** dist/worker.js beside the bundled server, or the built one when running from src (tests). */
export function defaultWorkerFile(): string {
  const candidates = [path.join(__dirname, 'worker.js'), path.join(__dirname, '..', '..', 'dist', 'worker.js')];
  return candidates.find((f) => fs.existsSync(f)) ?? candidates[0];
}

export interface ExtractPoolOptions {
  size?: number;
  workerFile?: string;
  log?: (message: string) => void;
  /** Jobs sent to a worker before it answers the first: keeps it busy while replies travel. */
  perWorker?: number;
}

interface Job {
  request: ExtractRequest;
  resolve: (claims: DocumentClaims | undefined) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  stopping: boolean;
}

export class ExtractPool {
  readonly size: number;
  private readonly workerFile: string;
  private readonly perWorker: number;
  private readonly slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  /** Set after a worker failed: no new workers, jobs run on this thread. */
  private failed = false;
  private draining = false;

  constructor(private readonly options: ExtractPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.workerFile = options.workerFile ?? defaultWorkerFile();
    this.perWorker = Math.max(1, options.perWorker ?? 2);
  }

  /** True once the pool fell back to extracting on the calling thread. */
  get inThread(): boolean {
    return this.failed;
  }

  /** Workers running now. */
  get workers(): number {
    return this.slots.length;
  }

  /** Claims of `text`, or undefined if the job was cancelled before it started. Never rejects. */
  extract(p: string, text: string, referenceDate?: string): Promise<DocumentClaims | undefined> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, path: p, text, referenceDate }, resolve });
      this.pump();
    });
  }

  /** Drops the jobs no worker has started (they resolve with undefined). */
  cancelPending(): void {
    const queue = this.queue;
    this.queue = [];
    for (const job of queue) job.resolve(undefined);
  }

  /** Ends every worker; jobs not finished resolve with undefined. The pool can be used again. */
  async terminate(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) {
      s.stopping = true;
      for (const job of s.jobs.values()) job.resolve(undefined);
      s.jobs.clear();
    }
    this.cancelPending();
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }

  private pump(): void {
    if (this.failed) {
      // Workers already running keep their share; the rest runs here.
      this.feedSlots();
      if (this.queue.length) this.drainInThread();
      return;
    }
    this.feedSlots();
    while (this.queue.length && this.slots.length < this.size && !this.failed) {
      const slot = this.spawn();
      if (!slot) break;
      this.feedSlots();
    }
    if (this.failed && this.queue.length) this.drainInThread();
  }

  private feedSlots(): void {
    for (const slot of this.slots) {
      while (this.queue.length && slot.jobs.size < this.perWorker && !slot.stopping) {
        const job = this.queue.shift()!;
        slot.jobs.set(job.request.id, job);
        try {
          slot.worker.postMessage(job.request);
        } catch (e) {
          slot.jobs.delete(job.request.id);
          this.queue.unshift(job);
          this.fail(slot, e);
          return;
        }
      }
    }
  }

  private spawn(): Slot | undefined {
    if (!fs.existsSync(this.workerFile)) {
      this.failed = true;
      this.log(`extraction worker ${this.workerFile} not found; extracting on the server thread`);
      return undefined;
    }
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile);
    } catch (e) {
      this.failed = true;
      this.log(`extraction worker could not start (${(e as Error).message}); extracting on the server thread`);
      return undefined;
    }
    const slot: Slot = { worker, jobs: new Map(), stopping: false };
    worker.on('message', (reply: ExtractReply) => {
      const job = slot.jobs.get(reply.id);
      if (!job) return;
      slot.jobs.delete(reply.id);
      if (reply.claims) job.resolve(reply.claims);
      else {
        this.log(`extraction worker failed on ${job.request.path} (${reply.error}); extracting it on the server thread`);
        job.resolve(this.extractHere(job.request));
      }
      this.pump();
    });
    worker.on('error', (e) => this.fail(slot, e));
    worker.on('exit', (code) => {
      if (!slot.stopping) this.fail(slot, new Error(`exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** A worker died: its jobs go back to the queue and the pool stops starting workers. */
  private fail(slot: Slot, e: unknown): void {
    if (slot.stopping) return;
    slot.stopping = true;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    this.failed = true;
    this.log(`extraction worker crashed (${e instanceof Error ? e.message : String(e)}); extracting on the server thread`);
    this.queue.unshift(...slot.jobs.values());
    slot.jobs.clear();
    void slot.worker.terminate().catch(() => 0);
    this.pump();
  }

  /** Runs queued jobs here, one per turn of the event loop so requests are still answered. */
  private drainInThread(): void {
    if (this.draining) return;
    this.draining = true;
    const step = () => {
      const job = this.queue.shift();
      if (!job) {
        this.draining = false;
        return;
      }
      job.resolve(this.extractHere(job.request));
      setImmediate(step);
    };
    setImmediate(step);
  }

  private extractHere(r: ExtractRequest): DocumentClaims {
    return extractClaims(r.text, r.path, { referenceDate: r.referenceDate });
  }

  private log(message: string): void {
    this.options.log?.(message);
  }
}
