// The indexer: reads the workspace's files into the document store. A full run lists every folder
// and reads each file the globs accept (claims from the cache, a worker, or this thread); a file
// change re-reads that one file. Open buffers win over disk: their files are left alone.
import * as path from 'path';
import { extractClaims } from '../engine';
import type { DocumentClaims } from '../engine/types';
import type { Settings } from '../protocol';
import { ExtractPool } from '../host/extractPool';
import { keepHeapDown } from '../host/heap';
import type { ExtractPoolOptions } from '../host/extractPool';
import { listFiles, readTextFile, readTextFileNow, yieldNow } from '../host/files';
import { isDocument } from '../host/formats/kinds';
import { createPathFilter, relativeTo } from '../host/globs';
import type { PathFilter } from '../host/globs';
import { hashText } from '../host/indexCache';
import type { CacheKeeper } from './cacheKeeper';
import type { DocumentStore } from './documents';

/** Files read (and extracted) at once while indexing. */
const INDEX_CONCURRENCY = 8;

export interface Progress {
  begin(title: string, message: string): void;
  report(percentage: number, message: string): void;
  done(): void;
}

export interface IndexerOptions {
  store: DocumentStore;
  keeper: CacheKeeper;
  settings: () => Settings;
  progress: () => Promise<Progress>;
  /** Before listing: read each folder's ignore file. */
  beforeRun: () => Promise<void>;
  /** One file's text changed (or went): recheck what it can affect. */
  textChanged: (p: string, hadText: boolean) => void;
  /** Findings may change with each file read: drop them (one full recheck follows at the end). */
  filesChanged: () => void;
  /** The run ended: recheck everything. */
  finished: () => void;
  /** Progress for the status bar (`force`: a change of state). */
  status: (force?: boolean) => void;
  log: (message: string) => void;
  error: (what: string, e: unknown) => void;
}

export class Indexer {
  /** Extract on worker threads while indexing (false: on this thread, one file per turn). */
  useWorkers = true;
  /** For tests and measurements: size and script of the extraction pool. */
  poolOptions: ExtractPoolOptions = {};
  /** Files read so far and files found, while a run goes on. */
  progress: { indexed: number; total: number } | undefined;
  /** True once a run has finished. */
  indexedOnce = false;
  private run = 0;
  private filter: PathFilter = createPathFilter([], []);
  private pool: ExtractPool | undefined;
  /** Files the current run will read, kept in the cache while they wait their turn. */
  private pendingFiles: Set<string> | undefined;

  constructor(private readonly o: IndexerOptions) {}

  pending(): Iterable<string> {
    return this.pendingFiles ?? [];
  }

  /** The include and exclude globs of these settings decide from now on. */
  configure(settings: Settings): void {
    this.filter = createPathFilter(settings.include, [...settings.exclude, ...settings.filesExclude]);
  }

  /** True when the path lies in a folder and the include and exclude globs accept it. */
  accepts(p: string): boolean {
    const where = relativeTo(this.o.store.roots, p);
    return !!where && this.filter.accepts(where.rel);
  }

  /** For an open file: in a folder as accepts(); outside every folder, the globs judge its name. */
  acceptsOpen(p: string): boolean {
    if (!path.isAbsolute(p)) return false;
    return relativeTo(this.o.store.roots, p) ? this.accepts(p) : this.filter.accepts(path.basename(p));
  }

  /** True when the path lies in a folder and the exclude globs leave it out. */
  excludes(p: string): boolean {
    const where = relativeTo(this.o.store.roots, p);
    return !!where && this.filter.excludes(where.rel);
  }

  /**
   * Reads every file of every folder in the background. A newer run cancels an older one.
   * Files whose text the cache knows get their claims from it; the others are extracted on the
   * worker pool, so this thread only reads, hashes and indexes, and keeps answering requests.
   */
  async index(): Promise<void> {
    const { store, keeper, settings: current } = this.o;
    const run = ++this.run;
    const cancelled = () => run !== this.run;
    const state = { indexed: 0, total: 0 };
    const extracted = { n: 0 };
    this.configure(current());
    this.progress = state;
    this.o.status(true);
    this.pool?.cancelPending(); // an older run's files
    const progress = await this.o.progress();
    try {
      progress.begin('Crosscheck', 'Finding files…');
      await this.o.beforeRun();
      const files: string[] = [];
      for (const root of store.roots) files.push(...(await listFiles(root, this.filter, cancelled)));
      await keeper.loaded();
      if (cancelled()) return;
      // The last session's findings are read while the files are (they are used once all are).
      keeper.prefetchFindings();
      const wanted = new Set(files);
      for (const p of store.engine.paths()) if (!wanted.has(p) && !store.isOpen(p)) store.engine.removeDocument(p);
      for (const p of [...store.skipped.keys()]) if (!wanted.has(p) && !store.isOpen(p)) store.skipped.delete(p);
      this.pendingFiles = wanted;
      state.total = files.length;
      const pool = this.useWorkers ? (this.pool ??= new ExtractPool({ log: this.o.log, ...this.poolOptions })) : undefined;
      const inflight = new Set<Promise<void>>();
      let started = 0;
      for (const file of files) {
        // Text files from the cache are indexed without waiting on anything: requests get a turn.
        if (++started % 16 === 0) await yieldNow();
        if (cancelled()) return;
        const job = this.indexFile(file, cancelled, pool, extracted)
          .catch((e) => this.o.error(`indexing ${file} failed`, e))
          .then(() => {
            if (cancelled()) return;
            this.o.filesChanged();
            state.indexed++;
            // The extraction's garbage, as it goes; claims from the cache leave little.
            if (extracted.n >= 32) {
              extracted.n = 0;
              keepHeapDown();
            }
            progress.report(Math.floor((state.indexed / state.total) * 100), `${state.indexed}/${state.total} files`);
            this.o.status();
          });
        inflight.add(job);
        void job.then(() => inflight.delete(job));
        if (inflight.size >= INDEX_CONCURRENCY) await Promise.race(inflight);
      }
      await Promise.all(inflight);
    } catch (e) {
      this.o.error('indexing failed', e);
    } finally {
      progress.done();
      if (!cancelled()) {
        this.progress = undefined;
        this.indexedOnce = true;
        this.pendingFiles = undefined;
        // Idle memory stays low: workers end with the run and start again for the next one.
        const pool = this.pool;
        this.pool = undefined;
        void pool?.terminate();
        await keeper.restoreFindings(cancelled);
        this.o.finished();
        keeper.scheduleSave();
      }
    }
  }

