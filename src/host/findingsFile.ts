// The findings kept between sessions, in a compact form: every path, and every text and note of a
// source, is written once, in a table, and named by its number in the findings (a thousand
// versions of a story repeat the same few hundred paths, and the same words of their sources, a
// hundred thousand times). A reopened workspace parses a file half the size, and its findings
// share one string per path or text instead of holding a copy per mention.
import type { Finding } from '../engine/types';

/** A finding with its paths, texts and notes as numbers into the file's table, its claim id without the path. */
type Compact = Omit<Finding, 'claim' | 'related'> & {
  claim: Omit<Finding['claim'], 'path' | 'id' | 'text'> & { path: number; id: string; text: number };
  related: (Omit<Finding['related'][number], 'path' | 'text' | 'note'> & { path: number; text: number; note: number })[];
};

export interface CompactFindings {
  strings: string[];
  findings: Record<string, Compact[]>;
}

export function compactFindings(findings: Record<string, Finding[]>): CompactFindings {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const no = (p: string) => {
    let i = at.get(p);
    if (i === undefined) at.set(p, (i = strings.push(p) - 1));
    return i;
  };
  const out: Record<string, Compact[]> = {};
  for (const [p, list] of Object.entries(findings)) {
    out[p] = list.map((f) => ({
      ...f,
      // The id starts with the path in every finding the engine makes; any other is kept whole.
      claim: { ...f.claim, path: no(f.claim.path), text: no(f.claim.text), id: f.claim.id.startsWith(f.claim.path) ? f.claim.id.slice(f.claim.path.length) : `\u0000${f.claim.id}` },
      related: f.related.map((r) => ({ ...r, path: no(r.path), text: no(r.text), note: no(r.note) })),
    }));
  }
  return { strings, findings: out };
}

/** The findings back from compactFindings(); undefined when the file does not hold that form. */
export function expandFindings(file: Partial<CompactFindings>): Record<string, Finding[]> | undefined {
  const { strings, findings } = file;
  if (!Array.isArray(strings) || !findings || typeof findings !== 'object') return undefined;
  // A number outside the table: not a file this wrote (the findings are computed again).
  const at = (i: number) => {
    const v = strings[i];
    if (typeof v !== 'string') throw new Error(`no string ${i} in the table`);
    return v;
  };
  const out: Record<string, Finding[]> = {};
  try {
    for (const [p, list] of Object.entries(findings)) {
      if (!Array.isArray(list)) return undefined;
      out[p] = list.map((f) => {
        const path = at(f.claim.path);
        return {
          ...f,
          claim: { ...f.claim, path, text: at(f.claim.text), id: f.claim.id.startsWith('\u0000') ? f.claim.id.slice(1) : path + f.claim.id },
          related: f.related.map((r) => ({ ...r, path: at(r.path), text: at(r.text), note: at(r.note) })),
        } as Finding;
      });
    }
  } catch {
    return undefined;
  }
  return out;
}
