// A look inside a zip archive (a .docx) before any library unpacks it: the central directory's
// sizes are added up, and the entries a reader will inflate are inflated here with a cap, so an
// archive that claims little and unpacks to gigabytes (a zip bomb) is caught at the cap.
import * as zlib from 'zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 20_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipError extends Error {}

/** The central directory's entries; throws ZipError when the archive is not a zip it can read. */
export function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('a zip64 archive (too large)');
  if (count > MAX_ENTRIES) throw new ZipError(`an archive of ${count} files`);
  if (cdOffset + cdSize > buf.length) throw new ZipError('a truncated zip archive');
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('a damaged zip archive');
    const nameLength = buf.readUInt16LE(p + 28);
    out.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/** Bytes an entry inflates to, inflating at most `cap` bytes (then throws ZipError). */
function inflatedSize(buf: Buffer, e: ZipEntry, cap: number): number {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new ZipError('a damaged zip archive');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data.length;
  if (e.method !== 8) throw new ZipError(`a zip archive compressed with method ${e.method}`);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, cap) }).length;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new ZipError('over the limit');
    throw new ZipError(`a damaged zip archive (${(err as Error).message})`);
  }
}

/**
 * Undefined when the archive unpacks to at most maxBytes (by its own account, and in fact for the
 * entries `inflated` selects); otherwise why it is refused.
 */
export function checkZip(buf: Buffer, maxBytes: number, inflated: (name: string) => boolean): string | undefined {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  let entries: ZipEntry[];
  try {
    entries = zipEntries(buf);
  } catch (e) {
    return e instanceof ZipError ? e.message : String(e);
  }
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > maxBytes) return `archive would unpack to ${mb(declared)} (more than ${mb(maxBytes)})`;
  let budget = maxBytes;
  for (const e of entries) {
    if (!inflated(e.name)) continue;
    try {
      // An entry may not unpack to more than it declares, nor past what is left of the budget.
      const size = inflatedSize(buf, e, Math.min(budget, e.size) + 1);
      if (size > e.size) return `archive entry ${e.name} unpacks to more than it declares`;
      budget -= size;
    } catch (err) {
      if (err instanceof ZipError && err.message === 'over the limit') return `archive entry ${e.name} unpacks to more than it declares`;
      return err instanceof ZipError ? err.message : String(err);
    }
  }
  return undefined;
}
