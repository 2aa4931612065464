// The text read from each document, kept on disk beside the index cache, so a reopened workspace
// does not read its PDFs again: an entry stands while the file's size and modification time, the
// limits it was read with and the readers' version are the same. Skips are kept too (a scan stays
// a scan), except those that depend on the moment (time and memory limits). One JSON file, written
// atomically some seconds after the last change; a missing or corrupt file means reading again.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Layout } from './types';

export const TEXT_CACHE_FILE = 'documents-v1.json';
/** Bumped whenever a reader's output changes for the same file. */
export const READERS_VERSION = '1';
const SAVE_DELAY = 3000;

export type CachedRead = { ok: true; text: string; layout: Layout } | { ok: false; reason: string };

interface Entry {
  size: number;
  mtimeMs: number;
  limits: string;
  read: CachedRead;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export class DocumentTextCache {
  private entries = new Map<string, Entry>();
  /** Paths read or looked up since the cache was loaded: only those are written back. */
  private readonly live = new Set<string>();
  private loaded: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;

  constructor(readonly dir: string) {}

  private load(): Promise<void> {
    return (this.loaded ??= fs
      .readFile(path.join(this.dir, TEXT_CACHE_FILE), 'utf8')
      .then((text) => {
        const raw = JSON.parse(text) as { version?: unknown; entries?: Record<string, Entry> };
        if (raw.version !== READERS_VERSION || !raw.entries || typeof raw.entries !== 'object') return;
        for (const [p, e] of Object.entries(raw.entries)) {
          const ok = e && typeof e.size === 'number' && typeof e.mtimeMs === 'number' && typeof e.limits === 'string' && e.read && typeof e.read === 'object';
          if (ok && (e.read.ok ? typeof e.read.text === 'string' && !!e.read.layout : typeof e.read.reason === 'string')) this.entries.set(p, e);
        }
      })
      .catch(() => undefined)); // no cache yet, or not one we can read: read the files
  }

  async get(file: string, stamp: FileStamp, limits: string): Promise<CachedRead | undefined> {
    await this.load();
    this.live.add(file);
    const e = this.entries.get(file);
    return e && e.size === stamp.size && e.mtimeMs === stamp.mtimeMs && e.limits === limits ? e.read : undefined;
  }

  async set(file: string, stamp: FileStamp, limits: string, read: CachedRead): Promise<void> {
    await this.load();
    this.live.add(file);
    this.entries.set(file, { size: stamp.size, mtimeMs: stamp.mtimeMs, limits, read });
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY);
    this.timer.unref();
  }

  /** Writes the entries of this session's files (tmp file, then rename). */
  async save(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    const entries: Record<string, Entry> = {};
    for (const p of this.live) {
      const e = this.entries.get(p);
      if (e) entries[p] = e;
    }
    const file = path.join(this.dir, TEXT_CACHE_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await fs.mkdir(this.dir, { recursive: true });
      await fs.writeFile(tmp, JSON.stringify({ version: READERS_VERSION, entries }));
      await fs.rename(tmp, file);
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => undefined); // the cache is never required
    }
  }
}

let current: DocumentTextCache | undefined;

/** Where documents' texts are kept (the workspace storage); undefined: not kept. */
export function configureDocumentCache(dir: string | undefined): void {
  if (current?.dir === dir) return;
  void current?.save();
  current = dir ? new DocumentTextCache(dir) : undefined;
}

export function documentCache(): DocumentTextCache | undefined {
  return current;
}
