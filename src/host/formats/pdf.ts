// PDF → text, through pdf.js (Mozilla's reader, the one Firefox uses): its text layer page by
// page, assembled by pdfText.ts. Runs without a pdf.js worker (the "fake worker" in this thread,
// itself a worker thread of ours), never evaluates code from the file (isEvalSupported: false),
// loads no fonts and fetches nothing.
import './pdfGlobals';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// @ts-expect-error: the worker module ships without types; only its WorkerMessageHandler is used.
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { assemble } from './pdfText';
import type { Run } from './pdfText';
import type { ExtractLimits, ExtractResult } from './types';

// pdf.js looks here for a worker it can run in this thread instead of starting a web worker.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;
pdfjs.GlobalWorkerOptions.workerSrc = 'pdf.worker.mjs'; // never loaded: pdfjsWorker above wins

/** Fewer letters or digits than this in the whole text layer: a scan, or pictures only. */
const MIN_TEXT = 16;

type TextItem = { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };

function toRun(item: TextItem): Run {
  const [a, b, c, d, e, f] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
  return { str: item.str, x: e, y: f, width: item.width, size, hasEOL: item.hasEOL };
}

function describe(e: unknown): string {
  const name = (e as { name?: string })?.name;
  const message = (e as { message?: string })?.message ?? String(e);
  if (name === 'PasswordException') return 'encrypted PDF (it needs a password)';
  if (name === 'InvalidPDFException') return `not a readable PDF (${message})`;
  return `the PDF could not be read (${message})`;
}

export async function extractPdf(bytes: Uint8Array, limits: ExtractLimits, deadline: number): Promise<ExtractResult> {
  // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise> | undefined;
  try {
    doc = await task.promise;
    if (doc.numPages > limits.maxPages) return { skipped: `PDF of ${doc.numPages} pages (more than ${limits.maxPages})` };
    const pages: Run[][] = [];
    let length = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) return { skipped: `reading the PDF took longer than ${Math.round(limits.timeoutMs / 1000)} s` };
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs = (content.items as TextItem[]).filter((i) => typeof i.str === 'string').map(toRun);
      for (const r of runs) length += r.str.length;
      if (length > limits.maxTextLength) return { skipped: `its text is longer than crosscheck.maxFileSize (${limits.maxTextLength} characters)` };
      pages.push(runs);
      page.cleanup();
    }
    const { text, pages: starts } = assemble(pages);
    if ((text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < MIN_TEXT) return { skipped: 'PDF without a text layer (a scan?): nothing to read' };
    return { format: 'pdf', text, pages: starts };
  } catch (e) {
    return { skipped: describe(e) };
  } finally {
    await (doc ?? task).destroy().catch(() => undefined);
  }
}