  /** Reads one file for index(): its claims come from the cache, a worker, or this thread. */
  private async indexFile(p: string, cancelled: () => boolean, pool: ExtractPool | undefined, extracted = { n: 0 }): Promise<void> {
    const { store } = this.o;
    if (store.isOpen(p)) return; // open buffers win over disk
    const stamp = store.touch(p);
    const current = () => !cancelled() && store.stampOf(p) === stamp && !store.isOpen(p);
    const settings = this.o.settings();
    // Text files are read at once (readTextFileNow), documents through their reader's thread.
    const read = isDocument(p) ? await readTextFile(p, settings.maxFileSize, settings.maxDocumentSize) : readTextFileNow(p, settings.maxFileSize);
    if (!current()) return;
    store.setLayout(p, read.ok ? read.layout : undefined);
    if (!read.ok) return store.skip(p, read.reason);
    const text = read.text;
    const cache = this.o.keeper.cache;
    const hash = cache ? hashText(text) : '';
    const cached = cache?.get(p, hash);
    if (cached) {
      if (store.engine.claims(p) !== cached || store.engine.text(p) !== text) store.setClaims(p, cached, text);
      return;
    }
    const referenceDate = this.o.settings().referenceDate;
    extracted.n++;
    let claims: DocumentClaims | undefined;
    if (pool) claims = await pool.extract(p, text, referenceDate);
    else {
      await yieldNow(); // one extraction per turn of the event loop
      if (!current()) return;
      claims = extractClaims(text, p, { referenceDate });
    }
    if (!claims) return; // dropped by a newer run
    // Valid for this text whatever happened meanwhile, unless the reference date changed.
    if (cache && cache === this.o.keeper.cache) cache.set(p, hash, claims);
    if (current()) store.setClaims(p, claims, text);
  }

  /**
   * Re-reads a closed file after a file-system event (or a close). Open buffers win over disk.
   * Rechecks what the file's change can affect, if its text changed.
   */
  async refresh(p: string, deleted = false): Promise<void> {
    const { store } = this.o;
    if (store.isOpen(p)) return;
    const stamp = store.touch(p);
    const before = store.engine.text(p);
    if (deleted || !this.accepts(p)) {
      store.drop(p);
      if (before !== undefined) this.o.textChanged(p, true);
      return;
    }
    const read = await readTextFile(p, this.o.settings().maxFileSize, this.o.settings().maxDocumentSize);
    if (store.isOpen(p) || store.stampOf(p) !== stamp) return; // opened, or read again, meanwhile
    if (!read.ok && read.missing) return this.refresh(p, true); // gone (or a buffer never saved)
    const changed = store.engine.text(p) !== (read.ok ? read.text : undefined);
    store.setLayout(p, read.ok ? read.layout : undefined);
    if (read.ok) {
      if (changed) store.setText(p, read.text, true);
    } else store.skip(p, read.reason);
    if (changed) this.o.textChanged(p, before !== undefined);
  }

  /** A deleted folder arrives as one event: forget everything that was under it. */
  removeUnder(dir: string): void {
    const { store } = this.o;
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    store.touchUnder(prefix); // drop reads in flight
    for (const p of store.engine.paths()) {
      if (p.startsWith(prefix) && !store.isOpen(p)) {
        store.engine.removeDocument(p);
        this.o.textChanged(p, true);
      }
    }
    for (const p of [...store.skipped.keys()]) if (p.startsWith(prefix)) store.skipped.delete(p);
  }

  /** Cancels a run in progress and ends the workers. */
  async stop(): Promise<void> {
    this.run++;
    const pool = this.pool;
    this.pool = undefined;
    await pool?.terminate();
  }
}
