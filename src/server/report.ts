// "Compare sources" for the whole workspace: one row per disagreement (as the panel groups them),
// one column per source that takes part in any, what each source says in its cell, and a number
// line per figure. The client shows it in a webview and exports it (shared/reportExport.ts).
import type { ConflictGroup, ReportCell, ReportRow, ReportSource, WorkspaceReport } from '../protocol';
import { numberLine } from './numberLine';
import type { Plotted } from './numberLine';
import { valueOf } from './subject';
import type { DocView } from './view';
import { sentenceAround } from './view';

interface Place {
  path: string;
  uri: string;
  name: string;
  text: string;
  range: ReportCell['range'];
  place?: string;
  self: boolean;
  relation?: Plotted['relation'];
}

/** Offsets of a place from its range (UTF-16 positions, as the store gives them), and its claim. */
function claimOf(view: DocView, p: Place) {
  const text = view.textOf?.(p.path);
  if (text === undefined) return undefined;
  let offset = 0;
  for (let line = 0; line < p.range.start.line; line++) {
    const nl = text.indexOf('\n', offset);
    const cr = text.indexOf('\r', offset);
    const next = cr >= 0 && (nl < 0 || cr < nl) ? (text[cr + 1] === '\n' ? cr + 2 : cr + 1) : nl >= 0 ? nl + 1 : -1;
    if (next < 0) return undefined;
    offset = next;
  }
  const start = offset + p.range.start.character;
  const end = start + p.text.length;
  if (text.slice(start, end) !== p.text) return undefined;
  return { start, end, claim: view.claimAt?.(p.path, start, end) };
}

export function workspaceReport(groups: ConflictGroup[], view: DocView, title: string, now: Date = new Date()): WorkspaceReport {
  const sources: ReportSource[] = [];
  const column = new Map<string, number>();
  const rowsPlaces = groups.map((g) => {
    const places: Place[] = [
      { path: g.claim.path, uri: g.claim.uri, name: g.claim.name, text: g.claim.text, range: g.claim.range, place: g.claim.place, self: true },
      ...g.sources.map((s) => ({ path: s.path, uri: s.uri, name: s.name, text: s.text, range: s.range, place: s.place, self: false, relation: s.relation })),
    ];
    for (const p of places) {
      if (column.has(p.path)) continue;
      column.set(p.path, -1);
      sources.push({ path: p.path, uri: view.uriOf(p.path), name: p.name });
    }
    return places;
  });
  sources.sort((a, b) => a.name.localeCompare(b.name));
  sources.forEach((s, i) => column.set(s.path, i));

  const rows: ReportRow[] = groups.map((g, gi) => {
    const cells: (ReportCell[] | null)[] = sources.map(() => null);
    const plotted: Plotted[] = [];
    for (const p of rowsPlaces[gi]) {
      const found = claimOf(view, p);
      const claim = found?.claim;
      const sentence = found ? sentenceAround(view, p.path, found.start, found.end) : undefined;
      const cell: ReportCell = {
        text: p.text,
        value: g.type === 'conflict' || g.type === 'later-count' ? valueOf(claim, p.text) : p.text,
        uri: p.uri,
        range: p.range,
        ...(p.place ? { place: p.place } : {}),
        ...(sentence ? { sentence } : {}),
      };
      const i = column.get(p.path)!;
      (cells[i] ??= []).push(cell);
      if (claim?.kind === 'quantity') plotted.push({ label: p.place ?? p.name, self: p.self, relation: p.relation, quantity: claim.quantity, text: p.text });
    }
    const line = plotted.length > 1 ? numberLine(plotted) : undefined;
    return {
      label: g.label,
      subject: g.subject,
      values: g.values,
      type: g.type,
      severity: g.severity,
      message: g.message,
      cells,
      members: g.members,
      ...(line ? { numberLine: line } : {}),
      ...(g.checked ? { checked: g.checked } : {}),
    };
  });
  return { title, generated: now.toISOString(), sources, rows };
}
