// What the pure builders (diagnostics, hover, panel, compare) need to know about documents
// without holding the server's state: how to name, address and locate a path's text.
import type { Range } from 'vscode-languageserver';
import type { Claim } from '../engine/types';

export interface DocView {
  uriOf(path: string): string;
  /** Workspace-relative name for display. */
  nameOf(path: string): string;
  rangeOf(path: string, start: number, end: number): Range;
  /** The claim of a document that sits at exactly (or around) these offsets. */
  claimAt?(path: string, start: number, end: number): Claim | undefined;
  isIgnored(claim: { id: string; path: string; text: string }): boolean;
}
