// "Crosscheck: Compare all sources": the report of the whole workspace in a webview (one row per
// disagreement, one column per source, a number line per figure), and "Export report" to a
// Markdown or HTML file that the user names. Nothing is written unless the user saves it.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportRequest } from '../protocol';
import type { WorkspaceReport } from '../protocol';
import { reportHtml, reportMarkdown } from '../shared/reportExport';
import { showData } from './webviewData';
import { isRangeLike, reveal } from './reveal';

export interface ReportActions {
  markChecked(claims: unknown): Promise<unknown>;
  reopen(claims: unknown): Promise<unknown>;
}

export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private loaded = false;
  private data: WorkspaceReport | undefined;
  private allowed = new Set<string>();

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private readonly mediaUri: vscode.Uri,
    private readonly actions: ReportActions,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => this.onMessage(m)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) void this.load().catch(() => undefined);
      }),
    );
  }

  static async show(client: LanguageClient, extensionUri: vscode.Uri, actions: ReportActions): Promise<ReportPanel> {
    const existing = ReportPanel.current;
    if (existing) {
      existing.panel.reveal(undefined, false);
      await existing.load();
      return existing;
    }
    const mediaUri = vscode.Uri.joinPath(extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel('crosscheck.report', 'Crosscheck: all sources', { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true,
      localResourceRoots: [mediaUri],
      retainContextWhenHidden: false,
    });
    const view = new ReportPanel(panel, client, mediaUri, actions);
    ReportPanel.current = view;
    await view.load();
    return view;
  }

  static refresh(): void {
    const c = ReportPanel.current;
    if (c?.panel.visible) void c.load().catch(() => undefined);
  }

  /** For tests: the data the panel shows. */
  static currentData(): WorkspaceReport | undefined {
    return ReportPanel.current?.data;
  }

  private async load(): Promise<void> {
    const data = await this.client.sendRequest(ReportRequest);
    this.data = data;
    this.allowed = new Set(data.rows.flatMap((r) => r.cells.flatMap((cs) => (cs ?? []).map((c) => c.uri))));
    this.panel.title = `Crosscheck: all sources (${data.rows.filter((r) => !r.checked).length} open)`;
    this.loaded = await showData(this.panel, this.mediaUri, 'report.js', data, this.loaded, 'Crosscheck: all sources');
  }

  private onMessage(m: unknown): void {
    if (!m || typeof m !== 'object') return;
    const { type, uri, range, row } = m as { type?: unknown; uri?: unknown; range?: unknown; row?: unknown };
    const fail = (e: unknown) => void vscode.window.showErrorMessage(`Crosscheck: ${(e as Error)?.message ?? e}`);
    if (type === 'reveal' && typeof uri === 'string' && this.allowed.has(uri) && isRangeLike(range)) {
      reveal(uri, range, vscode.ViewColumn.One).catch(fail);
    } else if (type === 'export') {
      exportReport(this.client).catch(fail);
    } else if ((type === 'check' || type === 'reopen') && Number.isInteger(row) && this.data?.rows[row as number]) {
      const members = this.data.rows[row as number].members;
      (type === 'check' ? this.actions.markChecked(members) : this.actions.reopen(members)).then(() => this.load()).catch(fail);
    }
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/**
 * Asks where to save the report (or takes `target`), then writes Markdown for a .md name and a
 * standalone HTML page otherwise. Returns the file written, undefined when the user cancelled.
 */
export async function exportReport(client: LanguageClient, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const report = await client.sendRequest(ReportRequest);
  let uri = target;
  if (!uri) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    uri = await vscode.window.showSaveDialog({
      title: 'Export Crosscheck report',
      saveLabel: 'Export',
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'crosscheck-report.html') : undefined,
      filters: { 'HTML page': ['html', 'htm'], Markdown: ['md', 'markdown'] },
    });
    if (!uri) return undefined;
  }
  const markdown = /\.(md|markdown)$/i.test(uri.path);
  const text = markdown ? reportMarkdown(report) : reportHtml(report);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  if (!target) {
    const open = await vscode.window.showInformationMessage(`Crosscheck report saved to ${path.posix.basename(uri.path)}.`, 'Open');
    if (open) await vscode.commands.executeCommand('vscode.open', uri);
  }
  return uri;
}
