// The address of a document's extracted text: its file: URI under the crosscheck-source scheme
// (crosscheck-source:///folder/report.pdf). The client shows such a URI as a read-only text
// document, filled by the server from the text it indexed.
import { fileURLToPath, pathToFileURL } from 'url';
import { SOURCE_SCHEME } from '../../shared/defaults';

export { SOURCE_SCHEME };

export function sourceUri(file: string): string {
  return SOURCE_SCHEME + pathToFileURL(file).href.slice('file'.length);
}

/** The path of a crosscheck-source: URI; undefined for any other URI. */
export function sourcePath(uri: string): string | undefined {
  if (!uri.startsWith(`${SOURCE_SCHEME}:`)) return undefined;
  try {
    return fileURLToPath('file' + uri.slice(SOURCE_SCHEME.length));
  } catch {
    return undefined;
  }
}
