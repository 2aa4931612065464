// Claims the user chose to ignore, kept by the server so every editor has them: for this
// workspace (in the server's storage folder, beside the index cache) or for everyone working on a
// folder (its .crosscheck.json, which the server writes when asked). A claim matches by id, or by
// path and words (ids may shift on edits). The same .crosscheck.json lists the claims an editor has
// checked (see shared/ignoreFile.ts): they stay, quietened, and the panel lists them as checked.
import { promises as fs } from 'fs';
import * as path from 'path';
import { IGNORE_FILE } from '../protocol';
import type { ClaimRef, IgnoreScope } from '../protocol';
import { addCheckedEntries, addIgnoreEntry, entryFor, parseIgnoreFile, relativeFile, removeCheckedEntries, resolveChecked, resolveEntries, today } from '../shared/ignoreFile';
import type { ResolvedChecked } from '../shared/ignoreFile';
import { relativeTo } from '../host/globs';
import { writeAtomic } from '../host/indexCache';

/** The workspace's ignored claims, in the server's storage folder. */
export const IGNORED_FILE = 'ignored-v1.json';

const key = (p: string, text: string) => `${p}\u0000${text}`;

const isClaimRef = (x: unknown): x is ClaimRef => {
  const c = x as Partial<ClaimRef> | null;
  return !!c && typeof c.id === 'string' && typeof c.path === 'string' && typeof c.text === 'string';
};

/** The claims in a command's or request's arguments that name a claim; others are dropped. */
export function claimRefs(v: unknown): ClaimRef[] {
  return (Array.isArray(v) ? v : [v]).filter(isClaimRef).map((c) => ({ id: c.id, path: c.path, text: c.text }));
}

export class IgnoreSet {
  /** Ignored in this workspace, in the order they were ignored. */
  private readonly workspace = new Map<string, ClaimRef>();
  private readonly ids = new Set<string>();
  private readonly fromFiles = new Map<string, Set<string>>();
  /** Checked claims of each folder's .crosscheck.json, by path and words. */
  private readonly checkedFiles = new Map<string, Map<string, ResolvedChecked>>();
  /** Folder the workspace list is saved in (none: kept for this session only). */
  dir: string | undefined;

  has(claim: { id: string; path: string; text: string }): boolean {
    if (this.ids.has(claim.id) || this.workspace.has(key(claim.path, claim.text))) return true;
    for (const set of this.fromFiles.values()) if (set.has(key(claim.path, claim.text))) return true;
    return false;
  }

  /** What has() answers and which claims checkedOf() knows, as one string: equal states, equal answers. */
  state(): string {
    const sorted = (xs: Iterable<string>) => [...xs].sort();
    return JSON.stringify([
      sorted(this.ids),
      sorted(this.workspace.keys()),
      [...this.fromFiles].map(([root, set]) => [root, sorted(set)]).sort(),
      [...this.checkedFiles].map(([root, map]) => [root, sorted(map.keys())]).sort(),
    ]);
  }

  /** Ignores (or stops ignoring) claims in this workspace; returns true when the list changed. */
  set(claims: ClaimRef[], ignore: boolean): boolean {
    let changed = false;
    for (const c of claims) {
      const k = key(c.path, c.text);
      if (ignore) {
        changed ||= !this.workspace.has(k);
        this.workspace.set(k, c);
        this.ids.add(c.id);
      } else {
        changed ||= this.workspace.delete(k);
        this.ids.delete(c.id);
      }
    }
    return changed;
  }

  /** How the claim was checked, if a .crosscheck.json says it was. */
  checkedOf(claim: { path: string; text: string }): ResolvedChecked | undefined {
    for (const map of this.checkedFiles.values()) {
      const c = map.get(key(claim.path, claim.text));
      if (c) return c;
    }
    return undefined;
  }

