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
import { ConflictsTree, pickSeverity } from './conflictsTree';
import { IgnoredState } from './ignoredState';
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
}

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
  const view = vscode.window.createTreeView('crosscheck.conflicts', { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(view);
  const status = new StatusBar();
  // The client starts below; the provider waits for it before asking the server for text.
  let markStarted: () => void = () => undefined;
  const sources = SourceTextProvider.register(c, new Promise<void>((resolve) => (markStarted = resolve)));
  let last: StatusParams | undefined;
  let refreshedGeneration = -1;

  c.onNotification(StatusNotification, (s) => {
    last = s;
    status.update(s);
    if (s.state === 'idle') void vscode.commands.executeCommand('setContext', 'crosscheck.ready', true);
    if (s.state === 'idle' && s.generation !== refreshedGeneration) {
      refreshedGeneration = s.generation;
      tree.refresh().catch((e) => c.warn('refreshing the conflicts panel failed', e));
      ComparePanel.refresh();
      sources.refresh();
    }
  });
  context.subscriptions.push(
    c.onDidChangeState((e) => {
      if (e.newState === State.Running) refreshedGeneration = -1; // a restarted server counts from zero
    }),
  );

  const run = (fn: (...args: any[]) => unknown) => async (...args: any[]) => {
    try {
      await fn(...args);
    } catch (e) {
      void vscode.window.showErrorMessage(`Crosscheck: ${(e as Error)?.message ?? e}`);
    }
  };

  context.subscriptions.push(
    view,
    tree,
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
  };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
