// What the command line borrows from the language server's file handling, in one place, so that
// moving those modules (to src/host/) means changing these lines only.
export { readTextFile, listFiles } from '../server/files';
export { createPathFilter } from '../server/globs';
export { LineIndex } from '../server/positions';
