// The findings kept between sessions, in a compact form: every path, and every text and note of a
// source, is written once, in a table, and named by its number in the findings (a thousand
// versions of a story repeat the same few hundred paths, and the same words of their sources, a
// hundred thousand times). Each document's findings are read only when they are first asked for: a
// reopened workspace parses one line of the file, not a hundred thousand objects, and its findings
// share one string per path or text.
import type { Finding } from '../engine/types';

/** A finding with its paths, texts and notes as numbers into the file's table, its claim id without the path. */
type Compact = Omit<Finding, 'claim' | 'related'> & {
  claim: Omit<Finding['claim'], 'path' | 'id' | 'text'> & { path: number; id: string; text: number };
  related: (Omit<Finding['related'][number], 'path' | 'text' | 'note'> & { path: number; text: number; note: number })[];
};

interface CompactFindings {
  strings: string[];
  /** Per path, the JSON of its Compact[]. */
  findings: Record<string, string>;
}

function compactFindings(findings: Record<string, Finding[]>): CompactFindings {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const no = (p: string) => {
    let i = at.get(p);
    if (i === undefined) at.set(p, (i = strings.push(p) - 1));
    return i;
  };
  const out: Record<string, string> = {};
  for (const [p, list] of Object.entries(findings)) {
    const compact: Compact[] = list.map((f) => ({
      ...f,
      // The id starts with the path in every finding the engine makes; any other is kept whole.
      claim: { ...f.claim, path: no(f.claim.path), text: no(f.claim.text), id: f.claim.id.startsWith(f.claim.path) ? f.claim.id.slice(f.claim.path.length) : `\u0000${f.claim.id}` },
      related: f.related.map((r) => ({ ...r, path: no(r.path), text: no(r.text), note: no(r.note) })),
    }));
    out[p] = JSON.stringify(compact);
  }
  return { strings, findings: out };
}

/** JSON text with its letters beyond ASCII written as escapes: one byte a character, read back as Latin-1. */
export function toAscii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The findings file: a first line of JSON (what `head` holds, the table, and where each path's
 * findings lie in the rest), then every document's compact findings as JSON, one after another,
 * all in ASCII. A reopened workspace parses the first line only; each document's findings are
 * decoded from the bytes when first asked for.
 */
export function packFindings(head: Record<string, unknown>, findings: Record<string, Finding[]>): string {
  const { strings, findings: json } = compactFindings(findings);
  const at: Record<string, [number, number]> = {};
  const body: string[] = [];
  let end = 0;
  for (const [p, text] of Object.entries(json)) {
    const ascii = toAscii(text);
    at[p] = [end, (end += ascii.length)];
    body.push(ascii);
  }
  return `${toAscii(JSON.stringify({ ...head, strings, at }))}\n${body.join('')}`;
}

/**
 * The first line of a findings file (packFindings) and, per path, a function that reads its
 * findings back (undefined when they cannot be read: they are computed again); undefined when the
 * bytes do not hold this form.
 */
export function unpackFindings(bytes: Buffer): { head: Record<string, unknown>; findings: Record<string, () => Finding[] | undefined> } | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(bytes.toString('latin1', 0, newline));
  } catch {
    return undefined;
  }
  if (!head || typeof head !== 'object') return undefined;
  const { strings, at } = head as { strings?: unknown; at?: Record<string, unknown> };
  if (!Array.isArray(strings) || !at || typeof at !== 'object') return undefined;
  const findings: Record<string, () => Finding[] | undefined> = {};
  const body = newline + 1;
  for (const [p, span] of Object.entries(at)) {
    const [start, end] = Array.isArray(span) ? (span as unknown[]) : [];
    if (typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && start <= end && body + end <= bytes.length)) return undefined;
    findings[p] = () => expand(strings as string[], bytes.toString('latin1', body + start, body + end));
  }
  return { head: head as Record<string, unknown>, findings };
}

function expand(strings: string[], json: string): Finding[] | undefined {
  // A number outside the table, or text that is not JSON: not a file this wrote.
  const at = (i: number) => {
    const v = strings[i];
    if (typeof v !== 'string') throw new Error(`no string ${i} in the table`);
    return v;
  };
  try {
    const list = JSON.parse(json) as Compact[];
    if (!Array.isArray(list)) return undefined;
    return list.map((f) => {
      const path = at(f.claim.path);
      return {
        ...f,
        claim: { ...f.claim, path, text: at(f.claim.text), id: f.claim.id.startsWith('\u0000') ? f.claim.id.slice(1) : path + f.claim.id },
        related: f.related.map((r) => ({ ...r, path: at(r.path), text: at(r.text), note: at(r.note) })),
      } as Finding;
    });
  } catch {
    return undefined;
  }
}
