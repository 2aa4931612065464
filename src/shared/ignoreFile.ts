// Reads and updates .crosscheck.json, the shared list of claims to leave alone.
// Entries name a claim by file (relative to the folder, with forward slashes) and its words,
// because claim ids may change as the text around them is edited.
import * as path from 'path';

/** File that holds claims the user chose to ignore for everyone working on the folder. */
export const IGNORE_FILE = '.crosscheck.json';

export interface IgnoreEntry {
  file: string;
  text: string;
}

export interface IgnoreFile {
  ignore: IgnoreEntry[];
  [key: string]: unknown;
}

/** Parses the file; throws on invalid JSON so callers never overwrite a file they could not read. */
export function parseIgnoreFile(text: string | undefined): IgnoreFile {
  if (text === undefined || text.trim() === '') return { ignore: [] };
  const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('expected a JSON object');
  const raw = (data as Record<string, unknown>).ignore;
  const ignore = Array.isArray(raw)
    ? raw.filter((e): e is IgnoreEntry => !!e && typeof e.file === 'string' && typeof e.text === 'string')
    : [];
  return { ...(data as Record<string, unknown>), ignore };
}

export function entryFor(root: string, claimPath: string, text: string): IgnoreEntry {
  return { file: path.relative(root, claimPath).split(path.sep).join('/'), text };
}

/** The new file text with the entry added (unchanged entries and other keys kept as they were). */
export function addIgnoreEntry(existing: string | undefined, entry: IgnoreEntry): string {
  const data = parseIgnoreFile(existing);
  if (!data.ignore.some((e) => e.file === entry.file && e.text === entry.text)) data.ignore.push(entry);
  return JSON.stringify(data, null, 2) + '\n';
}

/** Absolute path + words of each entry, for matching against findings. */
export function resolveEntries(root: string, data: IgnoreFile): { path: string; text: string }[] {
  return data.ignore.map((e) => ({ path: path.resolve(root, e.file), text: e.text }));
}
