// The server's state: the engine's index of every document, the open buffers, and the loop that
// turns changes into published diagnostics. Every change bumps `generation`; work started for an
// older generation is dropped at its next yield, so only the latest text is ever published.
// A changed document is extracted again on its own, and only the findings that can involve it
// (its own, and those of the documents it meets before or after the change) are computed again.
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { Connection, Diagnostic, Range, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckWorkspace, ENGINE_VERSION, extractClaims } from '../engine';
import { isDocument } from '../host/formats/kinds';
import { placeAt } from '../host/formats/locate';
import type { Place } from '../host/formats/locate';
import { sourcePath, sourceUri } from '../host/formats/sourceUri';
import { configureDocumentCache, documentCache } from '../host/formats/textCache';
import type { Layout } from '../host/formats/types';
import type { Claim, DocumentClaims, EngineHost, Finding } from '../engine/types';
import type { ClaimRef, IdleResult, Settings, SkippedFile, StatusParams } from '../protocol';
import { diagnosticsDigest } from '../shared/digest';
import { StatusNotification } from '../protocol';
import { normalizeSettings } from '../shared/settings';
import { conflictGroups } from './conflicts';
import { ExtractPool } from './extractPool';
import type { ExtractPoolOptions } from './extractPool';
import { hashText, IndexCache } from './indexCache';
import { toDiagnostics } from './diagnostics';
import { listFiles, readTextFile, yieldNow } from './files';
import { createPathFilter, relativeTo } from './globs';
import type { PathFilter } from './globs';
import { IgnoreSet } from './ignores';
import { LineIndexCache } from './positions';
import type { DocView } from './view';

/** Quiet time after the last keystroke before a document is checked again. */
export const RECHECK_DELAY = 300;
/** Upper bound while typing continues, so diagnostics still move during long bursts. */
const RECHECK_MAX_WAIT = 1500;
/** Quiet time after indexing or a file change before the index cache is written. */
export const CACHE_SAVE_DELAY = 2000;
/** Files read (and extracted) at once while indexing. */
const INDEX_CONCURRENCY = 8;

export function uriToPath(uri: string): string {
  const document = sourcePath(uri); // a document's extracted text stands for the document
  if (document) return document;
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // fall through: keep the URI itself as the key
    }
  }
  return uri;
}

export interface Progress {
  begin(title: string, message: string): void;
  report(percentage: number, message: string): void;
  done(): void;
}

export class Checker implements DocView {
  readonly engine: CheckWorkspace;
  settings: Settings = normalizeSettings(undefined);
  roots: string[] = [];
  readonly ignores = new IgnoreSet();

