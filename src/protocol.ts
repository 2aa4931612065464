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

/**
 * Commands of code actions, run through workspace/executeCommand by the server, so every editor
 * has them. `openLocation` ([uri, range]) opens a source: VS Code's client runs it itself (the
 * server then does not offer it); for other editors the server asks the client to show the place
 * (window/showDocument). `ignoreClaim` ([claim, 'workspace' | 'file']) and `clearIgnored` ([]).
 */
export const Commands = {
  openLocation: 'crosscheck.openLocation',
  ignoreClaim: 'crosscheck.ignoreClaim',
  clearIgnored: 'crosscheck.clearIgnored',
  /**
   * ([claims, note?, right?]) records the claims as checked in their folder's IGNORE_FILE;
   * ([claims]) with `reopen` takes them out again. VS Code's client runs markChecked itself (it
   * asks for the note and the source that is right, then sends CheckClaimsRequest).
   */
  markChecked: 'crosscheck.markChecked',
  reopen: 'crosscheck.reopen',
} as const;

/** Where an ignored claim is kept: the server's storage for this workspace, or the folder's IGNORE_FILE. */
export type IgnoreScope = 'workspace' | 'file';

export const FINDING_TYPES: readonly FindingType[] = [
  'conflict',
  'quote-variant',
  'quote-speaker',
  'repetition',
  'single-source',
  'agreement',
  'quote-corroborated',
  'later-count',
];

/** `default` keeps the engine's severity; `off` drops the finding from diagnostics and the panel. */
export type SeveritySetting = Severity | 'default' | 'off';

export interface Settings {
  include: string[];
  exclude: string[];
  /** Patterns of `files.exclude` that are switched on. */
  filesExclude: string[];
  languages: string[];
  /** Bytes; larger files are skipped with a notice (for documents: characters of their text). */
  maxFileSize: number;
  /** Bytes on disk of a PDF, Word file, web page or transcript; larger ones are skipped. */
  maxDocumentSize: number;
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
  /** Claims ignored in this workspace by an earlier version of the client: the server keeps them now. */
  ignored?: ClaimRef[];
  /** Commands the client runs itself (VS Code: Commands.openLocation); the server leaves them to it. */
  clientCommands?: string[];
  /** The client shows crosscheck-source: documents (SourceTextRequest): places in PDFs and the like open there. */
  sourceViews?: boolean;
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
  /** Where in a document the place is, when it has pages or times: see DocumentPlace. */
  page?: number;
  time?: string;
  /** Name and place for display: "report.pdf, p. 4", "interview.vtt 00:12:31". */
  place?: string;
}

export interface RelatedSource extends SourceRef {
  /** The source's sentence with these words marked (the panel's tooltip, the report). */
  sentence?: MarkedText;
  relation: Relation;
  note: string;
  /** Sources that say the same as this one and are not listed (a large story names a few of each). */
  more?: number;
}

/** A checked claim as the user recorded it in IGNORE_FILE. */
export interface CheckedInfo {
  note?: string;
  /** The source that is right: its path, and its name for display. */
  right?: string;
  rightName?: string;
  /** YYYY-MM-DD. */
  date: string;
}

/** One value in play in a disagreement, and how many places give it ("15,000", 3). */
export interface GroupValue {
  text: string;
  count: number;
  /** Names of the places that give it. */
  names: string[];
}

export interface ConflictGroup {
  claim: SourceRef & { id: string };
  type: FindingType;
  severity: Severity;
  confidence: number;
  message: string;
  sources: RelatedSource[];
  /** What the disagreement is about: "troops sent", "when held", "Kim quoted". */
  subject: string;
  /** The values in play, the most given first. */
  values: GroupValue[];
  /** "troops sent · 15,000 ×3 · 12,000 · 10,000–12,000": subject and values, for the panel. */
  label: string;
  /** The mention that comes first (by document name, then place): where the review opens it. */
  first: SourceRef;
  /** The claims of the disagreement that have findings: what "Mark as checked" records. */
  members: ClaimRef[];
  /** Set when every member is checked: the note and right source of the check. */
  checked?: CheckedInfo;
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

/** A column of the workspace report: one source. */
export interface ReportSource {
  path: string;
  uri: string;
  name: string;
}

/** What one source says about a row's subject. */
export interface ReportCell {
  text: string;
  /** The value as the label names it ("15,000"). */
  value: string;
  /** The sentence around the words, and where the words sit in it. */
  sentence?: MarkedText;
  uri: string;
  range: Range;
  place?: string;
}

/** A text with a part to mark: before + marked + after. */
export interface MarkedText {
  before: string;
  marked: string;
  after: string;
}

/** One row of the workspace report: one disagreement. */
export interface ReportRow {
  label: string;
  subject: string;
  values: GroupValue[];
  type: FindingType;
  severity: Severity;
  message: string;
  /** One entry per report source (same order as `sources`): what it says, or null. */
  cells: (ReportCell[] | null)[];
  numberLine?: NumberLine;
  checked?: CheckedInfo;
  /** The claims to record when the row is marked as checked. */
  members: ClaimRef[];
}

/** "Compare sources" for the whole workspace: one row per disagreement, one column per source. */
export interface WorkspaceReport {
  title: string;
  /** ISO timestamp of when the server built it. */
  generated: string;
  sources: ReportSource[];
  rows: ReportRow[];
}

export interface CheckClaimsParams {
  claims: ClaimRef[];
  /** true: record as checked; false: reopen. */
  checked: boolean;
  note?: string;
  /** Path of the source that is right. */
  right?: string;
}

export interface CheckClaimsResult {
  /** Why the claims could not be recorded (IGNORE_FILE unreadable, no folder…). */
  error?: string;
  /** The files written. */
  files: string[];
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

/**
 * PDFs, Word files, web pages and transcripts cannot be shown as text: their places open a
 * read-only view of the text Crosscheck extracted from them, under this scheme (the file's path,
 * as in its file: URI), filled by SourceTextRequest.
 */
export { SOURCE_SCHEME } from './shared/defaults';


export interface SourceTextResult {
  text: string;
}

export const ConflictsRequest = new RequestType0<ConflictsResult, void>('crosscheck/conflicts');
export const CompareRequest = new RequestType<{ uris: string[] }, CompareResult, void>('crosscheck/compare');
export const SkippedRequest = new RequestType0<SkippedResult, void>('crosscheck/skipped');
export const DocumentsRequest = new RequestType0<DocumentsResult, void>('crosscheck/documents');
export const IgnoreClaimRequest = new RequestType<{ claims: ClaimRef[]; ignore: boolean }, void, void>('crosscheck/ignoreClaim');
/** Answers once indexing is done and every pending check has been published: tests wait on it, never sleep. */
export const IdleRequest = new RequestType0<IdleResult, void>('crosscheck/idle');
/** The extracted text of a document, for a crosscheck-source: URI; null when it is not indexed. */
export const SourceTextRequest = new RequestType<{ uri: string }, SourceTextResult | null, void>('crosscheck/sourceText');
/** Records claims as checked (or reopens them) in their folders' IGNORE_FILE. */
export const CheckClaimsRequest = new RequestType<CheckClaimsParams, CheckClaimsResult, void>('crosscheck/checkClaims');
/** The report of the whole workspace: every disagreement, every source. */
export const ReportRequest = new RequestType0<WorkspaceReport, void>('crosscheck/report');
export const StatusNotification = new NotificationType<StatusParams>('crosscheck/status');
