// The workspace report as files to hand a reporter: Markdown, and a standalone HTML page with each
// figure's number line as inline SVG. No script anywhere, nothing fetched: the HTML's own policy
// forbids both. Every text from a document is escaped. Pure (no editor API) so it can be tested.
import type { MarkedText, NumberLine, ReportRow, WorkspaceReport } from '../protocol';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const html = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
// C0/C1 controls and bidi overrides could reorder or hide what the report shows.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const clean = (s: string) => s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

const SEVERITY: Record<string, string> = { error: 'error', warning: 'warning', information: 'check by hand', hint: 'hint' };

/** Markdown text: every punctuation character that could take part in markup is escaped. */
export function markdownText(s: string): string {
  return clean(s).replace(/[\\`*_{}[\]()#+\-.!|<>~&"]/g, '\\$&');
}

function checkedLine(row: ReportRow): string {
  const c = row.checked;
  if (!c) return '';
  const parts = [c.rightName ? `${c.rightName} is right` : '', c.note ?? ''].filter(Boolean);
  return `checked${c.date ? ` ${c.date}` : ''}${parts.length ? `: ${parts.join(' — ')}` : ''}`;
}

function sourceName(report: WorkspaceReport, i: number): string {
  return report.sources[i].name;
}

export function reportMarkdown(report: WorkspaceReport): string {
  const out: string[] = [];
  const open = report.rows.filter((r) => !r.checked);
  const checked = report.rows.filter((r) => r.checked);
  out.push(`# Crosscheck report: ${markdownText(report.title)}`, '');
  out.push(`${report.rows.length} disagreement${report.rows.length === 1 ? '' : 's'} between ${report.sources.length} sources (${open.length} open, ${checked.length} checked). Generated ${report.generated.slice(0, 10)}.`, '');
  if (!report.rows.length) {
    out.push('No disagreements between the sources.', '');
    return out.join('\n');
  }
  out.push('## Summary', '');
  out.push('| Subject | Severity | Values | Status |', '| --- | --- | --- | --- |');
  for (const r of report.rows) {
    const values = r.values.map((v) => `${markdownText(v.text)}${v.count > 1 ? ` ×${v.count}` : ''}`).join(' · ');
    out.push(`| ${markdownText(r.subject)} | ${SEVERITY[r.severity] ?? r.severity} | ${values} | ${r.checked ? markdownText(checkedLine(r)) : 'open'} |`);
  }
  out.push('', '## Sources', '');
  // One column per source would not fit a page: one table per disagreement, one row per source.
  report.rows.forEach((r, ri) => {
    out.push(`### ${ri + 1}. ${markdownText(r.label)}`, '');
    out.push(`${markdownText(r.message)}${r.checked ? `  \n*${markdownText(checkedLine(r))}*` : ''}`, '');
    out.push('| Source | Value | Sentence |', '| --- | --- | --- |');
    r.cells.forEach((cells, i) => {
      if (!cells) return;
      for (const c of cells) {
        const sentence = c.sentence ? `${markdownText(c.sentence.before)} **${markdownText(c.sentence.marked)}** ${markdownText(c.sentence.after)}`.trim() : markdownText(c.text);
        out.push(`| ${markdownText(c.place ?? sourceName(report, i))} | ${markdownText(c.value)} | ${sentence} |`);
      }
    });
    out.push('');
    // The number line as inline SVG (escaped, no script): Markdown viewers that allow SVG draw it.
    if (r.numberLine && r.numberLine.marks.length) out.push(numberLineSvg(r.numberLine, `Number line: ${clean(r.subject)}, each source's figure`), '');
  });
  return out.join('\n');
}

// ---- HTML ----------------------------------------------------------------------------------

const W = 560;
const LEFT = 150;
const RIGHT = 16;
const ROW = 20;
const TOP = 8;
const AXIS_GAP = 26;

/** A number line as an SVG element (a string of escaped markup). */
export function numberLineSvg(line: NumberLine, title: string): string {
  const width = W - LEFT - RIGHT;
  const x = (f: number) => (LEFT + Math.max(0, Math.min(1, f)) * width).toFixed(1);
  const height = TOP + line.marks.length * ROW + AXIS_GAP;
  const parts: string[] = [];
  parts.push(`<svg class="numberline" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${html(title)}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title>${html(title)}</title>`);
  line.marks.forEach((m, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const cls = `mark ${m.self ? 'self' : (m.relation ?? 'other')}`;
    const label = m.label.length > 22 ? m.label.slice(0, 21) + '…' : m.label;
    parts.push(`<g class="${cls}"><title>${html(`${m.label}: ${clean(m.text)}`)}</title>`);
    parts.push(`<text x="${LEFT - 8}" y="${y + 4}" text-anchor="end" class="label">${html(label)}</text>`);
    parts.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${y}" y2="${y}" class="guide"/>`);
    if (m.shape === 'bar') {
      parts.push(`<line x1="${x(m.from)}" x2="${x(m.to)}" y1="${y}" y2="${y}" class="bar"/>`);
      parts.push(`<line x1="${x(m.from)}" x2="${x(m.from)}" y1="${y - 5}" y2="${y + 5}" class="bar"/><line x1="${x(m.to)}" x2="${x(m.to)}" y1="${y - 5}" y2="${y + 5}" class="bar"/>`);
    } else if (m.shape === 'band') {
      parts.push(`<rect x="${x(m.from)}" y="${y - 6}" width="${Math.max(2, Number(x(m.to)) - Number(x(m.from))).toFixed(1)}" height="12" rx="3" class="band"/>`);
      parts.push(`<circle cx="${x(m.at)}" cy="${y}" r="4" class="point"/>`);
    } else if (m.shape === 'arrow') {
      const end = m.direction === 'left' ? LEFT : W - RIGHT;
      const head = m.direction === 'left' ? 1 : -1;
      parts.push(`<line x1="${x(m.at)}" x2="${end}" y1="${y}" y2="${y}" class="bar"/>`);
      parts.push(`<polygon points="${end},${y} ${end + head * 8},${y - 5} ${end + head * 8},${y + 5}" class="point"/>`);
      parts.push(`<circle cx="${x(m.at)}" cy="${y}" r="4" class="${m.exclusive ? 'point open' : 'point'}"/>`);
    } else {
      parts.push(`<circle cx="${x(m.at)}" cy="${y}" r="5" class="point"/>`);
    }
    parts.push('</g>');
  });
  const axisY = TOP + line.marks.length * ROW + 6;
  parts.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${axisY}" y2="${axisY}" class="axis"/>`);
  for (const t of line.ticks) {
    parts.push(`<line x1="${x(t.at)}" x2="${x(t.at)}" y1="${axisY}" y2="${axisY + 4}" class="axis"/>`);
    parts.push(`<text x="${x(t.at)}" y="${axisY + 16}" text-anchor="middle" class="tick">${html(t.label + (line.unit ? ` ${line.unit}` : ''))}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

function sentenceHtml(s: MarkedText | undefined, text: string): string {
  if (!s) return `<mark>${html(clean(text))}</mark>`;
  return `${html(s.before)}<mark>${html(s.marked)}</mark>${html(s.after)}`;
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --panel: #f6f8fa;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --ok: #1a7f37; --mark: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --panel: #151b23;
  --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --ok: #3fb950; --mark: #4b3f00; } }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; padding: 24px; max-width: 1200px; }
h1 { font-size: 1.5em; margin: 0 0 4px; } h2 { font-size: 1.2em; margin-top: 2em; }
.muted { color: var(--muted); }
table { border-collapse: collapse; margin: 12px 0; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--panel); position: sticky; top: 0; }
.wide { overflow-x: auto; }
th[scope=row] { min-width: 220px; font-weight: 600; }
.sev { font-size: 0.8em; font-weight: normal; border-radius: 3px; padding: 0 5px; border: 1px solid currentColor; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.information, .sev.hint { color: var(--info); }
.checked { color: var(--ok); font-weight: normal; display: block; font-size: 0.9em; }
.value { font-weight: 600; display: block; }
.sentence { font-size: 0.9em; color: var(--muted); display: block; max-width: 320px; }
mark { background: var(--mark); color: inherit; font-weight: 600; }
svg.numberline { display: block; max-width: 100%; height: auto; }
svg .label, svg .tick { fill: var(--muted); font-size: 11px; font-family: inherit; }
svg .guide { stroke: var(--line); stroke-dasharray: 2 3; }
svg .axis { stroke: var(--fg); }
svg .mark { --m: var(--info); } svg .mark.self { --m: var(--fg); }
svg .mark.conflicts, svg .mark.differs { --m: var(--error); } svg .mark.agrees, svg .mark.same { --m: var(--ok); }
svg .point { fill: var(--m); } svg .point.open { fill: var(--bg); stroke: var(--m); stroke-width: 2; }
svg .bar { stroke: var(--m); stroke-width: 3; } svg .band { fill: var(--m); opacity: 0.3; }
`;

export function reportHtml(report: WorkspaceReport): string {
  const open = report.rows.filter((r) => !r.checked).length;
  const head = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Crosscheck">
<title>Crosscheck report: ${html(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Crosscheck report: ${html(report.title)}</h1>
<p class="muted">${report.rows.length} disagreement${report.rows.length === 1 ? '' : 's'} between ${report.sources.length} sources: ${open} open, ${report.rows.length - open} checked. Generated ${html(report.generated.slice(0, 16).replace('T', ' '))} UTC.</p>
`;
  if (!report.rows.length) return `${head}<p>No disagreements between the sources.</p>\n</main>\n</body>\n</html>\n`;
  const rows: string[] = [];
  report.rows.forEach((r) => {
    const cells = r.cells
      .map((cs) => {
        if (!cs) return '<td></td>';
        return `<td>${cs.map((c) => `<span class="value">${html(clean(c.value))}</span><span class="sentence">${sentenceHtml(c.sentence, c.text)}</span>`).join('')}</td>`;
      })
      .join('');
    const status = r.checked ? `<span class="checked">✓ ${html(checkedLine(r))}</span>` : '';
    const line = r.numberLine && r.numberLine.marks.length ? numberLineSvg(r.numberLine, `Number line: ${clean(r.subject)}, each source's figure`) : '';
    rows.push(`<tr><th scope="row">${html(clean(r.label))} <span class="sev ${html(r.severity)}">${html(SEVERITY[r.severity] ?? r.severity)}</span>${status}<span class="sentence">${html(clean(r.message))}</span></th>${cells}<td>${line}</td></tr>`);
  });
  const header = report.sources.map((s) => `<th scope="col">${html(s.name)}</th>`).join('');
  return `${head}<div class="wide">
<table>
<caption class="muted">One row per disagreement, one column per source; the figure each source gives is marked in its sentence.</caption>
<thead><tr><th scope="col">Disagreement</th>${header}<th scope="col">Number line</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
</main>
</body>
</html>
`;
}
