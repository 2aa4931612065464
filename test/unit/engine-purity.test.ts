// The engine is pure: no editor API and no I/O, so tests, the server, workers and the command
// line share it as it is. Host needs come in through EngineHost.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const FORBIDDEN = /from ['"](?:node:)?(vscode|fs|fs\/promises|path|os|child_process|worker_threads|net|http|https|crypto|vscode-languageserver[^'"]*)['"]|require\(/;

describe('engine purity', () => {
  it('imports neither the editor API nor any I/O module', () => {
    const dir = path.join(__dirname, '../../src/engine');
    const offenders = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').map((line, i) => ({ f, i, line })))
      .filter(({ line }) => FORBIDDEN.test(line))
      .map(({ f, i, line }) => `${f}:${i + 1}: ${line.trim()}`);
    assert.deepEqual(offenders, []);
  });
});
