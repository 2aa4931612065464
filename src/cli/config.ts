// .crosscheck.json for the command line: the claims a user chose to leave alone in VS Code
// ("Ignore this claim in .crosscheck.json") are left alone in CI too. The file is looked for the
// way eslint and cspell look for theirs: in the folder compared, then its parents, stopping at the
// git repository's root (or, outside a repository, at the current folder). The claims an editor
// checked there ("Mark as checked") are still reported, said to be checked, and never fail a run.
import * as fs from 'fs';
import * as path from 'path';
import { IGNORE_FILE } from '../shared/ignoreFile';
import { parseIgnoreFile, resolveChecked, resolveEntries } from '../shared/ignoreFile';
import type { ResolvedChecked } from '../shared/ignoreFile';

export class ConfigError extends Error {}

export interface Ignores {
  /** The .crosscheck.json files read, absolute. */
  files: string[];
  has(claim: { path: string; text: string }): boolean;
  /** How the claim was checked in VS Code ("Mark as checked"), if it was. */
  checkedOf(claim: { path: string; text: string }): ResolvedChecked | undefined;
}

const key = (p: string, text: string) => `${p}\u0000${text}`;

/** The folder holding `.git` (a folder, or a file in worktrees and submodules) at or above dir. */
export function gitRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The nearest .crosscheck.json at or above dir, within the git root (else within cwd, else dir alone). */
export function findConfig(dir: string, cwd: string = process.cwd()): string | undefined {
  const start = path.resolve(dir);
  const stop = gitRoot(start) ?? (isInside(start, cwd) ? path.resolve(cwd) : start);
  for (let d = start; ; d = path.dirname(d)) {
    const file = path.join(d, IGNORE_FILE);
    if (fs.existsSync(file)) return file;
    if (d === stop || path.dirname(d) === d) return undefined;
  }
}

/** Reads the files; entries are relative to each file's folder. A file that cannot be read or parsed is an error. */
export function loadIgnores(files: string[]): Ignores {
  const keys = new Set<string>();
  const checked = new Map<string, ResolvedChecked>();
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    let entries: { path: string; text: string }[];
    let checks: ResolvedChecked[];
    try {
      const data = parseIgnoreFile(text);
      entries = resolveEntries(path.dirname(file), data);
      checks = resolveChecked(path.dirname(file), data);
    } catch (e) {
      throw new ConfigError(`${file} is not valid: ${(e as Error).message}`);
    }
    for (const e of entries) keys.add(key(e.path, e.text));
    for (const c of checks) if (!checked.has(key(c.path, c.text))) checked.set(key(c.path, c.text), c);
  }
  return { files, has: (claim) => keys.has(key(claim.path, claim.text)), checkedOf: (claim) => checked.get(key(claim.path, claim.text)) };
}

/** The files to read for these inputs: `--config FILE`, nothing for `--no-config`, else those found. */
export function configFiles(inputs: string[], option: string | false | undefined, cwd: string = process.cwd()): string[] {
  if (option === false) return [];
  if (option !== undefined) return [path.resolve(cwd, option)];
  const found = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let dir = abs;
    try {
      if (!fs.statSync(abs).isDirectory()) dir = path.dirname(abs);
    } catch {
      dir = path.dirname(abs);
    }
    const file = findConfig(dir, cwd);
    if (file) found.add(file);
  }
  return [...found];
}
