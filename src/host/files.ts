// Finding and reading the workspace's files. The walk yields to the event loop between
// directories so requests are answered while a large folder is listed.
import * as fsNow from 'fs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { isDocument } from './formats/kinds';
import { readDocument } from './formats/reader';
import type { Layout } from './formats/types';
import { decodeBuffer } from './decode';
import type { PathFilter } from './globs';

/**
 * `missing`: there is no such file (deleted, or a buffer never saved). `layout`: where the pages
 * or spoken lines of a document (PDF, Word, web page, transcript) start in its text.
 */
export type ReadResult = { ok: true; text: string; layout?: Layout } | { ok: false; reason: string; missing?: boolean };

export const yieldNow = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** How much of a text is looked at for NUL characters (as for files: see decode.ts). */
const SNIFF_CHARS = 8192;

/**
 * Why an open buffer is not analysed, by the rules files on disk obey: binary content (NUL
 * characters near the start) or more bytes (UTF-8) than crosscheck.maxFileSize. Undefined: analyse it.
 */
export function textSkipReason(text: string, maxSize: number): string | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0 && nul < SNIFF_CHARS) return 'binary file (NUL bytes in the first 8 KB)';
  // Each UTF-16 unit is one to three UTF-8 bytes: count them only when the bounds do not decide.
  const size = text.length > maxSize ? text.length : text.length * 3 <= maxSize ? 0 : Buffer.byteLength(text, 'utf8');
  return size > maxSize ? tooLarge(size, maxSize) : undefined;
}

function tooLarge(size: number, maxSize: number): string {
  return `larger than crosscheck.maxFileSize (${formatBytes(size)} > ${formatBytes(maxSize)})`;
}

/** A text file, decoded; a document, through its reader (its text may be maxSize characters long). */
export async function readTextFile(file: string, maxSize: number, maxDocumentSize?: number): Promise<ReadResult> {
  if (isDocument(file)) return readDocument(file, { maxFileSize: maxDocumentSize, maxTextLength: maxSize });
  try {
    const stat = await fs.stat(file);
    return refused(stat, maxSize) ?? decoded(await fs.readFile(file));
  } catch (e) {
    return unreadable(e);
  }
}

/**
 * readTextFile for a text file (not a document), read on this thread at once: indexing a folder of
 * small files from the cache is mostly waiting on the thread pool otherwise, and a read of at most
 * maxSize bytes holds the thread a moment.
 */
export function readTextFileNow(file: string, maxSize: number): ReadResult {
  try {
    const stat = fsNow.statSync(file);
    return refused(stat, maxSize) ?? decoded(fsNow.readFileSync(file));
  } catch (e) {
    return unreadable(e);
  }
}

function refused(stat: import('fs').Stats, maxSize: number): ReadResult | undefined {
  if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
  if (stat.size > maxSize) return { ok: false, reason: tooLarge(stat.size, maxSize) };
  return undefined;
}

function decoded(bytes: Uint8Array): ReadResult {
  const d = decodeBuffer(bytes);
  return d.ok ? { ok: true, text: d.text } : d;
}

function unreadable(e: unknown): ReadResult {
  const code = (e as NodeJS.ErrnoException).code;
  return { ok: false, reason: `could not be read (${code ?? String(e)})`, missing: code === 'ENOENT' };
}

/**
 * Absolute paths of the files under root that the filter accepts. Symbolic links to directories
 * are not followed (they can loop); links to files are.
 */
export async function listFiles(root: string, filter: PathFilter, cancelled: () => boolean): Promise<string[]> {
  const out: string[] = [];
  const queue: string[] = [''];
  while (queue.length && !cancelled()) {
    const rel = queue.shift()!;
    let entries: import('fs').Dirent[];
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue; // unreadable folder: nothing to index there
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!filter.prunes(child)) queue.push(child);
      } else if ((e.isFile() || e.isSymbolicLink()) && filter.accepts(child)) {
        out.push(path.join(root, ...child.split('/')));
      }
    }
    await yieldNow();
  }
  return out.sort();
}
