import { strict as assert } from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { effectiveSeverity, toDiagnostics } from '../../src/server/diagnostics';
import { conflictGroups } from '../../src/server/conflicts';
import { SOURCE, findingDocsUrl } from '../../src/protocol';
import { fakeView, finding, settings } from './server-fixtures';

const texts = { '/ws/draft.md': '12,000 troops\nmore', '/ws/a.txt': 'first line\n10,000 troops' };

describe('server diagnostics mapping', () => {
  const view = fakeView(texts);

  it('maps a conflict to one diagnostic with source, code, link, range and related places', () => {
    const [d] = toDiagnostics([finding({ type: 'conflict', severity: 'error', related: [{ path: '/ws/a.txt', start: 11, end: 24, text: '10,000 troops', relation: 'conflicts', note: '20% lower' }] })], settings(), view);
    assert.equal(d.source, SOURCE);
    assert.equal(d.code, 'conflict');
    assert.deepEqual(d.codeDescription, { href: findingDocsUrl('conflict') });
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
    assert.equal(d.relatedInformation?.length, 1);
    assert.equal(d.relatedInformation![0].location.uri, 'file:///ws/a.txt');
    assert.deepEqual(d.relatedInformation![0].location.range.start, { line: 1, character: 0 });
    // The editor names the file beside the line: the line says only what the source says.
    assert.equal(d.relatedInformation![0].message, '20% lower');
    assert.deepEqual(d.data, { id: 'draft#1', path: '/ws/draft.md', text: '12,000', type: 'conflict' });
  });

  it('falls back to the relation when a related claim has no note', () => {
    const [d] = toDiagnostics([finding({ type: 'conflict', related: [{ path: '/ws/a.txt', start: 0, end: 1, text: 'x', relation: 'conflicts', note: '' }] })], settings(), view);
    assert.match(d.relatedInformation![0].message, /conflicts/);
  });

  it('keeps agreements, corroborations and lone sources out of diagnostics by default', () => {
    const ds = toDiagnostics(
      [finding({ type: 'agreement', severity: 'hint' }), finding({ type: 'quote-corroborated', severity: 'hint' }), finding({ type: 'single-source', severity: 'information' })],
      settings(),
      view,
    );
    assert.deepEqual(ds, []);
  });

  it('reports quote variants and repetitions with the engine severity', () => {
    const ds = toDiagnostics([finding({ type: 'quote-variant', severity: 'warning' }), finding({ type: 'repetition', severity: 'information' })], settings(), view);
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['quote-variant', DiagnosticSeverity.Warning], ['repetition', DiagnosticSeverity.Information]]);
  });

  it('applies crosscheck.severity.<type> overrides, including off', () => {
    const s = settings({ severity: { conflict: 'hint', 'quote-variant': 'off', agreement: 'information', repetition: 'bogus' } });
    const ds = toDiagnostics(
      [finding({ type: 'conflict', severity: 'error' }), finding({ type: 'quote-variant' }), finding({ type: 'agreement', severity: 'hint' }), finding({ type: 'repetition', severity: 'warning' })],
      s,
      view,
    );
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [
      ['conflict', DiagnosticSeverity.Hint],
      ['agreement', DiagnosticSeverity.Information],
      ['repetition', DiagnosticSeverity.Warning], // invalid value → default
    ]);
    assert.equal(effectiveSeverity(finding({ type: 'quote-variant' }), s), undefined);
  });

  it('drops ignored claims', () => {
    assert.deepEqual(toDiagnostics([finding({ type: 'conflict' })], settings(), fakeView(texts, {}, ['draft#1'])), []);
  });

  it('groups problems for the panel, one group per disagreement, sorted by place, without agreements', () => {
    const other = { path: '/ws/a.txt', start: 30, end: 34, text: 'June', relation: 'conflicts' as const, note: 'says June' };
    const groups = conflictGroups(
      [
        // Two claims of the draft against one claim of a.txt: one disagreement, seen from two places.
        finding({ type: 'conflict', claim: { path: '/ws/draft.md', start: 14, end: 18, text: 'more', id: 'b' } }),
        finding({ type: 'agreement', severity: 'hint' }),
        finding({ type: 'conflict' }),
        // a.txt's side of it, against both draft claims: it leads, as it stands against the most.
        finding({
          type: 'conflict',
          severity: 'error',
          claim: { path: '/ws/a.txt', start: 10, end: 16, text: '10,000', id: 'a#10' },
          related: [
            { path: '/ws/draft.md', start: 0, end: 5, text: '12,000', relation: 'conflicts', note: 'says 12,000' },
            { path: '/ws/draft.md', start: 14, end: 18, text: 'more', relation: 'conflicts', note: 'says more' },
          ],
        }),
        // Another fact altogether stays a group of its own.
        finding({ type: 'conflict', claim: { path: '/ws/draft.md', start: 20, end: 24, text: 'May', id: 'may' }, related: [other] }),
      ],
      settings(),
      view,
    );
    assert.deepEqual(groups.map((g) => g.claim.id), ['a#10', 'may']);
    assert.equal(groups[0].severity, 'error');
    assert.deepEqual(groups[0].sources.map((s) => s.text), ['12,000', 'more']);
    assert.equal(groups[0].claim.name, 'a.txt');
    assert.equal(groups[1].sources[0].name, 'a.txt');
  });
});
