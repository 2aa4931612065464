// The findings of each document, computed on demand and kept until a change can alter them.
// A changed document drops its own findings and those of the documents it met before the change
// (cited by its old findings, or citing it); the documents it meets after the change are found
// from its new findings when they are next computed (see spread).
import { withAgreeing, type CheckWorkspace } from '../engine';
import type { Finding } from '../engine/types';

export class FindingCache {
  private readonly cache = new Map<string, Finding[]>();
  /** For each path with cached findings: the other documents those findings cite. */
  private readonly cites = new Map<string, Set<string>>();
  /** Changed documents whose new neighbours' findings are still to be dropped (see spread). */
  private readonly changed = new Set<string>();
  /** What the findings restored from the cache cite (see restoreCites), until a text changes. */
  private restored = new Map<string, Set<string>>();

  constructor(
    private readonly engine: CheckWorkspace,
    private readonly log: (what: string, e: unknown) => void,
  ) {}

  get(p: string): Finding[] {
    let f = this.cache.get(p);
    if (!f) {
      try {
        // One block per claim for the editor: a conflict with the sources that agree beside it.
        f = withAgreeing(this.engine.findings(p));
      } catch (e) {
        this.log(`findings for ${p} failed`, e);
        f = [];
      }
      this.cache.set(p, f);
      // A finding lists a few of its sources (see engine/listing.ts): every document it was
      // compared with counts as cited.
      const kept = this.engine.isRestored(p) ? this.restored.get(p) : undefined;
      const cited = kept ?? new Set<string>(this.engine.neighbours(p));
      for (const x of f) for (const r of x.related) if (r.path !== p) cited.add(r.path);
      this.cites.set(p, cited);
    }
    return f;
  }

  /** The findings of every path when all are known (none is computed here), else undefined. */
  known(paths: string[]): Record<string, Finding[]> | undefined {
    if (paths.some((p) => !this.cache.has(p))) return undefined;
    const out: Record<string, Finding[]> = {};
    for (const p of paths) out[p] = this.cache.get(p)!;
    return out;
  }

  /** Settings, ignores or the set of files changed: every finding goes. */
  clear(): void {
    this.cache.clear();
    this.cites.clear();
    this.changed.clear();
  }

  /** What each known document's findings cite, as indexes into `paths`, to be kept with them. */
  citesIndexed(paths: string[]): Record<string, number[]> {
    const at = new Map(paths.map((p, i) => [p, i]));
    const out: Record<string, number[]> = {};
    for (const [p, cited] of this.cites) out[p] = [...cited].map((q) => at.get(q)).filter((i): i is number => i !== undefined);
    return out;
  }

  /** The cites kept with findings restored from the cache (citesIndexed's output). */
  restoreCites(paths: string[], cites: Record<string, number[]>): void {
    this.restored = new Map(Object.entries(cites).map(([p, ids]) => [p, new Set(ids.map((i) => paths[i]).filter((q) => q !== undefined))]));
  }

  /** One document's text changed (already in the engine). */
  textChanged(p: string, hadText = true): void {
    // Findings computed from now on cite what the engine says.
    this.restored.clear();
    if (hadText && !this.cache.has(p) && this.cache.size > 0 && !this.changed.has(p)) {
      // Its old neighbours are unknown: only a full recheck is sure to catch them.
      return this.clear();
    }
    for (const q of this.cites.get(p) ?? []) this.forget(q);
    for (const [q, cited] of [...this.cites]) if (cited.has(p)) this.forget(q);
    this.forget(p);
    this.changed.add(p);
  }

  /** Changed documents whose new neighbours are still to be found. */
  pending(): string[] {
    return [...this.changed];
  }

  /** The changed document's new findings name the documents it now meets: theirs are dropped. */
  spread(p: string): void {
    this.changed.delete(p);
    for (const q of this.cites.get(p) ?? this.citesOf(p)) this.forget(q);
  }

  spreadAll(): void {
    for (const p of this.pending()) this.spread(p);
  }

  private citesOf(p: string): Set<string> {
    this.get(p);
    return this.cites.get(p) ?? new Set();
  }

  private forget(p: string): void {
    this.cache.delete(p);
    this.cites.delete(p);
  }
}
