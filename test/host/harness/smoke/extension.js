// Minimal extension: activation plus one command, so the test can tell that
// our code (not just VS Code) is loaded in the extension host.
const vscode = require('vscode');

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheckSmoke.hello', (name) => `hello ${name || 'world'}`),
  );
};

exports.deactivate = () => {};
