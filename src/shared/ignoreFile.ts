// Reads and updates .crosscheck.json, the shared list of claims to leave alone and of claims an
// editor has checked. Entries name a claim by file (relative to the folder, with forward slashes)
// and its words, because claim ids may change as the text around them is edited. The file is
// written pretty-printed, one key per line, so a review reads well in a diff:
//
//   {
//     "ignore": [{ "file": "draft.md", "text": "Roughly 2,400 residents" }],
//     "checked": [
//       { "file": "draft.md", "text": "5 people", "note": "police confirmed 3",
//         "right": "local-paper.md", "date": "2026-12-01" }
//     ]
//   }
//
// Older files (only `ignore`) read as they are; keys this version does not know are kept.
import * as path from 'path';

/** File that holds claims the user chose to ignore, or has checked, for everyone working on the folder. */
export const IGNORE_FILE = '.crosscheck.json';

export interface IgnoreEntry {
  file: string;
  text: string;
}

/** A claim an editor has checked: the disagreement is settled, with an optional note and the source that is right. */
export interface CheckedEntry {
  file: string;
  text: string;
  /** Why it is settled ("the agency's figure is the latest"). */
  note?: string;
  /** The source that is right, as a file relative to the folder (like `file`). */
  right?: string;
  /** When it was checked, YYYY-MM-DD. */
  date: string;
}

export interface IgnoreFile {
  ignore: IgnoreEntry[];
  checked: CheckedEntry[];
  [key: string]: unknown;
}

const isEntry = (e: unknown): e is IgnoreEntry => {
  const x = e as Partial<IgnoreEntry> | null;
  return !!x && typeof x === 'object' && typeof x.file === 'string' && typeof x.text === 'string';
};

/** A checked entry as read: optional fields of the wrong type are dropped, a missing date is empty. */
function checkedEntry(e: IgnoreEntry & Record<string, unknown>): CheckedEntry {
  const out: CheckedEntry = { file: e.file, text: e.text, date: typeof e.date === 'string' ? e.date : '' };
  if (typeof e.note === 'string' && e.note) out.note = e.note;
  if (typeof e.right === 'string' && e.right) out.right = e.right;
  return out;
}

/** Parses the file; throws on invalid JSON so callers never overwrite a file they could not read. */
export function parseIgnoreFile(text: string | undefined): IgnoreFile {
  if (text === undefined || text.trim() === '') return { ignore: [], checked: [] };
  const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('expected a JSON object');
  const record = data as Record<string, unknown>;
  const ignore = Array.isArray(record.ignore) ? record.ignore.filter(isEntry) : [];
  const checked = Array.isArray(record.checked) ? record.checked.filter(isEntry).map((e) => checkedEntry(e as IgnoreEntry & Record<string, unknown>)) : [];
  return { ...record, ignore, checked };
}

/** The file's text for this data: empty lists the file did not have are left out. */
function serialize(data: IgnoreFile, had: Set<string>): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if ((k === 'ignore' || k === 'checked') && Array.isArray(v) && !v.length && !had.has(k)) continue;
    out[k] = v;
  }
  if (!('ignore' in out) && !('checked' in out)) out.ignore = [];
  return JSON.stringify(out, null, 2) + '\n';
}

function keysOf(existing: string | undefined): Set<string> {
  if (existing === undefined || existing.trim() === '') return new Set();
  return new Set(Object.keys(JSON.parse(existing.replace(/^\uFEFF/, '')) as object));
}

/** The entry's file: relative to root, with forward slashes. */
export function relativeFile(root: string, claimPath: string): string {
  return path.relative(root, claimPath).split(path.sep).join('/');
}

export function entryFor(root: string, claimPath: string, text: string): IgnoreEntry {
  return { file: relativeFile(root, claimPath), text };
}

/** The new file text with the entry added (unchanged entries and other keys kept as they were). */
export function addIgnoreEntry(existing: string | undefined, entry: IgnoreEntry): string {
  const data = parseIgnoreFile(existing);
  if (!data.ignore.some((e) => e.file === entry.file && e.text === entry.text)) data.ignore.push(entry);
  return serialize(data, new Set([...keysOf(existing), 'ignore']));
}

/** The new file text with these claims checked (an entry for the same file and words is replaced). */
export function addCheckedEntries(existing: string | undefined, entries: CheckedEntry[]): string {
  const data = parseIgnoreFile(existing);
  for (const entry of entries) {
    const clean = checkedEntry(entry as CheckedEntry & IgnoreEntry & Record<string, unknown>);
    const i = data.checked.findIndex((e) => e.file === entry.file && e.text === entry.text);
    if (i >= 0) data.checked[i] = clean;
    else data.checked.push(clean);
  }
  return serialize(data, new Set([...keysOf(existing), 'checked']));
}

/** The new file text with these claims no longer checked (reopened); other entries kept. */
export function removeCheckedEntries(existing: string | undefined, entries: IgnoreEntry[]): string {
  const data = parseIgnoreFile(existing);
  data.checked = data.checked.filter((e) => !entries.some((x) => x.file === e.file && x.text === e.text));
  return serialize(data, keysOf(existing));
}

/** Absolute path + words of each entry, for matching against findings. */
export function resolveEntries(root: string, data: IgnoreFile): { path: string; text: string }[] {
  return data.ignore.map((e) => ({ path: path.resolve(root, e.file), text: e.text }));
}

/** A checked claim with absolute paths (`right` too). */
export interface ResolvedChecked {
  path: string;
  text: string;
  note?: string;
  right?: string;
  date: string;
}

export function resolveChecked(root: string, data: IgnoreFile): ResolvedChecked[] {
  return data.checked.map((e) => ({
    path: path.resolve(root, e.file),
    text: e.text,
    date: e.date,
    ...(e.note ? { note: e.note } : {}),
    ...(e.right ? { right: path.resolve(root, e.right) } : {}),
  }));
}

/** Today as YYYY-MM-DD in local time: the date a check is recorded with. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
