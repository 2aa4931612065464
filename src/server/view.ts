// What the pure builders (diagnostics, hover, panel, compare) need to know about documents
// without holding the server's state: how to name, address and locate a path's text.
import type { Range } from 'vscode-languageserver';
import type { Claim } from '../engine/types';
import { placeName } from '../host/formats/locate';
import type { Place } from '../host/formats/locate';
import type { SourceRef } from '../protocol';

export interface DocView {
  uriOf(path: string): string;
  /** Workspace-relative name for display. */
  nameOf(path: string): string;
  rangeOf(path: string, start: number, end: number): Range;
  /** The claim of a document that sits at exactly (or around) these offsets. */
  claimAt?(path: string, start: number, end: number): Claim | undefined;
  isIgnored(claim: { id: string; path: string; text: string }): boolean;
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
