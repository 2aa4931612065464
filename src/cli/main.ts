// `crosscheck compare`: the engine over files on disk, for terminals, scripts and CI.
import * as fs from 'fs';
import * as path from 'path';
import { CheckWorkspace, type Finding } from '../engine';
import { defaultVectorsFile, loadVectors } from '../host/vectors';
import { placeAt } from '../host/formats/locate';
import type { Layout } from '../host/formats/types';
import { readTextFile, listFiles } from '../server/files';
import { createPathFilter } from '../server/globs';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../shared/settings';
import { parseArgs, UsageError, USAGE } from './args';
import { findingJson, toSarif, toText, type PlaceOf, type Skipped } from './output';

/** `{"findings": [...], "skipped": [...]}`, one finding per line. */
async function writeJson(out: NodeJS.WritableStream, paths: string[], findingsOf: (p: string) => Finding[], skipped: Skipped[], placeOf?: PlaceOf): Promise<void> {
  let first = true;
  await write(out, '{"findings": [');
  for (const p of paths) {
    for (const f of findingsOf(p)) {
      await write(out, `${first ? '\n' : ',\n'}${findingJson(f, placeOf)}`);
      first = false;
    }
  }
  await write(out, `\n], "skipped": ${JSON.stringify(skipped)}}\n`);
}

async function collect(inputs: string[], skipped: Skipped[]): Promise<string[]> {
  const filter = createPathFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
  const files: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      skipped.push({ path: input, reason: 'not found' });
      continue;
    }
    if (stat.isDirectory()) files.push(...(await listFiles(abs, filter, () => false)));
    else files.push(abs);
  }
  return [...new Set(files)];
}

export async function run(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, (out as NodeJS.WriteStream).isTTY === true);
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`crosscheck: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const skipped: Skipped[] = [];
  const files = await collect(args.draft ? [...args.inputs, args.draft] : args.inputs, skipped);
  const ws = new CheckWorkspace({ vectors: loadVectors(defaultVectorsFile()) });
  const texts = new Map<string, string>();
  // Pages of PDFs and times of transcripts, to name them in the output.
  const layouts = new Map<string, Layout>();
  const placeOf: PlaceOf = (p, offset) => placeAt(layouts.get(p), offset);
  const progress = files.length > 50 && !args.quiet && (err as NodeJS.WriteStream).isTTY;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const r = await readTextFile(file, args.maxFileSize);
    if (!r.ok) {
      skipped.push({ path: path.relative(process.cwd(), file) || file, reason: r.reason });
      continue;
    }
    texts.set(file, r.text);
    if (r.layout) layouts.set(file, r.layout);
    ws.setDocument(file, r.text, { referenceDate: args.referenceDate });
    if (progress && i % 25 === 0) err.write(`\rcrosscheck: read ${i + 1}/${files.length} files`);
  }
  if (progress) err.write('\n');
  const draft = args.draft ? path.resolve(args.draft) : undefined;
  const cwd = process.cwd();
  const paths = draft ? [draft] : ws.paths().sort();
  if (args.format === 'json') {
    // Streamed a document at a time: a large folder's findings never sit in memory as one string.
    let conflict = false;
    await writeJson(out, paths, (p) => {
      const fs = ws.findings(p);
      conflict ||= fs.some((f) => f.type === 'conflict');
      return fs;
    }, skipped, placeOf);
    return conflict ? 1 : 0;
  }
  const findings: Finding[] = paths.flatMap((p) => ws.findings(p));
  if (args.format === 'sarif') out.write(toSarif(findings, texts, cwd, placeOf) + '\n');
  else out.write(toText(findings, skipped, texts, cwd, args.color, placeOf) + '\n');
  return findings.some((f) => f.type === 'conflict') ? 1 : 0;
}

/** Waits for the stream to drain when it asks to, so output never piles up in memory. */
function write(out: NodeJS.WritableStream, s: string): Promise<void> | undefined {
  return out.write(s) ? undefined : new Promise((resolve) => out.once('drain', () => resolve()));
}

/** Entry point of bin/crosscheck.js. */
export function main(): void {
  run(process.argv.slice(2), process.stdout, process.stderr).then(
    (code) => process.stdout.write('', () => process.exit(code)),
    (e) => {
      process.stderr.write(`crosscheck: ${e instanceof Error ? e.stack : e}\n`);
      process.exit(2);
    },
  );
}
