// The findings kept between sessions, in a compact form: every path, and every text and note of a
// source, is written once, in a table, and named by its number in the findings (a thousand
// versions of a story repeat the same few hundred paths, and the same words of their sources, a
// hundred thousand times). Each document's findings are one JSON string of their own, read only
// when that document's findings are first asked for: a reopened workspace parses a file of strings,
// not a hundred thousand objects, and its findings share one string per path or text.
import type { Finding } from '../engine/types';

/** A finding with its paths, texts and notes as numbers into the file's table, its claim id without the path. */
type Compact = Omit<Finding, 'claim' | 'related'> & {
  claim: Omit<Finding['claim'], 'path' | 'id' | 'text'> & { path: number; id: string; text: number };
  related: (Omit<Finding['related'][number], 'path' | 'text' | 'note'> & { path: number; text: number; note: number })[];
};

export interface CompactFindings {
  strings: string[];
  /** Per path, the JSON of its Compact[]. */
  findings: Record<string, string>;
}

export function compactFindings(findings: Record<string, Finding[]>): CompactFindings {
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

/**
 * Per path, a function that reads its findings back (undefined when they cannot be read: they
 * are computed again); undefined when the file does not hold this form.
 */
export function lazyFindings(file: Partial<CompactFindings>): Record<string, () => Finding[] | undefined> | undefined {
  const { strings, findings } = file;
  if (!Array.isArray(strings) || !findings || typeof findings !== 'object') return undefined;
  const out: Record<string, () => Finding[] | undefined> = {};
  for (const [p, json] of Object.entries(findings)) {
    if (typeof json !== 'string') return undefined;
    out[p] = () => expand(strings, json);
  }
  return out;
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
