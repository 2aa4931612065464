// The review: what each disagreement is about and the values in play, its order, checked claims,
// and the report of the whole workspace, on the five seed reports.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CheckWorkspace } from '../../src/engine';
import type { Finding } from '../../src/engine/types';
import { defaultVectorsFile, loadVectors } from '../../src/host/vectors';
import { LineIndex } from '../../src/host/positions';
import type { CheckedInfo } from '../../src/protocol';
import { conflictGroups } from '../../src/server/conflicts';
import { toDiagnostics } from '../../src/server/diagnostics';
import { workspaceReport } from '../../src/server/report';
import { participle, quantityValue } from '../../src/server/subject';
import type { DocView } from '../../src/server/view';
import { settings } from './server-fixtures';

const SEEDS = process.env.CROSSCHECK_SEEDS || path.resolve(__dirname, '../../../shared/corpus/seeds');

describe('server: the review of a workspace', function () {
  this.timeout(60000);
  const ws = new CheckWorkspace({ vectors: loadVectors(defaultVectorsFile()) });
  const checked = new Map<string, CheckedInfo>();
  let view: DocView;
  let findings: Finding[];

  before(() => {
    for (const f of fs.readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) ws.setDocument(`/ws/${f}`, fs.readFileSync(path.join(SEEDS, f), 'utf8'));
    view = {
      uriOf: (p) => `file://${p}`,
      nameOf: (p) => p.replace(/^\/ws\//, ''),
      rangeOf: (p, s, e) => {
        const idx = new LineIndex(ws.text(p) ?? '');
        return { start: idx.positionAt(s), end: idx.positionAt(e) };
      },
      claimAt: (p, s, e) => (ws.claims(p)?.claims ?? []).find((c) => c.span.start === s && c.span.end === e) ?? (ws.claims(p)?.claims ?? []).find((c) => c.span.start <= s && e <= c.span.end),
      isIgnored: () => false,
      checkedOf: (c) => checked.get(`${c.path}#${c.text}`),
      textOf: (p) => ws.text(p),
    };
    findings = ws.paths().sort().flatMap((p) => ws.findings(p));
  });

  it('labels each group by what it is about and the values in play', () => {
    const labels = conflictGroups(findings, settings(), view).map((g) => g.label);
    if (process.env.SHOW) console.log(labels.join('\n'));
    assert.ok(labels.includes('troops sent · 15,000 ×3 · 10,000–12,000 · 12,000'), labels.join('\n'));
    assert.ok(labels.some((l) => /^when held · Friday ×4 · Thursday$/.test(l) || /^(day|date|when \w+) · Friday ×4 · Thursday$/.test(l)), labels.join('\n'));
    assert.ok(labels.some((l) => /^Kim: “.+” · \d wordings$/.test(l)), labels.join('\n'));
  });

  it('sorts by severity, then by first mention, and gives each group its first mention and its claims', () => {
    const groups = conflictGroups(findings, settings(), view);
    const rank = { error: 0, warning: 1, information: 2, hint: 3 };
    for (let i = 1; i < groups.length; i++) assert.ok(rank[groups[i - 1].severity] <= rank[groups[i].severity], groups.map((g) => g.severity).join(','));
    const troops = groups.find((g) => g.subject === 'troops sent')!;
    assert.equal(troops.first.name, '000_d68872375e6c7ec2.txt');
    assert.equal(troops.first.text, 'some 15,000 troops');
    assert.ok(troops.members.length >= 5, JSON.stringify(troops.members));
    const sentence = troops.sources.find((s) => s.name.startsWith('003'))!.sentence!;
    assert.equal(sentence.marked, 'around 12,000 North Korean troops');
    assert.ok(sentence.before.length > 10 && sentence.after.length > 0, JSON.stringify(sentence));
  });

  it('a checked disagreement goes last, quietened to hints, with its note', () => {
    const days = conflictGroups(findings, settings(), view).find((g) => /Thursday/.test(g.label))!;
    for (const m of days.members) checked.set(`${m.path}#${m.text}`, { note: 'the agency says Friday', right: '/ws/000_d68872375e6c7ec2.txt', rightName: '000_d68872375e6c7ec2.txt', date: '2026-12-01' });
    try {
      const groups = conflictGroups(findings, settings(), view);
      const after = groups.find((g) => /Thursday/.test(g.label))!;
      assert.equal(after.checked?.note, 'the agency says Friday');
      assert.equal(groups[groups.length - 1], after);
      const thursday = toDiagnostics(ws.findings('/ws/003_840ff912861451bc.txt'), settings(), view).find((d) => String(d.message).includes('Thursday here'))!;
      assert.equal(thursday.severity, 4);
      assert.match(String(thursday.message), /\(checked: the agency says Friday\)$/);
    } finally {
      checked.clear();
    }
  });

  it('reports the workspace: one row per disagreement, one column per source, number lines for figures', () => {
    const groups = conflictGroups(findings, settings(), view);
    const report = workspaceReport(groups, view, 'seeds', new Date('2026-12-01T10:00:00Z'));
    assert.equal(report.rows.length, groups.length);
    assert.deepEqual(report.sources.map((s) => s.name.slice(0, 3)), ['000', '001', '002', '003', '004']);
    const troops = report.rows.find((r) => r.subject === 'troops sent')!;
    assert.ok(troops.numberLine && troops.numberLine.marks.length >= 5);
    assert.deepEqual(troops.cells.map((c) => c && c.map((x) => x.value).join(' / ')), ['15,000', '15,000', '10,000–12,000', '12,000', '15,000']);
    assert.equal(troops.cells[3]![0].sentence?.marked, 'around 12,000 North Korean troops');
  });

  it('names values and events plainly', () => {
    assert.deepEqual(['send', 'kill', 'wound', 'deploy', 'evacuate', 'carry'].map(participle), ['sent', 'killed', 'wounded', 'deployed', 'evacuated', 'carried']);
    assert.equal(quantityValue({ kind: 'count', low: 6000, high: 6000, qualifier: 'more-than', precision: 1000 }), 'more than 6,000');
    assert.equal(quantityValue({ kind: 'percent', low: 52, high: 52, qualifier: 'approx', precision: 1 }), '52%');
  });
});
