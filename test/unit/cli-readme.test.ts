// The README shows what the command line really prints, and names every command and setting.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, crosscheck, ensureBuilt } from './cli-helpers';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The fenced blocks of a section, without their fences. */
function blocks(section: string): string[] {
  const start = readme.indexOf(`\n## ${section}\n`);
  assert.ok(start >= 0, section);
  const end = readme.indexOf('\n## ', start + 1);
  return [...readme.slice(start, end < 0 ? undefined : end).matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('README and the command line', function () {
  this.timeout(120000);
  before(ensureBuilt);

  it('"The command line" shows the whole output of its sample command, and --help as it is', () => {
    const [sample, help] = blocks('The command line');
    const [command, ...printed] = sample.split('\n');
    assert.equal(command, '$ npx crosscheck compare examples --draft examples/draft.md');
    const real = crosscheck(['compare', 'examples', '--draft', 'examples/draft.md']);
    const fix = 'paste what it prints into the README';
    assert.equal(printed.join('\n'), real.out, `npx crosscheck compare examples --draft examples/draft.md: ${fix}`);
    assert.equal(help, crosscheck(['--help']).out, `npx crosscheck --help: ${fix}`);
  });

  it('the opening sample is real, and says where it is cut', () => {
    const intro = readme.slice(0, readme.indexOf('\n## '));
    const sample = /```\n(\$ npx crosscheck[^\n]*)\n([\s\S]*?)```/.exec(intro)!;
    assert.equal(sample[1], '$ npx crosscheck compare examples --draft examples/draft.md');
    const real = crosscheck(['compare', 'examples', '--draft', 'examples/draft.md']).out.split('\n');
    let at = 0;
    let cut = false;
    for (const line of sample[2].trimEnd().split('\n')) {
      if (/^\[… .* …\]$/.test(line)) {
        cut = true;
        continue;
      }
      const found = real.indexOf(line, at);
      assert.ok(found >= at, `not in the real output, in this order: ${line}`);
      if (found > at) assert.ok(cut, `lines left out before "${line}" without a mark`);
      at = found + 1;
      cut = false;
    }
    assert.equal(at, real.length - 1, 'ends where the output ends');
  });

  it('names every command and setting of package.json', () => {
    for (const c of pkg.contributes.commands) assert.ok(readme.includes(`\`${c.command}\``), c.command);
    for (const key of Object.keys(pkg.contributes.configuration.properties)) {
      const shown = key.startsWith('crosscheck.severity.') ? '`crosscheck.severity.<finding>`' : `\`${key}\``;
      assert.ok(readme.includes(shown), key);
    }
  });

  it('every npm run script it mentions exists', () => {
    for (const m of readme.matchAll(/npm run ([\w:-]+)/g)) assert.ok(pkg.scripts[m[1]], m[1]);
    for (const s of ['start', 'test', 'install']) assert.ok(readme.includes(`npm ${s}`), s);
  });
});
