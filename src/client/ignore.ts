// "Ignore this claim": kept in the workspace state, or written to .crosscheck.json when the user
// picks that action. The draft itself is never edited.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IGNORE_FILE, IgnoreClaimRequest } from '../protocol';
import type { ClaimRef } from '../protocol';
import { addIgnoreEntry, entryFor } from '../shared/ignoreFile';

const STATE_KEY = 'crosscheck.ignoredClaims';

export type IgnoreScope = 'workspace' | 'file';

export class Ignores {
  constructor(private readonly state: vscode.Memento) {}

  list(): ClaimRef[] {
    return this.state.get<ClaimRef[]>(STATE_KEY, []);
  }

  async ignore(client: LanguageClient, claim: ClaimRef, scope: IgnoreScope): Promise<void> {
    if (scope === 'file') {
      if (!(await this.writeToFile(claim))) return;
    } else {
      const list = this.list();
      if (!list.some((c) => c.path === claim.path && c.text === claim.text)) await this.state.update(STATE_KEY, [...list, claim]);
    }
    // The server also watches .crosscheck.json; telling it directly makes the change immediate.
    await client.sendRequest(IgnoreClaimRequest, { claims: [claim], ignore: true });
  }

  async clear(client: LanguageClient): Promise<void> {
    const list = this.list();
    await this.state.update(STATE_KEY, []);
    await client.sendRequest(IgnoreClaimRequest, { claims: list, ignore: false });
  }

  private async writeToFile(claim: ClaimRef): Promise<boolean> {
    const claimUri = vscode.Uri.file(claim.path);
    const folder = vscode.workspace.getWorkspaceFolder(claimUri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(`Crosscheck: ${IGNORE_FILE} needs a workspace folder; the claim was not ignored.`);
      return false;
    }
    const file = vscode.Uri.joinPath(folder.uri, IGNORE_FILE);
    let existing: string | undefined;
    try {
      existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      existing = undefined; // no file yet
    }
    let text: string;
    try {
      text = addIgnoreEntry(existing, entryFor(folder.uri.fsPath, claim.path, claim.text));
    } catch (e) {
      void vscode.window.showErrorMessage(`Crosscheck: ${IGNORE_FILE} is not valid JSON (${(e as Error).message}); it was left as it is.`);
      return false;
    }
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    return true;
  }
}
