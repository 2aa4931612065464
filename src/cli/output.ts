// The three ways findings leave the command line: JSON for tools, SARIF 2.1.0 for code-scanning
// services, and text for people, grouped by claim with file:line:col.
import * as path from 'path';
import type { Finding } from '../engine';
import { placeName } from '../host/formats/locate';
import type { Place } from '../host/formats/locate';
import { LineIndex } from '../server/positions';

/** The page (PDF) or time (transcript) of an offset in a file, if it has them. */
export type PlaceOf = (path: string, offset: number) => Place | undefined;

/** `page` (1-based) and `time` ("00:12:31") of a location in a document, for JSON and SARIF. */
function placeJson(placeOf: PlaceOf | undefined, p: string, offset: number): { page?: number; time?: string } {
  const place = placeOf?.(p, offset);
  return place ? { ...(place.page !== undefined ? { page: place.page } : {}), ...(place.time ? { time: place.time } : {}) } : {};
}

export interface Skipped {
  path: string;
  reason: string;
}

export function findingJson(f: Finding, placeOf?: PlaceOf): string {
  if (!placeOf) return JSON.stringify(f);
  return JSON.stringify({
    ...f,
    claim: { ...f.claim, ...placeJson(placeOf, f.claim.path, f.claim.start) },
    related: f.related.map((r) => ({ ...r, ...placeJson(placeOf, r.path, r.start) })),
  });
}

/** 1-based line and column, through the server's line index (CR, LF and CRLF; one scan per text). */
function lineColumns(texts: Map<string, string>): (path: string, offset: number) => { line: number; col: number } {
  const indexes = new Map<string, LineIndex>();
  return (p, offset) => {
    let index = indexes.get(p);
    if (!index) indexes.set(p, (index = new LineIndex(texts.get(p) ?? '')));
    const { line, character } = index.positionAt(offset);
    return { line: line + 1, col: character + 1 };
  };
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(findings: Finding[], texts: Map<string, string>, cwd: string, placeOf?: PlaceOf): string {
  const lineCol = lineColumns(texts);
  const region = (p: string, start: number, end: number) => {
    const a = lineCol(p, start);
    const b = lineCol(p, end);
    return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col, charOffset: start, charLength: end - start };
  };
  const uri = (p: string) => path.relative(cwd, p).split(path.sep).join('/');
  const props = (p: string, offset: number) => {
    const place = placeJson(placeOf, p, offset);
    return Object.keys(place).length ? { properties: place } : {};
  };
  const types = [...new Set(findings.map((f) => f.type))];
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'crosscheck', informationUri: 'https://github.com/crosscheck/crosscheck', rules: types.map((t) => ({ id: t, name: t })) } },
          results: findings.map((f) => ({
            ruleId: f.type,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            // Regions of a PDF or transcript are in the text read from it; the page or time is a property.
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.claim.path) }, region: region(f.claim.path, f.claim.start, f.claim.end) }, ...props(f.claim.path, f.claim.start) }],
            relatedLocations: f.related.map((r, i) => ({
              id: i,
              message: { text: r.note },
              physicalLocation: { artifactLocation: { uri: uri(r.path) }, region: region(r.path, r.start, r.end) },
              ...props(r.path, r.start),
            })),
            properties: { confidence: f.confidence },
          })),
        },
      ],
    },
    null,
    2,
  );
}

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' };

export function toText(findings: Finding[], skipped: Skipped[], texts: Map<string, string>, cwd: string, color: boolean, placeOf?: PlaceOf): string {
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
  const shown = findings.filter((f) => f.type !== 'agreement' && f.type !== 'quote-corroborated');
  for (const f of shown) {
    out.push(`${where(f.claim.path, f.claim.start)}: ${paint(f.severity, f.severity)} [${f.type}] ${JSON.stringify(clip(f.claim.text))}`);
    out.push(`  ${f.message}`);
    for (const r of f.related) out.push(`    ${r.relation.padEnd(9)} ${where(r.path, r.start)} ${JSON.stringify(clip(r.text))}`);
  }
  for (const s of skipped) out.push(`${s.path}: skipped: ${s.reason}`);
  const count = (t: string) => findings.filter((f) => f.type === t).length;
  out.push(
    `${count('conflict')} conflicts, ${count('quote-variant')} quotation variants, ${count('agreement') + count('quote-corroborated')} corroborated claims, ${skipped.length} files skipped`,
  );
  return out.join('\n');
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 90 ? `${one.slice(0, 87)}…` : one;
}
