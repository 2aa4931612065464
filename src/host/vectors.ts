// Loads dist/vectors.bin (see scripts/build-vectors.js) into the engine's WordVectors interface.
import * as fs from 'fs';
import * as path from 'path';
import type { WordVectors } from '../engine/types';

/**
 * The vectors of `file`, read at the first similarity asked for: a workspace reopened from the
 * cache compares nothing until an edit, and the file is 4 MB. Undefined when there is no file.
 */
export function loadVectors(file: string): WordVectors | undefined {
  if (!fs.existsSync(file)) return undefined; // matching falls back to exact lemmas
  let table: ((a: string, b: string) => number | undefined) | undefined;
  return {
    similarity(a: string, b: string): number | undefined {
      if (a === b) return 1;
      return (table ??= read(file))(a, b);
    },
  };
}

/** A file that cannot be read or parsed leaves matching to exact lemmas, as no file does. */
function read(file: string): (a: string, b: string) => number | undefined {
  try {
    return parse(fs.readFileSync(file));
  } catch {
    return () => undefined;
  }
}

function parse(buf: Buffer): (a: string, b: string) => number | undefined {
  const headerLen = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headerLen).toString('utf8')) as { dims: number; words: string[] };
  const dims = header.dims;
  const data = new Int8Array(buf.buffer, buf.byteOffset + 4 + headerLen, header.words.length * dims);
  const index = new Map<string, number>();
  header.words.forEach((w, i) => index.set(w, i));
  const norms = new Float32Array(header.words.length);
  for (let i = 0; i < header.words.length; i++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += data[i * dims + d] ** 2;
    norms[i] = Math.sqrt(s) || 1;
  }
  // Pairs already computed, by the lesser word then the other (no key string per call).
  let cache = new Map<string, Map<string, number>>();
  let cached = 0;
  return (a, b) => {
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    let row = cache.get(x);
    const hit = row?.get(y);
    if (hit !== undefined) return hit;
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) return undefined;
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += data[i * dims + d] * data[j * dims + d];
    const sim = dot / (norms[i] * norms[j]);
    if (cached > 100000) {
      cache = new Map();
      cached = 0;
      row = undefined;
    }
    if (!row) cache.set(x, (row = new Map()));
    row.set(y, sim);
    cached++;
    return sim;
  };
}

/** Beside the bundle in dist/, or in dist/ when running from source (tests). */
export function defaultVectorsFile(): string {
  const beside = path.join(__dirname, 'vectors.bin');
  return fs.existsSync(beside) ? beside : path.join(__dirname, '..', '..', 'dist', 'vectors.bin');
}
