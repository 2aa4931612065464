// The on-disk index cache: the claims of every file, keyed by a hash of its decoded text, so a
// reopened workspace is ready without extracting anything again. One JSON file per workspace,
// written atomically (tmp + rename) and never required: a missing, stale or corrupt file only
// means the claims are extracted again. Claims depend on the engine version and on the reference
// date that resolves relative dates; the file records both and is ignored when either differs.
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isAscii } from 'buffer';
import type { DocumentClaims, Finding } from '../engine/types';
import { packFindings, toAscii, unpackFindings } from './findingsFile';

export const CACHE_FILE = 'index-v1.json';
/** Every document's findings, for a workspace reopened with exactly the same texts (findingsFile.ts). */
export const FINDINGS_FILE = 'findings-v3.txt';
/** The findings file older versions wrote, deleted when the new one is. */
const OLD_FINDINGS_FILE = 'findings-v2.json';

export interface FindingsSnapshot {
  fingerprint: string;
  findings: Record<string, Finding[]>;
  /**
   * Per path, the documents its findings were compared with (as indexes into the sorted paths of
   * `findings`): a reopened workspace knows what an edit affects without working it out again.
   */
  cites?: Record<string, number[]>;
  /** The workspace's conflict count for these findings, and what else it depends on (`key`). */
  count?: { key: string; conflicts: number };
}

/** A snapshot read back: each document's findings are read when first asked for. */
export type RestoredFindings = Omit<FindingsSnapshot, 'findings'> & { findings: Record<string, () => Finding[] | undefined> };

export interface CacheEntry {
  hash: string;
  claims: DocumentClaims;
}

export interface CacheFile {
  engineVersion: string;
  /** The crosscheck.referenceDate the claims were extracted with ('' for none). */
  referenceDate: string;
  entries: Record<string, CacheEntry>;
}

