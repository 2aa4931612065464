// @ts-check
// Compare view. Builds every node with createElement/createElementNS and textContent: document
// text is never parsed as HTML. Data arrives as JSON (initial blob, then 'update' messages).
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));

  // @ts-ignore set by dom.js, loaded first
  const { el, markSentence } = window.crosscheckDom;

  function reveal(uri, range) {
    vscode.postMessage({ type: 'reveal', uri, range });
  }

  /** A source name that opens the source at the claim. */
  function link(label, uri, range) {
    const b = el('button', 'link', label);
    b.type = 'button';
    b.title = 'Open at this place';
    b.setAttribute('aria-label', `Open ${label}`);
    b.addEventListener('click', () => reveal(uri, range));
    return b;
  }

  const VERDICT = { conflicts: '✗ conflicts', agrees: '✓ agrees', same: '✓ same words', differs: '≠ differs' };
  /** "25% higher" from "about 15,000 (25% higher)"; nothing for a plain agreement (as the hover does). */
  function verdictDetail(note) {
    const m = /\(([^()]+)\)\s*$/.exec(note);
    if (m) return /^(consistent|relative)$/.test(m[1]) ? '' : m[1];
    return /^[\d.,–-]+% (lower|higher)/.test(note) ? note : '';
  }

  const KIND = { quantity: 'figure', date: 'date', quote: 'quotation' };

  // ---- number line: media/numberline.js ------------------------------------------------------

  // @ts-ignore set by numberline.js, loaded first
  const numberLine = window.crosscheckNumberLine;

  // ---- quotation diff -------------------------------------------------------------------------

  function diff(ops) {
    const p = el('p', 'diff');
    for (const op of ops) {
      if (op.op === 'removed') {
        const d = el('del', undefined, op.text);
        d.title = 'left out';
        p.appendChild(d);
      } else if (op.op === 'added') {
        const a = el('ins', undefined, op.text);
        a.title = 'added';
        p.appendChild(a);
      } else p.appendChild(document.createTextNode(op.text));
      p.appendChild(document.createTextNode(' '));
    }
    return p;
  }

  // ---- claims ---------------------------------------------------------------------------------

  function claim(c) {
    const worst = c.findings.find((f) => f.type !== 'agreement' && f.type !== 'quote-corroborated');
    const section = el('section', 'claim' + (worst ? ' ' + worst.severity : c.sources.length ? ' ok' : ' alone') + (c.ignored ? ' ignored' : ''));
    const head = el('header');
    head.appendChild(el('span', 'kind', KIND[c.kind] || c.kind));
    head.appendChild(link(c.text, c.uri, c.range));
    if (c.ignored) head.appendChild(el('span', 'badge', 'ignored'));
    section.appendChild(head);
    for (const f of c.findings) {
      const m = el('p', 'finding ' + f.severity);
      m.appendChild(el('span', 'type', f.type));
      m.appendChild(document.createTextNode(' ' + f.message));
      section.appendChild(m);
      if (f.diff && f.diff.length) section.appendChild(diff(f.diff));
    }
    if (!c.sources.length) {
      section.appendChild(el('p', 'muted', 'No other source mentions this.'));
    } else {
      const table = el('table');
      const hr = el('tr');
      for (const h of ['Source', 'Says', 'Verdict']) {
        const th = el('th', undefined, h);
        th.setAttribute('scope', 'col');
        hr.appendChild(th);
      }
      table.appendChild(el('thead')).appendChild(hr);
      const body = el('tbody');
      for (const s of c.sources) {
        const tr = el('tr', s.relation);
        const name = el('td');
        name.appendChild(link(s.place || `${s.name}:${s.range.start.line + 1}`, s.uri, s.range));
        tr.appendChild(name);
        // The source's sentence with its words marked; the verdict adds only the size of the difference.
        tr.appendChild(markSentence(el('td', 'says'), s));
        const detail = verdictDetail(s.note || '');
        const verdict = el('td', 'verdict', (VERDICT[s.relation] || s.relation) + (detail ? ` (${detail})` : '') + (s.more ? ` (and ${s.more} more)` : ''));
        if (s.note) verdict.title = s.note;
        tr.appendChild(verdict);
        body.appendChild(tr);
      }
      table.appendChild(body);
      section.appendChild(table);
    }
    if (c.numberLine && c.numberLine.marks.length) section.appendChild(numberLine(c.numberLine, c.text));
    section.setAttribute('aria-label', `${KIND[c.kind] || c.kind}: ${c.text}${worst ? ', ' + worst.severity : ''}`);
    return section;
  }

  function render(data) {
    root.replaceChildren();
    const docs = (data && data.documents) || [];
    if (!docs.length) root.appendChild(el('p', 'muted', 'Nothing to compare.'));
    for (const d of docs) {
      const article = el('article');
      article.appendChild(el('h1', undefined, d.name));
      const counts = el('p', 'muted', `${d.claims.length} claim${d.claims.length === 1 ? '' : 's'}`);
      article.appendChild(counts);
      if (!d.claims.length) article.appendChild(el('p', 'muted', 'No figures, dates or quotations found in this document.'));
      for (const c of d.claims) article.appendChild(claim(c));
      root.appendChild(article);
    }
  }

  window.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'update') render(e.data.data);
  });
  const blob = document.getElementById('crosscheck-data');
  render(blob ? JSON.parse(blob.textContent || 'null') : null);
})();
