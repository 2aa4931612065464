// One entry point for every document format: bytes in, text (with where its pages or spoken lines
// start) or the reason it was skipped out. Chosen by the file's extension. Pure Node; runs in the
// reader worker (worker.ts) or, when that is not built, in the calling thread. Each reader is
// loaded on first use (require, so that the bundler keeps it lazy): a transcript never loads pdf.js.
import * as path from 'path';
import { documentFormat } from './kinds';
import { DEFAULT_LIMITS } from './types';
import type { ExtractLimits, ExtractResult } from './types';

export async function extractDocument(file: string, bytes: Uint8Array, limits: Partial<ExtractLimits> = {}): Promise<ExtractResult> {
  const l: ExtractLimits = { ...DEFAULT_LIMITS, ...limits };
  const deadline = Date.now() + l.timeoutMs;
  const format = documentFormat(file);
  try {
    switch (format) {
      case 'pdf':
        return await (require('./pdf') as typeof import('./pdf')).extractPdf(bytes, l, deadline);
      case 'docx':
        return await (require('./docx') as typeof import('./docx')).extractDocx(bytes, l);
      case 'html':
        return (require('./html') as typeof import('./html')).extractHtml(bytes, l);
      case 'vtt':
      case 'srt':
        return await (require('./transcript') as typeof import('./transcript')).extractTranscript(bytes, format, l);
      default:
        return { skipped: `no reader for ${path.extname(file) || 'files without an extension'}` };
    }
  } catch (e) {
    return { skipped: `could not be read (${(e as Error)?.message ?? e})` };
  }
}
