// The panel's data: one group per disagreement. "Thursday" in one report and "Friday" in four others
// are one disagreement seen from five places; the group is told from the claim that stands against
// the most sources, and lists every other place once.
import type { Finding } from '../engine/types';
import type { ClaimRef, ConflictGroup, RelatedSource, Settings, SourceRef } from '../protocol';
import { effectiveSeverity, isProblem } from './diagnostics';
import { describe } from './subject';
import type { Mention } from './subject';
import { placeFields, sentenceAround } from './view';
import type { DocView } from './view';

const key = (path: string, start: number) => `${path}#${start}`;

/** Union-find over claim places, joined by each finding's claim and the places it conflicts with. */
function clusters(findings: Finding[]): Finding[][] {
  // Places (path, start) by number: a workspace of many versions holds tens of thousands.
  const places = new Map<string, Map<number, number>>();
  const parent: number[] = [];
  const place = (path: string, start: number): number => {
    let inPath = places.get(path);
    if (!inPath) places.set(path, (inPath = new Map()));
    let id = inPath.get(start);
    if (id === undefined) {
      id = parent.length;
      inPath.set(start, id);
      parent.push(id);
    }
    return id;
  };
  const find = (k: number): number => {
    let r = k;
    while (parent[r] !== r) r = parent[r];
    while (parent[k] !== r) {
      const next = parent[k];
      parent[k] = r;
      k = next;
    }
    return r;
  };
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const own = findings.map((f) => place(f.claim.path, f.claim.start));
  // A related place joins the finding whose claim covers it (a quotation's words start after its mark).
  const byPath = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const list = byPath.get(f.claim.path);
    if (list) list.push(i);
    else byPath.set(f.claim.path, [i]);
  });
  const at = (path: string, start: number) =>
    byPath.get(path)?.find((i) => findings[i].claim.start <= start && start < Math.max(findings[i].claim.end, findings[i].claim.start + 1));
  findings.forEach((f, i) => {
    if (f.type === 'repetition') return; // a document repeating itself is its own notice
    for (const r of f.related) {
      if (r.relation !== 'conflicts' && r.relation !== 'differs') continue;
      const other = at(r.path, r.start);
      join(own[i], other !== undefined ? own[other] : place(r.path, r.start));
    }
  });
  const byRoot = new Map<number, Finding[]>();
  findings.forEach((f, i) => {
    const root = find(own[i]);
    const list = byRoot.get(root);
    if (list) list.push(f);
    else byRoot.set(root, [f]);
  });
  return [...byRoot.values()];
}

