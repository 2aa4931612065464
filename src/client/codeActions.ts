// Quick fixes on Crosscheck diagnostics: open each related source, or ignore the claim.
import * as vscode from 'vscode';
import { SOURCE } from '../protocol';
import type { ClaimRef, DiagnosticData } from '../protocol';

/** The claim behind a diagnostic: from `data` (kept by the language client), else from the range. */
export function claimOf(doc: vscode.TextDocument, diag: vscode.Diagnostic): ClaimRef {
  const data = (diag as vscode.Diagnostic & { data?: Partial<DiagnosticData> }).data;
  if (data && typeof data.id === 'string' && typeof data.path === 'string' && typeof data.text === 'string') {
    return { id: data.id, path: data.path, text: data.text };
  }
  const text = doc.getText(diag.range);
  return { id: `${doc.uri.fsPath}:${text}`, path: doc.uri.fsPath, text };
}

export class CrosscheckCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diag of context.diagnostics) {
      if (diag.source !== SOURCE) continue;
      for (const rel of diag.relatedInformation ?? []) {
        const name = vscode.workspace.asRelativePath(rel.location.uri, false);
        const open = new vscode.CodeAction(`Open ${name}:${rel.location.range.start.line + 1}`, vscode.CodeActionKind.QuickFix);
        open.diagnostics = [diag];
        open.command = { command: 'crosscheck.openLocation', title: open.title, arguments: [rel.location.uri.toString(), rel.location.range] };
        actions.push(open);
      }
      const claim = claimOf(doc, diag);
      const ignore = new vscode.CodeAction('Ignore this claim', vscode.CodeActionKind.QuickFix);
      ignore.diagnostics = [diag];
      ignore.command = { command: 'crosscheck.ignoreClaim', title: ignore.title, arguments: [claim, 'workspace'] };
      const ignoreInFile = new vscode.CodeAction('Ignore this claim in .crosscheck.json', vscode.CodeActionKind.QuickFix);
      ignoreInFile.diagnostics = [diag];
      ignoreInFile.command = { command: 'crosscheck.ignoreClaim', title: ignoreInFile.title, arguments: [claim, 'file'] };
      actions.push(ignore, ignoreInFile);
    }
    return actions;
  }
}