export function hashText(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/**
 * Where a standalone server (no cache folder from the client) keeps its cache:
 * `$XDG_CACHE_HOME` or `~/.cache`, then `crosscheck/<sha1 of the first root>`. No roots, no cache.
 */
export function defaultCacheDir(roots: readonly string[], env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string | undefined {
  if (roots.length === 0) return undefined;
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : home ? path.join(home, '.cache') : undefined;
  if (!base) return undefined;
  return path.join(base, 'crosscheck', createHash('sha1').update(roots[0]).digest('hex'));
}

/** JSON would turn these into null: entries holding one are not written (extracted again instead). */
function jsonSafe(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.every(jsonSafe);
  for (const k in v) if (!jsonSafe((v as Record<string, unknown>)[k])) return false;
  return true;
}

function isEntry(v: unknown, p: string): v is CacheEntry {
  if (!v || typeof v !== 'object') return false;
  const e = v as Partial<CacheEntry>;
  return (
    typeof e.hash === 'string' &&
    !!e.claims &&
    typeof e.claims === 'object' &&
    e.claims.path === p &&
    Array.isArray(e.claims.claims) &&
    Array.isArray(e.claims.repetitions)
  );
}

/**
 * Parses the cache file's text. Returns the entries when engine version and reference date match,
 * an empty map when they do not (stale), and an error message when the text is not a cache file.
 */
export function parseCache(text: string, engineVersion: string, referenceDate: string): { entries: Map<string, CacheEntry>; stale?: string } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON (${(e as Error).message})` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'not an object' };
  const file = raw as Partial<CacheFile>;
  if (typeof file.engineVersion !== 'string' || !file.entries || typeof file.entries !== 'object') return { error: 'missing engineVersion or entries' };
  if (file.engineVersion !== engineVersion) return { entries: new Map(), stale: `engine version ${file.engineVersion}, now ${engineVersion}` };
  if ((file.referenceDate ?? '') !== referenceDate) return { entries: new Map(), stale: `reference date "${file.referenceDate ?? ''}", now "${referenceDate}"` };
  const entries = new Map<string, CacheEntry>();
  for (const [p, e] of Object.entries(file.entries)) if (path.isAbsolute(p) && isEntry(e, p)) entries.set(p, { hash: e.hash, claims: e.claims });
  return { entries };
}

/**
 * The cache file's text for the entries whose path `keep` accepts. Built one entry at a time with
 * `pause` between batches, so a large index does not hold the event loop.
 */
export async function serializeCache(
  entries: ReadonlyMap<string, CacheEntry>,
  engineVersion: string,
  referenceDate: string,
  keep: (p: string) => boolean = () => true,
  pause: () => Promise<void> = async () => undefined,
): Promise<string> {
  const parts: string[] = [];
  let n = 0;
  for (const [p, e] of entries) {
    if (!keep(p) || !jsonSafe(e.claims)) continue;
    parts.push(`${JSON.stringify(p)}:${JSON.stringify({ hash: e.hash, claims: e.claims })}`);
    if (++n % 200 === 0) await pause();
  }
  return `{"engineVersion":${JSON.stringify(engineVersion)},"referenceDate":${JSON.stringify(referenceDate)},"entries":{\n${parts.join(',\n')}\n}}\n`;
}

/**
 * A cache file, its letters beyond ASCII written as JSON escapes: an ASCII file is read back as
 * Latin-1, many times faster than UTF-8 is decoded (readJson), and a reopened workspace waits for it.
 */
function writeCacheFile(file: string, json: string): Promise<void> {
  const ascii = toAscii(json);
  // The mark first: a reader that finds it need not look for other bytes (readJson).
  return writeAtomic(file, ascii.startsWith('{"') ? `${ASCII_MARK}${ascii.slice(1)}` : ascii);
}

/** How a cache file written in ASCII begins (an object's first key, which readers ignore). */
const ASCII_MARK = '{"ascii":1,';

/** The text of a cache file: ASCII (see writeCacheFile), or UTF-8 as older versions wrote it. */
async function readJson(file: string): Promise<string> {
  const bytes = await fs.readFile(file);
  const marked = bytes.length > ASCII_MARK.length && bytes.toString('latin1', 0, ASCII_MARK.length) === ASCII_MARK;
  return marked || isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Writes `text` to `file` so that readers see the old or the new file, never half of one. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    await fs.writeFile(tmp, text, 'utf8');
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

export interface IndexCacheOptions {
  dir: string;
  engineVersion: string;
  referenceDate: string;
  log?: (message: string) => void;
}

/**
 * The claims cache of one workspace in memory, loaded from and saved to `<dir>/index-v1.json`.
 * Entries share their claims objects with the engine, so holding them costs little.
 */
export class IndexCache {
  readonly file: string;
  private entries = new Map<string, CacheEntry>();
  private changed = false;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly options: IndexCacheOptions) {
    this.file = path.join(options.dir, CACHE_FILE);
  }

  get dir(): string {
    return this.options.dir;
  }

  get referenceDate(): string {
    return this.options.referenceDate;
  }

  get size(): number {
    return this.entries.size;
  }

  /** True when entries were added or replaced since the last save. */
  get dirty(): boolean {
    return this.changed;
  }

  /** Reads the file; a missing file is an empty cache, a corrupt one is logged and ignored. */
  async load(): Promise<void> {
    let text: string;
    try {
      text = await readJson(this.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.options.log?.(`index cache ${this.file} unreadable, ignored: ${(e as Error).message}`);
      return;
    }
    const parsed = parseCache(text, this.options.engineVersion, this.options.referenceDate);
    if ('error' in parsed) {
      this.options.log?.(`index cache ${this.file} is corrupt (${parsed.error}), ignored; it will be rewritten`);
      return;
    }
    if (parsed.stale) this.options.log?.(`index cache ${this.file} is stale (${parsed.stale}), rebuilding`);
    // Entries stored while the file was read (none in practice) are newer than the file's.
    for (const [p, e] of parsed.entries) if (!this.entries.has(p)) this.entries.set(p, e);
  }

  /** The cached claims of `p` if they were extracted from text with this hash. */
  get(p: string, hash: string): DocumentClaims | undefined {
    const e = this.entries.get(p);
    return e && e.hash === hash ? e.claims : undefined;
  }

  set(p: string, hash: string, claims: DocumentClaims): void {
    if (!path.isAbsolute(p) || claims.path !== p) return;
    const e = this.entries.get(p);
    if (e && e.hash === hash && e.claims === claims) return;
    this.entries.set(p, { hash, claims });
    this.changed = true;
  }

  /** True when a save would write something new: changed entries, or entries `keep` drops. */
  needsSave(keep: (p: string) => boolean = () => true): boolean {
    if (this.changed) return true;
    for (const p of this.entries.keys()) if (!keep(p)) return true;
    return false;
  }

  /** The findings kept from the last session, if they were computed by this engine and settings. */
  async loadFindings(): Promise<RestoredFindings | undefined> {
    try {
      const file = unpackFindings(await fs.readFile(path.join(this.dir, FINDINGS_FILE)));
      if (!file) return undefined;
      const head = file.head as Partial<Omit<FindingsSnapshot, 'findings'>> & { engineVersion?: string; referenceDate?: string };
      if (head.engineVersion !== this.options.engineVersion || (head.referenceDate ?? '') !== this.options.referenceDate) return undefined;
      if (typeof head.fingerprint !== 'string') return undefined;
      const count = head.count && typeof head.count.key === 'string' && typeof head.count.conflicts === 'number' ? { count: head.count } : {};
      return { fingerprint: head.fingerprint, findings: file.findings, ...(head.cites && typeof head.cites === 'object' ? { cites: head.cites } : {}), ...count };
    } catch {
      return undefined; // none yet, or unreadable: findings are computed again
    }
  }

  /** Writes the findings beside the claims, atomically (tmp + rename). */
  async saveFindings(snapshot: FindingsSnapshot): Promise<void> {
    const { findings, ...rest } = snapshot;
    const head = { engineVersion: this.options.engineVersion, referenceDate: this.options.referenceDate, ...rest };
    await writeAtomic(path.join(this.dir, FINDINGS_FILE), packFindings(head, findings));
    await fs.rm(path.join(this.dir, OLD_FINDINGS_FILE), { force: true });
  }

  /** Saves the entries `keep` accepts (dropping the others from memory too). Saves never overlap. */
  save(keep: (p: string) => boolean = () => true, pause?: () => Promise<void>): Promise<void> {
    const next = this.saving.then(async () => {
      for (const p of [...this.entries.keys()]) if (!keep(p)) this.entries.delete(p);
      this.changed = false;
      const text = await serializeCache(this.entries, this.options.engineVersion, this.options.referenceDate, () => true, pause);
      try {
        await writeCacheFile(this.file, text);
      } catch (e) {
        this.options.log?.(`index cache ${this.file} could not be written: ${(e as Error).message}`);
      }
    });
    this.saving = next.catch(() => undefined);
    return next;
  }
}
