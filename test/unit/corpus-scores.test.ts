// Judgement on real reports: every story set (the seeds and dev sets in ../shared, and the test bed
// under test/corpus) is compared by the command line and scored against its human gold with
// ../shared/eval/score.py. Each figure may only get better than the one recorded in
// test/corpus/scores.json; a change that finds less or raises more unexplained conflicts fails here.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareInProcess } from './cli-helpers';

const root = path.join(__dirname, '../..');
const scorer = path.join(root, '../shared/eval/score.py');
const recorded: Record<string, Record<string, string | number>> = JSON.parse(fs.readFileSync(path.join(root, 'test/corpus/scores.json'), 'utf8'));

/** Figures where more is better ("5/5 found") and where fewer is better (traps hit, unexplained conflicts). */
const MORE = ['conflict_groups', 'conflict_mentions', 'agreements', 'quotes'];
const FEWER = ['false_conflicts_of_known_traps', 'conflict_findings_outside_gold'];
const count = (v: string | number) => (typeof v === 'number' ? v : Number(v.split('/')[0]));

const compareJson = async (dir: string) => (await compareInProcess([dir, '--format', 'json'])).out;

describe('judgement on real story sets, scored against human gold', function () {
  this.timeout(120_000);
  it('finds the scorer and every recorded set', () => {
    assert.ok(fs.existsSync(scorer), `${scorer} is missing: ../shared must lie beside the repository`);
    for (const name of Object.keys(recorded)) assert.ok(fs.existsSync(path.join(root, name, 'expected.json')), name);
    assert.ok(Object.keys(recorded).filter((n) => n.startsWith('test/corpus/')).length >= 8, 'at least eight sets of our own');
  });
  for (const [name, before] of Object.entries(recorded)) {
    it(`${name}: no figure worse than recorded`, async () => {
      const dir = path.join(root, name);
      const result = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-score-')), 'result.json');
      fs.writeFileSync(result, await compareJson(dir));
      const lines = execFileSync('python3', [scorer, path.join(dir, 'expected.json'), result, dir], { encoding: 'utf8' }).trim().split('\n');
      const now: Record<string, string | number> = JSON.parse(lines[lines.length - 1]);
      for (const k of MORE) assert.ok(count(now[k]) >= count(before[k]), `${k}: ${now[k]} now, ${before[k]} recorded\n${lines.join('\n')}`);
      for (const k of FEWER) assert.ok(count(now[k]) <= count(before[k]), `${k}: ${now[k]} now, ${before[k]} recorded\n${lines.join('\n')}`);
    });
  }
});
