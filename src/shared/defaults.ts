// Which files are sources unless the user says otherwise. No imports: the command line, the
// server and the client all read these.
export const DEFAULT_INCLUDE = ['**/*.{txt,md,markdown,rst,text}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];
export const DEFAULT_LANGUAGES = ['plaintext', 'markdown'];
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** Where each finding type is explained: diagnostics, SARIF rules and the README link here. */
export const DOCS_URL = 'https://github.com/crosscheck/crosscheck';
export function findingDocsUrl(type: string): string {
  return `${DOCS_URL}#finding-${type}`;
}