  /**
   * Records claims as checked in their folder's .crosscheck.json (or, with `checked` false, takes
   * them out: reopens them). Returns the files written, or an error message.
   */
  async check(claims: ClaimRef[], checked: boolean, roots: string[], extra: { note?: string; right?: string } = {}): Promise<{ error?: string; files: string[] }> {
    const byRoot = new Map<string, ClaimRef[]>();
    for (const claim of claims) {
      const root = relativeTo(roots, claim.path)?.root ?? roots[0];
      if (!root) return { error: `${IGNORE_FILE} needs a workspace folder; nothing was recorded`, files: [] };
      const list = byRoot.get(root);
      if (list) list.push(claim);
      else byRoot.set(root, [claim]);
    }
    const files: string[] = [];
    for (const [root, list] of byRoot) {
      const file = path.join(root, IGNORE_FILE);
      let existing: string | undefined;
      try {
        existing = await fs.readFile(file, 'utf8');
      } catch {
        existing = undefined;
      }
      if (!checked && existing === undefined) continue;
      let text: string;
      try {
        const entries = list.map((c) => ({ file: relativeFile(root, c.path), text: c.text }));
        const date = today();
        const note = extra.note?.trim();
        const right = extra.right && path.isAbsolute(extra.right) ? relativeFile(root, extra.right) : undefined;
        text = checked ? addCheckedEntries(existing, entries.map((e) => ({ ...e, ...(note ? { note } : {}), ...(right ? { right } : {}), date }))) : removeCheckedEntries(existing, entries);
      } catch (e) {
        return { error: `${file} is not valid JSON (${(e as Error).message}); it was left as it is`, files };
      }
      if (text === existing) continue;
      await fs.writeFile(file, text, 'utf8');
      files.push(file);
      const err = await this.loadFile(root);
      if (err) return { error: err, files };
    }
    return { files };
  }

  list(): ClaimRef[] {
    return [...this.workspace.values()];
  }

  /** Ignores claims in this workspace (saved) or in their folder's .crosscheck.json; an error message if not. */
  async ignore(claims: ClaimRef[], scope: IgnoreScope, roots: string[]): Promise<string | undefined> {
    if (scope === 'workspace') return this.set(claims, true) ? this.save() : undefined;
    for (const claim of claims) {
      const root = relativeTo(roots, claim.path)?.root ?? roots[0];
      const err = root ? await this.addToFile(root, claim) : `${IGNORE_FILE} needs a workspace folder; the claim was not ignored`;
      if (err) return err;
    }
    return undefined;
  }

  /** Stops ignoring claims in this workspace (saved); .crosscheck.json files are left as they are. */
  async unignore(claims: ClaimRef[]): Promise<string | undefined> {
    return this.set(claims, false) ? this.save() : undefined;
  }

  /** Reads the saved workspace list, adds the claims an older client kept, and saves if they add any. */
  async load(fromClient: ClaimRef[] = []): Promise<string | undefined> {
    if (this.dir) {
      try {
        const data = JSON.parse(await fs.readFile(path.join(this.dir, IGNORED_FILE), 'utf8')) as { ignored?: unknown };
        this.set(claimRefs(data.ignored ?? []), true);
      } catch {
        // none yet, or unreadable: nothing saved
      }
    }
    return this.set(fromClient, true) ? this.save() : undefined;
  }

  /** Writes the workspace list; an error message if it could not be written. */
  private async save(): Promise<string | undefined> {
    if (!this.dir) return undefined;
    try {
      await writeAtomic(path.join(this.dir, IGNORED_FILE), JSON.stringify({ ignored: this.list() }, null, 1));
      return undefined;
    } catch (e) {
      return `the ignored claims could not be saved (${(e as Error).message})`;
    }
  }

  /** Adds the claim to root/.crosscheck.json; returns an error message if the file is not valid JSON. */
  async addToFile(root: string, claim: ClaimRef): Promise<string | undefined> {
    const file = path.join(root, IGNORE_FILE);
    let existing: string | undefined;
    try {
      existing = await fs.readFile(file, 'utf8');
    } catch {
      existing = undefined; // no file yet
    }
    let text: string;
    try {
      text = addIgnoreEntry(existing, entryFor(root, claim.path, claim.text));
    } catch (e) {
      return `${file} is not valid JSON (${(e as Error).message}); it was left as it is`;
    }
    await fs.writeFile(file, text, 'utf8');
    return this.loadFile(root);
  }

  /** (Re)reads root/.crosscheck.json; returns an error message when the file is malformed. */
  async loadFile(root: string): Promise<string | undefined> {
    const file = path.join(root, IGNORE_FILE);
    let text: string | undefined;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      this.fromFiles.delete(root);
      this.checkedFiles.delete(root);
      return undefined;
    }
    try {
      const data = parseIgnoreFile(text);
      this.fromFiles.set(root, new Set(resolveEntries(root, data).map((e) => key(e.path, e.text))));
      this.checkedFiles.set(root, new Map(resolveChecked(root, data).map((c) => [key(c.path, c.text), c])));
      return undefined;
    } catch (e) {
      return `${file}: ${(e as Error).message}`;
    }
  }

  forgetRoot(root: string): void {
    this.fromFiles.delete(root);
    this.checkedFiles.delete(root);
  }
}
