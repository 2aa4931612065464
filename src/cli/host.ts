// What the command line takes from the Node host layer, in one place.
export { readTextFile, listFiles } from '../host/files';
export { createPathFilter } from '../host/globs';
export { LineIndex } from '../host/positions';
// Documents (PDF, Word, web pages, transcripts): which files they are, and the page or time of a place.
export { isDocument } from '../host/formats/kinds';
export { placeAt, placeName } from '../host/formats/locate';
export type { Place } from '../host/formats/locate';
export type { Layout } from '../host/formats/types';
