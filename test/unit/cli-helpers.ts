// Runs the real bin/crosscheck.js, as a user or CI does, after making sure dist/cli.js is built
// from the current sources (tests run from src/ through tsx; the bin runs the bundle).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { run } from '../../src/cli/main';

export const ROOT = path.join(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/crosscheck.js');
export const EXAMPLES = path.join(ROOT, 'examples');
export const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/ when a source (or the build script) is newer than dist/cli.js. */
export function ensureBuilt(): void {
  const cli = path.join(ROOT, 'dist/cli.js');
  const built = fs.existsSync(cli) ? fs.statSync(cli).mtimeMs : 0;
  const sources = Math.max(newest(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'esbuild.config.js')).mtimeMs);
  if (built >= sources) return;
  const r = spawnSync(process.execPath, ['esbuild.config.js'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}

export interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** The environment of a plain terminal: no npm lifecycle variables, no forced colours. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'NO_COLOR' && k !== 'FORCE_COLOR') env[k] = v;
  return { ...env, ...extra };
}

export function crosscheck(args: string[], options: { cwd?: string; bin?: string } = {}): Ran {
  const r = spawnSync(process.execPath, [options.bin ?? BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: cleanEnv(), timeout: 60000 });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function tmpdir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `crosscheck-${prefix}-`));
}

/** Two reports of one story whose only disagreement is a relative date against an absolute one. */
export const CHECK_BY_HAND = {
  'a.txt': 'The Harwick Bridge in Velmora reopened last October after repairs, the Velmora council said.\n',
  'b.txt': 'The Harwick Bridge in Velmora reopened in October 2023 after repairs, the Velmora council said.\n',
};

export function writeFiles(dir: string, files: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The command line run in this process (`run()`), its output gathered: what in-process tests compare with. */
export async function compareInProcess(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const sink = () => {
    const w = new Writable({
      write(chunk, _enc, cb) {
        w.text += chunk.toString();
        cb();
      },
    }) as Writable & { text: string };
    w.text = '';
    return w;
  };
  const out = sink();
  const err = sink();
  const code = await run(['compare', ...args], out, err);
  return { code, out: out.text, err: err.text };
}
