import { strict as assert } from 'assert';
import * as path from 'path';
import { createPathFilter, relativeTo } from '../../src/host/globs';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../src/shared/settings';

describe('host globs', () => {
  const filter = createPathFilter(DEFAULT_INCLUDE, [...DEFAULT_EXCLUDE, '**/.git', 'drafts/old/**', '*.log']);

  it('includes text-like files at any depth, dot folders too', () => {
    for (const p of ['a.md', 'notes/b.txt', 'x/y/c.markdown', 'd.rst', 'e.text', '.notes/f.md']) assert.equal(filter.accepts(p), true, p);
  });

  it('includes the documents Crosscheck reads: PDF, Word, web pages, transcripts', () => {
    for (const p of ['r.pdf', 'notes/n.docx', 'saved/a.html', 'b.htm', 'i.vtt', 'i.srt']) assert.equal(filter.accepts(p), true, p);
  });

  it('leaves out other extensions', () => {
    for (const p of ['a.js', 'b.md.bak', 'c.doc', 'd.pdf.part']) assert.equal(filter.accepts(p), false, p);
  });

  it('applies crosscheck.exclude and files.exclude, to files and to whole folders', () => {
    for (const p of ['node_modules/a.md', 'x/node_modules/z/a.md', '.git/a.txt', 'sub/.git/b.md', 'drafts/old/a.md']) assert.equal(filter.accepts(p), false, p);
    assert.equal(filter.accepts('drafts/a.md'), true);
    for (const d of ['node_modules', 'x/node_modules', '.git', 'drafts/old']) assert.equal(filter.prunes(d), true, d);
    for (const d of ['drafts', 'src', '.notes']) assert.equal(filter.prunes(d), false, d);
  });

  it('tells what the exclude globs leave out, whatever the include globs say (open buffers)', () => {
    for (const p of ['node_modules/a.js', 'x/node_modules/z/a.md', 'build.log', 'drafts/old/x.py']) assert.equal(filter.excludes(p), true, p);
    for (const p of ['a.js', 'drafts/a.md', 'notes/b.txt']) assert.equal(filter.excludes(p), false, p);
  });

  it('never accepts paths outside the folder', () => {
    assert.equal(filter.accepts('../other/a.md'), false);
    assert.equal(filter.accepts(''), false);
  });

  it('an empty include list indexes nothing', () => {
    assert.equal(createPathFilter([], []).accepts('a.md'), false);
  });

  it('finds the innermost folder holding a path', () => {
    const a = path.resolve('/ws');
    const b = path.resolve('/ws/sub');
    assert.deepEqual(relativeTo([a, b], path.resolve('/ws/sub/x/y.md')), { root: b, rel: 'x/y.md' });
    assert.deepEqual(relativeTo([a, b], path.resolve('/ws/z.md')), { root: a, rel: 'z.md' });
    assert.equal(relativeTo([a], path.resolve('/elsewhere/z.md')), undefined);
  });
});
