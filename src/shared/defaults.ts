// Which files are sources unless the user says otherwise. No imports: the command line, the
// server and the client all read these.
// Text files, and the documents read through src/host/formats (PDF, Word, web pages, transcripts).
export const DEFAULT_INCLUDE = ['**/*.{txt,md,markdown,rst,text,pdf,docx,html,htm,vtt,srt}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];
export const DEFAULT_LANGUAGES = ['plaintext', 'markdown'];
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
/** PDFs and Word files carry pictures and fonts: their size on disk may be larger than a text's. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 50 * 1024 * 1024;

/**
 * PDFs, Word files, web pages and transcripts open as the text Crosscheck read from them, under
 * this URI scheme (the file's path, as in its file: URI): see src/host/formats/sourceUri.ts.
 */
export const SOURCE_SCHEME = 'crosscheck-source';

/** Where each finding type is explained: diagnostics, SARIF rules and the README link here. */
export const DOCS_URL = 'https://github.com/crosscheck/crosscheck';
export function findingDocsUrl(type: string): string {
  return `${DOCS_URL}#finding-${type}`;
}
