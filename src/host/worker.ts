// Extraction worker (dist/worker.js): text in, claims out. Runs on a worker thread of the
// language server during indexing, so the server's own thread stays free to answer requests.
import { parentPort } from 'worker_threads';
import { extractClaims } from '../engine/extract';
import { Readings } from '../engine/readings';
import type { ExtractReply, ExtractRequest } from './extractPool';

/** Lines this worker has read: versions of a story repeat most of them. */
const readings = new Readings();
const port = parentPort;
if (!port) throw new Error('crosscheck worker: not started as a worker thread');
port.on('message', (m: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: m.id, claims: extractClaims(m.text, m.path, { referenceDate: m.referenceDate, readings }) };
  } catch (e) {
    reply = { id: m.id, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
