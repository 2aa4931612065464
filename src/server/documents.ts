// The document store: which text the engine holds for each path, whether it came from disk or
// from an open buffer, which files were skipped and why, and how to name and locate a path for
// the builders (it is their DocView). Every path whose text is about to be replaced gets a new
// stamp, so a read or an extraction that finishes after a newer one is dropped.
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { Range, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckWorkspace } from '../engine';
import type { Claim, DocumentClaims } from '../engine/types';
import type { CheckedInfo, Settings, SkippedFile } from '../protocol';
import { relativeTo } from '../host/globs';
import { hashText } from '../host/indexCache';
import type { IndexCache } from '../host/indexCache';
import { LineIndexCache } from '../host/positions';
import { isDocument } from '../host/formats/kinds';
import { placeAt } from '../host/formats/locate';
import type { Place } from '../host/formats/locate';
import { sourcePath, sourceUri } from '../host/formats/sourceUri';
import type { Layout } from '../host/formats/types';
import type { IgnoreSet } from './ignores';
import type { DocView } from './view';

export function uriToPath(uri: string): string {
  const document = sourcePath(uri); // a document's extracted text stands for the document
  if (document) return document;
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // fall through: keep the URI itself as the key
    }
  }
  return uri;
}

export interface StoreOptions {
  engine: CheckWorkspace;
  buffers: TextDocuments<TextDocument>;
  ignores: IgnoreSet;
  settings: () => Settings;
  /** The index cache, when it is on; fresh claims of files on disk are stored in it. */
  cache: () => IndexCache | undefined;
  /** Called after claims were stored in the cache (the cache is then saved later). */
  stored: () => void;
  log: (what: string, e: unknown) => void;
}

export class DocumentStore implements DocView {
  readonly engine: CheckWorkspace;
  roots: string[] = [];
  /** Skipped files and why: binary, too large, unreadable, or failed to analyse. */
  readonly skipped = new Map<string, string>();
  private readonly lines = new LineIndexCache();
  /**
   * True when the client shows documents' extracted text (crosscheck-source: URIs, see
   * SourceTextRequest); other editors get the documents' own file: URIs. Set before indexing.
   */
  sourceViews = false;
  /** Where the pages or spoken lines of each document (PDF, transcript…) start in its text. */
  private readonly layouts = new Map<string, Layout>();
  /** Open views of documents' extracted text (crosscheck-source: URIs). */
  private readonly views = new Set<string>();
  /** Paths opened in the editor, mapped to their URI as the client spelt it. */
  private readonly openUris = new Map<string, string>();
  /** Open document uri → the version the engine holds. */
  private readonly held = new Map<string, number>();
  private readonly stamps = new Map<string, number>();
  // URIs and names are asked for once per related claim: remember them (names cleared with the roots).
  private readonly uris = new Map<string, string>();
  private readonly names = new Map<string, string>();

  constructor(private readonly o: StoreOptions) {
    this.engine = o.engine;
  }

  // ---- DocView -------------------------------------------------------------------------------

  uriOf(p: string): string {
    const open = this.openUris.get(p);
    if (open) return open;
    let uri = this.uris.get(p);
    // A document opens as its extracted text, the text every range of it refers to.
    if (uri === undefined) this.uris.set(p, (uri = !path.isAbsolute(p) ? p : isDocument(p) && this.sourceViews ? sourceUri(p) : pathToFileURL(p).href));
    return uri;
  }

  placeOf(p: string, offset: number): Place | undefined {
    return placeAt(this.layouts.get(p), offset);
  }

  /** The text indexed for a path: for a document, what its crosscheck-source: view shows. */
  sourceText(p: string): string | undefined {
    return this.engine.text(p);
  }

  /** A document's pages or cues, as its reader found them (undefined: none, or not a document). */
  setLayout(p: string, layout: Layout | undefined): void {
    if (layout) this.layouts.set(p, layout);
    else this.layouts.delete(p);
  }

  nameOf(p: string): string {
    let name = this.names.get(p);
    if (name === undefined) this.names.set(p, (name = relativeTo(this.roots, p)?.rel ?? (path.isAbsolute(p) ? path.basename(p) : p)));
    return name;
  }

  rangeOf(p: string, start: number, end: number): Range {
    const doc = this.buffer(p);
    if (doc && this.isCurrent(doc)) return { start: doc.positionAt(start), end: doc.positionAt(end) };
    const text = this.engine.text(p);
    if (text === undefined) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const idx = this.lines.get(p, text);
    return { start: idx.positionAt(start), end: idx.positionAt(end) };
  }

  claimAt(p: string, start: number, end: number): Claim | undefined {
    const claims = this.engine.claims(p)?.claims ?? [];
    return claims.find((c) => c.span.start === start && c.span.end === end) ?? claims.find((c) => c.span.start <= start && end <= c.span.end);
  }

  isIgnored(claim: { id: string; path: string; text: string }): boolean {
    return this.o.ignores.has(claim);
  }

  checkedOf(claim: { path: string; text: string }): CheckedInfo | undefined {
    const c = this.o.ignores.checkedOf(claim);
    if (!c) return undefined;
    return { date: c.date, ...(c.note ? { note: c.note } : {}), ...(c.right ? { right: c.right, rightName: this.nameOf(c.right) } : {}) };
  }

  textOf(p: string): string | undefined {
    return this.engine.text(p);
  }

