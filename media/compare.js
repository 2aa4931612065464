// @ts-check
// Compare view. Builds every node with createElement/createElementNS and textContent: document
// text is never parsed as HTML. Data arrives as JSON (initial blob, then 'update' messages).
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));

  /** @param {string} tag @param {string} [cls] @param {string} [text] */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** @param {string} tag @param {Record<string, string | number>} attrs */
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  }

  function reveal(uri, range) {
    vscode.postMessage({ type: 'reveal', uri, range });
  }

  /** A source name that opens the source at the claim. */
  function link(label, uri, range) {
    const b = el('button', 'link', label);
    b.type = 'button';
    b.title = 'Open at this place';
    b.addEventListener('click', () => reveal(uri, range));
    return b;
  }

  const VERDICT = { conflicts: '✗ conflicts', agrees: '✓ agrees', same: '✓ same words', differs: '≠ differs' };
  const KIND = { quantity: 'figure', date: 'date', quote: 'quotation' };

  // ---- number line ----------------------------------------------------------------------------

  const W = 640, LEFT = 150, RIGHT = 16, ROW = 20, TOP = 8, AXIS_GAP = 26;

  function numberLine(line) {
    const width = W - LEFT - RIGHT;
    const x = (f) => LEFT + Math.max(0, Math.min(1, f)) * width;
    const height = TOP + line.marks.length * ROW + AXIS_GAP;
    const s = svg('svg', { class: 'numberline', viewBox: `0 0 ${W} ${height}`, width: '100%', role: 'img' });
    const title = svg('title', {});
    title.textContent = 'Number line: each source\'s figure';
    s.appendChild(title);
    line.marks.forEach((m, i) => {
      const y = TOP + i * ROW + ROW / 2;
      const cls = 'mark ' + (m.self ? 'self' : m.relation || 'other');
      const g = svg('g', { class: cls });
      const t = svg('title', {});
      t.textContent = `${m.label}: ${m.text}`;
      g.appendChild(t);
      const label = svg('text', { x: LEFT - 8, y: y + 4, 'text-anchor': 'end', class: 'label' });
      label.textContent = m.label.length > 22 ? m.label.slice(0, 21) + '…' : m.label;
      g.appendChild(label);
      g.appendChild(svg('line', { x1: LEFT, x2: W - RIGHT, y1: y, y2: y, class: 'guide' }));
      if (m.shape === 'bar') {
        g.appendChild(svg('line', { x1: x(m.from), x2: x(m.to), y1: y, y2: y, class: 'bar' }));
        g.appendChild(svg('line', { x1: x(m.from), x2: x(m.from), y1: y - 5, y2: y + 5, class: 'cap' }));
        g.appendChild(svg('line', { x1: x(m.to), x2: x(m.to), y1: y - 5, y2: y + 5, class: 'cap' }));
      } else if (m.shape === 'band') {
        g.appendChild(svg('rect', { x: x(m.from), y: y - 6, width: Math.max(2, x(m.to) - x(m.from)), height: 12, rx: 3, class: 'band' }));
        g.appendChild(svg('circle', { cx: x(m.at), cy: y, r: 4, class: 'point' }));
      } else if (m.shape === 'arrow') {
        const end = m.direction === 'left' ? LEFT : W - RIGHT;
        const head = m.direction === 'left' ? 1 : -1;
        g.appendChild(svg('line', { x1: x(m.at), x2: end, y1: y, y2: y, class: 'bar' }));
        g.appendChild(svg('polygon', { points: `${end},${y} ${end + head * 8},${y - 5} ${end + head * 8},${y + 5}`, class: 'head' }));
        g.appendChild(svg('circle', { cx: x(m.at), cy: y, r: 4, class: m.exclusive ? 'point open' : 'point' }));
      } else {
        g.appendChild(svg('circle', { cx: x(m.at), cy: y, r: 5, class: 'point' }));
      }
      s.appendChild(g);
    });
    const axisY = TOP + line.marks.length * ROW + 6;
    s.appendChild(svg('line', { x1: LEFT, x2: W - RIGHT, y1: axisY, y2: axisY, class: 'axis' }));
    for (const tick of line.ticks) {
      s.appendChild(svg('line', { x1: x(tick.at), x2: x(tick.at), y1: axisY, y2: axisY + 4, class: 'axis' }));
      const t = svg('text', { x: x(tick.at), y: axisY + 16, 'text-anchor': 'middle', class: 'tick' });
      t.textContent = tick.label + (line.unit ? ` ${line.unit}` : '');
      s.appendChild(t);
    }
    return s;
  }

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
      for (const h of ['Source', 'Says', 'Verdict']) hr.appendChild(el('th', undefined, h));
      table.appendChild(el('thead')).appendChild(hr);
      const body = el('tbody');
      for (const s of c.sources) {
        const tr = el('tr', s.relation);
        const name = el('td');
        name.appendChild(link(`${s.name}:${s.range.start.line + 1}`, s.uri, s.range));
        tr.appendChild(name);
        tr.appendChild(el('td', 'says', s.text));
        tr.appendChild(el('td', 'verdict', (VERDICT[s.relation] || s.relation) + (s.note ? ' — ' + s.note : '') + (s.more ? ' (and ' + s.more + ' more)' : '')));
        body.appendChild(tr);
      }
      table.appendChild(body);
      section.appendChild(table);
    }
    if (c.numberLine && c.numberLine.marks.length) section.appendChild(numberLine(c.numberLine));
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
