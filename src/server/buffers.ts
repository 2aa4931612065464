// Open buffers into the document store. A buffer is checked when the include globs accept its
// path (whatever language id the editor gives it) or its language is in crosscheck.languages
// (unsaved buffers have no path) and the exclude globs do not leave its path out. It obeys the rules of files on disk: binary content or more
// bytes than crosscheck.maxFileSize, and it is not analysed, not a source, and says why. Small
// edits are checked again after a short pause, large ones after a longer one; a large text is
// read on a worker thread, so the server keeps answering while it is extracted.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadModel, warmUp } from '../engine';
import { ExtractPool } from '../host/extractPool';
import type { ExtractPoolOptions } from '../host/extractPool';
import { textSkipReason } from '../host/files';
import { isDocument } from '../host/formats/kinds';
import { sourcePath } from '../host/formats/sourceUri';
import type { Settings } from '../protocol';
import type { DocumentStore } from './documents';
import { uriToPath } from './documents';
import type { Scheduler } from './scheduler';

/** Pause after a small edit (at most SMALL_EDIT characters more or less, in a text of at most SMALL_TEXT). */
export const QUICK_RECHECK_DELAY = 50;
const SMALL_EDIT = 64;
const SMALL_TEXT = 64 * 1024;
/** Texts at least this long are extracted on a worker thread when opened. */
export const LARGE_TEXT = 256 * 1024;

export interface BufferOptions {
  store: DocumentStore;
  scheduler: Scheduler;
  settings: () => Settings;
  /** True when the include globs accept this path (see Indexer.acceptsOpen). */
  accepts: (p: string) => boolean;
  /** True when the exclude globs leave this path out (see Indexer.excludes). */
  excludes: (p: string) => boolean;
  /** The text of a path changed in the engine (hadText: it held one before). */
  textChanged: (p: string, hadText: boolean) => void;
  /** Gone from the editor: read it from disk again if it belongs. */
  reread: (p: string) => Promise<void>;
  /** Empties a buffer's diagnostics. */
  clear: (uri: string) => void;
  poolOptions: () => ExtractPoolOptions;
  log: (message: string) => void;
}

export class BufferSync {
  private pool: ExtractPool | undefined;
  /** Buffers whose text is being extracted on a worker: uri → version. */
  private readonly extracting = new Map<string, number>();
  /**
   * Quiet time after an edit (ms), from the `recheckDelay` initialization option. Undefined: the
   * scheduler's RECHECK_DELAY, QUICK_RECHECK_DELAY after a small edit; set, it is the pause after any
   * edit (a small one waits at most QUICK_RECHECK_DELAY).
   */
  recheckDelay?: number;

  constructor(private readonly o: BufferOptions) {}

  /** True when this buffer is to be checked: as files on disk are, or by its language unless excluded. */
  wants(doc: TextDocument): boolean {
    const p = uriToPath(doc.uri);
    // A document (a web page or transcript opened as text, say) is read from disk by its reader:
    // its buffer is not the text compared.
    if (isDocument(p)) return false;
    return this.o.accepts(p) || (this.o.settings().languages.includes(doc.languageId) && !this.o.excludes(p));
  }

  opened(doc: TextDocument): void {
    if (sourcePath(doc.uri)) {
      // A document's extracted text (crosscheck-source:): the document's diagnostics go there too.
      this.o.store.trackView(doc);
      return this.o.scheduler.republish();
    }
    if (!this.wants(doc)) return;
    // Edits are read on this thread (indexing extracts on workers): the model is loaded when a
    // document opens, not at its first keystroke.
    loadModel();
    this.o.store.track(doc);
    this.sync(doc);
    // Its readers too, once (see warmUp), after what the opening publishes.
    void this.o.scheduler.run(() => new Promise<void>((resolve) => setImmediate(() => (warmUp(), resolve()))));
  }

