// Shows how the engine reads the claims of a folder: each claim's frame (value, qualifier, noun,
// events, time, place, owner, source, status) and, for claims holding TEXT, every candidate of the
// other documents with its same-thing score. For developers: `npx tsx scripts/explain.ts DIR [TEXT]`.
import * as fs from 'fs';
import * as path from 'path';
import { CheckWorkspace } from '../src/engine';
import { figureScore } from '../src/engine/figureScore';
import { defaultVectorsFile, loadVectors } from '../src/host/vectors';
const [dir, needle] = process.argv.slice(2);
const host = { vectors: loadVectors(defaultVectorsFile()) };
const ws = new CheckWorkspace(host);
for (const f of fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) ws.setDocument(path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8'));
const index = (ws as any).index;
const show = (c: any) => c.kind === 'quantity' ? `${c.quantity.kind} ${c.quantity.low}-${c.quantity.high} ${c.quantity.qualifier} p=${c.quantity.precision} ${c.quantity.unit ?? ''}` : c.kind === 'date' ? JSON.stringify(c.date) : '';
for (const p of ws.paths()) {
  for (const c of ws.claims(p)!.claims as any[]) {
    if (needle && !c.text.includes(needle)) continue;
    if (c.kind === 'quote') { console.log(path.basename(p), 'QUOTE', JSON.stringify(c.text).slice(0, 80), 'speaker=', c.speaker); continue; }
    console.log(`${path.basename(p)} «${c.text}» ${show(c)} noun=${c.context.noun} ev=${c.context.events} time=${c.context.time ?? ''} place=${c.context.place ?? ''} agent=${c.context.agent ?? ""} attr=${c.context.attribution ?? ""} inc=${c.context.increment ?? ''} proj=${c.context.projection ?? ''} prev=${c.context.previous ?? ''} part=${c.context.part ?? ""} phrase=${c.context.phrase ?? ""} form=${c.context.nounForm ?? ""} words=${c.context.words.slice(0, 10)}`);
    if (!needle) continue;
    for (const ref of index.candidates(c, p)) {
      console.log(`   ${figureScore(c, ref.claim, index, host).toFixed(2)} ${path.basename(ref.path).slice(0, 3)} «${ref.claim.text}» ${show(ref.claim)} noun=${ref.claim.context.noun} ev=${ref.claim.context.events}`);
    }
  }
}
