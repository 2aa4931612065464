import { extractClaims, type ExtractOptions } from './extract';
import { updateClaims } from './update';
import { compareDocument } from './compare';
import { ClaimIndex } from './claimIndex';
import type { Claim, DocumentClaims, EngineHost, Finding } from './types';
import { fnv, fnv53 } from './hash';

/**
 * The set of documents being checked against each other. Documents are added, replaced and
 * removed one at a time; findings are computed on demand for one document, against an index
 * blocked by claim kind so the cost grows with the claims that could match, not with all pairs.
 */
/** Findings kept from an earlier session, read when first asked for. */
export type Lazy = () => Finding[] | undefined;

export class CheckWorkspace {
  private readonly docs = new Map<string, DocumentClaims>();
  private readonly texts = new Map<string, string>();
  private readonly index: ClaimIndex;
  /** Findings computed since the last change: any change can alter any document's findings. */
  /** A function stands for findings restored but not read yet (see restore()). */
  private readonly memo = new Map<string, Finding[] | Lazy>();
  private readonly hashes = new Map<string, string>();
  /** Documents whose findings came from restore() and stand (until anything changes). */
  private readonly restored = new Set<string>();

  /**
   * `direct` compares without remembering scores by signature (scorer.ts): slow, the reference
   * that the default must equal (test/unit/compare-memo.test.ts).
   */
  constructor(
    private readonly host: EngineHost = {},
    private readonly options: { direct?: boolean } = {},
  ) {
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
    this.forget(claims.path, true);
    this.memo.clear();
    this.restored.clear();
    this.docs.set(claims.path, claims);
    this.texts.set(claims.path, text);
    this.index.add(claims, text);
  }

  removeDocument(path: string): void {
    this.forget(path, false);
  }

  /** Takes a document out; `replacing` keeps its place among the stories for the add that follows. */
  private forget(path: string, replacing: boolean): void {
    const old = this.docs.get(path);
    if (!old) return;
    this.memo.clear();
    this.restored.clear();
    this.hashes.delete(path);
    this.index.remove(old, replacing);
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

  /** The documents a document's claims are compared with (the reports of its story). */
  neighbours(path: string): string[] {
    return this.docs.has(path) ? [...this.index.stories.relatedTo(path).keys()] : [];
  }

  /** Findings for the claims of one document, each against every other document. */
  findings(path: string): Finding[] {
    const hit = this.read(path);
    if (hit) return hit;
    const doc = this.docs.get(path);
    if (!doc) return [];
    const found = compareDocument(doc, this.index, this.host, this.options.direct);
    this.memo.set(path, found);
    return found;
  }

  /**
   * findings(), not kept for later: for a caller that reads each document's findings once (the
   * command line), so that they need not all be held at once.
   */
  takeFindings(path: string): Finding[] {
    const hit = this.read(path);
    if (hit) {
      this.memo.delete(path);
      return hit;
    }
    const doc = this.docs.get(path);
    return doc ? compareDocument(doc, this.index, this.host, this.options.direct) : [];
  }

  /** Names the exact set of texts indexed: equal fingerprints, equal findings. */
  fingerprint(): string {
    let h = 0x811c9dc5;
    for (const p of [...this.texts.keys()].sort()) {
      let t = this.hashes.get(p);
      if (t === undefined) this.hashes.set(p, (t = hashText(this.texts.get(p)!)));
      h = fnv(`${p}\u0000${t}\u0000`, h);
    }
    return `${this.texts.size}-${(h >>> 0).toString(16)}`;
  }

  /** Every document's findings with the fingerprint they belong to, to be kept between sessions. */
  snapshot(): { fingerprint: string; findings: Record<string, Finding[]> } {
    const findings: Record<string, Finding[]> = {};
    for (const p of [...this.docs.keys()].sort()) findings[p] = this.findings(p);
    return { fingerprint: this.fingerprint(), findings };
  }

  /** The findings memoised for a document, read now if they were restored lazily. */
  private read(path: string): Finding[] | undefined {
    const hit = this.memo.get(path);
    if (typeof hit !== 'function') return hit;
    const read = hit();
    if (read) this.memo.set(path, read);
    else {
      this.memo.delete(path); // unreadable: computed again
      this.restored.delete(path);
    }
    return read;
  }

  /**
   * Takes findings kept from an earlier session when the texts are exactly the same; says if it
   * did. A function given for a document is called when its findings are first asked for (a host
   * that reads them only then); undefined from it means they are computed after all.
   */
  restore(snapshot: { fingerprint: string; findings: Record<string, Finding[] | Lazy> }): boolean {
    if (snapshot.fingerprint !== this.fingerprint()) return false;
    for (const [p, f] of Object.entries(snapshot.findings)) {
      if (!this.docs.has(p)) continue;
      this.memo.set(p, f);
      this.restored.add(p);
    }
    return true;
  }

  /** True while a document's findings are those restore() took (nothing changed since). */
  isRestored(path: string): boolean {
    return this.restored.has(path) && this.memo.has(path);
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

function hashText(text: string): string {
  // Two lanes (different seeds) and the length: a collision would need all three to agree.
  return `${text.length}.${fnv53(text).toString(36)}`;
}
