// Claims the user chose to ignore: from the workspace state (sent by the client) and from each
// folder's .crosscheck.json. A claim matches by id, or by path and words (ids may shift on edits).
import { promises as fs } from 'fs';
import * as path from 'path';
import { IGNORE_FILE } from '../protocol';
import type { ClaimRef } from '../protocol';
import { parseIgnoreFile, resolveEntries } from '../shared/ignoreFile';

const key = (p: string, text: string) => `${p}\u0000${text}`;

export class IgnoreSet {
  private readonly ids = new Set<string>();
  private readonly keys = new Set<string>();
  private readonly fromFiles = new Map<string, Set<string>>();

  has(claim: { id: string; path: string; text: string }): boolean {
    if (this.ids.has(claim.id) || this.keys.has(key(claim.path, claim.text))) return true;
    for (const set of this.fromFiles.values()) if (set.has(key(claim.path, claim.text))) return true;
    return false;
  }

  set(claims: ClaimRef[], ignore: boolean): void {
    for (const c of claims) {
      if (ignore) {
        this.ids.add(c.id);
        this.keys.add(key(c.path, c.text));
      } else {
        this.ids.delete(c.id);
        this.keys.delete(key(c.path, c.text));
      }
    }
  }

  /** (Re)reads root/.crosscheck.json; returns an error message when the file is malformed. */
  async loadFile(root: string): Promise<string | undefined> {
    const file = path.join(root, IGNORE_FILE);
    let text: string | undefined;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      this.fromFiles.delete(root);
      return undefined;
    }
    try {
      const entries = resolveEntries(root, parseIgnoreFile(text));
      this.fromFiles.set(root, new Set(entries.map((e) => key(e.path, e.text))));
      return undefined;
    } catch (e) {
      return `${file}: ${(e as Error).message}`;
    }
  }

  forgetRoot(root: string): void {
    this.fromFiles.delete(root);
  }
}
