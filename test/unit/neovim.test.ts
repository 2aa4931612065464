// Crosscheck in Debian's Neovim (0.7, headless), set up with the README's snippet
// (docs/editors/neovim-0.7.lua) and `crosscheck-ls` found on the PATH, on a folder of two seed
// reports that disagree. Needs `nvim` (scripts/install-neovim.sh, which `npm test` runs) and a
// built dist/ (`npm run build`): without them this test fails, it is never skipped.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const SEEDS = path.join(ROOT, '../shared/corpus/seeds');
const FILES = ['000_d68872375e6c7ec2.txt', '003_840ff912861451bc.txt'];

/** nvim on the PATH, or $CROSSCHECK_NVIM. */
function findNvim(): string | undefined {
  if (process.env.CROSSCHECK_NVIM) return process.env.CROSSCHECK_NVIM;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'nvim');
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

describe('Neovim (headless) with crosscheck-ls', function () {
  this.timeout(120000);

  it('shows diagnostics on a .txt, hovers, offers and runs code actions, and follows an edit', () => {
    const nvim = findNvim();
    assert.ok(nvim, 'nvim not found: run `bash scripts/install-neovim.sh` (apt-get install neovim), or set CROSSCHECK_NVIM');
    assert.ok(fs.existsSync(path.join(ROOT, 'dist/server.js')), 'dist/server.js missing: npm run build');
    const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-nvim-'));
    try {
      const ws = path.join(tmp, 'ws');
      const bin = path.join(tmp, 'bin');
      fs.mkdirSync(ws);
      fs.mkdirSync(bin);
      for (const f of FILES) fs.writeFileSync(path.join(ws, f), fs.readFileSync(path.join(SEEDS, f)));
      // As after `npm link` or `npm install -g`: crosscheck-ls on the PATH.
      fs.symlinkSync(path.join(ROOT, 'bin/crosscheck-ls.js'), path.join(bin, 'crosscheck-ls'));
      const out = path.join(tmp, 'out.json');
      const r = spawnSync(nvim, ['--headless', '-n', '-i', 'NONE', '-u', path.join(ROOT, 'docs/editors/neovim-0.7.lua'), '-c', `luafile ${path.join(ROOT, 'test/nvim/check.lua')}`], {
        cwd: ws,
        encoding: 'utf8',
        timeout: 110000,
        env: {
          ...process.env,
          PATH: `${bin}${path.delimiter}${process.env.PATH}`,
          XDG_CACHE_HOME: path.join(tmp, 'cache'),
          XDG_STATE_HOME: path.join(tmp, 'state'),
          XDG_DATA_HOME: path.join(tmp, 'data'),
          CROSSCHECK_FILE: FILES[1],
          CROSSCHECK_OUT: out,
        },
      });
      assert.ok(fs.existsSync(out), `nvim wrote no result (status ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
      const got = JSON.parse(fs.readFileSync(out, 'utf8'));
      console.log(`      ${version}: first diagnostics after ${Math.round(got.first_diagnostics_ms)} ms, edit to diagnostics ${Math.round(got.edit_to_diagnostics_ms)} ms`);
      assert.equal(got.ok, true, `${got.error}\nsteps: ${got.steps?.join(', ')}\n${JSON.stringify(got, null, 1)}`);
      assert.equal(got.filetype, 'text', 'Neovim gives .txt files the language id `text`');
      assert.ok(got.diagnostics.some((m: string) => /Thursday/.test(m) && /Friday/.test(m)), got.diagnostics.join('\n'));
      assert.match(got.hover, /Crosscheck/);
      assert.match(got.hover, /15\\?,000/);
      assert.ok(got.code_actions.includes('Ignore this claim'), got.code_actions.join(', '));
      assert.ok(got.code_actions.includes('Ignore this claim in .crosscheck.json'), got.code_actions.join(', '));
      assert.equal(got.ignored_with, 'Ignore this claim');
      assert.ok(got.after_edit.length > 0 && !got.after_edit.some((m: string) => /Thursday/.test(m)), got.after_edit.join('\n'));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
