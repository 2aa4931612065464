import { strict as assert } from 'assert';
import { escapeMarkdown, fileLink } from '../../src/server/markdown';
import { hoverMarkdown, NO_OTHER_SOURCE } from '../../src/server/hover';
import { fakeView, finding } from './server-fixtures';

/** Unescaped occurrences of a markdown-active character (not preceded by a backslash). */
function raw(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch && s[i - 1] !== '\\') n++;
  return n;
}

describe('server hover markdown', () => {
  it('escapes HTML so no tag can form', () => {
    const s = escapeMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    assert.equal(raw(s, '<'), 0);
    assert.equal(raw(s, '>'), 0);
  });

  it('escapes links, images and command: URIs', () => {
    for (const hostile of ['[x](command:foo)', '![i](https://evil/x.png)', '[a]: command:workbench.action.quit', '<command:foo>']) {
      const s = escapeMarkdown(hostile);
      for (const ch of ['[', ']', '(', ')', '<', '>', ':', '!']) assert.equal(raw(s, ch), 0, `${hostile} → ${s}`);
    }
  });

  it('defuses javascript: and bare URLs (no autolink can form)', () => {
    const s = escapeMarkdown('javascript:alert(1) https://evil.example www.evil.example');
    assert.ok(!s.includes('javascript:'));
    assert.ok(!s.includes('https://'));
    assert.ok(!s.includes('www.'));
  });

  it('escapes table pipes, backticks, emphasis and entities', () => {
    const s = escapeMarkdown('a | b `code` *em* _u_ &amp; ~~s~~ # h');
    for (const ch of ['|', '`', '*', '_', '&', '~', '#']) assert.equal(raw(s, ch), 0, ch);
  });

  it('collapses newlines and drops control and bidi characters', () => {
    const s = escapeMarkdown('line one\n\n| --- |\nline\u202Etwo\u0007');
    assert.ok(!/[\n\u202E\u0007]/.test(s));
  });

  it('builds file links with a line/column fragment, and no link for other schemes', () => {
    const range = { start: { line: 11, character: 4 }, end: { line: 11, character: 9 } };
    assert.equal(fileLink('notes (v2).md', 'file:///ws/notes%20(v2).md', range), '[notes \\(v2\\)\\.md](file:///ws/notes%20%28v2%29.md#L12,5)');
    assert.equal(fileLink('evil', 'command:foo', range), 'evil');
    assert.equal(fileLink('x', 'javascript:alert(1)', range), 'x');
  });

  it('lists every source with its words and verdict, agreements included', () => {
    const texts = { '/ws/draft.md': 'about 12,000 troops', '/ws/a.txt': 'line\nsent 10,000 troops', '/ws/b.txt': 'About 12,000 troops' };
    const view = fakeView(texts);
    const md = hoverMarkdown('about 12,000 troops', [
      finding({ type: 'conflict', related: [{ path: '/ws/a.txt', start: 10, end: 23, text: '10,000 troops', relation: 'conflicts', note: '20% lower' }] }),
      finding({ type: 'agreement', severity: 'hint', message: 'b agrees', related: [{ path: '/ws/b.txt', start: 0, end: 19, text: 'About 12,000 troops', relation: 'agrees', note: '' }] }),
    ], view);
    assert.match(md, /\| Source \| Says \| Verdict \|/);
    assert.ok(md.includes('[a\\.txt](file:///ws/a.txt#L2,6)'), md);
    assert.ok(md.includes('✗ conflicts (20% lower)'), md);
    assert.ok(md.includes('✓ agrees'));
    assert.ok(!md.includes(NO_OTHER_SOURCE));
  });

  it('says each thing once: the source’s sentence with its words marked, the verdict with the size of the difference', () => {
    const texts = { '/ws/draft.md': 'about 12,000 troops', '/ws/a.txt': 'Intro.\nOfficials said they sent 10,000 troops in October. Then more.' };
    const view = { ...fakeView(texts), textOf: (p: string) => texts[p as keyof typeof texts] };
    const start = texts['/ws/a.txt'].indexOf('10,000 troops');
    const md = hoverMarkdown('about 12,000 troops', [
      finding({ type: 'conflict', message: 'about 12,000 here; a says 10,000 (17% lower).', related: [{ path: '/ws/a.txt', start, end: start + 13, text: '10,000 troops', relation: 'conflicts', note: '10,000 (17% lower)' }] }),
    ], view);
    const row = md.split('\n').find((l) => l.startsWith('| [a'))!;
    assert.equal(row, '| [a\\.txt](file:///ws/a.txt#L2,26) | Officials said they sent **10,000 troops** in October\\. | ✗ conflicts (17% lower) |');
    assert.equal(md.split('17% lower').length - 1, 2, 'the difference is said once in the message and once in the row');
  });

  it('says so when no other source mentions the claim', () => {
    assert.ok(hoverMarkdown('12 troops', [], fakeView({})).includes(NO_OTHER_SOURCE));
  });

  it('keeps hostile source text inert inside the table', () => {
    const texts = { '/ws/a.txt': 'x' };
    const md = hoverMarkdown('[click](command:workbench.action.quit)', [
      finding({ type: 'conflict', message: '<img src=x>', related: [{ path: '/ws/a.txt', start: 0, end: 1, text: '| [x](command:foo) | <script>', relation: 'conflicts', note: 'javascript:alert(1)' }] }),
    ], fakeView(texts));
    assert.ok(!md.includes('](command:'));
    assert.ok(!/(^|[^\\])</.test(md), md);
    assert.ok(!md.includes('javascript:'));
    // Every table row has exactly the four pipes we put there.
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) assert.equal(raw(line, '|'), 4, line);
  });
});
