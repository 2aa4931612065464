#!/usr/bin/env node
// Crosscheck language server for any LSP client (Neovim, Helix, …): speaks LSP over stdio.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const server = path.join(root, 'dist', 'server.js');
if (!fs.existsSync(server)) {
  process.stderr.write(
    `crosscheck-ls: ${server} is missing: the language server has not been built.\n` +
      `Run \`npm run build\` in ${root} (\`npm install\` there builds it too).\n`,
  );
  process.exit(2);
}
if (!process.argv.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
require(server);
