// The language server as an editor sees it: dist/server.js spawned over stdio and driven by a
// minimal LSP client (vscode-languageserver-protocol). Indexes a folder, opens one document, types
// into it and times each didChange → publishDiagnostics; then hovers and the panel; then a second
// server on the same cache folder (a reopened workspace) and how long it takes to be ready.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ConflictsRequest, IdleRequest, type InitializationOptions } from '../src/protocol';

export interface LspFigures {
  /** Spawn → idle with every file indexed (cold: no cache). */
  coldIndexMs: number;
  /** didChange → publishDiagnostics of the edited document, one per edit. */
  editMs: number[];
  hoverMs: number[];
  /** The Conflicts panel's request, after the edits settled. */
  panelMs: number;
  panelGroups: number;
  /** Spawn → idle of a second server on the same cache folder. */
  warmReopenMs: number;
  /** Spawn → the panel's answer on the reopened workspace. */
  warmPanelMs: number;
  peakMb?: number;
}

interface Server {
  child: ChildProcess;
  conn: ProtocolConnection;
  diagnostics: (uri: string) => Promise<PublishDiagnosticsParams>;
  close: () => Promise<void>;
}

const now = () => performance.now();

function vmHwmMb(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function start(serverJs: string, folder: string, cacheDir: string): Promise<Server> {
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  // The server may ask to create progress reports: answered, nothing shown.
  conn.onRequest('window/workDoneProgress/create', () => null);
  const waiting = new Map<string, ((p: PublishDiagnosticsParams) => void)[]>();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const list = waiting.get(p.uri);
    if (!list?.length) return;
    waiting.delete(p.uri);
    for (const w of list) w(p);
  });
  conn.listen();
  const uri = pathToFileURL(folder).href;
  const init: InitializationOptions = { settings: {}, cacheDir, recheckDelay: 0 };
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: path.basename(folder) }],
    capabilities: {},
    initializationOptions: init,
  });
  await conn.sendNotification(InitializedNotification.type, {});
  return {
    child,
    conn,
    diagnostics: (u) =>
      new Promise((resolve) => {
        const list = waiting.get(u) ?? [];
        list.push(resolve);
        waiting.set(u, list);
      }),
    close: async () => {
      try {
        await Promise.race([conn.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 10_000))]);
        await conn.sendNotification(ExitNotification.type);
      } catch {
        // gone already
      }
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const t = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 10_000);
        child.on('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
      conn.dispose();
    },
  };
}

/** Offsets of the digits of figures in a text: where the edits type. */
function digitsIn(text: string): number[] {
  return [...text.matchAll(/\d/g)].map((m) => m.index!).filter((i) => i > 400);
}

function position(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

export async function lspBench(serverJs: string, folder: string, cacheDir: string, edits = 40, log: (s: string) => void = () => undefined): Promise<LspFigures> {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  let t = now();
  const s = await start(serverJs, folder, cacheDir);
  await s.conn.sendRequest(IdleRequest);
  const coldIndexMs = now() - t;
  log(`language server: indexed ${folder} in ${(coldIndexMs / 1000).toFixed(1)} s`);

  // One document open, as in an editor; its first diagnostics, then one edit at a time.
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  const file = path.join(folder, files[Math.floor(files.length / 2)]);
  const uri = pathToFileURL(file).href;
  let text = fs.readFileSync(file, 'utf8');
  let version = 1;
  let published = s.diagnostics(uri);
  await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version, text } });
  await published;
  await s.conn.sendRequest(IdleRequest);
  const spots = digitsIn(text);
  const editMs: number[] = [];
  for (let i = 0; i < edits; i++) {
    const at = spots[(i * 7) % spots.length];
    const digit = String((Number(text[at]) + 1 + (i % 8)) % 10);
    const range = { start: position(text, at), end: position(text, at + 1) };
    text = text.slice(0, at) + digit + text.slice(at + 1);
    version++;
    published = s.diagnostics(uri);
    t = now();
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: digit }] });
    const p = await published;
    editMs.push(now() - t);
    if (p.version !== undefined && p.version !== version) log(`language server: diagnostics for version ${p.version}, expected ${version}`);
    // A moment between keystrokes, as a person types: the server goes on counting the workspace.
    await new Promise((r) => setTimeout(r, 20));
  }
  // Hovers on the document's figures.
  const hoverMs: number[] = [];
  for (const at of spots.slice(0, 20)) {
    t = now();
    await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: position(text, at) });
    hoverMs.push(now() - t);
  }
  await s.conn.sendRequest(IdleRequest);
  t = now();
  const panel = await s.conn.sendRequest(ConflictsRequest);
  const panelMs = now() - t;
  const peakMb = vmHwmMb(s.child.pid);
  // Closed without saving: the document is read from disk again, and the cache the server keeps
  // describes the files as they are.
  await s.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  await s.conn.sendRequest(IdleRequest);
  await s.close();
  log(`language server: ${edits} edits, hovers, panel (${panel.groups.length} groups) done`);

  // The workspace reopened: claims and findings from the cache folder the first server wrote.
  t = now();
  const w = await start(serverJs, folder, cacheDir);
  await w.conn.sendRequest(IdleRequest);
  const warmReopenMs = now() - t;
  await w.conn.sendRequest(ConflictsRequest);
  const warmPanelMs = now() - t;
  await w.close();
  log(`language server: reopened in ${(warmReopenMs / 1000).toFixed(2)} s`);
  return { coldIndexMs, editMs, hoverMs, panelMs, panelGroups: panel.groups.length, warmReopenMs, warmPanelMs, peakMb };
}