  setRoots(roots: string[]): void {
    this.roots = roots;
    this.names.clear();
  }

  // ---- open buffers --------------------------------------------------------------------------

  /** The open buffer of a path, if the engine tracks it. */
  buffer(p: string): TextDocument | undefined {
    const uri = this.openUris.get(p);
    return uri ? this.o.buffers.get(uri) : undefined;
  }

  /** The open buffer at this URI, tracked or not. */
  bufferAt(uri: string): TextDocument | undefined {
    return this.o.buffers.get(uri);
  }

  isOpen(p: string): boolean {
    return this.openUris.has(p);
  }

  /** True when the engine holds this buffer's text (its language is one we check). */
  tracks(doc: TextDocument): boolean {
    return this.openUris.get(uriToPath(doc.uri)) === doc.uri;
  }

  /** A document's extracted text opened in the editor: it gets the document's diagnostics. */
  trackView(doc: TextDocument): void {
    this.views.add(doc.uri);
  }

  /** True if the view was open. */
  untrackView(doc: TextDocument): boolean {
    return this.views.delete(doc.uri);
  }

  isView(doc: TextDocument): boolean {
    return this.views.has(doc.uri);
  }

  /** Open views of documents' extracted text. */
  viewBuffers(): TextDocument[] {
    return [...this.views].map((uri) => this.o.buffers.get(uri)).filter((d): d is TextDocument => !!d);
  }

  /** Open buffers the engine tracks: the ones that get diagnostics. */
  trackedBuffers(): TextDocument[] {
    return this.o.buffers.all().filter((d) => this.tracks(d));
  }

  allBuffers(): TextDocument[] {
    return this.o.buffers.all();
  }

  /** From now on the buffer's text wins over the file on disk. */
  track(doc: TextDocument): void {
    const p = uriToPath(doc.uri);
    this.openUris.set(p, doc.uri);
    this.touch(p);
  }

  /** The buffer closed; true if it was tracked (the file on disk counts again). */
  untrack(doc: TextDocument): boolean {
    this.held.delete(doc.uri);
    return this.openUris.delete(uriToPath(doc.uri));
  }

  /** True when the engine holds exactly this version of the buffer. */
  isCurrent(doc: TextDocument): boolean {
    return this.held.get(doc.uri) === doc.version;
  }

  holdVersion(doc: TextDocument): void {
    this.held.set(doc.uri, doc.version);
  }

  // ---- texts ---------------------------------------------------------------------------------

  /** Marks a path's text as about to change; returns the stamp a reader must still see when done. */
  touch(p: string): number {
    const n = (this.stamps.get(p) ?? 0) + 1;
    this.stamps.set(p, n);
    return n;
  }

  stampOf(p: string): number | undefined {
    return this.stamps.get(p);
  }

  /** Drops the reads in flight for every path under a folder. */
  touchUnder(prefix: string): void {
    for (const p of this.stamps.keys()) if (p.startsWith(prefix)) this.touch(p);
  }

  /**
   * Indexes a text, with the cached claims when they were extracted from the same text. `store`
   * records fresh claims in the cache (files on disk; not unsaved buffers, which change by the keystroke).
   */
  setText(p: string, text: string, store = false, edit = false): boolean {
    try {
      const cache = path.isAbsolute(p) ? this.o.cache() : undefined;
      const hash = cache ? hashText(text) : '';
      const cached = cache?.get(p, hash);
      if (cached) this.engine.setClaims(cached, text);
      else {
        // An edit of an open document re-reads only the lines it touched.
        const options = { referenceDate: this.o.settings().referenceDate };
        const claims = edit ? this.engine.updateDocument(p, text, options) : this.engine.setDocument(p, text, options);
        if (cache && store) {
          cache.set(p, hash, claims);
          this.o.stored();
        }
      }
      this.skipped.delete(p);
      return true;
    } catch (e) {
      return this.failed(p, e);
    }
  }

  /** Indexes claims extracted elsewhere (a worker, the cache). */
  setClaims(p: string, claims: DocumentClaims, text: string): boolean {
    try {
      this.engine.setClaims(claims, text);
      this.skipped.delete(p);
      return true;
    } catch (e) {
      return this.failed(p, e);
    }
  }

  /** Not analysed, with the reason shown in the panel's notices. */
  skip(p: string, reason: string): void {
    this.engine.removeDocument(p);
    this.skipped.set(p, reason);
  }

  /** Gone from the workspace (deleted, or no longer matched by the globs). */
  drop(p: string): void {
    this.engine.removeDocument(p);
    this.skipped.delete(p);
    this.lines.delete(p);
    this.layouts.delete(p);
  }

  skippedFiles(): SkippedFile[] {
    // A skipped document has no extracted text to show: its notice points at the file itself.
    const uri = (p: string) => (isDocument(p) && path.isAbsolute(p) ? pathToFileURL(p).href : this.uriOf(p));
    return [...this.skipped].map(([p, reason]) => ({ path: p, uri: uri(p), reason }));
  }

  /** An engine failure on one text must not stop the others from being checked. */
  private failed(p: string, e: unknown): boolean {
    this.engine.removeDocument(p);
    this.skipped.set(p, `could not be analysed (${(e as Error).message ?? e})`);
    this.o.log(`analysing ${p} failed`, e);
    return false;
  }
}
