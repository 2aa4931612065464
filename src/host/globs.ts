// Which files of a folder belong to the index: include globs minus crosscheck.exclude and
// files.exclude. Paths are folder-relative with forward slashes, as glob settings are written.
import * as path from 'path';
import picomatch from 'picomatch';

export interface PathFilter {
  /** A file the index should hold. */
  accepts(rel: string): boolean;
  /** A directory the walk can skip entirely. */
  prunes(relDir: string): boolean;
  /** A path the exclude globs leave out (itself or a folder above it), whatever the include globs say. */
  excludes(rel: string): boolean;
}

// `dot`: VS Code globs match dot files (`**/.git`); `nocase` off: paths are case-sensitive on most systems.
const OPTIONS = { dot: true };

export function createPathFilter(include: string[], exclude: string[]): PathFilter {
  const inc = include.length ? picomatch(include, OPTIONS) : () => false;
  const exc = exclude.length ? picomatch(exclude, OPTIONS) : () => false;
  // `**/node_modules` names the folder, `**/node_modules/**` its contents: a folder goes if either matches.
  const prunes = (relDir: string) => exc(relDir) || exc(`${relDir}/crosscheck-probe`);
  const excluded = (rel: string) => {
    if (exc(rel)) return true;
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) if (exc(parts.slice(0, i).join('/'))) return true;
    return false;
  };
  return {
    accepts: (rel) => rel !== '' && !rel.startsWith('../') && inc(rel) && !excluded(rel),
    prunes,
    excludes: excluded,
  };
}

/** The folder holding an absolute path and the path relative to it (forward slashes), if any. */
export function relativeTo(roots: string[], file: string): { root: string; rel: string } | undefined {
  let best: { root: string; rel: string } | undefined;
  for (const root of roots) {
    const rel = path.relative(root, file);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    // Nested folders: the innermost root wins, so its own settings-relative names are used.
    if (!best || root.length > best.root.length) best = { root, rel: rel.split(path.sep).join('/') };
  }
  return best;
}
