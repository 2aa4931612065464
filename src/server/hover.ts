// Hover on a claim: what every other source says about it, agreements included, as a table.
// All document text goes through escapeMarkdown; links are built from paths only.
import type { Finding, Related, Relation } from '../engine/types';
import { escapeMarkdown, fileLink } from './markdown';
import type { DocView } from './view';

const VERDICT: Record<Relation, string> = {
  conflicts: '✗ conflicts',
  agrees: '✓ agrees',
  same: '✓ same words',
  differs: '≠ differs',
};

export const NO_OTHER_SOURCE = 'No other source mentions this.';

function row(r: Related, view: DocView): string {
  const link = fileLink(view.nameOf(r.path), view.uriOf(r.path), view.rangeOf(r.path, r.start, r.end));
  const note = (r.note ? ` — ${escapeMarkdown(r.note)}` : '') + (r.more ? ` (and ${r.more} more)` : '');
  return `| ${link} | ${escapeMarkdown(r.text)} | ${VERDICT[r.relation] ?? escapeMarkdown(String(r.relation))}${note} |`;
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
