#!/usr/bin/env node
// Lays out the extension-host suite's workspace (the five seed reports, hostile.md and the bad-input
// inbox of test/host/suite/workspace.js) in a fixed folder, fresh each time, for the
// "Extension Tests" launch configuration of .vscode/launch.json.
//
//   node scripts/host/test-workspace.js [DIR]     (default: .vscode-test/workspace)
const fs = require('fs');
const path = require('path');
const { createWorkspace } = require('../../test/host/suite/workspace');

const ROOT = path.resolve(__dirname, '../..');
const dir = path.resolve(ROOT, process.argv[2] || '.vscode-test/workspace');
const made = createWorkspace();
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.dirname(dir), { recursive: true });
fs.cpSync(made, dir, { recursive: true });
fs.rmSync(made, { recursive: true, force: true });
console.log(`test workspace: ${dir}`);
