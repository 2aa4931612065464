// The compare view's data for one document: each claim with every source's words side by side,
// the findings about it, and a number line when the claim is a figure.
import type { Claim, DocumentClaims, Finding, Related } from '../engine/types';
import type { CompareClaim, CompareDocument, RelatedSource } from '../protocol';
import { numberLine } from './numberLine';
import type { Plotted } from './numberLine';
import { placeFields, sentenceAround } from './view';
import type { DocView } from './view';

function findingsFor(claim: Claim, findings: Finding[]): Finding[] {
  return findings.filter((f) => f.claim.id === claim.id || (f.claim.start === claim.span.start && f.claim.end === claim.span.end));
}

function sourcesOf(findings: Finding[], view: DocView): { source: RelatedSource; related: Related }[] {
  const seen = new Set<string>();
  const out: { source: RelatedSource; related: Related }[] = [];
  for (const f of findings) {
    for (const r of f.related) {
      const key = `${r.path}\u0000${r.start}\u0000${r.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        related: r,
        source: { uri: view.uriOf(r.path), path: r.path, name: view.nameOf(r.path), range: view.rangeOf(r.path, r.start, r.end), text: r.text, relation: r.relation, note: r.note, ...placeFields(view, r.path, r.start), ...(r.more ? { more: r.more } : {}) },
      });
    }
  }
  return out;
}

function plotFor(claim: Claim, sources: { source: RelatedSource; related: Related }[], view: DocView) {
  if (claim.kind !== 'quantity') return undefined;
  const items: Plotted[] = [{ label: 'this document', self: true, quantity: claim.quantity, text: claim.text }];
  for (const { source, related } of sources) {
    const other = view.claimAt?.(related.path, related.start, related.end);
    if (other?.kind === 'quantity') items.push({ label: source.place ?? source.name, self: false, relation: related.relation, quantity: other.quantity, text: related.text });
  }
  return numberLine(items);
}

export function compareDocument(path: string, doc: DocumentClaims | undefined, findings: Finding[], view: DocView): CompareDocument {
  const claims: CompareClaim[] = (doc?.claims ?? []).map((claim) => {
    const mine = findingsFor(claim, findings);
    const sources = sourcesOf(mine, view);
    return {
      id: claim.id,
      kind: claim.kind,
      text: claim.text,
      uri: view.uriOf(path),
      range: view.rangeOf(path, claim.span.start, claim.span.end),
      ignored: view.isIgnored({ id: claim.id, path, text: claim.text }),
      findings: mine.map((f) => ({ type: f.type, severity: f.severity, message: f.message, diff: f.diff })),
      sources: sources.map(({ source, related }) => {
        const sentence = sentenceAround(view, related.path, related.start, related.end);
        return sentence ? { ...source, sentence } : source;
      }),
      numberLine: plotFor(claim, sources, view),
    };
  });
  // Disagreements first (in the order of the text), then what other sources confirm, then the rest:
  // the report opens on what needs an editor's decision.
  const rank = (c: CompareClaim) => (c.findings.some((f) => f.type === 'conflict' || f.type === 'later-count' || f.type === 'quote-variant' || f.type === 'quote-speaker') ? 0 : c.sources.length ? 1 : 2);
  claims.sort((a, b) => rank(a) - rank(b));
  return { uri: view.uriOf(path), path, name: view.nameOf(path), claims };
}
