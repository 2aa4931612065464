// A language client for tests: the server in this process (startServer on a pair of streams) or
// `crosscheck-ls --stdio` as a child process, driven through the protocol's own connection.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { IdleRequest } from '../../src/protocol';
import type { IdleResult } from '../../src/protocol';
import { startServer } from '../../src/server/server';

export const fileUri = (p: string) => pathToFileURL(p).href;

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly listeners: (() => void)[] = [];
  private version = new Map<string, number>();

  constructor(
    readonly connection: ProtocolConnection,
    private readonly child?: ChildProcess,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const l of [...this.listeners]) l();
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onNotification('crosscheck/status', () => undefined);
    connection.onRequest('window/showMessage', () => null);
    connection.listen();
  }

  /** The server in this process, on in-memory streams. */
  static inProcess(): TestClient {
    const up = new PassThrough();
    const down = new PassThrough();
    startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)));
    return new TestClient(createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up)));
  }

  /** `node bin/crosscheck-ls.js --stdio` (dist/ must be built). */
  static spawned(bin: string): TestClient {
    const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    return new TestClient(createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)), child);
  }

  async initialize(root: string, initializationOptions: unknown, capabilities: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: this.child ? process.pid : null,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: 'ws' }],
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  idle(): Promise<IdleResult> {
    return this.connection.sendRequest(IdleRequest);
  }

  open(uri: string, languageId: string, text: string): Promise<void> {
    this.version.set(uri, 1);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-content change). */
  change(uri: string, text: string): Promise<void> {
    const version = (this.version.get(uri) ?? 1) + 1;
    this.version.set(uri, version);
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves with the first diagnostics for `uri` that `accept` takes, published after this call or already there. */
  diagnosticsFor(uri: string, accept: (d: Diagnostic[]) => boolean, ms = 15000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const d = this.diagnostics.get(uri);
        if (!d || !accept(d)) return false;
        this.listeners.splice(this.listeners.indexOf(check), 1);
        clearTimeout(timer);
        resolve(d);
        return true;
      };
      const timer = setTimeout(() => {
        this.listeners.splice(this.listeners.indexOf(check), 1);
        reject(new Error(`no matching diagnostics for ${uri} within ${ms} ms: ${JSON.stringify(this.diagnostics.get(uri)?.map((d) => d.message))}`));
      }, ms);
      this.listeners.push(check);
      check();
    });
  }

  async close(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    this.connection.dispose();
    this.child?.kill();
  }
}
