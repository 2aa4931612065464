// Copies: a claim that versions of one story carry word for word, with the same finding in each.
// A folder of a thousand versions would otherwise report it a thousand times, each finding listing
// the others; the output gives it once, with the other places under `copies`, so that it grows
// with what the sources say, not with the number of versions. A few copies (outlets that carry
// one wire story) are listed one by one, as an editor checks each outlet.
import type { Finding } from '../engine';

export interface Place {
  path: string;
  start: number;
  end: number;
}

/** A finding as the output gives it: with the other places that carry it word for word, if folded. */
export type Reported = Finding & { copies?: Place[] };

/** Copies from which a claim is reported once (--copies); 0 or 1: never. */
export const DEFAULT_COPIES = 4;

/**
 * Two findings are copies when they are of the same type and severity, about the same words, and
 * the other sources say the same things in them, the sources that say the very same set aside (the
 * copies themselves are among them, and each finding lists the others).
 * `extra` adds what else must match (an editor's check of one copy and not another).
 */
export function copyKey(f: Finding, extra = ''): string {
  const said = new Set<string>();
  for (const r of f.related) {
    if (r.relation === 'same' || (r.relation === 'agrees' && r.text === f.claim.text)) continue;
    said.add(`${r.relation}\u0000${r.note ?? r.text}`);
  }
  // Type, severity and whatever else a finding carries (a quotation's diff), but not the words
  // that name the sources or count them.
  const { claim: _c, related: _r, message: _m, confidence: _n, more: _o, ...rest } = f;
  return [JSON.stringify(rest), f.claim.text, extra, ...[...said].sort()].join('\u0001');
}

interface Group {
  entries: Entry[];
  /** The files its copies are in: a claim said twice in one file is not two copies. */
  files: Set<string>;
}

interface Entry {
  /** Its group of copies (the key is held once, by the map, not by each of a thousand copies). */
  group?: Group;
  /** The finding, or only its place once its group is folded and it is not the first. */
  finding?: Finding;
  place: Place;
}

/**
 * Findings in the order added (document by document); at the end, each group of `min` or more
 * copies comes out once, where its first copy stood. Only the first `min` findings of a group are
 * kept whole, so memory follows the distinct findings, not the versions.
 */
export class Copies {
  private readonly entries: Entry[] = [];
  private readonly groups = new Map<string, Group>();

  constructor(private readonly min: number) {}

  add(f: Finding, extra?: string): void {
    const entry: Entry = { finding: f, place: { path: f.claim.path, start: f.claim.start, end: f.claim.end } };
    this.entries.push(entry);
    if (this.min < 2) return;
    const key = copyKey(f, extra);
    const group = this.groups.get(key);
    if (!group) {
      entry.group = { entries: [entry], files: new Set([f.claim.path]) };
      this.groups.set(key, entry.group);
      return;
    }
    entry.group = group;
    group.entries.push(entry);
    group.files.add(f.claim.path);
    if (this.folds(group)) for (let i = 1; i < group.entries.length; i++) group.entries[i].finding = undefined;
  }

  private folds(g: Group): boolean {
    return this.min >= 2 && g.files.size >= this.min;
  }

  /** How many findings were folded into another. */
  get folded(): number {
    let n = 0;
    for (const g of this.groups.values()) if (this.folds(g)) n += g.entries.length - 1;
    return n;
  }

  *findings(): Generator<Reported> {
    for (const e of this.entries) {
      const group = e.group;
      if (!group || !this.folds(group)) {
        yield e.finding!;
        continue;
      }
      if (group.entries[0] !== e) continue;
      yield { ...e.finding!, copies: group.entries.slice(1).map((x) => x.place) };
    }
  }
}

/**
 * The words around text[start, end), a few on each side, their digits aside: enough to tell one
 * report's "ceremony on Friday" from another's "families on Friday", while a version that changed a
 * figure beside the claim still carries it.
 */
export function wordsAround(text: string, start: number, end: number): string {
  return (text.slice(Math.max(0, start - AROUND), start) + '\u0000' + text.slice(end, end + AROUND)).replace(/\d/g, '0');
}

/** Characters read on each side of a claim to tell copies (about three words). */
const AROUND = 16;
