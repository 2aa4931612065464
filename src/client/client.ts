// Starts the language server (dist/server.js over IPC) and keeps it running: a crash restarts it
// with a notice, never taking the extension host down with it.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { CloseHandlerResult, ErrorHandler, ErrorHandlerResult, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { Commands } from '../protocol';
import type { InitializationOptions, Settings } from '../protocol';
import type { IgnoredState } from './ignoredState';
import { documentSelector, rawSettings } from './settings';

const MAX_RESTARTS = 5;
const RESTART_WINDOW = 3 * 60 * 1000;

class RestartingErrorHandler implements ErrorHandler {
  private restarts: number[] = [];

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.restarts = [...this.restarts.filter((t) => now - t < RESTART_WINDOW), now];
    if (this.restarts.length > MAX_RESTARTS) {
      return { action: CloseAction.DoNotRestart, message: `The Crosscheck server stopped ${MAX_RESTARTS} times in 3 minutes and will not be restarted. See the Crosscheck output for details.` };
    }
    void vscode.window.showWarningMessage('The Crosscheck server stopped unexpectedly and is being restarted.');
    return { action: CloseAction.Restart, handled: true };
  }
}

export interface ClientHooks {
  /** Called after the client has applied diagnostics for a URI (see shared/digest.ts). */
  diagnosticsApplied(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void;
}

export function createClient(context: vscode.ExtensionContext, settings: Settings, ignored: IgnoredState, hooks: ClientHooks): { client: LanguageClient; hasStorage: boolean } {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const cacheDir = workspaceCacheDir(context);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(settings),
    // Pushed on change as well; the server prefers pulling them with workspace/configuration.
    synchronize: { configurationSection: ['crosscheck', 'files.exclude'] },
    // The server keeps ignored claims (and offers the code actions); this client opens locations
    // itself, and asks for a note and the right source before marking a disagreement as checked.
    initializationOptions: (): InitializationOptions => ({ settings: rawSettings(), ignored: ignored.list(), cacheDir, clientCommands: [Commands.openLocation, Commands.markChecked, Commands.reopen], sourceViews: true }),
    diagnosticCollectionName: 'crosscheck',
    // Hover links to a PDF's or transcript's extracted text run our open command, and no other.
    markdown: { isTrusted: { enabledCommands: [Commands.openLocation] } },
    errorHandler: new RestartingErrorHandler(),
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        next(uri, diagnostics);
        hooks.diagnosticsApplied(uri, diagnostics);
      },
    },
  };
  return { client: new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions), hasStorage: cacheDir !== undefined };
}

/** The workspace's storage folder, where the server keeps its index cache (none without a folder). */
function workspaceCacheDir(context: vscode.ExtensionContext): string | undefined {
  const dir = context.storageUri?.scheme === 'file' ? context.storageUri.fsPath : undefined;
  if (!dir) return undefined;
  try {
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return undefined; // no cache: the server indexes from scratch each time
  }
}
