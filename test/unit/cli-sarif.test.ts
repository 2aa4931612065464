// The SARIF 2.1.0 log as code-scanning services read it: relative URIs with a declared base,
// a versioned driver with documented rules, disagreements only, related locations.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonFolder } from '../../src/cli/sarif';
import { validate } from './json-schema-lite';
import { EXAMPLES, ROOT, VERSION, crosscheck, ensureBuilt, tmpdir, writeFiles } from './cli-helpers';

const DISAGREEMENTS = ['conflict', 'later-count', 'quote-variant', 'quote-speaker', 'repetition'];

describe('crosscheck compare --format sarif', function () {
  this.timeout(120000);
  before(ensureBuilt);

  it('writes a SARIF 2.1.0 log with a versioned driver, documented rules and relative URIs', () => {
    const r = crosscheck(['compare', 'examples', '--format', 'sarif'], { cwd: ROOT });
    assert.equal(r.code, 1);
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$|sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    const driver = run.tool.driver;
    assert.equal(driver.name, 'Crosscheck');
    assert.equal(driver.version, VERSION);
    assert.match(driver.informationUri, /^https:\/\//);

    // One rule per disagreement type, each linking to its section of the README.
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.deepEqual(driver.rules.map((x: any) => x.id), DISAGREEMENTS);
    for (const rule of driver.rules) {
      assert.equal(rule.helpUri, `${driver.informationUri}#finding-${rule.id}`);
      assert.ok(readme.includes(`<a id="finding-${rule.id}"></a>`), `README anchor for ${rule.id}`);
      assert.ok(rule.shortDescription.text.length > 10 && rule.shortDescription.text.length < 100);
      assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length);
      assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }

    // URIs are relative to %SRCROOT%, which is declared as an absolute file URI (the git root here).
    const base = run.originalUriBaseIds['%SRCROOT%'].uri;
    assert.match(base, /^file:\/\/\/.*\/$/);
    assert.equal(path.resolve(fileURLToPath(base)), path.resolve(ROOT));
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const texts = new Map<string, string>();
    const textOf = (uri: string) => {
      if (!texts.has(uri)) texts.set(uri, fs.readFileSync(path.join(fileURLToPath(base), decodeURIComponent(uri)), 'utf8'));
      return texts.get(uri)!;
    };
    const checkLocation = (loc: any) => {
      const { artifactLocation, region } = loc.physicalLocation;
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(!artifactLocation.uri.startsWith('../') && !artifactLocation.uri.startsWith('/'), artifactLocation.uri);
      assert.match(artifactLocation.uri, /^examples\//);
      assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
      assert.equal(textOf(artifactLocation.uri).slice(region.charOffset, region.charOffset + region.charLength), region.snippet.text);
    };

    // Disagreements only, each with its rule, level, message, location and related locations.
    assert.ok(run.results.length > 0);
    for (const result of run.results) {
      assert.ok(DISAGREEMENTS.includes(result.ruleId), result.ruleId);
      assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.message.text.length > 0);
      assert.equal(result.locations.length, 1);
      checkLocation(result.locations[0]);
      assert.ok(result.relatedLocations.length > 0);
      for (const rel of result.relatedLocations) {
        assert.ok(Number.isInteger(rel.id));
        assert.ok(rel.message.text.length > 0);
        checkLocation(rel);
      }
      assert.match(Object.values(result.partialFingerprints)[0] as string, /^[0-9a-f]{64}$/);
    }
    const conflict = run.results.find((x: any) => x.ruleId === 'conflict' && x.locations[0].physicalLocation.region.snippet.text === 'Roughly 2,400 residents');
    assert.ok(conflict);
    assert.equal(conflict.level, 'error');
    assert.equal(conflict.locations[0].physicalLocation.artifactLocation.uri, 'examples/draft.md');
    assert.equal(conflict.locations[0].physicalLocation.region.startLine, 3);
    assert.deepEqual(run.invocations.map((i: any) => i.executionSuccessful), [true]);
  });

  it('outside a repository, URIs are relative to the folder holding every file; skipped files are notifications', () => {
    const d = writeFiles(tmpdir('sarif'), {
      'one/a.txt': 'The Velmora council said 40 homes flooded on the Harwick road.\n',
      'two/b.txt': 'The Velmora council said 55 homes flooded on the Harwick road.\n',
      'two/photo.txt': Buffer.from([0x89, 0x50, 0, 0, 1]),
    });
    try {
      const r = crosscheck(['compare', path.join(d, 'one'), path.join(d, 'two'), '--format', 'sarif']);
      const run = JSON.parse(r.out).runs[0];
      assert.equal(path.resolve(fileURLToPath(run.originalUriBaseIds['%SRCROOT%'].uri)), path.resolve(d));
      const uris = run.results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri).sort();
      assert.deepEqual(uris, ['one/a.txt', 'two/b.txt']);
      const [notice] = run.invocations[0].toolExecutionNotifications;
      assert.equal(notice.locations[0].physicalLocation.artifactLocation.uri, 'two/photo.txt');
      assert.match(notice.message.text, /binary/);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it('commonFolder finds the deepest folder holding every path', () => {
    assert.equal(commonFolder(['/a/b/c.txt', '/a/b/d/e.txt']), '/a/b');
    assert.equal(commonFolder(['/a/b/c.txt', '/a/x/e.txt']), '/a');
    assert.equal(commonFolder(['/a/b/c.txt']), '/a/b');
    assert.equal(commonFolder(['/a/bc/c.txt', '/a/b/e.txt']), '/a');
  });
});

// The SARIF 2.1.0 JSON schema, as @microsoft/jest-sarif (npm) ships it: test/fixtures/sarif-schema-2.1.0.json.
describe('crosscheck compare --format sarif against the SARIF 2.1.0 schema', function () {
  this.timeout(120000);
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
  before(ensureBuilt);

  it('the log of the examples is valid', () => {
    const log = JSON.parse(crosscheck(['compare', 'examples', '--format', 'sarif']).out);
    assert.deepEqual(validate(schema, log), []);
  });

  it('a log with skipped files and no results is valid', () => {
    const d = writeFiles(tmpdir('sarif-schema'), { 'a.txt': 'Nothing to say.\n', 'b.txt': Buffer.from([0, 1, 2]) });
    try {
      const log = JSON.parse(crosscheck(['compare', d, '--format', 'sarif']).out);
      assert.equal(log.runs[0].results.length, 0);
      assert.deepEqual(validate(schema, log), []);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it('the check itself catches what the schema forbids', () => {
    const log = JSON.parse(crosscheck(['compare', 'examples', '--format', 'sarif']).out);
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].tool.driver.rules[0].helpUri = 'not a uri';
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].resultz = [];
    const errors = validate(schema, log).join('\n');
    assert.match(errors, /results\[0\]\.level: "fatal" not one of/);
    assert.match(errors, /helpUri: "not a uri" is not a uri/);
    assert.match(errors, /startLine: 0 < 1/);
    assert.match(errors, /unknown property resultz/);
  });
});
