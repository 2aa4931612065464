// Shows how the engine weighs one pair of figures: both frames, the context score and each factor
// of the same-thing score. For developers: `npx tsx scripts/pair.ts DIR "file:text" "file:text"`
// (file: a part of a file name; text: a part of the claim's text; "text@2": its second such claim).
import * as fs from 'fs'; import * as path from 'path';
import { CheckWorkspace } from '../src/engine';
import { contextMatch } from '../src/engine/similarity';
import * as F from '../src/engine/frame';
import * as G from '../src/engine/frameGroup';
import { yearFactor } from '../src/engine/years';
import { defaultVectorsFile, loadVectors } from '../src/host/vectors';
const [dir, t1, t2] = process.argv.slice(2);
const host = { vectors: loadVectors(defaultVectorsFile()) };
const ws = new CheckWorkspace(host);
for (const f of fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) ws.setDocument(path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8'));
const index = (ws as any).index;
const all = ws.paths().flatMap((p) => ws.claims(p)!.claims.map((c: any) => c));
const find = (t: string) => {
  // "file:text", or "text" alone: the first claim of any file that holds it.
  const colon = /^[^\s:]*:/.test(t) ? t.indexOf(':') : -1;
  const file = colon >= 0 ? t.slice(0, colon) : '';
  const [text, nth] = t.slice(colon + 1).split('@');
  const mine = all.filter((c: any) => c.id.includes(file));
  if (nth) return mine.filter((c: any) => c.text.includes(text))[Number(nth) - 1];
  return mine.find((c: any) => c.text === text) ?? mine.find((c: any) => c.text.includes(text));
};
const a: any = find(t1), b: any = find(t2);
for (const [t, c] of [[t1, a], [t2, b]] as const) {
  if (c) continue;
  process.stderr.write(`pair: no claim in ${dir} matches "${t}" (give "file:text", file a part of a file name, text a part of the claim's text, "@2" for its second)\n`);
  process.exit(2);
}
const w = { idf: (x: string) => index.idf(x) };
console.log(JSON.stringify(a.context), '\n', JSON.stringify(b.context));
// The frame's factors are a figure's; a date is scored by its context and events alone.
if (a.kind === 'quantity') console.log({ m: contextMatch(a.context, b.context, host.vectors, w), year: yearFactor(a, b, index), place: F.placeFactor(a, b, host), status: F.statusFactor(a.context, b.context, host), group: G.groupFactor(a, b, host), dir: F.directionFactor(a.context, b.context), share: G.shareFactor(a, b) });
{
  const { figureScore, threshold } = require('../src/engine/figureScore');
  const { verdictOf } = require('../src/engine/verdicts');
  const v = verdictOf(a, b, index.rates);
  console.log({ values: [a.quantity ?? a.date, b.quantity ?? b.date], score: figureScore(a, b, index, host), verdict: v, threshold: threshold(a, b, v) });
}
