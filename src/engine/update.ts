// An edit re-reads only the paragraphs it touched: claims before the change stay, claims after it
// move by the change in length, and the changed paragraphs are extracted again. A paragraph is the
// widest context a claim reads (sentences end at line breaks), so the result equals a full
// extraction, except near quotations (which may run over paragraphs or name their speaker far
// before), for which the whole text is read again. Repeated passages are found again from the
// sentence keys of the old read and of the new lines.
import { extractClaims, markDocument, markRepeats, sentencesOf, type ExtractOptions } from './extract';
import { DATELINE, documentDate } from './dateWords';
import { concatKeys, repetitionsOf, sliceKeys } from './repetition';
import type { Claim, DocumentClaims } from './types';

/** The changed region of the new text and of the old, widened to whole lines. */
export function changedLines(oldText: string, newText: string): { start: number; oldEnd: number; newEnd: number } {
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && oldText.charCodeAt(oldText.length - 1 - q) === newText.charCodeAt(newText.length - 1 - q)) q++;
  const start = p === 0 ? 0 : lineStart(newText, p);
  let newEnd = newText.length - q;
  const nl = newText.indexOf('\n', newEnd);
  newEnd = nl < 0 ? newText.length : nl;
  return { start, newEnd, oldEnd: oldText.length - (newText.length - newEnd) };
}

function lineStart(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl < 0 ? 0 : nl + 1;
}

type Day = ReturnType<typeof documentDate>;
const sameDay = (a: Day, b: Day) => a?.year === b?.year && a?.month === b?.month && a?.day === b?.day;

const shiftedId = (id: string, start: number) => id.replace(/#([a-z]+)\d+$/, (_, k: string) => `#${k}${start}`);

function renamed(c: Claim, shift: number): Claim {
  const start = c.span.start + shift;
  return { ...c, id: shiftedId(c.id, start), span: { start, end: c.span.end + shift }, sentence: { start: c.sentence.start + shift, end: c.sentence.end + shift } } as Claim;
}

/** Claims of newText, reusing those of old outside the lines the edit touched. */
export function updateClaims(old: DocumentClaims, oldText: string, newText: string, options: ExtractOptions = {}): DocumentClaims {
  const { path } = old;
  const whole = () => extractClaims(newText, path, options);
  if ((old as { error?: string }).error) return whole();
  const { start, oldEnd, newEnd } = changedLines(oldText, newText);
  // Repeated passages are found again from the sentences' keys; claims from a cache have none.
  const oldKeys = sentencesOf.get(old);
  if (!oldKeys && old.repetitions.some((r) => [r.first, r.again].some((x) => x.start < oldEnd && x.end > start))) return whole();
  // The document's own date sits in its first lines (an edit there that changes it changes every
  // relative date); quotations may cross lines: read it all.
  if (start < DATELINE && !sameDay(documentDate(oldText), documentDate(newText))) return whole();
  if (/[“”"«»]/.test(newText.slice(start, newEnd)) || /[“”"«»]/.test(oldText.slice(start, oldEnd))) return whole();
  const touched = old.claims.some((c) => c.kind === 'quote' && c.span.start < oldEnd && c.span.end > start);
  if (touched) return whole();
  const part = extractClaims(newText.slice(start, newEnd), path, { ...options, documentDate: old.documentDate ?? undefined });
  if ((part as { error?: string }).error) return whole();
  const shift = newEnd - oldEnd;
  const move = (x: { start: number; end: number }) => (x.start >= oldEnd ? { start: x.start + shift, end: x.end + shift } : x);
  const ids = new Map<string, string>();
  const before = old.claims.filter((c) => c.sentence.end <= start);
  const after = old.claims
    .filter((c) => c.sentence.start >= oldEnd)
    .map((c) => {
      const m = renamed(c, shift);
      ids.set(c.id, m.id);
      return m;
    });
  for (const c of after) if (c.repeatOf && ids.has(c.repeatOf)) c.repeatOf = ids.get(c.repeatOf);
  const middle = part.claims.map((c) => renamed(c, start));
  if (!oldKeys) {
    const repetitions = old.repetitions.map((r) => ({ first: move(r.first), again: move(r.again) }));
    const claims = [...before, ...middle, ...after];
    markDocument(claims, newText);
    return { path, claims, repetitions, documentDate: old.documentDate };
  }
  const partKeys = sentencesOf.get(part);
  if (!partKeys) return whole();
  const keys = concatKeys([
    sliceKeys(oldKeys, (_, e) => e <= start),
    sliceKeys(partKeys, () => true, start),
    sliceKeys(oldKeys, (s) => s >= oldEnd, shift),
  ]);
  const repetitions = repetitionsOf(keys);
  // Copies without their old marks (a copy, not a deletion, which would leave each a slow dictionary).
  const claims = [...before, ...middle, ...after].map(({ repeatOf: _old, ...c }) => c as Claim);
  markRepeats(claims, repetitions);
  markDocument(claims, newText);
  const result = { path, claims, repetitions, documentDate: old.documentDate };
  sentencesOf.set(result, keys);
  return result;
}
