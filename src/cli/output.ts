// Findings for people (text, grouped by claim with file:line:col) and for tools (JSON, one finding
// per line). SARIF is in sarif.ts.
import * as path from 'path';
import type { Finding, FindingType, Severity } from '../engine';
import { LineIndex, placeName } from './host';
import type { Place } from './host';
import type { ResolvedChecked } from '../shared/ignoreFile';
import type { Reported } from './copies';

/** The page (PDF) or time (transcript) of an offset in a file, if it has them. */
export type PlaceOf = (path: string, offset: number) => Place | undefined;

/** `page` (1-based) and `time` ("00:12:31") of a location in a document, for JSON and SARIF. */
export function placeJson(placeOf: PlaceOf | undefined, p: string, offset: number): { page?: number; time?: string } {
  const place = placeOf?.(p, offset);
  return place ? { ...(place.page !== undefined ? { page: place.page } : {}), ...(place.time ? { time: place.time } : {}) } : {};
}

/** How a finding's claim was checked in .crosscheck.json, if it was. */
export type CheckedOf = (f: Finding) => ResolvedChecked | undefined;

/** The JSON and SARIF form of a check: the right source relative to the current folder. */
export function checkedJson(c: ResolvedChecked, cwd = process.cwd()): { date: string; note?: string; right?: string } {
  return { date: c.date, ...(c.note ? { note: c.note } : {}), ...(c.right ? { right: path.relative(cwd, c.right) || c.right } : {}) };
}

export interface Skipped {
  path: string;
  reason: string;
}

/**
 * The finding types the command line reports: the disagreements, as the Problems view shows them
 * by default. Agreements, corroborated quotations and single-source quotations only confirm (or
 * note an absence); they stay in the editor's hovers.
 */
export const REPORTED: readonly FindingType[] = ['conflict', 'later-count', 'quote-variant', 'quote-speaker', 'repetition'];

/**
 * The JSON format's finding: the engine's finding as it is (`type`, `severity`, `confidence`,
 * `message`, `claim`, `related`), `copies` when other files carry the claim word for word
 * (copies.ts), plus `page` or `time` on a location in a PDF or transcript. Paths are relative to
 * the current folder (`name`), as `skipped`'s are: the JSON names files as the repository does,
 * whatever machine or CI runner wrote it.
 */
export function findingJson(f: Reported, placeOf?: PlaceOf, checkedOf?: CheckedOf, name: (p: string) => string = (p) => p): string {
  const c = checkedOf?.(f);
  const checked = c ? { checked: checkedJson(c) } : {};
  // The claim's `id` is the engine's key for the editor (its path and offset again): not printed.
  const { id: _id, ...claim } = f.claim;
  const at = <T extends { path: string; start: number }>(l: T) => ({ ...l, path: name(l.path), ...(placeOf ? placeJson(placeOf, l.path, l.start) : {}) });
  return JSON.stringify({
    ...f,
    ...checked,
    claim: at(claim),
    related: f.related.map(at),
    // A few copies and the count of the rest, as `related` names a few sources per value: a folder
    // of versions would list thousands (--copies 0 reports each copy as its own finding).
    ...(f.copies ? { copies: f.copies.slice(0, COPIES_LISTED).map(at), ...(f.copies.length > COPIES_LISTED ? { copiesMore: f.copies.length - COPIES_LISTED } : {}) } : {}),
  });
}

/** The copies the JSON gives of a finding; `copiesMore` counts the others. */
const COPIES_LISTED = 10;

/** 1-based line and column, through the server's line index (CR, LF and CRLF; one scan per text). */
export function lineColumns(texts: Map<string, string>): (path: string, offset: number) => { line: number; col: number } {
  const indexes = new Map<string, LineIndex>();
  return (p, offset) => {
    let index = indexes.get(p);
    if (!index) indexes.set(p, (index = new LineIndex(texts.get(p) ?? '')));
    const { line, character } = index.positionAt(offset);
    return { line: line + 1, col: character + 1 };
  };
}

/** What was left out of the output, for the summary line. */
export interface Tally {
  files: number;
  skipped: number;
  corroborated: number;
  ignored: number;
  /** Shown findings whose claim an editor checked (they do not fail the run). */
  checked: number;
  /** Reported types below --min-severity. */
  hidden: number;
  /** Findings given once for files that carry their claim word for word (--copies). */
  copies?: number;
  minSeverity: Severity;
}

