// The checker: the server's parts wired together, and what the LSP handlers call. Each part has
// one job (see the README's map of the code):
//   DocumentStore  which text the engine holds per path (disk or buffer), skipped files, names
//   FindingCache   findings per document, dropped only where a change can alter them
//   Indexer        reads the folders (and single files after a change) into the store
//   CacheKeeper    the on-disk index cache: opened per settings, saved when quiet
//   Scheduler      debounces edits and runs one settle loop per burst of changes
//   Publisher      diagnostics and status out to the client
//   IgnoreSet      claims the user chose to ignore
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckWorkspace, loadModel } from '../engine';
import type { EngineHost, Finding } from '../engine/types';
import type { ClaimRef, ConflictGroup, IdleResult, Settings, StatusParams } from '../protocol';
import { normalizeSettings } from '../shared/settings';
import type { ExtractPoolOptions } from '../host/extractPool';
import { CacheKeeper } from './cacheKeeper';
import { conflictGroups } from './conflicts';
import { DocumentStore, uriToPath } from './documents';
import { FindingCache } from './findings';
import { IgnoreSet } from './ignores';
import { Indexer } from './indexer';
import type { Progress } from './indexer';
import { Publisher } from './publisher';
import { Scheduler } from './scheduler';

export { uriToPath };
export type { Progress };

export class Checker {
  settings: Settings = normalizeSettings(undefined);
  readonly engine: CheckWorkspace;
  readonly ignores = new IgnoreSet();
  readonly store: DocumentStore;
  readonly findingCache: FindingCache;
  readonly keeper: CacheKeeper;
  readonly indexer: Indexer;
  readonly scheduler: Scheduler;
  readonly publisher: Publisher;

  constructor(
    private readonly connection: Connection,
    buffers: TextDocuments<TextDocument>,
    host: EngineHost,
    progress: () => Promise<Progress>,
  ) {
    const log = (what: string, e: unknown) => this.log(what, e);
    const settings = () => this.settings;
    this.engine = new CheckWorkspace(host);
    this.findingCache = new FindingCache(this.engine, log);
    this.keeper = new CacheKeeper({
      engine: this.engine,
      findings: this.findingCache,
      pending: () => this.indexer.pending(),
      indexing: () => !!this.indexer.progress,
      log: (m) => connection.console.log(m),
      error: log,
    });
    this.store = new DocumentStore({
      engine: this.engine,
      buffers,
      ignores: this.ignores,
      settings,
      cache: () => this.keeper.cache,
      stored: () => this.keeper.scheduleSave(),
      log,
    });
    this.indexer = new Indexer({
      store: this.store,
      keeper: this.keeper,
      settings,
      progress,
      beforeRun: async () => {
        for (const root of this.store.roots) await this.loadIgnoreFile(root);
      },
      textChanged: (p, hadText) => this.textChanged(p, hadText),
      filesChanged: () => this.findingCache.clear(),
      finished: () => this.invalidate(),
      status: (force) => this.publisher.sendStatus(force),
      log: (m) => connection.console.log(m),
      error: log,
    });
    this.publisher = new Publisher({
      connection,
      store: this.store,
      findings: this.findingCache,
      settings,
      status: () => this.status(),
      indexing: () => !!this.indexer.progress,
      log,
    });
    this.scheduler = new Scheduler({
      pass: (current) => this.publisher.pass(current),
      settled: () => this.publisher.sendStatus(true),
      ready: () => this.indexer.indexedOnce && !this.indexer.progress,
      log,
    });
  }

  // ---- folders and settings --------------------------------------------------------------------

  get roots(): string[] {
    return this.store.roots;
  }

  set roots(roots: string[]) {
    this.store.setRoots(roots);
  }

  /** Folder of the on-disk index cache (undefined: no cache). Set before the first applySettings. */
  set cacheDir(dir: string | undefined) {
    this.keeper.dir = dir;
  }

  /** Applies new settings; re-indexes only when they change which files belong. */
  applySettings(settings: Settings): void {
    const old = this.settings;
    this.settings = settings;
    this.keeper.configure(settings);
    // Relative dates are resolved when claims are extracted: a new reference date re-extracts.
    const scope = (s: Settings) => JSON.stringify([s.include, s.exclude, s.filesExclude, s.maxFileSize, s.referenceDate ?? '']);
    if ((old.referenceDate ?? '') !== (settings.referenceDate ?? '')) for (const doc of this.store.allBuffers()) if (this.store.tracks(doc)) this.sync(doc, true);
    // crosscheck.languages may have grown or shrunk: start or stop tracking open buffers to match.
    for (const doc of this.store.allBuffers()) {
      const tracked = this.store.tracks(doc);
      const wanted = settings.languages.includes(doc.languageId);
      if (!tracked && wanted) this.opened(doc);
      else if (tracked && !wanted) void this.closed(doc);
    }
    if (scope(old) !== scope(settings) || !this.indexer.indexedOnce) void this.indexer.index();
    else this.invalidate();
  }

