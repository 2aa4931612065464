// The language server's LSP side: wires the messages of one connection to a Checker. Every
// handler is guarded so bad input is logged, not fatal. main.ts gives it stdio or IPC; tests give
// it an in-process connection.
import * as path from 'path';
import {
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  CodeActionKind,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { Connection, Disposable, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Commands, IGNORE_FILE } from '../protocol';
import type { InitializationOptions, Settings } from '../protocol';
import { normalizeSettings } from '../shared/settings';
import { Checker, uriToPath } from './checker';
import type { Progress } from './checker';
import { registerRequests } from './requests';
import { defaultCacheDir } from '../host/indexCache';
import { defaultVectorsFile, loadVectors } from '../host/vectors';

export function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** Serves one connection; returns the checker once initialised (for tests). */
export function startServer(connection: Connection): { checker: () => Checker | undefined } {
  const documents = new TextDocuments(TextDocument);
  let checker: Checker | undefined;
  const caps = { configuration: false, watchers: false, folders: false };
  let watcherRegistration: Disposable | undefined;
  /** Settings sent with initialize, for clients that cannot be asked (no workspace/configuration). */
  let initialSettings: unknown;
  /** How a source is opened from a code action: by the client itself, by window/showDocument, or not at all. */
  let opens: 'client' | 'server' | undefined;

  /** Request handler that answers an error instead of throwing. */
  function request<P extends unknown[], R>(name: string, fn: (...args: P) => R | Promise<R>) {
    return async (...args: P): Promise<R | ResponseError<void>> => {
      try {
        if (!checker) return new ResponseError(ErrorCodes.ServerNotInitialized, 'Crosscheck is not initialised yet');
        return await fn(...args);
      } catch (e) {
        connection.console.error(`${name} failed: ${describe(e)}`);
        return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${(e as Error)?.message ?? e}`);
      }
    };
  }

  /** Notification handler that logs instead of throwing. */
  function notification<P extends unknown[]>(name: string, fn: (c: Checker, ...args: P) => void | Promise<void>) {
    return (...args: P): void => {
      if (!checker) return;
      const c = checker;
      c.run(() => fn(c, ...args)).catch((e) => connection.console.error(`${name} failed: ${describe(e)}`));
    };
  }

  async function createProgress(): Promise<Progress> {
    try {
      // Falls back to a silent reporter when the client does not support window/workDoneProgress.
      const reporter = await connection.window.createWorkDoneProgress();
      // One report per percent, not one per file: a thousand files would be a thousand messages.
      let last = -1;
      return {
        begin: (title, message) => reporter.begin(title, 0, message, false),
        report: (pct, message) => {
          if (pct === last) return;
          last = pct;
          reporter.report(pct, message);
        },
        done: () => reporter.done(),
      };
    } catch {
      return { begin() {}, report() {}, done() {} };
    }
  }

  async function readSettings(pushed?: unknown): Promise<Settings> {
    if (caps.configuration) {
      const [section, filesExclude] = await connection.workspace.getConfiguration([{ section: 'crosscheck' }, { section: 'files.exclude' }]);
      return normalizeSettings({ crosscheck: section }, filesExclude);
    }
    return normalizeSettings(pushed);
  }

  /** Asks the client to tell us about file changes matching the include globs (and ignore files). */
  async function registerWatchers(settings: Settings): Promise<void> {
    if (!caps.watchers) return;
    const old = watcherRegistration;
    watcherRegistration = undefined;
    old?.dispose();
    const watchers = [...settings.include, `**/${IGNORE_FILE}`].map((globPattern) => ({ globPattern }));
    watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  }

  connection.onInitialize((params): InitializeResult => {
    const c = params.capabilities;
    caps.configuration = !!c.workspace?.configuration;
    caps.watchers = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    caps.folders = !!c.workspace?.workspaceFolders;
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    const vectors = loadVectors(defaultVectorsFile());
    if (!vectors) connection.console.warn('word vectors unavailable (no vectors.bin beside the server): matching by words only');
    checker = new Checker(connection, documents, { log: (m) => connection.console.log(m), vectors }, createProgress);
    // Standalone without folders (an editor opened on single files): only open buffers are checked.
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    checker.roots = folders.map((f) => uriToPath(f.uri)).filter((p) => path.isAbsolute(p));
    // The client names the workspace's storage; a standalone server keeps the cache under ~/.cache.
    checker.cacheDir = typeof init.cacheDir === 'string' && path.isAbsolute(init.cacheDir) ? init.cacheDir : defaultCacheDir(checker.roots);
    initialSettings = init.settings;
    checker.settings = normalizeSettings(init.settings);
    // A client that shows crosscheck-source: documents (VS Code's) opens a PDF's places there.
    checker.store.sourceViews = init.sourceViews === true;
    checker.indexer.configure(checker.settings);
    // Ignored claims live beside the cache; those an older client kept are taken over.
    checker.ignores.dir = checker.keeper.dir;
    const ignored = Array.isArray(init.ignored) ? init.ignored : [];
    void checker.run(() => checker!.loadIgnored(ignored));
    if (typeof init.recheckDelay === 'number' && init.recheckDelay >= 0) checker.recheckDelay = init.recheckDelay;
    const clientCommands = Array.isArray(init.clientCommands) ? init.clientCommands : [];
    opens = clientCommands.includes(Commands.openLocation) ? 'client' : c.window?.showDocument?.support ? 'server' : undefined;
    const commands = [Commands.ignoreClaim, Commands.clearIgnored, Commands.openLocation, Commands.markChecked, Commands.reopen].filter((cmd) => !clientCommands.includes(cmd));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'crosscheck-ls' },
    };
  });

  connection.onInitialized(
    notification('initialized', async (c) => {
      const settings = await readSettings(initialSettings);
      c.applySettings(settings);
      await registerWatchers(settings);
      if (caps.folders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          notification('workspaceFolders', (c2, e) => {
            const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
            c2.setRoots([...c2.roots.filter((r) => !removed.has(r)), ...e.added.map((f) => uriToPath(f.uri))]);
          }),
        );
      }
    }),
  );

  connection.onDidChangeConfiguration(
    notification('didChangeConfiguration', async (c, params) => {
      const settings = await readSettings(params.settings);
      const watchersChanged = JSON.stringify(settings.include) !== JSON.stringify(c.settings.include);
      c.applySettings(settings);
      if (watchersChanged) await registerWatchers(settings);
    }),
  );

  documents.onDidOpen(notification('didOpen', (c, e) => c.buffers.opened(e.document)));
  documents.onDidChangeContent(notification('didChange', (c, e) => c.buffers.changed(e.document)));
  documents.onDidClose(notification('didClose', (c, e) => c.buffers.closed(e.document)));

  connection.onDidChangeWatchedFiles(
    notification('didChangeWatchedFiles', async (c, { changes }) => {
      for (const change of changes) {
        const p = uriToPath(change.uri);
        if (!path.isAbsolute(p)) continue;
        if (path.basename(p) === IGNORE_FILE) {
          const root = path.dirname(p);
          if (c.roots.includes(root)) await c.reloadIgnoreFile(root);
          continue;
        }
        if (change.type === FileChangeType.Deleted) c.indexer.removeUnder(p);
        // Each changed file rechecks what it can affect (see FindingCache.textChanged).
        await c.indexer.refresh(p, change.type === FileChangeType.Deleted);
      }
    }),
  );

  registerRequests(connection, documents, request, () => checker!, () => opens);

  // Workers end and the index cache is written before the client lets the process go.
  connection.onShutdown(async () => {
    try {
      await checker?.shutdown();
    } catch (e) {
      connection.console.error(`shutdown failed: ${describe(e)}`);
    }
  });

  documents.listen(connection);
  connection.listen();
  return { checker: () => checker };
}