/** Copies a text finding names; the others are counted. */
const COPIES_NAMED = 3;

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' };

const TYPE_NAMES: Record<string, [string, string]> = {
  conflict: ['conflict', 'conflicts'],
  'later-count': ['later count', 'later counts'],
  'quote-variant': ['quotation variant', 'quotation variants'],
  'quote-speaker': ['speaker mismatch', 'speaker mismatches'],
  repetition: ['repeated passage', 'repeated passages'],
};

const SEVERITY_NAMES: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['note to check by hand', 'notes to check by hand'],
  hint: ['hint', 'hints'],
};

function plural(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function toText(findings: Reported[], skipped: Skipped[], texts: Map<string, string>, cwd: string, color: boolean, tally: Tally, placeOf?: PlaceOf, checkedOf?: CheckedOf): string {
  const out: string[] = [];
  const paint = (s: string, sev: string) => (color ? `${COLORS[sev] ?? ''}${s}\x1b[0m` : s);
  const lineCol = lineColumns(texts);
  const where = (p: string, offset: number) => {
    // A PDF's page or a transcript's time says more than a line of the text read from it.
    const place = placeOf?.(p, offset);
    if (place) return placeName(path.relative(cwd, p) || p, place);
    const { line, col } = lineCol(p, offset);
    return `${path.relative(cwd, p) || p}:${line}:${col}`;
  };
  for (const f of findings) {
    const c = checkedOf?.(f);
    out.push(`${where(f.claim.path, f.claim.start)}: ${c ? paint(`${f.severity}, checked`, 'hint') : paint(f.severity, f.severity)} [${f.type}] ${JSON.stringify(clip(f.claim.text))}`);
    out.push(`  ${f.message}`);
    if (c) {
      const right = c.right ? `${path.relative(cwd, c.right) || c.right} is right` : '';
      const said = [right, c.note ?? ''].filter(Boolean).join('; ');
      out.push(`  checked${c.date ? ` ${c.date}` : ''}${said ? `: ${said}` : ''}`);
    }
    // A copy is named on the copies line, not also among the sources that say the same.
    const copy = new Set((f.copies ?? []).map((p) => `${p.path}#${p.start}`));
    for (const r of f.related.filter((x) => !copy.has(`${x.path}#${x.start}`))) out.push(`    ${r.relation.padEnd(9)} ${where(r.path, r.start)} ${JSON.stringify(clip(r.text))}${r.more ? ` and ${r.more} more` : ''}`);
    if (f.copies) {
      const named = f.copies.slice(0, COPIES_NAMED).map((p) => where(p.path, p.start));
      const more = f.copies.length - named.length;
      out.push(`    copies    ${named.join(', ')}${more ? ` and ${more} more` : ''} (the same words, the same finding)`);
    }
  }
  for (const s of skipped) out.push(`${s.path}: skipped: ${s.reason}`);
  if (out.length) out.push('');
  const bySeverity = (['error', 'warning', 'information', 'hint'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, SEVERITY_NAMES[s]));
  const byType = Object.keys(TYPE_NAMES)
    .map((t) => [t, findings.filter((f) => f.type === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => plural(n, TYPE_NAMES[t]));
  out.push(findings.length ? `${plural(findings.length, ['finding', 'findings'])}: ${bySeverity.join(', ')} (${byType.join(', ')})` : 'No findings');
  const notes = [`${plural(tally.files, ['file', 'files'])} compared, ${tally.skipped} skipped`, `${plural(tally.corroborated, ['claim', 'claims'])} corroborated`];
  if (tally.ignored) notes.push(`${tally.ignored} ignored by .crosscheck.json`);
  if (tally.checked) notes.push(`${tally.checked} checked in .crosscheck.json (not counted for --fail-on)`);
  if (tally.copies) notes.push(`${tally.copies} repeated word for word in other files and shown once (--copies)`);
  if (tally.hidden) notes.push(`${tally.hidden} below --min-severity ${tally.minSeverity} not shown`);
  out.push(notes.join('; '));
  return out.join('\n');
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 90 ? `${one.slice(0, 87)}…` : one;
}
