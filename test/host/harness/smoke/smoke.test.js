// Proves the host is real: VS Code 1.139's API, our extension activated, a
// workspace document opened in an editor, and a screenshot taken of it.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { screenshot } = require('../screenshot');

describe('offline VS Code host', () => {
  it('runs VS Code 1.139', () => {
    assert.match(vscode.version, /^1\.139\./);
  });

  it('activates the extension and runs its command', async () => {
    const ext = vscode.extensions.getExtension('crosscheck.crosscheck-host-smoke');
    assert.ok(ext, 'extension not found');
    await ext.activate();
    assert.strictEqual(await vscode.commands.executeCommand('crosscheckSmoke.hello', 'host'), 'hello host');
  });

  it('opens a workspace document and takes a screenshot', async () => {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'sample.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.match(doc.getText(), /Smoke sample/);
    assert.strictEqual(path.basename(doc.uri.path), 'sample.md');
    // Rejects unless the harness answered 200, i.e. the PNG is written (or
    // the run has no --screenshots dir).
    await screenshot('smoke-editor');
  });
});
