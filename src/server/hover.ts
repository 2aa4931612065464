// Hover on a claim: what every other source says about it, agreements included, as a table.
// Each thing is said once: the findings' messages above, then per source its sentence with its
// words in bold, and the verdict with the size of the difference.
// All document text goes through escapeMarkdown; links are built from paths only.
import type { Finding, Related, Relation } from '../engine/types';
import { escapeMarkdown, fileLink } from './markdown';
import { displayName, sentenceAround } from './view';
import type { DocView } from './view';

const VERDICT: Record<Relation, string> = {
  conflicts: '✗ conflicts',
  agrees: '✓ agrees',
  same: '✓ same words',
  differs: '≠ differs',
};

export const NO_OTHER_SOURCE = 'No other source mentions this.';

/**
 * What the verdict column adds to the verdict: the size of the difference ("25% higher"), the one
 * thing the source's words and the message above do not already say; nothing for a plain "agrees".
 */
export function verdictDetail(note: string): string {
  const m = /\(([^()]+)\)\s*$/.exec(note);
  if (m) return /^(consistent|relative)$/.test(m[1]) ? '' : m[1];
  return /^[\d.,–-]+% (lower|higher)/.test(note) ? note : '';
}

/** The source's sentence with its words in bold, each part escaped; its words alone when the text is not known. */
function says(r: Related, view: DocView): string {
  const s = sentenceAround(view, r.path, r.start, r.end);
  if (!s) return `**${escapeMarkdown(r.text)}**`;
  const part = (t: string) => (t.trim() ? escapeMarkdown(t, 140) : '');
  const before = part(s.before);
  const after = part(s.after);
  return `${before}${before && /\s$/.test(s.before) ? ' ' : ''}**${escapeMarkdown(s.marked)}**${after && /^\s/.test(s.after) ? ' ' : ''}${after}`;
}

function row(r: Related, view: DocView): string {
  const link = fileLink(displayName(view, r.path, r.start), view.uriOf(r.path), view.rangeOf(r.path, r.start, r.end));
  const detail = verdictDetail(r.note);
  const more = r.more ? ` (and ${r.more} more)` : '';
  return `| ${link} | ${says(r, view)} | ${VERDICT[r.relation] ?? escapeMarkdown(String(r.relation))}${detail ? ` (${escapeMarkdown(detail)})` : ''}${more} |`;
}

/** Markdown for the claim's hover; `findings` are those about this claim (any type). */
export function hoverMarkdown(claimText: string, findings: Finding[], view: DocView): string {
  const lines = [`**Crosscheck** · ${escapeMarkdown(claimText, 120)}`, ''];
  const seen = new Set<string>();
  const related: Related[] = [];
  for (const f of findings) {
    if (f.related.length) lines.push(`- ${escapeMarkdown(f.message)}`);
    for (const r of f.related) {
      const key = `${r.path}\u0000${r.start}\u0000${r.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        related.push(r);
      }
    }
  }
  if (!related.length) {
    lines.push(NO_OTHER_SOURCE);
    return lines.join('\n');
  }
  lines.push('', '| Source | Says | Verdict |', '| --- | --- | --- |');
  for (const r of related) lines.push(row(r, view));
  return lines.join('\n');
}
