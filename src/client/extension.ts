// Crosscheck's VS Code side: a thin shell over the language server. It starts the server and
// shows what the server finds: panel, status bar, compare view, quick fixes.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IdleRequest, StatusNotification } from '../protocol';
import type { CompareResult, StatusParams } from '../protocol';
import { diagnosticsDigest } from '../shared/digest';
import { createClient } from './client';
import { ComparePanel, chooseDocuments } from './compareView';
import { ConflictsTree, pickGroupBy, pickSeverity } from './conflictsTree';
import type { GroupBy } from './conflictsTree';
import { openExamples } from './examples';
import { IgnoredState } from './ignoredState';
import { ReportPanel, exportReport } from './reportView';
import type { WorkspaceReport } from '../protocol';
import { Review } from './review';
import { isRangeLike, reveal } from './reveal';
import { readSettings } from './settings';
import { SourceTextProvider } from './sourceView';
import { StatusBar } from './statusBar';

/** What activate() returns: lets extension-host tests read the panel and wait for results. */
export interface CrosscheckApi {
  client: LanguageClient;
  conflictsTree: ConflictsTree;
  /** Resolves once the server has indexed, checked, and its diagnostics are applied here. */
  whenIdle(): Promise<void>;
  lastStatus(): StatusParams | undefined;
  compareData(): CompareResult | undefined;
  /** The review flow (Next/Previous disagreement, Mark as checked, Reopen). */
  review: Review;
  reportData(): WorkspaceReport | undefined;
}

const GROUP_BY_KEY = 'crosscheck.groupBy';
const WALKTHROUGH = 'crosscheck.crosscheck#crosscheck.review';

let client: LanguageClient | undefined;

