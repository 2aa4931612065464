// .crosscheck.json: ignored and checked claims, read and written compatibly and readably.
import { strict as assert } from 'assert';
import {
  addCheckedEntries,
  addIgnoreEntry,
  parseIgnoreFile,
  relativeFile,
  removeCheckedEntries,
  resolveChecked,
  today,
} from '../../src/shared/ignoreFile';

describe('.crosscheck.json: checked claims', () => {
  const entry = { file: 'draft.md', text: '5 people', note: 'police confirmed 3', right: 'local-paper.md', date: '2026-12-01' };

  it('reads a file of an older version (ignore only) with no checked claims, and keeps it as it was when ignoring more', () => {
    const old = '{\n  "ignore": [\n    {\n      "file": "a.md",\n      "text": "12,000"\n    }\n  ]\n}\n';
    assert.deepEqual(parseIgnoreFile(old).checked, []);
    const more = addIgnoreEntry(old, { file: 'b.md', text: '3' });
    assert.ok(!more.includes('checked'), more);
    assert.deepEqual(JSON.parse(more).ignore, [{ file: 'a.md', text: '12,000' }, { file: 'b.md', text: '3' }]);
  });

  it('round-trips a checked claim: written, read back equal, reopened back to the file it was', () => {
    const old = '{\n  "ignore": [],\n  "editor": "kept"\n}\n';
    const text = addCheckedEntries(old, [entry]);
    const data = parseIgnoreFile(text);
    assert.deepEqual(data.checked, [entry]);
    assert.equal(data.editor, 'kept', 'unknown keys are kept');
    assert.deepEqual(data.ignore, []);
    assert.equal(removeCheckedEntries(text, [{ file: 'draft.md', text: '5 people' }]), '{\n  "ignore": [],\n  "editor": "kept",\n  "checked": []\n}\n');
  });

  it('writes one key per line (readable in a diff) and leaves out what is not given', () => {
    const text = addCheckedEntries(undefined, [{ file: 'x.md', text: 'on Thursday', date: '2026-12-01' }]);
    assert.equal(text, '{\n  "checked": [\n    {\n      "file": "x.md",\n      "text": "on Thursday",\n      "date": "2026-12-01"\n    }\n  ]\n}\n');
    // Checking the same claim again replaces its entry: no duplicates.
    const again = addCheckedEntries(text, [{ ...entry, file: 'x.md', text: 'on Thursday' }]);
    assert.equal(parseIgnoreFile(again).checked.length, 1);
    assert.equal(parseIgnoreFile(again).checked[0].note, 'police confirmed 3');
  });

  it('drops malformed entries and fields, and refuses a file that is not a JSON object', () => {
    const data = parseIgnoreFile(JSON.stringify({ checked: [entry, { file: 1 }, 'x', { file: 'y.md', text: 'z', note: 5, right: null }] }));
    assert.deepEqual(data.checked, [entry, { file: 'y.md', text: 'z', date: '' }]);
    assert.throws(() => parseIgnoreFile('[1]'));
    assert.throws(() => addCheckedEntries('{ nope', [entry]));
  });

  it('resolves files and the right source against the file’s folder', () => {
    const [c] = resolveChecked('/ws/news', parseIgnoreFile(JSON.stringify({ checked: [entry] })));
    assert.deepEqual(c, { path: '/ws/news/draft.md', text: '5 people', note: 'police confirmed 3', right: '/ws/news/local-paper.md', date: '2026-12-01' });
    assert.equal(relativeFile('/ws', '/ws/sub/a.md'), 'sub/a.md');
    assert.equal(today(new Date(2026, 0, 5)), '2026-01-05');
  });
});
