// The cache keeper: opens the index cache (host/indexCache.ts) that matches the settings, and
// writes it, with the findings, once indexing and file changes have been quiet for a while.
import { configureDocumentCache, documentCache } from '../host/formats/textCache';
import type { CheckWorkspace } from '../engine';
import { ENGINE_VERSION } from '../engine';
import type { Finding } from '../engine/types';
import type { Settings } from '../protocol';
import { yieldNow } from '../host/files';
import { IndexCache } from '../host/indexCache';
import type { FindingCache } from './findings';

/** Quiet time after indexing or a file change before the index cache is written. */
export const CACHE_SAVE_DELAY = 2000;

export interface CacheKeeperOptions {
  engine: CheckWorkspace;
  findings: FindingCache;
  /** Files the current index run will still read: their entries are kept. */
  pending: () => Iterable<string>;
  indexing: () => boolean;
  log: (message: string) => void;
  error: (what: string, e: unknown) => void;
  /** The workspace's conflict count over these findings, with a key of what else it depends on. */
  count: (findings: Finding[]) => { key: string; conflicts: number };
  /** The count kept with findings restored from the cache. */
  restoredCount: (count: { key: string; conflicts: number } | undefined) => void;
}

export class CacheKeeper {
  /** Folder of the on-disk index cache (undefined: no cache). Set before the first configure. */
  dir: string | undefined;
  private current: IndexCache | undefined;
  /** Fingerprint of the texts whose findings were last written to (or read from) the cache. */
  private savedFingerprint: string | undefined;
  private loading: Promise<void> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(private readonly o: CacheKeeperOptions) {}

  /** The cache in use, if crosscheck.cache.enabled and a folder were given. */
  get cache(): IndexCache | undefined {
    return this.current;
  }

  /** Resolves when the cache file has been read. */
  loaded(): Promise<void> {
    return this.loading;
  }

  /** Opens (or drops) the cache to match crosscheck.cache.enabled and the reference date. */
  configure(settings: Settings): void {
    const dir = settings.cacheEnabled ? this.dir : undefined;
    const referenceDate = settings.referenceDate ?? '';
    const have = this.current;
    configureDocumentCache(dir); // the text read from PDFs and the like, beside the claims
    if (have && dir && have.dir === dir && have.referenceDate === referenceDate) return;
    this.stopTimer();
    this.current = undefined;
    this.loading = Promise.resolve();
    if (!dir) return;
    const cache = new IndexCache({ dir, engineVersion: ENGINE_VERSION, referenceDate, log: this.o.log });
    this.current = cache;
    this.loading = cache.load().catch((e) => this.o.error('loading the index cache failed', e));
  }

  /** The findings file being read (prefetchFindings), for the restoreFindings that follows. */
  private prefetched: { cache: IndexCache; snapshot: ReturnType<IndexCache['loadFindings']> } | undefined;

  /** Starts reading the last session's findings, so the file is read while indexing goes on. */
  prefetchFindings(): void {
    const cache = this.current;
    this.prefetched = cache ? { cache, snapshot: cache.loadFindings() } : undefined;
  }

  /** Reopened with exactly the texts of the last session: its findings stand as they were. */
  async restoreFindings(cancelled: () => boolean): Promise<void> {
    const pre = this.prefetched;
    this.prefetched = undefined;
    const snapshot = await (pre && pre.cache === this.current ? pre.snapshot : this.current?.loadFindings());
    if (snapshot && !cancelled() && this.o.engine.restore(snapshot)) {
      this.savedFingerprint = snapshot.fingerprint;
      this.o.restoredCount(snapshot.count);
      if (snapshot.cites) this.o.findings.restoreCites(Object.keys(snapshot.findings).sort(), snapshot.cites);
    }
  }

  /** Writes the cache once indexing and file changes have settled for CACHE_SAVE_DELAY. */
  scheduleSave(delay = CACHE_SAVE_DELAY): void {
    if (!this.current) return;
    this.stopTimer();
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (this.o.indexing()) return; // the run's end schedules the next save
      void this.save();
    }, delay);
    this.saveTimer.unref?.();
  }

  /** Saves the cache if it holds new entries or entries of files no longer indexed. */
  async save(): Promise<void> {
    const cache = this.current;
    if (!cache) return;
    const keep = this.keeps();
    if (cache.needsSave(keep)) await cache.save(keep, yieldNow);
    await this.saveFindings(cache);
  }

  /** No more timers; the cache is written if it changed. */
  async shutdown(): Promise<void> {
    this.stopTimer();
    await Promise.all([this.save().catch((e) => this.o.error('saving the index cache failed', e)), documentCache()?.save()]);
  }

  /** Paths whose entries are worth keeping: what the engine holds, and what indexing will read. */
  private keeps(): (p: string) => boolean {
    const live = new Set(this.o.engine.paths());
    for (const p of this.o.pending()) live.add(p);
    return (p) => live.has(p);
  }

  /**
   * Keeps the findings for the next session when every indexed document's findings are known
   * (computing missing ones here would cost a full check at every save) and the texts changed.
   */
  private async saveFindings(cache: IndexCache): Promise<void> {
    if (this.o.indexing()) return;
    const findings = this.o.findings.known(this.o.engine.paths());
    if (!findings) return;
    const fingerprint = this.o.engine.fingerprint();
    if (fingerprint === this.savedFingerprint) return;
    try {
      const count = this.o.count(Object.values(findings).flat());
      await cache.saveFindings({ fingerprint, findings, cites: this.o.findings.citesIndexed(Object.keys(findings).sort()), count });
      this.savedFingerprint = fingerprint;
    } catch (e) {
      this.o.error('saving the findings failed', e);
    }
  }

  private stopTimer(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }
}