const key = (uri: string) => vscode.Uri.parse(uri).toString();

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const settings = readSettings();
  const ignored = new IgnoredState(context.workspaceState);

  // Diagnostics the client has applied, by URI, to compare with what the server says it published.
  const applied = new Map<string, string>();
  const appliedEvent = new vscode.EventEmitter<void>();
  const { client: c, hasStorage } = createClient(context, settings, ignored, {
    diagnosticsApplied(uri, diagnostics) {
      applied.set(uri.toString(), diagnosticsDigest(diagnostics));
      appliedEvent.fire();
    },
  });
  client = c;

  const tree = new ConflictsTree(c);
  tree.groupBy = context.workspaceState.get<GroupBy>(GROUP_BY_KEY, 'subject');
  void vscode.commands.executeCommand('setContext', 'crosscheck.groupBy', tree.groupBy);
  const view = vscode.window.createTreeView('crosscheck.conflicts', { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(view);
  const review = new Review(c, tree, () => whenIdle());
  const status = new StatusBar();
  // The client starts below; the provider waits for it before asking the server for text.
  let markStarted: () => void = () => undefined;
  const sources = SourceTextProvider.register(c, new Promise<void>((resolve) => (markStarted = resolve)));
  let last: StatusParams | undefined;
  let refreshedGeneration = -1;

  c.onNotification(StatusNotification, (s) => {
    last = s;
    status.update(s);
    if (s.state === 'idle') {
      void vscode.commands.executeCommand('setContext', 'crosscheck.ready', true);
      // A folder without a single source gets the welcome view that explains what to add.
      void vscode.commands.executeCommand('setContext', 'crosscheck.noSources', s.documents === 0);
    }
    if (s.state === 'idle' && s.generation !== refreshedGeneration) {
      refreshedGeneration = s.generation;
      tree.refresh().catch((e) => c.warn('refreshing the conflicts panel failed', e));
      ComparePanel.refresh();
      ReportPanel.refresh();
      sources.refresh();
    }
  });
  context.subscriptions.push(
    c.onDidChangeState((e) => {
      if (e.newState === State.Running) refreshedGeneration = -1; // a restarted server counts from zero
    }),
  );

  // Commands answer what they did (tests and the walkthrough read it); errors become a message.
  const run = (fn: (...args: any[]) => unknown) => async (...args: any[]) => {
    try {
      return await fn(...args);
    } catch (e) {
      void vscode.window.showErrorMessage(`Crosscheck: ${(e as Error)?.message ?? e}`);
      return undefined;
    }
  };

  context.subscriptions.push(
    view,
    tree,
    review,
    status,
    sources,
    sources.registration,
    appliedEvent,
    vscode.commands.registerCommand('crosscheck.refresh', run(() => tree.refresh())),
    vscode.commands.registerCommand(
      'crosscheck.filterSeverity',
      run(async () => {
        const min = await pickSeverity(tree.minSeverity);
        if (min) tree.setFilter(min);
      }),
    ),
    vscode.commands.registerCommand(
      'crosscheck.groupBy',
      run(async (by?: unknown) => {
        const picked = by === 'subject' || by === 'document' ? by : await pickGroupBy(tree.groupBy);
        if (!picked) return;
        tree.setGroupBy(picked);
        await context.workspaceState.update(GROUP_BY_KEY, picked);
      }),
    ),
    vscode.commands.registerCommand('crosscheck.nextDisagreement', run(() => review.step(1))),
    vscode.commands.registerCommand('crosscheck.previousDisagreement', run(() => review.step(-1))),
    // Run by the panel's items, the code actions (with the claims) and the palette; tests and the
    // walkthrough may give the answers ({ right, note }) instead of being asked.
    vscode.commands.registerCommand('crosscheck.markChecked', (arg?: unknown, options?: { right?: string | null; note?: string }) =>
      review.markChecked(arg, options).catch((e) => void vscode.window.showErrorMessage(`Crosscheck: ${(e as Error)?.message ?? e}`)),
    ),
    vscode.commands.registerCommand('crosscheck.reopen', (arg?: unknown) => review.reopen(arg).catch((e) => void vscode.window.showErrorMessage(`Crosscheck: ${(e as Error)?.message ?? e}`))),
    vscode.commands.registerCommand(
      'crosscheck.compareAll',
      run(() => ReportPanel.show(c, context.extensionUri, { markChecked: (m) => review.markChecked(m), reopen: (m) => review.reopen(m) })),
    ),
    // A target Uri (tests, scripts) skips the save dialog.
    vscode.commands.registerCommand('crosscheck.exportReport', (target?: unknown) =>
      exportReport(c, target instanceof vscode.Uri ? target : undefined).catch((e) => {
        void vscode.window.showErrorMessage(`Crosscheck: the report could not be saved: ${(e as Error)?.message ?? e}`);
        return undefined;
      }),
    ),
    vscode.commands.registerCommand('crosscheck.openExamples', (options?: { open?: boolean }) => openExamples(context, options?.open !== false)),
    vscode.commands.registerCommand('crosscheck.walkthrough', run(() => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false))),
    vscode.commands.registerCommand(
      'crosscheck.compareSources',
      run(async (arg?: unknown) => {
        const uris = await chooseDocuments(c, arg);
        if (uris) await ComparePanel.show(c, context.extensionUri, uris);
      }),
    ),
    vscode.commands.registerCommand(
      'crosscheck.openLocation',
      run(async (uri: unknown, range: unknown) => {
        if ((typeof uri === 'string' || uri instanceof vscode.Uri) && isRangeLike(range)) await reveal(uri, range);
      }),
    ),
    // crosscheck.ignoreClaim and crosscheck.clearIgnored are the server's (workspace/executeCommand),
    // and so are the code actions: the language client registers them.
    vscode.commands.registerCommand('crosscheck.restartServer', run(() => c.restart())),
  );

  const started = c.start();
  started.then(markStarted, () => undefined);
  started.then(
    () => (hasStorage ? ignored.handedOver() : undefined),
    (e) => void vscode.window.showErrorMessage(`Crosscheck could not start its server: ${(e as Error)?.message ?? e}`),
  );

  async function whenIdle(): Promise<void> {
    await started;
    const idle = await c.sendRequest(IdleRequest);
    const pending = () => Object.entries(idle.published).filter(([uri, digest]) => applied.get(key(uri)) !== digest);
    if (pending().length) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          sub.dispose();
          reject(new Error(`Crosscheck diagnostics not applied for ${pending().map(([u]) => u).join(', ')}`));
        }, 20_000);
        const sub = appliedEvent.event(() => {
          if (pending().length) return;
          clearTimeout(timer);
          sub.dispose();
          resolve();
        });
      });
    }
    await tree.refresh();
  }

  return {
    client: c,
    conflictsTree: tree,
    whenIdle,
    lastStatus: () => last,
    compareData: () => ComparePanel.currentData(),
    review,
    reportData: () => ReportPanel.currentData(),
  };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
