// What the pure builders (diagnostics, hover, panel, compare) need to know about documents
// without holding the server's state: how to name, address and locate a path's text.
import type { Range } from 'vscode-languageserver';
import type { Claim } from '../engine/types';
import { placeName } from '../host/formats/locate';
import type { Place } from '../host/formats/locate';
import type { CheckedInfo, MarkedText, SourceRef } from '../protocol';

export interface DocView {
  uriOf(path: string): string;
  /** Workspace-relative name for display. */
  nameOf(path: string): string;
  rangeOf(path: string, start: number, end: number): Range;
  /** The claim of a document that sits at exactly (or around) these offsets. */
  claimAt?(path: string, start: number, end: number): Claim | undefined;
  isIgnored(claim: { id: string; path: string; text: string }): boolean;
  /** How the claim was checked, when an editor recorded it in .crosscheck.json. */
  checkedOf?(claim: { path: string; text: string }): CheckedInfo | undefined;
  /** The text the engine holds for a path. */
  textOf?(path: string): string | undefined;
  /** The page or time of an offset in a document (PDF, transcript); undefined elsewhere. */
  placeOf?(path: string, offset: number): Place | undefined;
}

/** "report.pdf, p. 4", "interview.vtt 00:12:31", or the name alone. */
export function displayName(view: DocView, path: string, offset: number): string {
  return placeName(view.nameOf(path), view.placeOf?.(path, offset));
}

/** The page, time and display name a SourceRef carries for a place in a document. */
export function placeFields(view: DocView, path: string, offset: number): Pick<SourceRef, 'page' | 'time' | 'place'> {
  const place = view.placeOf?.(path, offset);
  if (!place) return {};
  return { page: place.page, time: place.time, place: placeName(view.nameOf(path), place) };
}

const SENTENCE_SIDE = 110;

/**
 * The sentence around [start, end) with those words marked, each side cut at about
 * SENTENCE_SIDE characters (at a word, with "…"); undefined when the text is not known.
 */
export function sentenceAround(view: DocView, path: string, start: number, end: number): MarkedText | undefined {
  const text = view.textOf?.(path);
  if (text === undefined || start < 0 || end > text.length || start >= end) return undefined;
  const claim = view.claimAt?.(path, start, end);
  // The claim's sentence; without one, the line cut at the sentence ends around the words.
  let from: number;
  let to: number;
  if (claim && claim.sentence.start <= start && claim.sentence.end >= end) ({ start: from, end: to } = claim.sentence);
  else {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    const head = text.slice(lineStart, start);
    const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
    from = stop >= 0 ? lineStart + stop + 2 : lineStart;
    const tail = /[.!?](\s|$)/.exec(text.slice(end, lineEnd));
    to = tail ? end + tail.index + 1 : lineEnd;
  }
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  if (before.length > SENTENCE_SIDE) {
    const cut = before.length - SENTENCE_SIDE;
    const space = before.indexOf(' ', cut);
    before = '…' + before.slice(space >= 0 && space < before.length - 1 ? space + 1 : cut);
  }
  if (after.length > SENTENCE_SIDE) {
    const space = after.lastIndexOf(' ', SENTENCE_SIDE);
    after = after.slice(0, space > 0 ? space : SENTENCE_SIDE) + '…';
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return { before: flat(before).trimStart(), marked: flat(text.slice(start, end)), after: flat(after).trimEnd() };
}