  private filter: PathFilter = createPathFilter([], []);
  private readonly lines = new LineIndexCache();
  private readonly skipped = new Map<string, string>();
  /** Open views of documents' extracted text (crosscheck-source: URIs). */
  private readonly views = new Set<string>();
  /** Where the pages or spoken lines of each document (PDF, transcript…) start in its text. */
  private readonly layouts = new Map<string, Layout>();
  private readonly cache = new Map<string, Finding[]>();
  /** For each path with cached findings: the other documents those findings cite. */
  private readonly cites = new Map<string, Set<string>>();
  /** Changed documents whose new neighbours' findings are still to be dropped (see settle). */
  private readonly changedDocs = new Set<string>();
  /** Open document uri → the version the engine holds. */
  private readonly engineVersion = new Map<string, number>();
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; first: number }>();
  /** Paths opened in the editor, mapped to their URI as the client spelt it. */
  private readonly openUris = new Map<string, string>();
  private generation = 0;
  private indexRun = 0;
  private indexing: { indexed: number; total: number } | undefined;
  private indexedOnce = false;
  private dirty = false;
  private settling = false;
  /** Async handlers still running (file reads after an event): not idle until they finish. */
  private busy = 0;
  private conflicts = 0;
  private waiters: ((s: IdleResult) => void)[] = [];
  /** What was last published per URI, so clients can wait until they have applied it. */
  private readonly published = new Map<string, string>();
  private lastStatusSent = 0;

  /** Folder of the on-disk index cache (undefined: no cache). Set before the first applySettings. */
  cacheDir: string | undefined;
  /** Extract on worker threads while indexing (false: on this thread, one file per turn). */
  useWorkers = true;
  /** For tests and measurements: size and script of the extraction pool. */
  poolOptions: ExtractPoolOptions = {};
  private indexCache: IndexCache | undefined;
  /** Fingerprint of the texts whose findings were last written to (or read from) the cache. */
  private savedFingerprint: string | undefined;
  private cacheLoad: Promise<void> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | undefined;
  private pool: ExtractPool | undefined;
  /** Files the current index run will read, kept in the cache while they wait their turn. */
  private pendingFiles: Set<string> | undefined;
  /** Bumped per path whenever its text is about to be replaced: older reads and extractions are dropped. */
  private readonly stamps = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    host: EngineHost,
    private readonly progress: () => Promise<Progress>,
  ) {
    this.engine = new CheckWorkspace(host);
  }

  // ---- DocView -------------------------------------------------------------------------------

  // URIs and names are asked for once per related claim: remember them (cleared with the roots).
  private readonly uris = new Map<string, string>();
  private readonly names = new Map<string, string>();

  uriOf(p: string): string {
    const open = this.openUris.get(p);
    if (open) return open;
    let uri = this.uris.get(p);
    // A document opens as its extracted text, the text every range of it refers to.
    if (uri === undefined) this.uris.set(p, (uri = !path.isAbsolute(p) ? p : isDocument(p) ? sourceUri(p) : pathToFileURL(p).href));
    return uri;
  }

  placeOf(p: string, offset: number): Place | undefined {
    return placeAt(this.layouts.get(p), offset);
  }

  /** The text indexed for a path: for a document, what its crosscheck-source: view shows. */
  sourceText(p: string): string | undefined {
    return this.engine.text(p);
  }

  private setLayout(p: string, layout: Layout | undefined): void {
    if (layout) this.layouts.set(p, layout);
    else this.layouts.delete(p);
  }

  nameOf(p: string): string {
    let name = this.names.get(p);
    if (name === undefined) this.names.set(p, (name = relativeTo(this.roots, p)?.rel ?? (path.isAbsolute(p) ? path.basename(p) : p)));
    return name;
  }

  rangeOf(p: string, start: number, end: number): Range {
    const doc = this.openDoc(p);
    if (doc && this.engineVersion.get(doc.uri) === doc.version) return { start: doc.positionAt(start), end: doc.positionAt(end) };
    const text = this.engine.text(p);
    if (text === undefined) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const idx = this.lines.get(p, text);
    return { start: idx.positionAt(start), end: idx.positionAt(end) };
  }

  claimAt(p: string, start: number, end: number): Claim | undefined {
    const claims = this.engine.claims(p)?.claims ?? [];
    return claims.find((c) => c.span.start === start && c.span.end === end) ?? claims.find((c) => c.span.start <= start && end <= c.span.end);
  }

  isIgnored(claim: { id: string; path: string; text: string }): boolean {
    return this.ignores.has(claim);
  }

  // ---- findings ------------------------------------------------------------------------------

  findings(p: string): Finding[] {
    let f = this.cache.get(p);
    if (!f) {
      try {
        f = this.engine.findings(p);
      } catch (e) {
        this.log(`findings for ${p} failed`, e);
        f = [];
      }
      this.cache.set(p, f);
      const cited = new Set<string>();
      for (const x of f) for (const r of x.related) if (r.path !== p) cited.add(r.path);
      this.cites.set(p, cited);
    }
    return f;
  }

  private forget(p: string): void {
    this.cache.delete(p);
    this.cites.delete(p);
  }

  allConflicts() {
    for (const p of [...this.changedDocs]) this.spread(p);
    return conflictGroups(this.engine.paths().sort().flatMap((p) => this.findings(p)), this.settings, this);
  }

  skippedFiles(): SkippedFile[] {
    return [...this.skipped].map(([p, reason]) => ({ path: p, uri: this.uriOf(p), reason }));
  }

  // ---- documents -----------------------------------------------------------------------------

  private openDoc(p: string): TextDocument | undefined {
    const uri = this.openUris.get(p);
    return uri ? this.documents.get(uri) : undefined;
  }

  /** Open buffers the user wants checked (language in crosscheck.languages). */
  checkedDocs(): TextDocument[] {
    return this.documents.all().filter((d) => this.settings.languages.includes(d.languageId));
  }

  /**
   * Indexes a text, with the cached claims when they were extracted from the same text. `store`
   * records fresh claims in the cache (files on disk; not unsaved buffers, which change by the keystroke).
   */
  private setText(p: string, text: string, store = false, edit = false): boolean {
    try {
      const cache = path.isAbsolute(p) ? this.indexCache : undefined;
      const hash = cache ? hashText(text) : '';
      const cached = cache?.get(p, hash);
      if (cached) this.engine.setClaims(cached, text);
      else {
        // An edit of an open document re-reads only the lines it touched.
        const options = { referenceDate: this.settings.referenceDate };
        const claims = edit ? this.engine.updateDocument(p, text, options) : this.engine.setDocument(p, text, options);
        if (cache && store) {
          cache.set(p, hash, claims);
          this.scheduleSave();
        }
      }
      this.skipped.delete(p);
      return true;
    } catch (e) {
      return this.failed(p, e);
    }
  }

  /** Indexes claims extracted elsewhere (a worker, the cache). */
  private setClaims(p: string, claims: DocumentClaims, text: string): boolean {
    try {
      this.engine.setClaims(claims, text);
      this.skipped.delete(p);
      return true;
    } catch (e) {
      return this.failed(p, e);
    }
  }

  /** An engine failure on one text must not stop the others from being checked. */
  private failed(p: string, e: unknown): boolean {
    this.engine.removeDocument(p);
    this.skipped.set(p, `could not be analysed (${(e as Error).message ?? e})`);
    this.log(`analysing ${p} failed`, e);
    return false;
  }

  /** Marks a path's text as about to change; returns the stamp a reader must still see when done. */
  private touch(p: string): number {
    const n = (this.stamps.get(p) ?? 0) + 1;
    this.stamps.set(p, n);
    return n;
  }

  opened(doc: TextDocument): void {
    if (sourcePath(doc.uri)) return this.openedView(doc);
    if (!this.settings.languages.includes(doc.languageId)) return;
    const p = uriToPath(doc.uri);
    // A document (a transcript opened as plain text, say) is read from disk by its reader: its
    // buffer is not the text compared.
    if (isDocument(p)) return;
    this.openUris.set(p, doc.uri);
    this.touch(p);
    this.sync(doc);
  }

  /**
   * A document's extracted text open in the editor (crosscheck-source:): it gets the document's
   * diagnostics, while it shows the text the engine holds (the client refreshes it after a re-read).
   */
  private openedView(doc: TextDocument): void {
    this.views.add(doc.uri);
    this.republish();
  }

  private publishView(doc: TextDocument): void {
    const p = sourcePath(doc.uri);
    if (!p) return;
    const current = this.engine.text(p) === doc.getText();
    this.sendDiagnostics(doc.uri, doc.version, current ? toDiagnostics(this.findings(p), this.settings, this) : []);
  }

  /** Edits wait for a quiet moment; a burst of typing costs one check, not one per keystroke. */
  changed(doc: TextDocument): void {
    if (this.views.has(doc.uri)) return this.republish(); // the view was refreshed
    if (!this.openUris.has(uriToPath(doc.uri))) return this.opened(doc);
    const prev = this.timers.get(doc.uri);
    const first = prev?.first ?? Date.now();
    if (prev) clearTimeout(prev.timer);
    const delay = Math.max(0, Math.min(RECHECK_DELAY, first + RECHECK_MAX_WAIT - Date.now()));
    const timer = setTimeout(() => {
      this.timers.delete(doc.uri);
      const current = this.documents.get(doc.uri);
      if (current) this.sync(current);
      if (this.idle()) this.sendStatus(true); // nothing changed after all: release waiters
    }, delay);
    this.timers.set(doc.uri, { timer, first });
  }

  /** Brings the engine up to the buffer's version now (hover needs current offsets). */
  sync(doc: TextDocument, force = false): void {
    const pending = this.timers.get(doc.uri);
    if (pending) {
      clearTimeout(pending.timer);
      this.timers.delete(doc.uri);
    }
    if (this.engineVersion.get(doc.uri) === doc.version && !force) return;
    const p = uriToPath(doc.uri);
    const text = doc.getText();
    this.engineVersion.set(doc.uri, doc.version);
    const before = this.engine.text(p);
    if (before !== text || force) {
      this.setText(p, text, false, !force);
      this.invalidateDoc(p, before !== undefined);
    } else this.republish(); // opened with the text already indexed: publish what is known
  }

  async closed(doc: TextDocument): Promise<void> {
    if (this.views.delete(doc.uri)) return this.sendDiagnostics(doc.uri, undefined, []);
    const p = uriToPath(doc.uri);
    const timer = this.timers.get(doc.uri);
    if (timer) clearTimeout(timer.timer);
    this.timers.delete(doc.uri);
    this.engineVersion.delete(doc.uri);
    if (!this.openUris.delete(p)) return;
    this.sendDiagnostics(doc.uri, undefined, []);
    // The buffer may hold unsaved text: go back to what is on disk, if the file belongs here.
    await this.refreshFromDisk(p);
  }

  /**
   * Re-reads a closed file after a file-system event (or a close). Open buffers win over disk.
   * Rechecks what the file's change can affect, if its text changed.
   */
  async refreshFromDisk(p: string, deleted = false): Promise<void> {
    if (this.openUris.has(p)) return;
    const stamp = this.touch(p);
    const before = this.engine.text(p);
    const where = relativeTo(this.roots, p);
    if (deleted || !where || !this.filter.accepts(where.rel)) {
      this.engine.removeDocument(p);
      this.skipped.delete(p);
      this.layouts.delete(p);
      this.lines.delete(p);
      if (before !== undefined) this.invalidateDoc(p);
      return;
    }
    const read = await readTextFile(p, this.settings.maxFileSize, this.settings.maxDocumentSize);
    if (this.openUris.has(p) || this.stamps.get(p) !== stamp) return; // opened, or read again, meanwhile
    const changed = this.engine.text(p) !== (read.ok ? read.text : undefined);
    this.setLayout(p, read.ok ? read.layout : undefined);
    if (read.ok) {
      if (changed) this.setText(p, read.text, true);
    } else {
      this.engine.removeDocument(p);
      this.skipped.set(p, read.reason);
    }
    if (changed) this.invalidateDoc(p, before !== undefined);
  }

  // ---- settings and folders ------------------------------------------------------------------

  /** Applies new settings; re-indexes only when they change which files belong. */
  applySettings(settings: Settings): void {
    const old = this.settings;
    this.settings = settings;
    this.configureCache();
    // Relative dates are resolved when claims are extracted: a new reference date re-extracts.
    const scope = (s: Settings) => JSON.stringify([s.include, s.exclude, s.filesExclude, s.maxFileSize, s.maxDocumentSize, s.referenceDate ?? '']);
    if ((old.referenceDate ?? '') !== (settings.referenceDate ?? '')) for (const doc of this.documents.all()) if (this.tracks(doc)) this.sync(doc, true);
    // crosscheck.languages may have grown or shrunk: start or stop tracking open buffers to match.
    for (const doc of this.documents.all()) {
      const tracked = this.tracks(doc);
      const wanted = settings.languages.includes(doc.languageId);
      if (!tracked && wanted) this.opened(doc);
      else if (tracked && !wanted) void this.closed(doc);
    }
    if (scope(old) !== scope(settings) || !this.indexedOnce) void this.index();
    else this.invalidate();
  }

  setRoots(roots: string[]): void {
    for (const r of this.roots) if (!roots.includes(r)) this.ignores.forgetRoot(r);
    this.roots = roots;
    this.names.clear();
    void this.index();
  }

  // ---- indexing ------------------------------------------------------------------------------

  /**
   * Reads every file of every folder in the background. A newer run cancels an older one.
   * Files whose text the cache knows get their claims from it; the others are extracted on the
   * worker pool, so this thread only reads, hashes and indexes, and keeps answering requests.
   */
  async index(): Promise<void> {
    const run = ++this.indexRun;
    const cancelled = () => run !== this.indexRun;
    const state = { indexed: 0, total: 0 };
    this.filter = createPathFilter(this.settings.include, [...this.settings.exclude, ...this.settings.filesExclude]);
    this.indexing = state;
    this.sendStatus(true);
    this.pool?.cancelPending(); // an older run's files
    const progress = await this.progress();
    try {
      progress.begin('Crosscheck', 'Finding files…');
      for (const root of this.roots) {
        const err = await this.ignores.loadFile(root);
        if (err) this.connection.console.warn(err);
      }
      const files: string[] = [];
      for (const root of this.roots) files.push(...(await listFiles(root, this.filter, cancelled)));
      await this.cacheLoad;
      if (cancelled()) return;
      const wanted = new Set(files);
      for (const p of this.engine.paths()) if (!wanted.has(p) && !this.openUris.has(p)) this.engine.removeDocument(p);
      for (const p of [...this.skipped.keys()]) if (!wanted.has(p) && !this.openUris.has(p)) this.skipped.delete(p);
      this.pendingFiles = wanted;
      state.total = files.length;
      const pool = this.useWorkers ? (this.pool ??= new ExtractPool({ log: (m) => this.connection.console.log(m), ...this.poolOptions })) : undefined;
      const inflight = new Set<Promise<void>>();
      for (const file of files) {
        if (cancelled()) return;
        const job = this.indexFile(file, cancelled, pool)
          .catch((e) => this.log(`indexing ${file} failed`, e))
          .then(() => {
            if (cancelled()) return;
            this.dropFindings(); // findings may change with each new file; one full recheck follows at the end
            state.indexed++;
            progress.report(Math.floor((state.indexed / state.total) * 100), `${state.indexed}/${state.total} files`);
            this.sendStatus();
          });
        inflight.add(job);
        void job.then(() => inflight.delete(job));
        if (inflight.size >= INDEX_CONCURRENCY) await Promise.race(inflight);
      }
      await Promise.all(inflight);
    } catch (e) {
      this.log('indexing failed', e);
    } finally {
      progress.done();
      if (!cancelled()) {
        this.indexing = undefined;
        this.indexedOnce = true;
        this.pendingFiles = undefined;
        // Idle memory stays low: workers end with the run and start again for the next one.
        const pool = this.pool;
        this.pool = undefined;
        void pool?.terminate();
        // Reopened with exactly the texts of the last session: its findings stand as they were.
        const snapshot = await this.indexCache?.loadFindings();
        if (snapshot && !cancelled() && this.engine.restore(snapshot)) this.savedFingerprint = snapshot.fingerprint;
        this.invalidate();
        this.scheduleSave();
      }
    }
  }

  /** Reads one file for index(): its claims come from the cache, a worker, or this thread. */
  private async indexFile(p: string, cancelled: () => boolean, pool: ExtractPool | undefined): Promise<void> {
    if (this.openUris.has(p)) return; // open buffers win over disk
    const stamp = this.touch(p);
    const current = () => !cancelled() && this.stamps.get(p) === stamp && !this.openUris.has(p);
    const read = await readTextFile(p, this.settings.maxFileSize, this.settings.maxDocumentSize);
    if (!current()) return;
    this.setLayout(p, read.ok ? read.layout : undefined);
    if (!read.ok) {
      this.engine.removeDocument(p);
      this.skipped.set(p, read.reason);
      return;
    }
    const text = read.text;
    const cache = this.indexCache;
    const hash = cache ? hashText(text) : '';
    const cached = cache?.get(p, hash);
    if (cached) {
      if (this.engine.claims(p) !== cached || this.engine.text(p) !== text) this.setClaims(p, cached, text);
      return;
    }
    const referenceDate = this.settings.referenceDate;
    let claims: DocumentClaims | undefined;
    if (pool) claims = await pool.extract(p, text, referenceDate);
    else {
      await yieldNow(); // one extraction per turn of the event loop
      if (!current()) return;
      claims = extractClaims(text, p, { referenceDate });
    }
    if (!claims) return; // dropped by a newer run
    // Valid for this text whatever happened meanwhile, unless the reference date changed.
    if (cache && cache === this.indexCache) cache.set(p, hash, claims);
    if (current()) this.setClaims(p, claims, text);
  }

  // ---- index cache ---------------------------------------------------------------------------

  /** Opens (or drops) the cache to match crosscheck.cache.enabled and the reference date. */
  private configureCache(): void {
    const dir = this.settings.cacheEnabled ? this.cacheDir : undefined;
    const referenceDate = this.settings.referenceDate ?? '';
    const have = this.indexCache;
    if (have && dir && have.dir === dir && have.referenceDate === referenceDate) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.indexCache = undefined;
    this.cacheLoad = Promise.resolve();
    configureDocumentCache(dir); // the text read from PDFs and the like, beside the claims
    if (!dir) return;
    const cache = new IndexCache({ dir, engineVersion: ENGINE_VERSION, referenceDate, log: (m) => this.connection.console.log(m) });
    this.indexCache = cache;
    this.cacheLoad = cache.load().catch((e) => this.log('loading the index cache failed', e));
  }

  /** Paths whose entries are worth keeping: what the engine holds, and what indexing will read. */
  private cacheKeeps(): (p: string) => boolean {
    const live = new Set(this.engine.paths());
    for (const p of this.pendingFiles ?? []) live.add(p);
    return (p) => live.has(p);
  }

  /** Writes the cache once indexing and file changes have settled for CACHE_SAVE_DELAY. */
  private scheduleSave(delay = CACHE_SAVE_DELAY): void {
    if (!this.indexCache) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (this.indexing) return; // the run's end schedules the next save
      void this.saveCache();
    }, delay);
    this.saveTimer.unref?.();
  }

  /** Saves the cache if it holds new entries or entries of files no longer indexed. */
  async saveCache(): Promise<void> {
    const cache = this.indexCache;
    if (!cache) return;
    const keep = this.cacheKeeps();
    if (cache.needsSave(keep)) await cache.save(keep, yieldNow);
    await this.saveFindings(cache);
  }

  /**
   * Keeps the findings for the next session when every indexed document's findings are known
   * (computing missing ones here would cost a full check at every save) and the texts changed.
   */
  private async saveFindings(cache: IndexCache): Promise<void> {
    const paths = this.engine.paths();
    if (this.indexing || paths.some((p) => !this.cache.has(p))) return;
    const fingerprint = this.engine.fingerprint();
    if (fingerprint === this.savedFingerprint) return;
    const findings: Record<string, Finding[]> = {};
    for (const p of paths) findings[p] = this.cache.get(p)!;
    try {
      await cache.saveFindings({ fingerprint, findings });
      this.savedFingerprint = fingerprint;
    } catch (e) {
      this.log('saving the findings failed', e);
    }
  }

  /** LSP shutdown: no more timers or workers; the cache is written if it changed. */
  async shutdown(): Promise<void> {
    this.indexRun++; // cancels a run in progress
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const pool = this.pool;
    this.pool = undefined;
    await Promise.all([pool?.terminate(), this.saveCache().catch((e) => this.log('saving the index cache failed', e)), documentCache()?.save()]);
  }

  /** A deleted folder arrives as one event: forget everything that was under it. */
  removeUnder(dir: string): void {
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const p of this.stamps.keys()) if (p.startsWith(prefix)) this.touch(p); // drop reads in flight
    for (const p of this.engine.paths()) {
      if (p.startsWith(prefix) && !this.openUris.has(p)) {
        this.engine.removeDocument(p);
        this.invalidateDoc(p);
      }
    }
    for (const p of [...this.skipped.keys()]) if (p.startsWith(prefix)) this.skipped.delete(p);
  }

  /** True when the engine holds this buffer's text (its language is one we check). */
  tracks(doc: TextDocument): boolean {
    return this.openUris.get(uriToPath(doc.uri)) === doc.uri;
  }

  // ---- publishing ----------------------------------------------------------------------------

  /** Settings, ignores or the set of files changed: drop every finding and republish. */
  invalidate(): void {
    this.dropFindings();
    this.republish();
  }

  private dropFindings(): void {
    this.cache.clear();
    this.cites.clear();
    this.changedDocs.clear();
  }

  /**
   * One document's text changed (already in the engine). Its findings are dropped, and so are
   * those of the documents it met before the change (cited by its old findings, or citing it);
   * the documents it meets now are found by settle, from its new findings (see spread).
   */
  invalidateDoc(p: string, hadText = true): void {
    if (hadText && !this.cache.has(p) && this.cache.size > 0 && !this.changedDocs.has(p)) {
      // Its old neighbours are unknown: only a full recheck is sure to catch them.
      return this.invalidate();
    }
    for (const q of this.cites.get(p) ?? []) this.forget(q);
    for (const [q, cited] of [...this.cites]) if (cited.has(p)) this.forget(q);
    this.forget(p);
    this.changedDocs.add(p);
    this.republish();
  }

  /** The changed document's new findings name the documents it now meets: theirs are dropped. */
  private spread(p: string): void {
    this.changedDocs.delete(p);
    for (const q of this.cites.get(p) ?? this.citesOf(p)) this.forget(q);
  }

  private citesOf(p: string): Set<string> {
    this.findings(p);
    return this.cites.get(p) ?? new Set();
  }

  /** Publishes again without dropping findings (an open, a close, a finished handler). */
  republish(): void {
    this.generation++;
    this.dirty = true;
    if (!this.settling) {
      this.settling = true;
      setImmediate(() => void this.settle());
    }
  }

  private async settle(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        const gen = this.generation;
        for (const p of [...this.changedDocs]) {
          await yieldNow();
          if (gen !== this.generation) break;
          this.spread(p);
        }
        if (gen !== this.generation) continue;
        for (const doc of this.checkedDocs()) {
          await yieldNow();
          if (gen !== this.generation) break;
          this.publish(doc);
        }
        for (const uri of this.views) {
          const view = this.documents.get(uri);
          if (view) this.publishView(view);
        }
        if (gen !== this.generation || this.indexing) continue;
        // The status bar's count covers the whole workspace, one document per turn of the loop.
        let count = 0;
        const seen: Finding[] = [];
        for (const p of this.engine.paths().sort()) {
          await yieldNow();
          if (gen !== this.generation) break;
          seen.push(...this.findings(p));
        }
        if (gen !== this.generation) continue;
        count = conflictGroups(seen, this.settings, this).length;
        this.conflicts = count;
      }
    } catch (e) {
      this.log('publishing diagnostics failed', e);
    } finally {
      this.settling = false;
      this.sendStatus(true);
    }
  }

  publish(doc: TextDocument): void {
    if (this.engineVersion.get(doc.uri) !== doc.version) return; // a newer check is on its way
    try {
      const diagnostics = toDiagnostics(this.findings(uriToPath(doc.uri)), this.settings, this);
      this.sendDiagnostics(doc.uri, doc.version, diagnostics);
    } catch (e) {
      this.log(`diagnostics for ${doc.uri} failed`, e);
    }
  }

  private sendDiagnostics(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    this.published.set(uri, diagnosticsDigest(diagnostics));
    void this.connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  }

  setIgnored(claims: ClaimRef[], ignore: boolean): void {
    this.ignores.set(claims, ignore);
    this.invalidate();
  }

  async reloadIgnoreFile(root: string): Promise<void> {
    const err = await this.ignores.loadFile(root);
    if (err) this.connection.console.warn(err);
    this.invalidate();
  }

  /** Runs a handler that may await; idle waiters are held until it is done. */
  async run(fn: () => void | Promise<void>): Promise<void> {
    this.busy++;
    try {
      await fn();
    } finally {
      this.busy--;
      if (this.idle()) this.sendStatus(true);
    }
  }

  // ---- status --------------------------------------------------------------------------------

  idle(): boolean {
    return this.indexedOnce && !this.indexing && !this.settling && !this.dirty && this.busy === 0 && this.timers.size === 0;
  }

  status(): StatusParams {
    return {
      state: this.indexing ? 'indexing' : !this.indexedOnce ? 'starting' : this.idle() ? 'idle' : 'checking',
      indexed: this.indexing?.indexed ?? this.engine.paths().length,
      total: this.indexing?.total ?? this.engine.paths().length,
      documents: this.engine.paths().length,
      conflicts: this.conflicts,
      skipped: this.skipped.size,
      generation: this.generation,
    };
  }

  /** Resolves with the status once everything pending has been published. */
  whenIdle(): Promise<IdleResult> {
    if (this.idle()) return Promise.resolve(this.idleResult());
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private idleResult(): IdleResult {
    return { ...this.status(), published: Object.fromEntries(this.published) };
  }

  /** Progress updates are rate-limited; state changes (`force`) always go out. */
  sendStatus(force = false): void {
    const now = Date.now();
    if (!force && now - this.lastStatusSent < 100) return;
    this.lastStatusSent = now;
    const status = this.status();
    void this.connection.sendNotification(StatusNotification, status).catch(() => undefined);
    if (status.state === 'idle') {
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w(this.idleResult());
    }
  }

  log(what: string, e: unknown): void {
    this.connection.console.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
