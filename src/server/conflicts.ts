// The panel's data: every problem finding in the workspace, one group per claim.
import type { Finding } from '../engine/types';
import type { ConflictGroup, Settings } from '../protocol';
import { effectiveSeverity, isProblem } from './diagnostics';
import type { DocView } from './view';

export function conflictGroups(findings: Finding[], settings: Settings, view: DocView): ConflictGroup[] {
  const groups: ConflictGroup[] = [];
  for (const f of findings) {
    const severity = effectiveSeverity(f, settings);
    if (!severity || !isProblem(f.type) || view.isIgnored(f.claim)) continue;
    const c = f.claim;
    groups.push({
      claim: { id: c.id, uri: view.uriOf(c.path), path: c.path, name: view.nameOf(c.path), range: view.rangeOf(c.path, c.start, c.end), text: c.text },
      type: f.type,
      severity,
      confidence: f.confidence,
      message: f.message,
      sources: f.related.map((r) => ({
        uri: view.uriOf(r.path),
        path: r.path,
        name: view.nameOf(r.path),
        range: view.rangeOf(r.path, r.start, r.end),
        text: r.text,
        relation: r.relation,
        note: r.note,
      })),
    });
  }
  return groups.sort((a, b) => a.claim.path.localeCompare(b.claim.path) || a.claim.range.start.line - b.claim.range.start.line || a.claim.range.start.character - b.claim.range.start.character);
}