  /** Edits wait for a quiet moment; a burst of typing costs one check, not one per keystroke. */
  changed(doc: TextDocument): void {
    if (this.o.store.isView(doc)) return this.o.scheduler.republish(); // the view was refreshed
    const p = uriToPath(doc.uri);
    if (!this.o.store.isOpen(p)) return this.opened(doc);
    const held = this.o.store.engine.text(p);
    const length = doc.getText().length;
    const small = held !== undefined && Math.abs(length - held.length) <= SMALL_EDIT && length <= SMALL_TEXT;
    this.o.scheduler.debounce(
      doc.uri,
      () => {
        const current = this.o.store.bufferAt(doc.uri);
        if (current) this.sync(current);
      },
      small ? Math.min(QUICK_RECHECK_DELAY, this.recheckDelay ?? QUICK_RECHECK_DELAY) : this.recheckDelay,
    );
  }

  /** Brings the engine up to the buffer's version now (hover needs current offsets). */
  sync(doc: TextDocument, force = false): void {
    const { store, scheduler } = this.o;
    scheduler.cancel(doc.uri);
    if ((store.isCurrent(doc) || this.extracting.get(doc.uri) === doc.version) && !force) return;
    this.extracting.delete(doc.uri);
    const p = uriToPath(doc.uri);
    const text = doc.getText();
    const before = store.engine.text(p);
    const skip = textSkipReason(text, this.o.settings().maxFileSize);
    if (skip) {
      store.holdVersion(doc);
      store.touch(p); // a worker's result for an older text is dropped
      store.skip(p, skip);
      if (before !== undefined) this.o.textChanged(p, true);
      else scheduler.republish();
    } else if (before === text && !force) {
      store.holdVersion(doc);
      scheduler.republish(); // opened with the text already indexed: publish what is known
    } else if (text.length >= LARGE_TEXT && (before === undefined || force)) {
      this.extractOffThread(doc, p, text, before !== undefined);
    } else {
      store.holdVersion(doc);
      store.setText(p, text, false, !force);
      this.o.textChanged(p, before !== undefined);
    }
  }

  /** A large text is read on a worker; the result counts only if the buffer is still at this version. */
  private extractOffThread(doc: TextDocument, p: string, text: string, hadText: boolean): void {
    const { store, scheduler } = this.o;
    const stamp = store.touch(p);
    const version = doc.version;
    this.extracting.set(doc.uri, version);
    this.pool ??= new ExtractPool({ size: 1, log: this.o.log, ...this.o.poolOptions() });
    const pool = this.pool;
    void scheduler.run(async () => {
      const claims = await pool.extract(p, text, this.o.settings().referenceDate);
      if (this.extracting.get(doc.uri) !== version || store.stampOf(p) !== stamp) return; // newer text, or closed
      this.extracting.delete(doc.uri);
      if (!this.extracting.size && this.pool === pool) {
        this.pool = undefined;
        void pool.terminate();
      }
      const current = store.bufferAt(doc.uri);
      if (!claims || !current || current.version !== version) return;
      store.holdVersion(current);
      if (store.setClaims(p, claims, text)) this.o.textChanged(p, hadText);
      else scheduler.republish();
    });
  }

  async closed(doc: TextDocument): Promise<void> {
    if (this.o.store.untrackView(doc)) return this.o.clear(doc.uri);
    this.o.scheduler.cancel(doc.uri);
    this.extracting.delete(doc.uri);
    if (!this.o.store.untrack(doc)) return;
    this.o.clear(doc.uri);
    // The buffer may hold unsaved text: go back to what is on disk, if the file belongs here.
    await this.o.reread(uriToPath(doc.uri));
  }

  /** Settings changed: track what is now wanted, let go of the rest, re-read on a new reference date. */
  retrack(docs: TextDocument[], reextract: boolean): void {
    for (const doc of docs) {
      const tracked = this.o.store.tracks(doc);
      const wanted = this.wants(doc);
      if (tracked && wanted && reextract) this.sync(doc, true);
      else if (!tracked && wanted) this.opened(doc);
      else if (tracked && !wanted) void this.closed(doc);
    }
  }

  async stop(): Promise<void> {
    this.extracting.clear();
    const pool = this.pool;
    this.pool = undefined;
    await pool?.terminate();
  }
}
