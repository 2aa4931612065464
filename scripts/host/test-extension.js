#!/usr/bin/env node
// Runs the Crosscheck extension-host suite (test/host/suite) in the offline web host.
// Builds nothing: run `node esbuild.config.js` first (dist/ must be current).
//
//   node scripts/host/test-extension.js [--docs] [extra run-tests.js options, e.g. --timeout 300]
//
// Makes a fresh temp workspace (the five seed reports + hostile.md), hashes every file, runs
// run-tests.js with screenshots (into .vscode-test/screenshots, or the README's tracked
// docs/screenshots with --docs: npm run screenshots:docs) and --check-hostile, hashes again and
// fails if the run exited non-zero or changed, added or removed any workspace file.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { createWorkspace, hashTree, diffHashes } = require('../../test/host/suite/workspace');

const ROOT = path.resolve(__dirname, '../..');

async function main() {
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(ROOT, f))) {
      console.error(`test-extension: ${f} missing; build first with: node esbuild.config.js`);
      return 2;
    }
  }
  // Screenshots go to .vscode-test/screenshots (ignored by git); only --docs (npm run
  // screenshots:docs) rewrites the README's tracked docs/screenshots.
  const docs = process.argv.includes('--docs');
  const shots = path.join(ROOT, docs ? 'docs/screenshots' : '.vscode-test/screenshots');
  const t0 = Date.now();
  const ws = await createWorkspace();
  const before = hashTree(ws);
  console.log(`[test-extension] workspace ${ws} (${Object.keys(before).length} files)`);
  const args = [path.join(__dirname, 'run-tests.js'),
    '--extension', ROOT,
    '--tests', path.join(ROOT, 'test/host/suite/runner.js'),
    '--workspace', ws,
    '--screenshots', shots,
    '--check-hostile',
    ...process.argv.slice(2).filter((a) => a !== '--docs')];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: ROOT });
  let code = r.status ?? 1;
  if (r.error) console.error(`[test-extension] could not run run-tests.js: ${r.error.message}`);
  if (r.signal) console.error(`[test-extension] run-tests.js ended by ${r.signal}`);
  const diffs = diffHashes(before, hashTree(ws));
  if (diffs.length) {
    console.error(`[test-extension] FAILED: the run modified the workspace:\n  ${diffs.join('\n  ')}`);
    code = code || 1;
  } else {
    console.log('[test-extension] workspace unchanged (byte for byte)');
  }
  if (code === 0) fs.rmSync(ws, { recursive: true, force: true });
  else console.error(`[test-extension] workspace kept for inspection: ${ws}`);
  console.log(`[test-extension] screenshots in ${path.relative(ROOT, shots)}${docs ? '' : ' (npm run screenshots:docs updates docs/screenshots)'}`);
  console.log(`[test-extension] ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return code;
}

main().then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 1; });