  setRoots(roots: string[]): void {
    for (const r of this.roots) if (!roots.includes(r)) this.ignores.forgetRoot(r);
    this.roots = roots;
    void this.indexer.index();
  }

  // ---- open buffers ------------------------------------------------------------------------------

  opened(doc: TextDocument): void {
    if (!this.settings.languages.includes(doc.languageId)) return;
    // Edits are read on this thread (indexing extracts on workers): the model is loaded when a
    // document opens, not at its first keystroke.
    loadModel();
    this.store.track(doc);
    this.sync(doc);
  }

  /** Quiet time after an edit (ms); undefined: the scheduler's RECHECK_DELAY. */
  recheckDelay?: number;

  /** Edits wait for a quiet moment; a burst of typing costs one check, not one per keystroke. */
  changed(doc: TextDocument): void {
    if (!this.store.isOpen(uriToPath(doc.uri))) return this.opened(doc);
    this.scheduler.debounce(
      doc.uri,
      () => {
        const current = this.store.bufferAt(doc.uri);
        if (current) this.sync(current);
      },
      this.recheckDelay,
    );
  }

  /** Brings the engine up to the buffer's version now (hover needs current offsets). */
  sync(doc: TextDocument, force = false): void {
    this.scheduler.cancel(doc.uri);
    if (this.store.isCurrent(doc) && !force) return;
    const p = uriToPath(doc.uri);
    const text = doc.getText();
    this.store.holdVersion(doc);
    const before = this.engine.text(p);
    if (before !== text || force) {
      this.store.setText(p, text, false, !force);
      this.textChanged(p, before !== undefined);
    } else this.scheduler.republish(); // opened with the text already indexed: publish what is known
  }

  async closed(doc: TextDocument): Promise<void> {
    this.scheduler.cancel(doc.uri);
    if (!this.store.untrack(doc)) return;
    this.publisher.clear(doc.uri);
    // The buffer may hold unsaved text: go back to what is on disk, if the file belongs here.
    await this.indexer.refresh(uriToPath(doc.uri));
  }

  // ---- findings ----------------------------------------------------------------------------------

  findings(p: string): Finding[] {
    return this.findingCache.get(p);
  }

  allConflicts(): ConflictGroup[] {
    this.findingCache.spreadAll();
    return conflictGroups(this.engine.paths().sort().flatMap((p) => this.findings(p)), this.settings, this.store);
  }

  /** Settings, ignores or the set of files changed: drop every finding and republish. */
  invalidate(): void {
    this.findingCache.clear();
    this.scheduler.republish();
  }

  /** One document's text changed (already in the engine): recheck what it can affect. */
  private textChanged(p: string, hadText: boolean): void {
    this.findingCache.textChanged(p, hadText);
    this.scheduler.republish();
  }

  // ---- ignored claims ----------------------------------------------------------------------------

  setIgnored(claims: ClaimRef[], ignore: boolean): void {
    this.ignores.set(claims, ignore);
    this.invalidate();
  }

  async reloadIgnoreFile(root: string): Promise<void> {
    await this.loadIgnoreFile(root);
    this.invalidate();
  }

  private async loadIgnoreFile(root: string): Promise<void> {
    const err = await this.ignores.loadFile(root);
    if (err) this.connection.console.warn(err);
  }

  // ---- status ------------------------------------------------------------------------------------

  /** Runs a handler that may await; idle waiters are held until it is done. */
  run(fn: () => void | Promise<void>): Promise<void> {
    return this.scheduler.run(fn);
  }

  status(): Omit<StatusParams, 'conflicts'> {
    const progress = this.indexer.progress;
    const documents = this.engine.paths().length;
    return {
      state: progress ? 'indexing' : !this.indexer.indexedOnce ? 'starting' : this.scheduler.idle() ? 'idle' : 'checking',
      indexed: progress?.indexed ?? documents,
      total: progress?.total ?? documents,
      documents,
      skipped: this.store.skipped.size,
      generation: this.scheduler.generation,
    };
  }

  /** Resolves with the status once everything pending has been published. */
  whenIdle(): Promise<IdleResult> {
    return this.publisher.whenIdle();
  }

  /** LSP shutdown: no more timers or workers; the cache is written if it changed. */
  async shutdown(): Promise<void> {
    this.scheduler.cancelAll();
    await Promise.all([this.indexer.stop(), this.keeper.shutdown()]);
  }

  log(what: string, e: unknown): void {
    this.connection.console.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
