// Which files are sources unless the user says otherwise. No imports: the command line, the
// server and the client all read these.
export const DEFAULT_INCLUDE = ['**/*.{txt,md,markdown,rst,text}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];
export const DEFAULT_LANGUAGES = ['plaintext', 'markdown'];
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
