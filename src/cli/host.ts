// What the command line takes from the Node host layer, in one place.
export { readTextFile, listFiles } from '../host/files';
export { createPathFilter } from '../host/globs';
export { LineIndex } from '../host/positions';
