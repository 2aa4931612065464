import { strict as assert } from 'assert';
import { DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE, normalizeSettings } from '../../src/shared/settings';
import { addIgnoreEntry, entryFor, parseIgnoreFile, resolveEntries } from '../../src/shared/ignoreFile';
import * as path from 'path';

describe('shared settings', () => {
  it('fills defaults for missing or malformed input', () => {
    for (const raw of [undefined, null, 42, 'x', [], {}]) {
      const s = normalizeSettings(raw);
      assert.deepEqual(s.include, DEFAULT_INCLUDE);
      assert.equal(s.maxFileSize, DEFAULT_MAX_FILE_SIZE);
      assert.deepEqual(s.languages, ['plaintext', 'markdown']);
      assert.equal(s.severity.conflict, 'default');
      assert.equal(s.severity.agreement, 'off');
    }
  });

  it('reads the pushed shape { crosscheck, files.exclude } and the bare section', () => {
    const pushed = normalizeSettings({ crosscheck: { include: ['*.md'], maxFileSize: 10, referenceDate: '2024-10-18' }, files: { exclude: { '**/.git': true, '**/tmp': false, '**/x': { when: '$(basename).ts' } } } });
    assert.deepEqual(pushed.include, ['*.md']);
    assert.equal(pushed.maxFileSize, 10);
    assert.deepEqual(pushed.filesExclude, ['**/.git']);
    assert.equal(pushed.referenceDate, '2024-10-18');
    const bare = normalizeSettings({ languages: ['restructuredtext'], maxFileSize: -1, referenceDate: 'yesterday' }, { '**/out': true });
    assert.deepEqual(bare.languages, ['restructuredtext']);
    assert.equal(bare.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.equal(bare.referenceDate, undefined);
    assert.deepEqual(bare.filesExclude, ['**/out']);
  });
});

describe('shared .crosscheck.json', () => {
  const root = path.resolve('/ws');

  it('creates the file with one entry, relative to the folder with forward slashes', () => {
    const text = addIgnoreEntry(undefined, entryFor(root, path.join(root, 'drafts', 'a.md'), '12,000'));
    assert.deepEqual(JSON.parse(text), { ignore: [{ file: 'drafts/a.md', text: '12,000' }] });
  });

  it('keeps other keys and does not duplicate entries', () => {
    const first = JSON.stringify({ comment: 'team list', ignore: [{ file: 'a.md', text: 'x' }] });
    const text = addIgnoreEntry(first, { file: 'a.md', text: 'x' });
    assert.deepEqual(JSON.parse(text), { comment: 'team list', ignore: [{ file: 'a.md', text: 'x' }] });
  });

  it('refuses to rewrite a file it cannot parse', () => {
    assert.throws(() => addIgnoreEntry('{ not json', { file: 'a.md', text: 'x' }));
    assert.throws(() => parseIgnoreFile('[1, 2]'));
  });

  it('resolves entries to absolute paths and skips malformed ones', () => {
    const data = parseIgnoreFile('\uFEFF{"ignore": [{"file": "a.md", "text": "x"}, {"file": 3}, null]}');
    assert.deepEqual(resolveEntries(root, data), [{ path: path.join(root, 'a.md'), text: 'x' }]);
  });
});
