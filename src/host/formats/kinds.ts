// Which files are read through a document reader rather than decoded as plain text. Decided by
// the file name's extension alone; crosscheck.include decides which of them are read at all.

import type { DocumentFormat } from './types';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.vtt': 'vtt',
  '.srt': 'srt',
};

export function documentFormat(file: string): DocumentFormat | undefined {
  const dot = file.lastIndexOf('.');
  if (dot < 0 || /[\\/]/.test(file.slice(dot))) return undefined;
  return BY_EXTENSION[file.slice(dot).toLowerCase()];
}

/** True for files whose text comes from a reader (and is shown as a read-only extract). */
export function isDocument(file: string): boolean {
  return documentFormat(file) !== undefined;
}
