// SARIF 2.1.0 for code-scanning services (GitHub code scanning, Azure DevOps, the SARIF viewer).
// Paths are relative to %SRCROOT% (declared in originalUriBaseIds: the git root, or the folder
// holding every file compared), each rule links to the README's section on its finding type,
// and only disagreements are results.
import { createHash } from 'crypto';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Finding, FindingType, Severity } from '../engine';
import { DOCS_URL, findingDocsUrl } from '../shared/defaults';
import { REPORTED, lineColumns, placeJson, type CheckedOf, type PlaceOf, type Skipped } from './output';
import type { ResolvedChecked } from '../shared/ignoreFile';
import type { Reported } from './copies';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const RULES: Record<string, { name: string; short: string; full: string; level: string }> = {
  conflict: {
    name: 'Conflict',
    short: 'Sources give different figures or dates for the same thing.',
    full: 'Two sources give values for the same thing that cannot both be right, given their qualifiers, ranges, bounds and the precision they were written with. Relative dates that cannot be checked without a publication date are notes to check by hand.',
    level: 'error',
  },
  'later-count': {
    name: 'LaterCount',
    short: 'Another source gives a later count or figure of the same thing.',
    full: 'Another source says the count has risen to a higher figure, or gives this figure as the earlier value or estimate beside its own: this one reads as an earlier figure, which may be out of date, not as a disagreement.',
    level: 'note',
  },
  'quote-variant': {
    name: 'QuoteVariant',
    short: 'A quotation is worded differently in another source.',
    full: 'The same statement is quoted with other words in another source; the message names the words left out or added.',
    level: 'warning',
  },
  'quote-speaker': {
    name: 'QuoteSpeaker',
    short: 'Sources give the same quotation to different speakers.',
    full: 'The same words (four or more) are given to a differently named speaker in another source.',
    level: 'warning',
  },
  repetition: {
    name: 'Repetition',
    short: 'The document repeats a passage word for word.',
    full: 'A passage the same document repeats word for word. A document is never a second source for itself, so its figures are checked once, at the first copy.',
    level: 'note',
  },
};

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The deepest folder holding every path. */
export function commonFolder(paths: string[]): string {
  if (paths.length === 0) return process.cwd();
  let common = path.dirname(path.resolve(paths[0]));
  for (const p of paths) {
    const abs = path.resolve(p);
    while (path.relative(common, abs).startsWith('..') || path.isAbsolute(path.relative(common, abs))) common = path.dirname(common);
  }
  return common;
}

export interface SarifOptions {
  version: string;
  /** Folder every URI is relative to (%SRCROOT%). */
  root: string;
  /** Page or time of a place in a document (its region is in the text read from it). */
  placeOf?: PlaceOf;
  /** How a finding's claim was checked in .crosscheck.json. */
  checkedOf?: CheckedOf;
}

function suppressions(c: ResolvedChecked | undefined): { suppressions?: object[] } {
  if (!c) return {};
  const justification = [`checked ${c.date}`, c.right ? `${path.basename(c.right)} is right` : '', c.note ?? ''].filter(Boolean).join('; ');
  return { suppressions: [{ kind: 'external', status: 'accepted', justification }] };
}

export function toSarif(findings: Reported[], skipped: Skipped[], texts: Map<string, string>, options: SarifOptions): string {
  const lineCol = lineColumns(texts);
  const region = (p: string, start: number, end: number) => {
    const a = lineCol(p, start);
    const b = lineCol(p, end);
    return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col, charOffset: start, charLength: end - start };
  };
  const rel = (p: string) => path.relative(options.root, path.resolve(p)).split(path.sep).join('/');
  // A PDF's page or a transcript's time, as the location's properties.
  const props = (p: string, offset: number) => {
    const place = placeJson(options.placeOf, p, offset);
    return Object.keys(place).length ? { properties: place } : {};
  };
  const artifact = (p: string) => ({ uri: rel(p).split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' });
  const ruleIds = REPORTED as readonly FindingType[];
  const rootUri = pathToFileURL(options.root).href.replace(/\/?$/, '/');
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Crosscheck',
            version: options.version,
            semanticVersion: options.version,
            informationUri: DOCS_URL,
            rules: ruleIds.map((id) => ({
              id,
              name: RULES[id].name,
              shortDescription: { text: RULES[id].short },
              fullDescription: { text: RULES[id].full },
              helpUri: findingDocsUrl(id),
              help: { text: `${RULES[id].short} See ${findingDocsUrl(id)}` },
              defaultConfiguration: { level: RULES[id].level },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: skipped.map((s) => ({
              level: 'warning',
              message: { text: `Skipped: ${s.reason}` },
              locations: [{ physicalLocation: { artifactLocation: artifact(s.path) } }],
            })),
          },
        ],
        results: findings.map((f) => ({
          ruleId: f.type,
          ruleIndex: ruleIds.indexOf(f.type),
          level: LEVEL[f.severity],
          message: { text: f.message },
          // Copies (copies.ts): the same words with the same finding in other files, each a location.
          locations: [f.claim, ...(f.copies ?? [])].map((p) => ({ physicalLocation: { artifactLocation: artifact(p.path), region: { ...region(p.path, p.start, p.end), snippet: { text: f.claim.text } } }, ...props(p.path, p.start) })),
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            message: { text: `${r.relation}: ${r.note || r.text}${r.more ? ` (and ${r.more} more)` : ''}` },
            physicalLocation: { artifactLocation: artifact(r.path), region: { ...region(r.path, r.start, r.end), snippet: { text: r.text } } },
            ...props(r.path, r.start),
          })),
          partialFingerprints: { 'crosscheckClaim/v1': createHash('sha256').update(`${f.type}\0${rel(f.claim.path)}\0${f.claim.text}`).digest('hex') },
          properties: { confidence: f.confidence, severity: f.severity, ...(f.more ? { moreSources: f.more } : {}) },
          // A claim checked in .crosscheck.json: suppressed, with the editor's note as justification.
          ...suppressions(options.checkedOf?.(f)),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
