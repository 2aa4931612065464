// Bytes → text for files read from disk. Order matters: a BOM decides first (UTF-16 text is full
// of NUL bytes), then NULs mark binary files, then strict UTF-8, then chardet's best guess.
import * as chardet from 'chardet';
import * as iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** How much of a file is looked at for NUL bytes (as git and VS Code do). */
const SNIFF_BYTES = 8192;

function bomEncoding(buf: Uint8Array): string | undefined {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function looksBinary(buf: Uint8Array): boolean {
  const end = Math.min(buf.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (buf[i] === 0) return true;
  return false;
}

export function decodeBuffer(input: Uint8Array): Decoded {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const bom = bomEncoding(buf);
  if (bom) return { ok: true, text: iconv.decode(buf, bom), encoding: bom }; // iconv strips the BOM
  if (looksBinary(buf)) return { ok: false, reason: 'binary file (NUL bytes in the first 8 KB)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to detection
  }
  const guess = chardet.detect(buf);
  // chardet may name an encoding iconv lacks, or guess UTF-8 for broken UTF-8: use windows-1252,
  // the usual legacy encoding, which decodes any byte.
  // ISO-8859-1 is read as windows-1252, its superset, as browsers do (curly quotes live in 0x80–0x9F).
  const named = guess && !/^(utf-8|iso-8859-1)$/i.test(guess) && iconv.encodingExists(guess) ? guess : 'windows-1252';
  const encoding = named;
  return { ok: true, text: iconv.decode(buf, encoding), encoding: encoding.toLowerCase() };
}
