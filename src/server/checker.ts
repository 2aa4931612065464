// The checker: the server's parts wired together, and what the LSP handlers call. Each part has
// one job (see the README's map of the code); they are made in this order below:
//   FindingCache   findings per document, dropped only where a change can alter them
//   CacheKeeper    the on-disk index cache: opened per settings, saved when quiet
//   DocumentStore  which text the engine holds per path (disk or buffer), skipped files, names
//   Indexer        reads the folders (and single files after a change) into the store
//   Publisher      diagnostics and status out to the client
//   Scheduler      debounces edits and runs one settle loop per burst of changes
//   BufferSync     open buffers into the store: which are checked, when, on which thread
//   IgnoreSet      claims the user chose to ignore
import { createHash } from 'crypto';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckWorkspace } from '../engine';
import type { EngineHost, Finding } from '../engine/types';
import type { CheckClaimsParams, CheckClaimsResult, ClaimRef, ConflictGroup, IdleResult, IgnoreScope, Settings, StatusParams } from '../protocol';
import { normalizeSettings } from '../shared/settings';
import { BufferSync } from './buffers';
import { CacheKeeper } from './cacheKeeper';
import { conflictCount, conflictGroups } from './conflicts';
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
  readonly buffers: BufferSync;

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
      count: (findings) => ({ key: this.countKey(), conflicts: conflictCount(findings, this.settings, this.store) }),
      restoredCount: (count) => (this.publisher.restoredCount = count),
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
      countKey: () => this.countKey(),
      log,
    });
    this.scheduler = new Scheduler({
      pass: (current) => this.publisher.pass(current),
      settled: () => this.publisher.sendStatus(true),
      ready: () => this.indexer.indexedOnce && !this.indexer.progress,
      log,
    });
    this.buffers = new BufferSync({
      store: this.store,
      scheduler: this.scheduler,
      settings,
      accepts: (p) => this.indexer.acceptsOpen(p),
      excludes: (p) => this.indexer.excludes(p),
      textChanged: (p, hadText) => this.textChanged(p, hadText),
      reread: (p) => this.indexer.refresh(p),
      clear: (uri) => this.publisher.clear(uri),
      poolOptions: () => this.indexer.poolOptions,
      log: (m) => connection.console.log(m),
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
    this.indexer.configure(settings);
    // Relative dates are resolved when claims are extracted: a new reference date re-extracts.
    const scope = (s: Settings) => JSON.stringify([s.include, s.exclude, s.filesExclude, s.maxFileSize, s.maxDocumentSize, s.referenceDate ?? '']);
    // The globs, the size limit or crosscheck.languages may have changed: track open buffers to match.
    this.buffers.retrack(this.store.allBuffers(), (old.referenceDate ?? '') !== (settings.referenceDate ?? '') || old.maxFileSize !== settings.maxFileSize);
    if (scope(old) !== scope(settings) || !this.indexer.indexedOnce) void this.indexer.index();
    else this.invalidate();
  }

  setRoots(roots: string[]): void {
    for (const r of this.roots) if (!roots.includes(r)) this.ignores.forgetRoot(r);
    this.roots = roots;
    void this.indexer.index();
  }

  /** Quiet time after an edit (ms), from the `recheckDelay` initialization option; undefined: the defaults. */
  set recheckDelay(ms: number | undefined) {
    this.buffers.recheckDelay = ms;
  }

  get recheckDelay(): number | undefined {
    return this.buffers.recheckDelay;
  }

  // ---- findings ----------------------------------------------------------------------------------

  findings(p: string): Finding[] {
    return this.findingCache.get(p);
  }

  allConflicts(): ConflictGroup[] {
    this.findingCache.spreadAll();
    return conflictGroups(this.engine.paths().sort().flatMap((p) => this.findings(p)), this.settings, this.store);
  }

  /** Everything the conflict count reads besides the findings: the settings and the ignored and checked claims. */
  private countKey(): string {
    return createHash('sha1').update(JSON.stringify(this.settings)).update('\0').update(this.ignores.state()).digest('hex');
  }

  /** Settings, ignores or the set of files changed: drop every finding and republish. */
  invalidate(): void {
    this.findingCache.clear();
    this.publisher.countAtOnce = true;
    this.scheduler.republish();
  }

  /** One document's text changed (already in the engine): recheck what it can affect. */
  private textChanged(p: string, hadText: boolean): void {
    this.findingCache.textChanged(p, hadText);
    this.publisher.countAtOnce = false;
    this.scheduler.republish();
  }

  // ---- ignored claims ----------------------------------------------------------------------------

  /** The saved workspace list, with claims an older client kept. */
  async loadIgnored(fromClient: ClaimRef[]): Promise<void> {
    this.warn(await this.ignores.load(fromClient));
    this.invalidate();
  }

  /** Ignores claims in this workspace or in their folder's .crosscheck.json; an error message if not. */
  async ignore(claims: ClaimRef[], scope: IgnoreScope): Promise<string | undefined> {
    const err = await this.ignores.ignore(claims, scope, this.roots);
    this.invalidate();
    return err;
  }

  async setIgnored(claims: ClaimRef[], ignore: boolean): Promise<void> {
    this.warn(ignore ? await this.ignores.ignore(claims, 'workspace', this.roots) : await this.ignores.unignore(claims));
    this.invalidate();
  }

  /** Records claims as checked, or reopens them, in their folders' .crosscheck.json. */
  async check(params: CheckClaimsParams): Promise<CheckClaimsResult> {
    const result = await this.ignores.check(params.claims, params.checked, this.roots, { note: params.note, right: params.right });
    this.warn(result.error);
    this.invalidate();
    return result;
  }

  /** The disagreement a claim belongs to (its claims), or the claim alone. */
  groupOf(claim: ClaimRef): ClaimRef[] {
    const g = this.allConflicts().find((x) => x.members.some((m) => m.id === claim.id || (m.path === claim.path && m.text === claim.text)));
    return g ? g.members : [claim];
  }

  async clearIgnored(): Promise<void> {
    this.warn(await this.ignores.unignore(this.ignores.list()));
    this.invalidate();
  }

  async reloadIgnoreFile(root: string): Promise<void> {
    await this.loadIgnoreFile(root);
    this.invalidate();
  }

  private async loadIgnoreFile(root: string): Promise<void> {
    this.warn(await this.ignores.loadFile(root));
  }

  private warn(message: string | undefined): void {
    if (message) this.connection.console.warn(message);
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
    await Promise.all([this.indexer.stop(), this.buffers.stop(), this.keeper.shutdown()]);
  }

  log(what: string, e: unknown): void {
    this.connection.console.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
