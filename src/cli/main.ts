// `crosscheck compare`: the engine over files on disk, for terminals, scripts and CI.
import * as fs from 'fs';
import * as path from 'path';
import { CheckWorkspace, Readings, unloadModel, withAgreeing, type Finding } from '../engine';
import { defaultVectorsFile, loadVectors } from '../host/vectors';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_DOCUMENT_SIZE } from '../shared/defaults';
import { HELP, USAGE, UsageError, parseArgs, rank, type CompareArgs } from './args';
import { ConfigError, configFiles, gitRoot, loadIgnores, type Ignores } from './config';
import { createPathFilter, isDocument, listFiles, placeAt, readTextFile, type Layout } from './host';
import { REPORTED, findingJson, toText, type CheckedOf, type PlaceOf, type Skipped, type Tally } from './output';
import { commonFolder, toSarif } from './sarif';
import { tooLarge } from './sizes';
import { Copies, wordsAround, type Reported } from './copies';
import { COMPARING_MARGIN, capYoungGeneration, keepHeapDown } from '../host/heap';

/** From this many files on, the heap is kept down as the run goes (see heap.ts). */
const MANY_FILES = 64;
/** Files read ahead of the one being extracted. */
const READ_AHEAD = 16;

/** A run that cannot go on: the message goes to stderr and the exit status is 2. */
class Fatal extends Error {}

/** The version in package.json (beside dist/ when bundled, two levels up from src/cli/ in tests). */
export function version(): string {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'crosscheck' && pkg.version) return pkg.version;
    } catch {
      // not here: one folder up
    }
  }
  return '0.0.0';
}

/** Output gathered before a write: one write a finding was most of the cost of writing. */
const CHUNK = 1 << 16;

/** `{"findings": [...], "skipped": [...]}`, one finding per line. */
async function writeJson(out: NodeJS.WritableStream, findings: Iterable<Reported>, skipped: Skipped[], cwd: string, placeOf?: PlaceOf, checkedOf?: CheckedOf): Promise<void> {
  const name = (p: string) => path.relative(cwd, p) || p;
  let first = true;
  let chunk = '{"findings": [';
  for (const f of findings) {
    chunk += `${first ? '\n' : ',\n'}${findingJson(f, placeOf, checkedOf, name)}`;
    first = false;
    if (chunk.length >= CHUNK) {
      await write(out, chunk);
      chunk = '';
    }
  }
  await write(out, `${chunk}\n], "skipped": ${JSON.stringify(skipped)}}\n`);
}

/**
 * Every document's findings, a claim that `min` or more files carry word for word once (copies.ts):
 * with the words around it too, not only its own ("on Friday" in four reports is four statements).
 */
function foldCopies(paths: string[], findingsOf: (p: string) => Finding[], min: number, checkedOf: CheckedOf, texts: Map<string, string>): Copies {
  const copies = new Copies(min);
  for (const p of paths) for (const f of findingsOf(p)) copies.add(f, JSON.stringify([checkedOf(f) ?? '', wordsAround(texts.get(p) ?? '', f.claim.start, f.claim.end)]));
  return copies;
}

/** Every input must exist; folders are listed with the extension's default include and exclude globs. */
async function collect(inputs: string[]): Promise<string[]> {
  const filter = createPathFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
  const files: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new Fatal(`no such file or folder: ${input}`);
    }
    if (stat.isDirectory()) files.push(...(await listFiles(abs, filter, () => false)));
    else files.push(abs);
  }
  return [...new Set(files)];
}

async function read(file: string, maxSize: number): Promise<{ ok: true; text: string; layout?: Layout } | { ok: false; reason: string }> {
  // A PDF, Word file, web page or transcript: the limit is on the text read from it.
  if (isDocument(file)) return readTextFile(file, maxSize, DEFAULT_MAX_DOCUMENT_SIZE);
  try {
    const size = fs.statSync(file).size;
    if (size > maxSize) return { ok: false, reason: tooLarge(size, maxSize) };
  } catch {
    // readTextFile says why
  }
  return readTextFile(file, Infinity);
}

