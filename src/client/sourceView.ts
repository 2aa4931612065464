// PDFs, Word files, web pages and transcripts open as the text Crosscheck extracted from them:
// read-only documents under the crosscheck-source: scheme, filled by the server (which holds the
// very text every range refers to). Refreshed when the server has re-read files.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SOURCE_SCHEME, SourceTextRequest } from '../protocol';

export class SourceTextProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly client: LanguageClient,
    private readonly started: Promise<void>,
  ) {}

  static register(client: LanguageClient, started: Promise<void>): SourceTextProvider & { registration: vscode.Disposable } {
    const provider = new SourceTextProvider(client, started);
    return Object.assign(provider, { registration: vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider) });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    await this.started;
    const result = await this.client.sendRequest(SourceTextRequest, { uri: uri.toString() });
    return result?.text ?? `Crosscheck has no text for ${uri.path.split('/').pop()}: it is not read (see Skipped files in the Crosscheck panel) or not yet indexed.\n`;
  }

  /** The server re-read files: open extracts are fetched again. */
  refresh(): void {
    for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === SOURCE_SCHEME) this.changed.fire(doc.uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
