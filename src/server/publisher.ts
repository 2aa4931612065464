// The publisher: findings out to the client. Diagnostics for each checked buffer, the status
// (state, counts) as a notification, and the idle answer tests and the client wait on, which
// names a digest of what was last published per URI so they can tell when it has been applied.
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { StatusNotification } from '../protocol';
import type { IdleResult, Settings, StatusParams } from '../protocol';
import { diagnosticsDigest } from '../shared/digest';
import { yieldNow } from '../host/files';
import { conflictCount } from './conflicts';
import { skippedNotice, toDiagnostics } from './diagnostics';
import { uriToPath } from './documents';
import type { DocumentStore } from './documents';
import type { FindingCache } from './findings';

export interface PublisherOptions {
  connection: Connection;
  store: DocumentStore;
  findings: FindingCache;
  settings: () => Settings;
  /** The status as it stands (state, counts); `conflicts` is filled in here. */
  status: () => Omit<StatusParams, 'conflicts'>;
  /** True while the workspace is read: the workspace-wide count waits for the end. */
  indexing: () => boolean;
  /** What the count reads besides the findings (settings, ignored and checked claims), as a key. */
  countKey: () => string;
  log: (what: string, e: unknown) => void;
}

/** Quiet time (ms) after publishing before the workspace's conflicts are counted again. */
const COUNT_DELAY = 150;

export class Publisher {
  /** Conflict groups in the whole workspace, as last counted. */
  private conflicts = 0;
  /** What was last published per URI, so clients can wait until they have applied it. */
  private readonly published = new Map<string, string>();
  private waiters: ((s: IdleResult) => void)[] = [];
  private lastStatusSent = 0;
  /**
   * Set when every finding was dropped for a reason other than typing (indexing ended, settings,
   * ignored claims): the next count need not wait for typing to pause. An edit clears it.
   */
  countAtOnce = false;
  /**
   * The count kept with findings restored from the cache: it stands while every document's
   * findings are the restored ones and the key is the same, so a reopened workspace is ready
   * without reading every finding.
   */
  restoredCount: { key: string; conflicts: number } | undefined;

  constructor(private readonly o: PublisherOptions) {}

  /** One pass: spread changed documents, publish every checked buffer, count the conflicts. */
  async pass(current: () => boolean): Promise<void> {
    const { findings, store } = this.o;
    for (const p of findings.pending()) {
      await yieldNow();
      if (!current()) return;
      findings.spread(p);
    }
    for (const doc of store.trackedBuffers()) {
      await yieldNow();
      if (!current()) return;
      this.publish(doc);
    }
    for (const doc of store.viewBuffers()) this.publishView(doc);
    if (this.o.indexing()) return;
    // The status bar's count covers the whole workspace, one document per turn of the loop, once
    // typing pauses: each keystroke would otherwise re-check every document of the story.
    // Indexing may start while this pass waits or counts: files it adds do not start a new pass
    // (their findings are dropped, not republished), so counting on would compare every document
    // against a half-read workspace, only for the count to be thrown away when indexing ends.
    const stale = () => !current() || this.o.indexing();
    // No one is typing after indexing or a change of settings: the count starts at once.
    const delay = this.countAtOnce ? 0 : COUNT_DELAY;
    this.countAtOnce = false;
    for (let waited = 0; waited < delay; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (stale()) return; // a newer change: its pass starts at once
    }
    const kept = this.restoredCount;
    const paths = store.engine.paths();
    if (kept && paths.length > 0 && kept.key === this.o.countKey() && paths.every((p) => store.engine.isRestored(p))) {
      this.conflicts = kept.conflicts;
      return;
    }
    const seen: Finding[] = [];
    for (const p of paths.sort()) {
      await yieldNow();
      if (stale()) return;
      seen.push(...findings.get(p));
    }
    // Disagreements still to review: checked ones are not counted.
    this.conflicts = conflictCount(seen, this.o.settings(), store);
  }

  publish(doc: TextDocument): void {
    if (!this.o.store.isCurrent(doc)) return; // a newer check is on its way
    try {
      const p = uriToPath(doc.uri);
      const skipped = this.o.store.skipped.get(p);
      const diagnostics = skipped !== undefined ? [skippedNotice(skipped)] : toDiagnostics(this.o.findings.get(p), this.o.settings(), this.o.store);
      this.send(doc.uri, doc.version, diagnostics);
    } catch (e) {
      this.o.log(`diagnostics for ${doc.uri} failed`, e);
    }
  }

  /** A document's extracted text, open in the editor: its diagnostics while it shows the indexed text. */
  publishView(doc: TextDocument): void {
    const p = uriToPath(doc.uri);
    try {
      const current = this.o.store.sourceText(p) === doc.getText();
      this.send(doc.uri, doc.version, current ? toDiagnostics(this.o.findings.get(p), this.o.settings(), this.o.store) : []);
    } catch (e) {
      this.o.log(`diagnostics for ${doc.uri} failed`, e);
    }
  }

  /** Empties a buffer's diagnostics (it closed, or is no longer checked). */
  clear(uri: string): void {
    this.send(uri, undefined, []);
  }

  private send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    this.published.set(uri, diagnosticsDigest(diagnostics));
    void this.o.connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  }

  status(): StatusParams {
    return { ...this.o.status(), conflicts: this.conflicts };
  }

  /** Resolves with the status once everything pending has been published. */
  whenIdle(): Promise<IdleResult> {
    if (this.status().state === 'idle') return Promise.resolve(this.idleResult());
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
    void this.o.connection.sendNotification(StatusNotification, status).catch(() => undefined);
    if (status.state === 'idle') {
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w(this.idleResult());
    }
  }
}