const against = (f: Finding) => f.related.reduce((n, r) => (r.relation === 'conflicts' || r.relation === 'differs' ? n + 1 + (r.more ?? 0) : n), 0);
const RANK: Record<string, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * How many groups conflictGroups would make that are still to review (the status bar's count),
 * without building them: a group whose claims are all checked is not counted.
 */
export function conflictCount(findings: Finding[], settings: Settings, view: DocView): number {
  const groups = clusters(findings.filter((f) => effectiveSeverity(f, settings) && isProblem(f.type) && !view.isIgnored(f.claim)));
  // Called on the view, not taken off it: the document store's checkedOf reads its own fields.
  if (!view.checkedOf) return groups.length;
  return groups.filter((cluster) => !cluster.every((f) => !!view.checkedOf!(f.claim))).length;
}

export function conflictGroups(findings: Finding[], settings: Settings, view: DocView): ConflictGroup[] {
  const shown = findings.filter((f) => effectiveSeverity(f, settings) && isProblem(f.type) && !view.isIgnored(f.claim));
  const groups: ConflictGroup[] = [];
  for (const cluster of clusters(shown)) {
    const lead = [...cluster].sort((a, b) => against(b) - against(a) || RANK[a.severity] - RANK[b.severity])[0];
    const source = (path: string, start: number, end: number, text: string, relation: RelatedSource['relation'], note: string, more?: number): RelatedSource => ({
      uri: view.uriOf(path),
      path,
      name: view.nameOf(path),
      range: view.rangeOf(path, start, end),
      text,
      relation,
      note,
      ...placeFields(view, path, start),
      ...(more ? { more } : {}),
    });
    const seen = new Set([key(lead.claim.path, lead.claim.start)]);
    const sources: RelatedSource[] = [];
    for (const r of lead.related) {
      seen.add(key(r.path, r.start));
      sources.push(source(r.path, r.start, r.end, r.text, r.relation, r.note, r.more));
    }
    // Places of the disagreement that the lead claim did not meet directly.
    for (const f of cluster) {
      const k = key(f.claim.path, f.claim.start);
      if (seen.has(k)) continue;
      seen.add(k);
      sources.push(source(f.claim.path, f.claim.start, f.claim.end, f.claim.text, 'differs', f.message));
    }
    const severity = cluster.map((f) => effectiveSeverity(f, settings)!).sort((a, b) => RANK[a] - RANK[b])[0];
    const c = lead.claim;
    groups.push(
      review(
        {
          claim: { id: c.id, uri: view.uriOf(c.path), path: c.path, name: view.nameOf(c.path), range: view.rangeOf(c.path, c.start, c.end), text: c.text, ...placeFields(view, c.path, c.start) },
          type: lead.type,
          severity,
          confidence: lead.confidence,
          message: lead.message,
          sources,
        },
        lead,
        cluster,
        settings,
        view,
      ),
    );
  }
  return groups.sort(byReviewOrder);
}

const byPlace = (a: SourceRef, b: SourceRef) =>
  a.name.localeCompare(b.name) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/** The order of the panel and of "Next disagreement": open before checked, then by severity, then by first mention. */
export function byReviewOrder(a: ConflictGroup, b: ConflictGroup): number {
  return Number(!!a.checked) - Number(!!b.checked) || RANK[a.severity] - RANK[b.severity] || byPlace(a.first, b.first);
}

/**
 * What a review needs besides the findings: what the disagreement is about and the values in
 * play, its first mention, the claims "Mark as checked" records, whether they are all checked,
 * and each source's sentence. The group's severity counts only the claims still open.
 */
function review(group: Omit<ConflictGroup, 'subject' | 'values' | 'label' | 'first' | 'members'>, lead: Finding, cluster: Finding[], settings: Settings, view: DocView): ConflictGroup {
  const offsets = new Map<string, Mention>();
  const note = (m: Mention) => offsets.set(`${m.path}\u0000${m.text}`, m);
  for (const f of cluster) {
    note(f.claim);
    for (const r of f.related) note(r);
  }
  const mentions: Mention[] = [lead.claim, ...group.sources.map((s) => offsets.get(`${s.path}\u0000${s.text}`)).filter((m): m is Mention => !!m)];
  const { subject, values, label } = describe(lead.type, mentions, view);
  const sources = group.sources.map((s) => {
    const m = offsets.get(`${s.path}\u0000${s.text}`);
    const sentence = m && sentenceAround(view, m.path, m.start, m.end);
    return sentence ? { ...s, sentence } : s;
  });
  const seen = new Set<string>();
  const members: ClaimRef[] = [];
  for (const f of cluster) {
    if (seen.has(f.claim.id)) continue;
    seen.add(f.claim.id);
    members.push({ id: f.claim.id, path: f.claim.path, text: f.claim.text });
  }
  const checks = members.map((m) => view.checkedOf?.(m));
  const checked = checks.length && checks.every((x) => !!x) ? (checks.find((x) => x?.note || x?.right) ?? checks[0]) : undefined;
  const open = cluster.filter((f) => !view.checkedOf?.(f.claim));
  const severity = open.length ? open.map((f) => effectiveSeverity(f, settings)!).sort((a, b) => RANK[a] - RANK[b])[0] : group.severity;
  const places: SourceRef[] = [group.claim, ...sources];
  const first = [...places].sort(byPlace)[0];
  const { uri, path, name, range, text, page, time, place } = first;
  return {
    ...group,
    severity,
    sources,
    subject,
    values,
    label,
    first: { uri, path, name, range, text, ...(page !== undefined ? { page } : {}), ...(time ? { time } : {}), ...(place ? { place } : {}) },
    members,
    ...(checked ? { checked } : {}),
  };
}
