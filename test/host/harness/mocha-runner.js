// Runs mocha inside the extension host. VS Code calls the module named by
// extensionTestsPath and exits with 0/1 depending on whether run() resolves.
//
// Mocha comes from the project's own node_modules (the host has no copy).
// Results go through console.log, which the extension host forwards to the
// workbench, where run-tests.js picks them up; the closing
// "N passed, N failed" line is the plain summary CI reads.
const path = require('path');

const ROOT = path.resolve(__dirname, '../../..');

function runMocha(files, options = {}) {
  const mod = require(path.join(ROOT, 'node_modules', 'mocha'));
  const Mocha = mod.default || mod.Mocha || mod;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, ...options });
  // The spec reporter writes some lines with process.stdout.write, which the
  // extension host does not forward; console.log keeps every line visible.
  mocha.reporter(class extends Mocha.reporters.Base {
    constructor(runner, opts) {
      super(runner, opts);
      const t = (test) => test.fullTitle();
      runner.on('pass', (test) => console.log(`  ok   ${t(test)} (${test.duration}ms)`));
      runner.on('pending', (test) => console.log(`  skip ${t(test)}`));
      runner.on('fail', (test, err) => console.log(`  FAIL ${t(test)}\n${(err && err.stack) || err}`));
      runner.once('end', () => {
        const s = this.stats;
        console.log(`${s.passes} passed, ${s.failures} failed` + (s.pending ? `, ${s.pending} skipped` : ''));
      });
    }
  });
  for (const f of files) mocha.addFile(f);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}

module.exports = { runMocha };
