// .crosscheck.json on the command line: the claims ignored in VS Code are not reported (nor fail CI).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addCheckedEntries, addIgnoreEntry, entryFor } from '../../src/shared/ignoreFile';
import { EXAMPLES, crosscheck, ensureBuilt, tmpdir } from './cli-helpers';

/** The examples in project/docs, with project/.git making project the repository's root. */
function project(): { root: string; docs: string } {
  const outer = tmpdir('config');
  const root = path.join(outer, 'project');
  const docs = path.join(root, 'docs');
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  fs.cpSync(EXAMPLES, docs, { recursive: true });
  return { root, docs };
}

/** A .crosscheck.json, as the extension writes it, that ignores every claim with a finding. */
function ignoreAll(folder: string, findings: any[]): string {
  let text: string | undefined;
  for (const f of findings) text = addIgnoreEntry(text, entryFor(folder, f.claim.path, f.claim.text));
  return text!;
}

describe('crosscheck compare and .crosscheck.json', function () {
  this.timeout(120000);
  const made: string[] = [];
  before(ensureBuilt);
  after(() => made.forEach((d) => fs.rmSync(path.dirname(d), { recursive: true, force: true })));

  it('leaves the claims it lists alone, in the folder compared or a parent up to the git root', () => {
    const { root, docs } = project();
    made.push(root);
    const first = crosscheck(['compare', docs, '--format', 'json']);
    assert.equal(first.code, 1);
    const { findings } = JSON.parse(first.out);
    assert.ok(findings.length > 3);

    // At the repository's root, as the extension writes it for a workspace opened there.
    fs.writeFileSync(path.join(root, '.crosscheck.json'), ignoreAll(root, findings));
    const ignored = crosscheck(['compare', docs]);
    assert.equal(ignored.code, 0, ignored.out);
    assert.match(ignored.out, /^No findings\n3 files compared, 0 skipped; \d+ claims corroborated; \d+ ignored by \.crosscheck\.json\n$/);
    // From inside the folder, and for single files of it, too.
    assert.equal(crosscheck(['compare', '.'], { cwd: docs }).code, 0);
    assert.equal(crosscheck(['compare', '--draft', path.join(docs, 'draft.md')]).code, 0);
    // --no-config: everything again.
    assert.equal(crosscheck(['compare', docs, '--no-config']).code, 1);

    // Only some claims: the others are still reported.
    const draftOnly = findings.filter((f: any) => f.claim.path.endsWith('draft.md'));
    fs.writeFileSync(path.join(docs, '.crosscheck.json'), ignoreAll(docs, draftOnly));
    const nearer = JSON.parse(crosscheck(['compare', docs, '--format', 'json']).out);
    assert.equal(nearer.findings.length, findings.length - draftOnly.length, 'the nearest file wins');
    assert.ok(nearer.findings.every((f: any) => !f.claim.path.endsWith('draft.md')));

    // --config FILE, wherever it is: its entries are relative to its own folder.
    const elsewhere = path.join(root, 'ci.json');
    fs.writeFileSync(elsewhere, ignoreAll(root, findings));
    assert.equal(crosscheck(['compare', docs, '--config', elsewhere]).code, 0);
    const missing = crosscheck(['compare', docs, '--config', path.join(root, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read .*nope\.json/);
  });

  it('stops at the git root, and a file it cannot parse is an error (exit 2)', () => {
    const { root, docs } = project();
    made.push(root);
    const findings = JSON.parse(crosscheck(['compare', docs, '--format', 'json']).out).findings;
    // Above the repository: not this project's file.
    fs.writeFileSync(path.join(path.dirname(root), '.crosscheck.json'), ignoreAll(path.dirname(root), findings));
    assert.equal(crosscheck(['compare', docs]).code, 1);
    fs.writeFileSync(path.join(root, '.crosscheck.json'), '{"ignore": [');
    const bad = crosscheck(['compare', docs]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /crosscheck: .*project\/\.crosscheck\.json is not valid: /);
    assert.equal(bad.out, '');
    assert.equal(crosscheck(['compare', docs, '--no-config']).code, 1, '--no-config reads none');
  });

  it('reports a checked claim as checked, with its note and right source, and does not fail on it', () => {
    const { root, docs } = project();
    made.push(root);
    const { findings } = JSON.parse(crosscheck(['compare', docs, '--draft', path.join(docs, 'draft.md'), '--format', 'json', '--min-severity', 'information']).out);
    const entries = findings.map((f: any) => ({ ...entryFor(docs, f.claim.path, f.claim.text), note: 'the police figure is right', right: 'local-paper.md', date: '2026-12-01' }));
    fs.writeFileSync(path.join(docs, '.crosscheck.json'), addCheckedEntries(undefined, entries));
    const text = crosscheck(['compare', docs, '--draft', path.join(docs, 'draft.md'), '--no-color']);
    assert.equal(text.code, 0, text.out);
    assert.match(text.out, /draft\.md:7:15: error, checked \[conflict\] "5 people"\n  people: 5 here; .*\n  checked 2026-12-01: .*local-paper\.md is right; the police figure is right\n/);
    assert.match(text.out, /; 5 checked in \.crosscheck\.json \(not counted for --fail-on\)\n$/);
    const json = JSON.parse(crosscheck(['compare', docs, '--draft', path.join(docs, 'draft.md'), '--format', 'json']).out);
    const five = json.findings.find((f: any) => f.claim.text === '5 people');
    assert.equal(five.checked.note, 'the police figure is right');
    assert.equal(five.checked.date, '2026-12-01');
    const sarif = JSON.parse(crosscheck(['compare', docs, '--draft', path.join(docs, 'draft.md'), '--format', 'sarif']).out);
    assert.ok(sarif.runs[0].results.every((r: any) => r.suppressions?.[0]?.kind === 'external'), 'checked results are suppressed in SARIF');
    // Reopened (the entries gone): the run fails again.
    fs.writeFileSync(path.join(docs, '.crosscheck.json'), '{"ignore": [], "checked": []}');
    assert.equal(crosscheck(['compare', docs, '--draft', path.join(docs, 'draft.md')]).code, 1);
  });
});
