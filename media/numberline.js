// @ts-check
// A figure's number line, drawn with createElementNS and textContent: each source's figure as a
// point (exact), a bar (a range), a band (an approximation and its rounding) or an arrow (a bound).
// Shared by the compare view and the workspace report; sets window.crosscheckNumberLine.
(function () {
  const SVG = 'http://www.w3.org/2000/svg';

  /** @param {string} tag @param {Record<string, string | number>} attrs */
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  }


  const W = 640, LEFT = 150, RIGHT = 16, ROW = 20, TOP = 8, AXIS_GAP = 26;

  /** @param {any} line @param {string} [name] what the line is about, for screen readers */
  function numberLine(line, name) {
    const width = W - LEFT - RIGHT;
    const x = (f) => LEFT + Math.max(0, Math.min(1, f)) * width;
    const height = TOP + line.marks.length * ROW + AXIS_GAP;
    const s = svg('svg', { class: 'numberline', viewBox: `0 0 ${W} ${height}`, width: '100%', role: 'img' });
    const title = svg('title', {});
    title.textContent = `Number line${name ? ': ' + name : ''}: ${line.marks.map((m) => `${m.label} ${m.text}`).join('; ')}`;
    s.setAttribute('aria-label', title.textContent);
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


  // @ts-ignore
  window.crosscheckNumberLine = numberLine;
})();
