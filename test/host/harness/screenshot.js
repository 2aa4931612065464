// In-host side of the screenshot channel (see scripts/host/run-tests.js).
//
// Tests run in VS Code's extension host and cannot reach Playwright, which
// lives in the harness process. The harness therefore serves
// POST /screenshot?name=X on 127.0.0.1 and puts its URL in
// CROSSCHECK_HOST_SCREENSHOT_URL on the VS Code server it spawns; the server
// passes its environment on to the extension host, so tests read it here.
// The reply arrives only after the PNG is on disk, so a test can take a
// picture at a precise moment. Outside the harness the variable is unset and
// this resolves to null, so the same tests still run anywhere.
const http = require('http');

function screenshot(name) {
  const base = process.env.CROSSCHECK_HOST_SCREENSHOT_URL;
  if (!base) return Promise.resolve(null);
  const url = new URL(base);
  url.searchParams.set('name', String(name));
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', timeout: 60000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`screenshot ${name}: HTTP ${res.statusCode} ${body}`));
        resolve(JSON.parse(body).path || null);
      });
    });
    req.on('timeout', () => req.destroy(new Error(`screenshot ${name}: timed out`)));
    req.on('error', reject);
    req.end();
  });
}

module.exports = { screenshot };
