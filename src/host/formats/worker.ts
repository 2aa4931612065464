// The reader worker (dist/formats.js): file bytes in, extracted text or a skip reason out. A
// thread of its own, so a slow or hostile file is stopped by terminating it (see reader.ts), and
// its heap is capped by the resourceLimits it is started with.
import { parentPort } from 'worker_threads';
import { extractDocument } from './index';
import type { ExtractLimits, ExtractResult } from './types';

export interface ReaderRequest {
  id: number;
  file: string;
  bytes: Uint8Array;
  limits: ExtractLimits;
}

export interface ReaderReply {
  id: number;
  result: ExtractResult;
}

// pdf.js reports through console.log; this thread's output would land on the server's stdout,
// which is the LSP channel when the server runs with --stdio.
for (const k of ['log', 'info', 'warn', 'debug', 'trace'] as const) console[k] = () => undefined;

const port = parentPort;
if (!port) throw new Error('crosscheck reader: not started as a worker thread');
port.on('message', (m: ReaderRequest) => {
  void extractDocument(m.file, m.bytes, m.limits).then(
    (result) => port.postMessage({ id: m.id, result } satisfies ReaderReply),
    (e) => port.postMessage({ id: m.id, result: { skipped: `could not be read (${(e as Error)?.message ?? e})` } } satisfies ReaderReply),
  );
});
