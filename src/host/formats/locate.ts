// Offset in an extracted text → the place a reader names: "p. 4" of a PDF, "00:12:31" of a
// transcript. Binary search over the page or cue starts the reader recorded.
import type { Cue, Layout } from './types';

export interface Place {
  /** 1-based page of a PDF. */
  page?: number;
  /** Time of the spoken line, "00:12:31". */
  time?: string;
  speaker?: string;
  /** "p. 4" or "00:12:31". */
  label: string;
}

/** Index of the last start at or before offset (0 when offset precedes them all). */
export function lastAtOrBefore(count: number, startOf: (i: number) => number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(mid) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function placeAt(layout: Layout | undefined, offset: number): Place | undefined {
  if (!layout) return undefined;
  if (layout.pages?.length) {
    const pages = layout.pages;
    const page = lastAtOrBefore(pages.length, (i) => pages[i], offset) + 1;
    return { page, label: `p. ${page}` };
  }
  if (layout.cues?.length) {
    const cues = layout.cues;
    const cue: Cue = cues[lastAtOrBefore(cues.length, (i) => cues[i].start, offset)];
    return { time: cue.time, speaker: cue.speaker, label: cue.time };
  }
  return undefined;
}

/** "report.pdf, p. 4", "interview.vtt 00:12:31", or the name alone. */
export function placeName(name: string, place: Place | undefined): string {
  if (!place) return name;
  return place.page !== undefined ? `${name}, ${place.label}` : `${name} ${place.label}`;
}

/** "00:12:31" for a number of seconds (fractions dropped). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}
