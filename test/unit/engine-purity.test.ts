// The layers and what each may import. The engine is pure: no editor API and no I/O, so tests,
// the server, workers and the command line share it as it is (host needs come in through
// EngineHost). The host is the Node side (disk, workers) shared by the server and the command
// line: no editor API and no LSP. The client is VS Code's own and talks to the server through
// the protocol only: it never loads the engine or the host, not even through another module.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.join(__dirname, '../../src');
// `require(` is for the engine's own model package only, loaded at the first read (nlp.ts).
const FORBIDDEN = /from ['"](?:node:)?(vscode|fs|fs\/promises|path|os|child_process|worker_threads|net|http|https|crypto|vscode-languageserver[^'"]*)['"]|require\((?!'wink-eng-lite-web-model'\))/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

interface Import {
  spec: string;
  typeOnly: boolean;
  line: number;
}

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  const out: Import[] = [];
  // import … from '…', export … from '…', import '…' (statements may span lines)
  for (const m of text.matchAll(/^[ \t]*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\bfrom\s*)?['"]([^'"]+)['"]/gm)) {
    out.push({ spec: m[2], typeOnly: !!m[1], line: lineAt(m.index!) });
  }
  for (const m of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ spec: m[1], typeOnly: false, line: lineAt(m.index!) });
  return out;
}

/** A relative import's file, or undefined for a package. */
function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts'), base].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/** The layer a source file belongs to: engine, host, server, client, cli, shared or protocol. */
const layerOf = (file: string) => path.relative(SRC, file).split(path.sep)[0].replace(/\.ts$/, '');

/** Every file a layer's code loads at run time (type-only imports are erased), with the packages. */
function loads(layer: string): { files: Map<string, string>; packages: Map<string, string> } {
  const files = new Map<string, string>();
  const packages = new Map<string, string>();
  const queue = filesUnder(path.join(SRC, layer)).map((f) => [f, `${path.relative(SRC, f)}`] as const);
  while (queue.length) {
    const [file, via] = queue.shift()!;
    if (files.has(file)) continue;
    files.set(file, via);
    for (const imp of importsOf(file)) {
      if (imp.typeOnly) continue;
      const target = resolve(file, imp.spec);
      const where = `${via} → ${imp.spec}`;
      if (target) queue.push([target, where]);
      else if (!imp.spec.startsWith('.') && !packages.has(imp.spec)) packages.set(imp.spec, where);
    }
  }
  return { files, packages };
}

/** Direct imports (type-only included) of a layer's files that lead into the given layers. */
function directInto(layer: string, banned: string[]): string[] {
  return filesUnder(path.join(SRC, layer)).flatMap((file) =>
    importsOf(file)
      .filter((imp) => {
        const target = resolve(file, imp.spec);
        return target && banned.includes(layerOf(target));
      })
      .map((imp) => `${path.relative(SRC, file)}:${imp.line}: ${imp.spec}`),
  );
}

function reached(layer: string, bannedLayers: string[], bannedPackages: RegExp): string[] {
  const { files, packages } = loads(layer);
  return [
    ...[...files].filter(([f]) => bannedLayers.includes(layerOf(f))).map(([, via]) => via),
    ...[...packages].filter(([p]) => bannedPackages.test(p)).map(([, via]) => via),
  ];
}

const EDITOR_OR_LSP = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*)$/;

describe('layers', () => {
  it('the engine imports neither the editor API nor any I/O module', () => {
    const offenders = filesUnder(path.join(SRC, 'engine'))
      .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f: path.basename(f), i, line })))
      .filter(({ line }) => FORBIDDEN.test(line))
      .map(({ f, i, line }) => `${f}:${i + 1}: ${line.trim()}`);
    assert.deepEqual(offenders, []);
    assert.deepEqual(reached('engine', ['host', 'server', 'client', 'cli', 'protocol', 'shared'], /^$/), []);
  });

  it('the host imports no editor API and no LSP, and nothing of the server, client or protocol', () => {
    assert.deepEqual(directInto('host', ['server', 'client', 'cli', 'protocol']), []);
    assert.deepEqual(reached('host', ['server', 'client', 'cli', 'protocol'], EDITOR_OR_LSP), []);
  });

  it('the client imports neither the engine nor the host nor the server', () => {
    assert.deepEqual(directInto('client', ['engine', 'host', 'server', 'cli']), []);
    assert.deepEqual(reached('client', ['engine', 'host', 'server', 'cli'], /^(wink-.*|chrono-node|picomatch|chardet|iconv-lite|vscode-languageserver)$/), []);
  });

  it('the command line loads the engine and the host, not the server, the protocol or any editor API', () => {
    assert.deepEqual(reached('cli', ['server', 'client', 'protocol'], EDITOR_OR_LSP), []);
  });

  it('the server does not load the editor API or the client', () => {
    assert.deepEqual(reached('server', ['client', 'cli'], /^(vscode|vscode-languageclient.*)$/), []);
  });
});