export async function run(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env, releaseModel = false): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, (out as NodeJS.WriteStream).isTTY === true, env);
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`crosscheck: ${e.message}\n${USAGE}\nRun crosscheck --help for the options.\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    out.write(`${HELP}\n`);
    return 0;
  }
  if (args.command === 'version') {
    out.write(`${version()}\n`);
    return 0;
  }
  try {
    return await compare(args, out, err, releaseModel);
  } catch (e) {
    if (e instanceof Fatal || e instanceof ConfigError) {
      err.write(`crosscheck: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function compare(args: CompareArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream, releaseModel: boolean): Promise<number> {
  const cwd = process.cwd();
  const note = (s: string) => args.quiet || err.write(`crosscheck: ${s}\n`);
  const draft = args.draft ? path.resolve(args.draft) : undefined;
  if (draft && !fs.statSync(draft, { throwIfNoEntry: false })?.isFile()) {
    throw new Fatal(fs.existsSync(draft) ? `--draft takes a file; ${args.draft} is a folder` : `no such file: ${args.draft} (--draft)`);
  }
  // `--draft FILE` alone compares the draft with the other files of its folder.
  const inputs = args.inputs.length ? args.inputs : [path.dirname(draft!)];
  const files = await collect(draft ? [...inputs, draft] : inputs);
  const ignores: Ignores = loadIgnores(configFiles(inputs, args.config, cwd));

  const skipped: Skipped[] = [];
  const ws = new CheckWorkspace({ vectors: loadVectors(defaultVectorsFile()) });
  const texts = new Map<string, string>();
  // Pages of PDFs and times of transcripts, to name them in the output.
  const layouts = new Map<string, Layout>();
  const placeOf: PlaceOf = (p, offset) => placeAt(layouts.get(p), offset);
  const progress = files.length > 50 && !args.quiet && (err as NodeJS.WriteStream).isTTY;
  // The next files are read while this one is extracted: a read takes several turns of the event
  // loop (stat, open, read, close), which extraction does not give back.
  const reading: Promise<Awaited<ReturnType<typeof read>>>[] = [];
  // Lines read so far, for the versions of a story that repeat them (engine/readings.ts); let go
  // once every file is read, before the comparison.
  let readings: Readings | undefined = new Readings();
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    for (let k = reading.length; k < Math.min(files.length, i + READ_AHEAD); k++) reading.push(read(files[k], args.maxFileSize));
    if (files.length > MANY_FILES) capYoungGeneration();
    const r = await reading[i];
    delete reading[i];
    if (!r.ok) {
      if (file === draft) throw new Fatal(`cannot read the draft ${args.draft}: ${r.reason}`);
      skipped.push({ path: path.relative(cwd, file) || file, reason: r.reason });
      continue;
    }
    texts.set(file, r.text);
    if (r.layout) layouts.set(file, r.layout);
    ws.setDocument(file, r.text, { referenceDate: args.referenceDate, readings });
    if (progress && i % 25 === 0) err.write(`\rcrosscheck: read ${i + 1}/${files.length} files`);
    if (i % 16 === 15 && files.length > MANY_FILES) keepHeapDown();
  }
  readings = undefined;
  if (progress) err.write('\n');
  if (files.length > 0 && texts.size === 0) {
    throw new Fatal(`no readable source: ${files.length === 1 ? 'the file was' : `all ${files.length} files were`} skipped\n${skipped.map((s) => `  ${s.path}: ${s.reason}`).join('\n')}`);
  }
  if (texts.size === 0) note(`nothing to compare: no *.txt, *.md, *.markdown, *.rst, *.text, *.pdf, *.docx, *.html, *.htm, *.vtt or *.srt files in ${inputs.join(', ')}`);
  else if (texts.size === 1) note(`nothing to compare against: ${path.relative(cwd, [...texts.keys()][0])} is the only file read; Crosscheck compares files with each other`);

  const tally: Tally = { files: texts.size, skipped: skipped.length, corroborated: 0, ignored: 0, checked: 0, hidden: 0, minSeverity: args.minSeverity };
  // JSON is for tools (and the scorers that read agreements): it keeps every finding unless a
  // --min-severity was given; text and SARIF show disagreements only.
  const json = args.format === 'json';
  const minSeverity = json && !args.minSeverityGiven ? 'hint' : args.minSeverity;
  tally.minSeverity = minSeverity;
  const reported = new Set<string>(REPORTED);
  const shown = (f: Finding): boolean => {
    if (!json && !reported.has(f.type)) {
      if (f.type === 'agreement' || f.type === 'quote-corroborated') tally.corroborated++;
      return false;
    }
    if (ignores.has(f.claim)) {
      tally.ignored++;
      return false;
    }
    if (rank(f.severity) > rank(minSeverity)) {
      tally.hidden++;
      return false;
    }
    return true;
  };
  const failOn = args.failOn;
  let failed = false;
  // A claim an editor checked is shown, said to be checked, and does not fail the run.
  const checkedOf: CheckedOf = (f) => ignores.checkedOf(f.claim);
  // Every file is read: the model's memory goes to the comparison, when this process runs nothing
  // else (the command line itself; not a test or a tool that calls run() and reads on afterwards,
  // since wink's model does not survive a second instance over the same data).
  if (releaseModel) unloadModel();
  if (texts.size > MANY_FILES) keepHeapDown(true);
  let taken = 0;
  const findingsOf = (p: string): Finding[] => {
    if (++taken % 16 === 0 && texts.size > MANY_FILES) keepHeapDown(false, COMPARING_MARGIN);
    // Text and SARIF tell a conflict in one block, the sources that agree under it; JSON keeps
    // them apart, as the engine gives them (a tool reads a conflict's related places as the disagreement).
    const engine = ws.takeFindings(p);
    const fs = (json ? engine : withAgreeing(engine)).filter(shown);
    for (const f of fs) if (checkedOf(f) && reported.has(f.type)) tally.checked++;
    if (failOn !== 'none') failed ||= fs.some((f) => !checkedOf(f) && rank(f.severity) <= rank(failOn));
    return fs;
  };
  const paths = draft ? [draft] : ws.paths().sort();
  const copies = foldCopies(paths, findingsOf, args.copies, checkedOf, texts);
  tally.copies = copies.folded;
  if (args.format === 'json') {
    await writeJson(out, copies.findings(), skipped, cwd, placeOf, checkedOf);
  } else {
    const findings = [...copies.findings()];
    if (args.format === 'sarif') {
      const all = [...texts.keys(), ...skipped.map((s) => path.resolve(s.path))];
      const root = gitRoot(commonFolder(all.length ? all : inputs)) ?? commonFolder(all.length ? all : inputs);
      out.write(toSarif(findings, skipped, texts, { version: version(), root, placeOf, checkedOf }) + '\n');
    } else {
      out.write(toText(findings, skipped, texts, cwd, args.color, tally, placeOf, checkedOf) + '\n');
    }
  }
  return failed ? 1 : 0;
}

/** Waits for the stream to drain when it asks to, so output never piles up in memory. */
function write(out: NodeJS.WritableStream, s: string): Promise<void> | undefined {
  return out.write(s) ? undefined : new Promise((resolve) => out.once('drain', () => resolve()));
}

/** Entry point of bin/crosscheck.js. */
export function main(): void {
  // `crosscheck compare … | head`: a closed pipe ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));
  run(process.argv.slice(2), process.stdout, process.stderr, process.env, true).then(
    (code) => process.stdout.write('', () => process.exit(code)),
    (e) => {
      process.stderr.write(`crosscheck: ${e instanceof Error ? e.stack : e}\n`);
      process.exit(2);
    },
  );
}
