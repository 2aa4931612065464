// Plain Node (no vscode): builds the throwaway workspace the host suite runs in, and hashes it so
// the launchers can prove the run changed nothing on disk. Used by scripts/host/test-extension.js
// and test/host/desktop.js.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const SEEDS = process.env.CROSSCHECK_SEEDS || '/work/shared/corpus/seeds';

// Hostile document: markup and link schemes that must never execute or become live, plus a figure
// ("some 15,000 troops") so it takes part in comparisons.
const HOSTILE = `# Hostile sources note

South Korea believes the North has sent some 15,000 troops to aid Russia's war.

<script>window.__pwned=1</script>

<img src=x onerror="window.__pwned=1">

[click](command:workbench.action.quit) and [js](javascript:alert(1))
`;

function createWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ws-'));
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  if (seeds.length !== 5) throw new Error(`expected 5 seed reports in ${SEEDS}, found ${seeds.length}`);
  for (const f of seeds) {
    fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
    fs.chmodSync(path.join(dir, f), 0o644); // the seed dir is read-only; a workspace is not
  }
  fs.writeFileSync(path.join(dir, 'hostile.md'), HOSTILE);
  return dir;
}

/** path -> sha256 of every file under dir (new, removed and changed files all show up). */
function hashTree(dir) {
  const out = {};
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Human-readable differences between two hashTree() results; empty when identical. */
function diffHashes(before, after) {
  const diffs = [];
  for (const k of Object.keys(before)) {
    if (!(k in after)) diffs.push(`removed ${k}`);
    else if (before[k] !== after[k]) diffs.push(`changed ${k}`);
  }
  for (const k of Object.keys(after)) if (!(k in before)) diffs.push(`added ${k}`);
  return diffs;
}

module.exports = { createWorkspace, hashTree, diffHashes, HOSTILE };
