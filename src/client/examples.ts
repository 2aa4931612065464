// "Open the examples" (the walkthrough's first step): the examples that ship with the extension,
// copied to the extension's global storage (never written to a workspace), opened in a new window.
import * as vscode from 'vscode';

/** Copies the bundled examples (once) and opens them; returns their folder. `open` false: copy only (tests). */
export async function openExamples(context: vscode.ExtensionContext, open = true): Promise<vscode.Uri> {
  const from = vscode.Uri.joinPath(context.extensionUri, 'examples');
  const to = vscode.Uri.joinPath(context.globalStorageUri, 'examples');
  await vscode.workspace.fs.createDirectory(to);
  for (const [name, type] of await vscode.workspace.fs.readDirectory(from)) {
    if (type !== vscode.FileType.File) continue;
    const target = vscode.Uri.joinPath(to, name);
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (!exists) await vscode.workspace.fs.copy(vscode.Uri.joinPath(from, name), target);
  }
  if (open) await vscode.commands.executeCommand('vscode.openFolder', to, { forceNewWindow: true });
  return to;
}
