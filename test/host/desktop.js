#!/usr/bin/env node
// Runs the same extension-host suite (test/host/suite) on desktop VS Code through
// @vscode/test-electron, which downloads VS Code into .vscode-test/ on first use (needs network).
// Builds nothing: run `node esbuild.config.js` first.
//
//   npm run test:desktop      (= node test/host/desktop.js)
//
// Same workspace as the web run (seed reports + hostile.md in a fresh temp folder), same
// byte-for-byte check afterwards. Screenshots and --check-hostile are web-host only: the suite's
// screenshot() does nothing without the web harness. CROSSCHECK_VSCODE_VERSION picks the VS Code
// version (default 'stable').
const fs = require('fs');
const path = require('path');
const { runTests } = require('@vscode/test-electron');
const { createWorkspace, hashTree, diffHashes } = require('./suite/workspace');

const ROOT = path.resolve(__dirname, '../..');

async function main() {
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} missing; build first with: node esbuild.config.js`);
  }
  const ws = await createWorkspace();
  const before = hashTree(ws);
  let code = 0;
  try {
    await runTests({
      version: process.env.CROSSCHECK_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite/runner.js'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (err) {
    console.error(`[desktop] tests failed: ${(err && err.message) || err}`);
    code = 1;
  }
  const diffs = diffHashes(before, hashTree(ws));
  if (diffs.length) {
    console.error(`[desktop] FAILED: the run modified the workspace:\n  ${diffs.join('\n  ')}`);
    code = 1;
  }
  if (code === 0) fs.rmSync(ws, { recursive: true, force: true });
  else console.error(`[desktop] workspace kept for inspection: ${ws}`);
  return code;
}

main().then((code) => { process.exitCode = code; }, (err) => { console.error(err); process.exitCode = 1; });
