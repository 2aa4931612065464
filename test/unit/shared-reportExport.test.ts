// The exported report: Markdown and a standalone HTML page, with no live markup from the documents.
import { strict as assert } from 'assert';
import type { WorkspaceReport } from '../../src/protocol';
import { markdownText, numberLineSvg, reportHtml, reportMarkdown } from '../../src/shared/reportExport';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) | cell';

function report(): WorkspaceReport {
  return {
    title: 'news <desk>',
    generated: '2026-12-01T10:00:00.000Z',
    sources: [
      { path: '/ws/a.md', uri: 'file:///ws/a.md', name: 'a.md' },
      { path: '/ws/b.md', uri: 'file:///ws/b.md', name: HOSTILE },
    ],
    rows: [
      {
        label: 'troops sent · 15,000 ×2 · 12,000',
        subject: 'troops sent',
        values: [{ text: '15,000', count: 2, names: ['a.md'] }, { text: '12,000', count: 1, names: ['b.md'] }],
        type: 'conflict',
        severity: 'error',
        message: `about 15,000 here; b says 12,000 ${HOSTILE}`,
        cells: [
          [{ text: 'some 15,000 troops', value: '15,000', uri: 'file:///ws/a.md', range, sentence: { before: 'Officials said ', marked: 'some 15,000 troops', after: ' were sent.' } }],
          [{ text: HOSTILE, value: '12,000', uri: 'file:///ws/b.md', range, sentence: { before: HOSTILE, marked: 'around 12,000', after: HOSTILE } }],
        ],
        numberLine: {
          ticks: [{ at: 0.2, label: '12,000' }, { at: 0.8, label: '15,000' }],
          marks: [
            { label: 'this document', self: true, shape: 'band', at: 0.8, from: 0.7, to: 0.9, text: 'some 15,000 troops' },
            { label: HOSTILE, self: false, relation: 'conflicts', shape: 'point', at: 0.2, from: 0.2, to: 0.2, text: HOSTILE },
          ],
        },
        members: [],
      },
      {
        label: 'day · Friday ×4 · Thursday',
        subject: 'day',
        values: [{ text: 'Friday', count: 4, names: [] }, { text: 'Thursday', count: 1, names: [] }],
        type: 'conflict',
        severity: 'warning',
        message: 'Thursday here; four say Friday.',
        cells: [null, [{ text: 'on Thursday', value: 'Thursday', uri: 'file:///ws/b.md', range }]],
        checked: { note: 'the ministry said Friday', rightName: 'a.md', right: '/ws/a.md', date: '2026-12-01' },
        members: [],
      },
    ],
  };
}

describe('exported report', () => {
  it('HTML: standalone, no script, a policy that forbids one, document text escaped, number lines as inline SVG', () => {
    const html = reportHtml(report());
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(!/<script|<img|href=/i.test(html), 'live markup from a document');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.ok(!/(src|href)="(https?:|\/\/)/.test(html), 'fetches something');
    assert.equal((html.match(/<svg class="numberline"/g) ?? []).length, 1);
    assert.match(html, /<th scope="col">a\.md<\/th>/);
    assert.match(html, /Officials said <mark>some 15,000 troops<\/mark> were sent\./);
    assert.match(html, /✓ checked 2026-12-01: a\.md is right — the ministry said Friday/);
    assert.match(html, /1 open, 1 checked/);
  });

  it('Markdown: a summary, then each disagreement with every source’s sentence, nothing that forms a link or tag', () => {
    const md = reportMarkdown(report());
    assert.match(md, /^# Crosscheck report: news \\<desk\\>\n/);
    assert.match(md, /\| troops sent \| error \| 15,000 ×2 · 12,000 \| open \|/);
    assert.match(md, /\| day \| warning \| Friday ×4 · Thursday \| checked 2026\\-12\\-01: a\\\.md is right — the ministry said Friday \|/);
    assert.match(md, /\| a\\\.md \| 15,000 \| Officials said \*\*some 15,000 troops\*\* were sent\\\. \|/);
    // Outside the SVG (raw HTML, where brackets form nothing), no tag or link can form.
    const text = md.replace(/^<svg .*<\/svg>$/gm, '');
    assert.ok(!/(^|[^\\])<(script|img)|[^\\]\]\(javascript/.test(text), text);
    assert.ok(!/<script|<img/.test((md.match(/^<svg .*<\/svg>$/gm) ?? []).join('')), 'a tag inside the SVG');
    assert.equal((md.match(/^<svg class="numberline"/gm) ?? []).length, 1, 'the number line as inline SVG');
    assert.equal(markdownText('a | b [c](d)'), 'a \\| b \\[c\\]\\(d\\)');
  });

  it('an empty workspace says so', () => {
    const empty = { ...report(), rows: [] };
    assert.match(reportHtml(empty), /No disagreements between the sources\./);
    assert.match(reportMarkdown(empty), /No disagreements between the sources\./);
    assert.match(numberLineSvg(report().rows[0].numberLine!, 'x'), /^<svg [^>]*role="img" aria-label="x"/);
  });
});
