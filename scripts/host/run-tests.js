#!/usr/bin/env node
// Runs an extension's tests in a real VS Code (the server from code-server)
// driven through headless Chromium, fully offline. Install first:
// bash scripts/host/install.sh.
//
//   node scripts/host/run-tests.js --extension DIR --tests RUNNER.js --workspace DIR
//        [--screenshots DIR] [--timeout SEC] [--start-timeout SEC] [--check-hostile]
//
// --check-hostile: after the suite ends (codeAutomationExit) and before the browser closes, fail
// the run if any frame of the page (workbench, webviews) has window.__pwned set or if any
// JavaScript dialog (alert/confirm/prompt) opened during the run.
//
// Exit code: the suite's (VS Code's: 0 when run() resolved), else 1 when the
// host fails, the tests never start, or the run times out; 130 on a signal.
// CROSSCHECK_HOST_VERBOSE=1 prints everything the server and page print.
//
// Screenshots: tests in the extension host cannot reach Playwright, so this
// process serves POST /screenshot?name=X on 127.0.0.1 (random port) and hands
// its URL to the VS Code server as env CROSSCHECK_HOST_SCREENSHOT_URL; the
// server passes its environment on to the extension host it spawns (checked).
// The reply, 200 {"path": ...}, comes after <screenshots>/X.png is written;
// without --screenshots it is 200 {"path": null}. Optional &wait=SELECTOR: first
// wait (up to 15s) until some frame has a visible element matching the selector
// (CSS or Playwright syntax such as :has-text()), so the picture shows what was
// just opened; 500 if none appears. Client: test/host/harness/screenshot.js.
const fs = require('fs');
const path = require('path');
const http = require('http');
const h = require('./common');

const VERBOSE = !!process.env.CROSSCHECK_HOST_VERBOSE;

// Workbench chatter that an offline host always prints. The extension host's
// console reaches the page through the same logger as the workbench's own, so
// we drop known noise rather than keep known lines: unknown output is shown.
const NOISE = [
  /^Failed to load resource/, /^A bad HTTP response code/, /ENOTFOUND|ERR_NAME_NOT_RESOLVED/,
  /^\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)\]/,
  /^(Resolving|Resolved) connection token/, /^Creating a socket/, /^Updating additional builtin extensions cache/,
  /same-origin iframe|allow-scripts and allow-same-origin/, /^Canceled: Canceled/,
];

// Options that take no value.
const FLAGS = ['check-hostile'];

function parseArgs(argv) {
  const opts = { timeout: 600, 'start-timeout': 120 };
  for (let i = 0; i < argv.length; i += 2) {
    if (FLAGS.includes(argv[i].slice(2))) { opts[argv[i].slice(2)] = true; i -= 1; continue; }
    const [k, v] = [argv[i], argv[i + 1]];
    if (!k.startsWith('--') || v === undefined) usage(`bad argument ${k}`);
    opts[k.slice(2)] = v;
  }
  for (const k of ['extension', 'tests', 'workspace']) if (!opts[k]) usage(`missing --${k}`);
  for (const k of ['extension', 'tests', 'workspace', 'screenshots']) if (opts[k]) opts[k] = path.resolve(opts[k]);
  for (const k of ['extension', 'tests', 'workspace']) if (!fs.existsSync(opts[k])) usage(`--${k} ${opts[k]} does not exist`);
  return opts;
}

function usage(msg) {
  console.error(`run-tests: ${msg}\nusage: node scripts/host/run-tests.js --extension DIR --tests RUNNER.js --workspace DIR [--screenshots DIR] [--timeout SEC] [--start-timeout SEC] [--check-hostile]`);
  process.exit(2);
}

const log = (msg) => console.log(`[host] ${msg}`);

// Resolves once some frame (webviews are nested frames) has a visible match for selector.
async function waitForSelector(page, selector, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        const el = await frame.$(selector);
        if (el && await el.isVisible()) return true;
      } catch { /* frame detached or not ready */ }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

// For --check-hostile: frames where the page's hostile document managed to run code.
async function pwnedFrames(page) {
  const bad = [];
  let checked = 0;
  for (const frame of page.frames()) {
    let v;
    try {
      v = await Promise.race([
        frame.evaluate(() => typeof window.__pwned === 'undefined' ? undefined : String(window.__pwned)),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000)),
      ]);
    } catch { continue; } // detached or unresponsive frame
    checked += 1;
    if (v !== undefined) bad.push(`${frame.url().slice(0, 120)} (__pwned=${v})`);
  }
  return { bad, checked };
}

