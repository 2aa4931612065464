// @ts-check
// The workspace report: one row per disagreement, one column per source, a number line per figure.
// Every node is built with createElement and textContent: document text is never parsed as HTML.
// Data arrives as JSON (initial blob, then 'update' messages); buttons post 'reveal', 'check',
// 'reopen' and 'export' to the extension, which checks each against what it sent.
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  // @ts-ignore set by numberline.js, loaded first
  const numberLine = window.crosscheckNumberLine;
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  const SEVERITY = { error: 'error', warning: 'warning', information: 'check by hand', hint: 'hint' };

  // @ts-ignore set by dom.js, loaded first
  const { el, markSentence } = window.crosscheckDom;

  /** @param {string} label @param {string} aria @param {() => void} onClick @param {string} [cls] */
  function button(label, aria, onClick, cls) {
    const b = el('button', cls || 'action', label);
    b.type = 'button';
    b.setAttribute('aria-label', aria);
    b.addEventListener('click', onClick);
    return b;
  }

  function checkedLine(c) {
    const parts = [c.rightName ? `${c.rightName} is right` : '', c.note || ''].filter(Boolean);
    return `✓ checked${c.date ? ' ' + c.date : ''}${parts.length ? ': ' + parts.join(' — ') : ''}`;
  }

  function cell(c, sourceName) {
    const wrap = el('div', 'cell');
    const open = button(c.value, `Open ${c.place || sourceName}: ${c.text}`, () => vscode.postMessage({ type: 'reveal', uri: c.uri, range: c.range }), 'link value');
    open.title = 'Open at this place';
    wrap.appendChild(open);
    wrap.appendChild(markSentence(el('span', 'sentence'), c));
    return wrap;
  }

  function render(data) {
    root.replaceChildren();
    if (!data) {
      root.appendChild(el('p', 'muted', 'Nothing to report yet.'));
      return;
    }
    const head = el('header', 'report-head');
    head.appendChild(el('h1', undefined, `Crosscheck report: ${data.title}`));
    const open = data.rows.filter((r) => !r.checked).length;
    head.appendChild(el('p', 'muted', `${data.rows.length} disagreement${data.rows.length === 1 ? '' : 's'} between ${data.sources.length} sources: ${open} open, ${data.rows.length - open} checked.`));
    const tools = el('div', 'toolbar');
    tools.setAttribute('role', 'toolbar');
    tools.setAttribute('aria-label', 'Report');
    tools.appendChild(button('Export report…', 'Export the report as a Markdown or HTML file', () => vscode.postMessage({ type: 'export' })));
    head.appendChild(tools);
    root.appendChild(head);
    if (!data.rows.length) {
      root.appendChild(el('p', 'muted', 'No disagreements between the sources.'));
      return;
    }
    const wide = el('div', 'wide');
    wide.tabIndex = 0; // scrollable by keyboard
    wide.setAttribute('role', 'region');
    wide.setAttribute('aria-label', 'Disagreements by source');
    const table = el('table', 'report');
    table.appendChild(el('caption', 'muted', 'One row per disagreement, one column per source; the figure each source gives is marked in its sentence.'));
    const hr = el('tr');
    const cols = ['Disagreement', ...data.sources.map((s) => s.name), 'Number line'];
    for (const h of cols) {
      const th = el('th', undefined, h);
      th.setAttribute('scope', 'col');
      hr.appendChild(th);
    }
    table.appendChild(el('thead')).appendChild(hr);
    const body = el('tbody');
    data.rows.forEach((r, i) => {
      const tr = el('tr', r.checked ? 'checked' : r.severity);
      const th = el('th');
      th.setAttribute('scope', 'row');
      th.appendChild(el('span', 'label', r.label));
      th.appendChild(el('span', 'sev ' + r.severity, SEVERITY[r.severity] || r.severity));
      if (r.checked) th.appendChild(el('span', 'checked-note', checkedLine(r.checked)));
      th.appendChild(el('span', 'sentence', r.message));
      th.appendChild(
        r.checked
          ? button('Reopen', `Reopen: ${r.label}`, () => vscode.postMessage({ type: 'reopen', row: i }))
          : button('Mark as checked…', `Mark as checked: ${r.label}`, () => vscode.postMessage({ type: 'check', row: i })),
      );
      tr.appendChild(th);
      r.cells.forEach((cs, j) => {
        const td = el('td');
        if (cs) for (const c of cs) td.appendChild(cell(c, data.sources[j].name));
        tr.appendChild(td);
      });
      const nl = el('td', 'line');
      if (r.numberLine && r.numberLine.marks.length) nl.appendChild(numberLine(r.numberLine, r.subject));
      tr.appendChild(nl);
      body.appendChild(tr);
    });
    table.appendChild(body);
    wide.appendChild(table);
    root.appendChild(wide);
  }

  window.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'update') render(e.data.data);
  });
  const blob = document.getElementById('crosscheck-data');
  render(blob ? JSON.parse(blob.textContent || 'null') : null);
})();
