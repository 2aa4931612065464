// A Word file (.docx) → text, through mammoth (it reads the document's own structure: paragraphs,
// headings, lists, tables, footnotes), after zip.ts has made sure the archive does not unpack to
// more than the limit. Images are never decoded; linked files are never fetched.
import * as mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { blockParagraphs } from './blocks';
import type { DomNode } from './blocks';
import { checkZip } from './zip';
import type { ExtractLimits, ExtractResult } from './types';

/** What mammoth inflates: the XML parts and their relationships, never the media. */
const READ = (name: string) => /\.(xml|rels)$/i.test(name);

export async function extractDocx(bytes: Uint8Array, limits: ExtractLimits): Promise<ExtractResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refused = checkZip(buffer, limits.maxUnpackedBytes, READ);
  if (refused) return { skipped: refused === 'not a zip archive' ? 'not a Word (.docx) file' : refused };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        // An empty image: the picture is never read.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch (e) {
    return { skipped: `the Word file could not be read (${(e as Error).message ?? e})` };
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const paragraphs = blockParagraphs(document.body as unknown as DomNode);
  const text = paragraphs.length ? paragraphs.join('\n\n') + '\n' : '';
  if (text.length > limits.maxTextLength) return { skipped: `its text is longer than crosscheck.maxFileSize (${limits.maxTextLength} characters)` };
  if (!text.trim()) return { skipped: 'Word file without text' };
  return { format: 'docx', text };
}