// Harness endpoints for the extension host: /started (from the shim below)
// and /screenshot (from the tests).
function controlServer({ getPage, dir, onStarted }) {
  const srv = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const reply = (code, body) => { res.writeHead(code, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (req.method !== 'POST') return reply(405, { error: 'POST only' });
    if (url.pathname === '/started') { onStarted(); return reply(200, {}); }
    if (url.pathname !== '/screenshot') return reply(404, { error: 'POST /screenshot?name=X' });
    if (!dir) return reply(200, { path: null });
    const name = (url.searchParams.get('name') || 'screenshot').replace(/[^\w.-]+/g, '_').replace(/\.png$/, '');
    try {
      const wait = url.searchParams.get('wait');
      if (wait && !(await waitForSelector(getPage(), wait, 15000))) return reply(500, { error: `nothing matches ${wait}` });
      // Two animation frames: the matched element has been painted, not just attached.
      if (wait) await getPage().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const file = path.join(dir, `${name}.png`);
      fs.mkdirSync(dir, { recursive: true });
      await getPage().screenshot({ path: file });
      log(`screenshot ${file}`);
      reply(200, { path: file });
    } catch (err) {
      reply(500, { error: String(err && err.message) });
    }
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

// VS Code loads extensionTestsPath and awaits run(). We point it at this shim,
// which first tells us the tests have started (the only reliable signal that
// the extension host got that far) and then runs the real runner.
function writeShim(dir, runner, startedUrl) {
  const file = path.join(dir, 'shim-runner.js');
  fs.writeFileSync(file, `const http = require('http');
exports.run = async () => {
  await new Promise((resolve) => http.request(${JSON.stringify(startedUrl)}, { method: 'POST' }, (r) => { r.resume(); r.on('end', resolve); }).on('error', resolve).end());
  return require(${JSON.stringify(runner)}).run();
};
`);
  return file;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  h.checkInstalled();
  const { chromium } = require(path.join(h.HOST_DIR, 'node_modules/playwright-core'));
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
  const runDir = h.makeRunDir();
  let server, browser, control, page, finish, startTimer;
  let done = new Promise((resolve) => { finish = resolve; });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => finish({ code: 130, why: `got ${sig}` }));
  const overall = setTimeout(() => finish({ code: 1, why: `timed out after ${opts.timeout}s` }), opts.timeout * 1000);

  let result;
  try {
    control = await controlServer({
      getPage: () => page,
      dir: opts.screenshots,
      onStarted: () => { clearTimeout(startTimer); log(`tests started after ${secs()}s`); },
    });
    const base = `http://127.0.0.1:${control.address().port}`;
    const port = await h.freePort();
    server = h.startServer({
      port,
      runDir,
      env: { CROSSCHECK_HOST_SCREENSHOT_URL: `${base}/screenshot` },
      // Without the smoke-test driver the web workbench never runs extensionTestsPath.
      extraArgs: ['--enable-smoke-test-driver'],
      onOutput: (d) => { if (VERBOSE) process.stdout.write(`[server] ${d}`); },
    });
    server.child.once('exit', (code, sig) => finish({ code: 1, why: `VS Code server exited (${code ?? sig})` }));
    await Promise.race([h.waitForServer(port, server.child, 60000), done]);

    browser = await h.launchBrowser(chromium);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // VS Code calls this when the extension host ends the test run.
    await page.exposeFunction('codeAutomationExit', (code) => finish({ code: Number(code) || 0 }));
    let lastError;
    page.on('console', (msg) => {
      // The workbench logger styles its lines: "%c INFO" + css + text.
      const text = msg.text().replace(/^%c\s*(\w+)\s+color:\s*#\w+\s?/, '');
      if (!VERBOSE && NOISE.some((re) => re.test(text))) return;
      if (msg.type() !== 'error') return console.log(text);
      // A runner's rejection reaches the page twice (console and log service).
      if (text !== lastError) console.log(`[error] ${text}`);
      lastError = text;
    });
    page.on('pageerror', (err) => log(`page error: ${err.message}`));
    page.on('crash', () => finish({ code: 1, why: 'browser page crashed' }));
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
    if (opts['check-hostile']) {
      const suiteDone = done;
      done = suiteDone.then(async (r) => {
        if (r.why || r.code === 130) return r;
        const { bad, checked } = await pwnedFrames(page);
        const webviews = page.frames().filter((f) => /webview/i.test(f.url())).length;
        log(`hostile check: ${checked}/${page.frames().length} frames checked (${webviews} webview), ${bad.length} with __pwned, ${dialogs.length} dialogs`);
        if (VERBOSE) for (const f of page.frames()) log(`  frame ${f.url().slice(0, 160)}`);
        if (bad.length) return { code: 1, why: `window.__pwned set in ${bad.join(', ')}` };
        if (dialogs.length) return { code: 1, why: `dialogs opened: ${dialogs.join('; ')}` };
        return r;
      });
    }
    log(`VS Code server on port ${port} up after ${secs()}s; opening workbench`);
    startTimer = setTimeout(() => finish({ code: 1, why: `tests did not start within ${opts['start-timeout']}s` }), opts['start-timeout'] * 1000);
    await page.goto(h.workbenchUrl(port, opts.workspace, {
      extensionDevelopmentPath: opts.extension,
      extensionTestsPath: writeShim(runDir, opts.tests, `${base}/started`),
      skipWelcome: 'true',
    }));
    result = await done;
  } catch (err) {
    result = { code: 1, why: (err && err.stack) || String(err) };
  }
  clearTimeout(overall);
  clearTimeout(startTimer);
  if (result.why) log(`FAILED: ${result.why}`);
  log(`exit ${result.code} after ${secs()}s`);
  // Browser first so the workbench does not log reconnect attempts; then the
  // server's whole process group (extension host included).
  if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  if (server) server.stop();
  if (control) control.close();
  try { fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }); } catch { /* tmp */ }
  process.exit(result.code);
}

main();
