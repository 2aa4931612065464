// Messages and shapes shared by the client and the language server (one module so both sides agree).
// Only types and message descriptors live here: no editor API, no engine code.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { FindingType, Relation, Severity } from './engine/types';

export type { FindingType, Relation, Severity };

/** `source` of every diagnostic, so code actions and the panel can recognise ours. */
export const SOURCE = 'Crosscheck';

/** Where each finding type is explained; diagnostics link here through `code.target`. */
export { DOCS_URL, findingDocsUrl } from './shared/defaults';

export { IGNORE_FILE } from './shared/ignoreFile';

export const FINDING_TYPES: readonly FindingType[] = [
  'conflict',
  'quote-variant',
  'quote-speaker',
  'repetition',
  'single-source',
  'agreement',
  'quote-corroborated',
];

/** `default` keeps the engine's severity; `off` drops the finding from diagnostics and the panel. */
export type SeveritySetting = Severity | 'default' | 'off';

export interface Settings {
  include: string[];
  exclude: string[];
  /** Patterns of `files.exclude` that are switched on. */
  filesExclude: string[];
  languages: string[];
  /** Bytes; larger files are skipped with a notice. */
  maxFileSize: number;
  severity: Record<FindingType, SeveritySetting>;
  /** ISO date for resolving relative dates ("last Tuesday"); passed on to the engine. */
  referenceDate?: string;
  /** crosscheck.cache.enabled: keep extracted claims on disk so a reopened workspace is ready at once. */
  cacheEnabled: boolean;
}

/** Enough to name one claim again after edits (ids may change, path + words rarely do). */
export interface ClaimRef {
  id: string;
  path: string;
  text: string;
}

/** `Diagnostic.data` of our diagnostics: what the code actions need. */
export interface DiagnosticData extends ClaimRef {
  type: FindingType;
}

export interface InitializationOptions {
  /** Raw settings, normalised by the server (also re-read on didChangeConfiguration). */
  settings?: unknown;
  /** Claims ignored in this workspace's state (the client keeps them). */
  ignored?: ClaimRef[];
  /** Folder for the index cache (the workspace's storage); created by the client. */
  cacheDir?: string;
  /** Quiet time in ms after an edit before the document is checked again (default 300). */
  recheckDelay?: number;
}

/** A place in a source, ready to open. */
export interface SourceRef {
  uri: string;
  path: string;
  /** Workspace-relative name for display. */
  name: string;
  range: Range;
  text: string;
}

export interface RelatedSource extends SourceRef {
  relation: Relation;
  note: string;
  /** Sources that say the same as this one and are not listed (a large story names a few of each). */
  more?: number;
}

export interface ConflictGroup {
  claim: SourceRef & { id: string };
  type: FindingType;
  severity: Severity;
  confidence: number;
  message: string;
  sources: RelatedSource[];
}

export interface ConflictsResult {
  groups: ConflictGroup[];
}

export interface SkippedFile {
  uri: string;
  path: string;
  reason: string;
}

export interface SkippedResult {
  files: SkippedFile[];
}

export interface DocumentsResult {
  documents: { uri: string; path: string; name: string }[];
}

/** One mark on a claim's number line, in fractions of the axis (0 = left end, 1 = right end). */
export interface NumberMark {
  /** Who says it: "this document" or a source name. */
  label: string;
  self: boolean;
  relation?: Relation;
  /** point: exact; bar: a range; band: an approximation with its rounding band; arrow: a bound. */
  shape: 'point' | 'bar' | 'band' | 'arrow';
  /** Position of the stated figure. */
  at: number;
  from: number;
  to: number;
  /** For arrows: which way the bound is open, and whether its end is excluded (more than / fewer than). */
  direction?: 'left' | 'right';
  exclusive?: boolean;
  text: string;
}

export interface NumberLine {
  unit?: string;
  ticks: { at: number; label: string }[];
  marks: NumberMark[];
}

export interface CompareFinding {
  type: FindingType;
  severity: Severity;
  message: string;
  diff?: { op: 'same' | 'added' | 'removed'; text: string }[];
}

export interface CompareClaim {
  id: string;
  kind: 'quantity' | 'date' | 'quote';
  text: string;
  range: Range;
  uri: string;
  ignored: boolean;
  findings: CompareFinding[];
  sources: RelatedSource[];
  numberLine?: NumberLine;
}

export interface CompareDocument {
  uri: string;
  path: string;
  name: string;
  claims: CompareClaim[];
}

export interface CompareResult {
  documents: CompareDocument[];
}

export type IndexState = 'starting' | 'indexing' | 'checking' | 'idle';

export interface StatusParams {
  state: IndexState;
  /** Files read so far and files found, while indexing. */
  indexed: number;
  total: number;
  documents: number;
  conflicts: number;
  skipped: number;
  /** Grows with every change the server has taken in; lets the client tell fresh from stale. */
  generation: number;
}

export interface IdleResult extends StatusParams {
  /** Digest (see shared/digest.ts) of the diagnostics last published for each URI. */
  published: Record<string, string>;
}

export const ConflictsRequest = new RequestType0<ConflictsResult, void>('crosscheck/conflicts');
export const CompareRequest = new RequestType<{ uris: string[] }, CompareResult, void>('crosscheck/compare');
export const SkippedRequest = new RequestType0<SkippedResult, void>('crosscheck/skipped');
export const DocumentsRequest = new RequestType0<DocumentsResult, void>('crosscheck/documents');
export const IgnoreClaimRequest = new RequestType<{ claims: ClaimRef[]; ignore: boolean }, void, void>('crosscheck/ignoreClaim');
/** Answers once indexing is done and every pending check has been published: tests wait on it, never sleep. */
export const IdleRequest = new RequestType0<IdleResult, void>('crosscheck/idle');
export const StatusNotification = new NotificationType<StatusParams>('crosscheck/status');
