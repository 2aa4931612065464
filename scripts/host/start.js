#!/usr/bin/env node
// Opens the project in a real VS Code for a person to try by hand, offline:
//
//   node scripts/host/start.js [folder]       (default: examples/)
//
// Serves VS Code on 127.0.0.1 with this project loaded as the extension under
// development, prints the address to open in a browser, and runs until Ctrl-C.
// CROSSCHECK_HOST_PORT picks the port (default: a free one).
const fs = require('fs');
const path = require('path');
const h = require('./common');

async function main() {
  h.checkInstalled({ browser: false });
  const folder = path.resolve(process.argv[2] || path.join(h.ROOT, 'examples'));
  if (!fs.existsSync(folder)) throw new Error(`folder ${folder} does not exist`);
  const pkg = JSON.parse(fs.readFileSync(path.join(h.ROOT, 'package.json'), 'utf8'));
  const main = pkg.main;
  if (main && !fs.existsSync(path.join(h.ROOT, main))) {
    console.warn(`warning: ${main} is missing, so the extension will not load; run npm run build first`);
  }
  const port = Number(process.env.CROSSCHECK_HOST_PORT) || await h.freePort();
  const runDir = h.makeRunDir();
  // Without this flag the web workbench ignores extensionDevelopmentPath and the extension under
  // development never loads (seen with VS Code 1.139's server); the tests pass it for the same reason.
  const server = h.startServer({ port, runDir, extraArgs: ['--enable-smoke-test-driver'], onOutput: (d) => process.env.CROSSCHECK_HOST_VERBOSE && process.stdout.write(d) });
  const stop = (code) => {
    server.stop();
    try { fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }); } catch { /* tmp */ }
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => stop(0));
  server.child.once('exit', (code, sig) => { console.error(`VS Code server exited (${code ?? sig})`); stop(1); });
  await h.waitForServer(port, server.child, 60000);
  const url = h.workbenchUrl(port, folder, { extensionDevelopmentPath: h.ROOT, skipWelcome: 'true' });
  console.log(`VS Code (with ${pkg.displayName || pkg.name} under development) on ${folder}\n\n  ${url}\n\nCtrl-C to stop.`);
}

main().catch((err) => { console.error(`start: ${err.message}`); process.exit(1); });
