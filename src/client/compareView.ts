// "Crosscheck: Compare sources": a webview listing every claim of a document next to what each
// source says. One panel at a time; it refreshes when the server settles after a change.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRequest, DocumentsRequest, SOURCE_SCHEME } from '../protocol';
import type { CompareResult } from '../protocol';
import { showData } from './webviewData';
import { isRangeLike, reveal } from './reveal';

export class ComparePanel implements vscode.Disposable {
  private static current: ComparePanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** URIs the webview may ask to open: only those we sent it. */
  private allowed = new Set<string>();
  private loaded = false;
  private lastData: CompareResult | undefined;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private readonly mediaUri: vscode.Uri,
    private uris: string[],
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => this.onMessage(m)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) void this.load().catch(() => undefined);
      }),
    );
  }

  static async show(client: LanguageClient, extensionUri: vscode.Uri, uris: string[]): Promise<ComparePanel> {
    const existing = ComparePanel.current;
    if (existing) {
      existing.uris = uris;
      existing.panel.reveal(undefined, true);
      await existing.load();
      return existing;
    }
    const mediaUri = vscode.Uri.joinPath(extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel('crosscheck.compare', 'Crosscheck: Compare sources', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [mediaUri],
    });
    const view = new ComparePanel(panel, client, mediaUri, uris);
    ComparePanel.current = view;
    await view.load();
    return view;
  }

  /** Called when the server settles: keep an open panel current. */
  static refresh(): void {
    const c = ComparePanel.current;
    if (c?.panel.visible) void c.load().catch(() => undefined);
  }

  /** For tests: the data the panel shows. */
  static currentData(): CompareResult | undefined {
    return ComparePanel.current?.lastData;
  }

  private async load(): Promise<void> {
    const data = await this.client.sendRequest(CompareRequest, { uris: this.uris });
    this.lastData = data;
    this.allowed = new Set(data.documents.flatMap((d) => [d.uri, ...d.claims.flatMap((c) => c.sources.map((s) => s.uri))]));
    const names = data.documents.map((d) => d.name).join(', ');
    this.panel.title = names ? `Compare: ${names}` : 'Crosscheck: Compare sources';
    this.loaded = await showData(this.panel, this.mediaUri, 'compare.js', data, this.loaded);
  }

  private onMessage(m: unknown): void {
    if (!m || typeof m !== 'object') return;
    const { type, uri, range } = m as { type?: unknown; uri?: unknown; range?: unknown };
    if (type !== 'reveal' || typeof uri !== 'string' || !this.allowed.has(uri) || !isRangeLike(range)) return;
    reveal(uri, range, vscode.ViewColumn.One).catch((e) => void vscode.window.showErrorMessage(`Crosscheck: could not open ${uri}: ${e}`));
  }

  dispose(): void {
    if (ComparePanel.current === this) ComparePanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The active document, or documents picked from the index when no editor is active. */
export async function chooseDocuments(client: LanguageClient, arg?: unknown): Promise<string[] | undefined> {
  if (arg instanceof vscode.Uri) return [arg.toString()];
  if (typeof arg === 'string') return [arg];
  const active = vscode.window.activeTextEditor?.document;
  if (active && ['file', 'untitled', SOURCE_SCHEME].includes(active.uri.scheme)) return [active.uri.toString()];
  const { documents } = await client.sendRequest(DocumentsRequest);
  if (!documents.length) {
    void vscode.window.showInformationMessage('Crosscheck has no documents to compare yet.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    documents.map((d) => ({ label: d.name, uri: d.uri })),
    { canPickMany: true, title: 'Crosscheck: compare which documents?' },
  );
  return picked?.length ? picked.map((p) => p.uri) : undefined;
}
