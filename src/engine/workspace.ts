import { extractClaims, type ExtractOptions } from './extract';
import { updateClaims } from './update';
import { compareDocument } from './compare';
import { ClaimIndex } from './claimIndex';
import type { Claim, DocumentClaims, EngineHost, Finding } from './types';

/**
 * The set of documents being checked against each other. Documents are added, replaced and
 * removed one at a time; findings are computed on demand for one document, against an index
 * blocked by claim kind so the cost grows with the claims that could match, not with all pairs.
 */
export class CheckWorkspace {
  private readonly docs = new Map<string, DocumentClaims>();
  private readonly texts = new Map<string, string>();
  private readonly index: ClaimIndex;

  constructor(private readonly host: EngineHost = {}) {
    this.index = new ClaimIndex();
  }

  /** Extracts the claims of a text and (re)indexes it. */
  setDocument(path: string, text: string, options?: ExtractOptions): DocumentClaims {
    const claims = extractClaims(text, path, options);
    this.setClaims(claims, text);
    return claims;
  }

  /**
   * Re-reads a document after an edit: only the lines the edit touched are extracted again (see
   * update.ts). Falls back to a full read when the document is new.
   */
  updateDocument(path: string, text: string, options?: ExtractOptions): DocumentClaims {
    const old = this.docs.get(path);
    const oldText = this.texts.get(path);
    if (!old || oldText === undefined) return this.setDocument(path, text, options);
    if (oldText === text) return old;
    const claims = updateClaims(old, oldText, text, options);
    this.setClaims(claims, text);
    return claims;
  }

  /** Indexes claims extracted earlier (from a cache or a worker). The text serves quotation search. */
  setClaims(claims: DocumentClaims, text: string): void {
    this.removeDocument(claims.path);
    this.docs.set(claims.path, claims);
    this.texts.set(claims.path, text);
    this.index.add(claims, text);
  }

  removeDocument(path: string): void {
    const old = this.docs.get(path);
    if (!old) return;
    this.index.remove(old);
    this.docs.delete(path);
    this.texts.delete(path);
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  paths(): string[] {
    return [...this.docs.keys()];
  }

  claims(path: string): DocumentClaims | undefined {
    return this.docs.get(path);
  }

  text(path: string): string | undefined {
    return this.texts.get(path);
  }

  /** Findings for the claims of one document, each against every other document. */
  findings(path: string): Finding[] {
    const doc = this.docs.get(path);
    if (!doc) return [];
    return compareDocument(doc, this.index, this.host);
  }

  /** Findings for every document, in path order. */
  allFindings(): Finding[] {
    return [...this.docs.keys()].sort().flatMap((p) => this.findings(p));
  }

  /** The claim whose span holds the offset, if any (for hovers). */
  claimAt(path: string, offset: number): Claim | undefined {
    return this.docs.get(path)?.claims.find((c) => c.span.start <= offset && offset <= c.span.end);
  }
}
