// A DOM (of a web page's article, or of a Word file turned into HTML) → plain paragraphs. Block
// elements start new paragraphs, separated by a blank line; the cells of a table row stay on one
// line, joined by " | ", so a figure keeps the label it sits beside. Text is only read through
// textContent-like walks: nothing in the tree is run, loaded or rendered.

/** Elements whose content never is article text. */
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'picture', 'img', 'map', 'head', 'link', 'meta', 'base',
  'button', 'input', 'select', 'option', 'textarea', 'dialog',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'caption', 'tr', 'ul',
]);

const CELL = new Set(['td', 'th']);

/** The minimal DOM this needs (linkedom's nodes satisfy it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface BlockOptions {
  /** Further element names to leave out (menus and page furniture when there is no article). */
  skip?: Set<string>;
}

/** Paragraphs of the tree under root, each one line unless it holds <br> or <pre> breaks. */
export function blockParagraphs(root: DomNode, options: BlockOptions = {}): string[] {
  const paragraphs: string[] = [];
  let cur = '';
  let cells = 0;
  const flush = () => {
    const p = cur
      .split('\n')
      .map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((l) => l)
      .join('\n');
    if (p) paragraphs.push(p);
    cur = '';
    cells = 0;
  };
  // Inside a table cell, paragraphs run on with a space: the row stays one line.
  let inCell = 0;
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      cur += pre ? v : v.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (NEVER_TEXT.has(name) || options.skip?.has(name)) return;
    if (name === 'br') {
      cur += inCell ? ' ' : '\n';
      return;
    }
    const cell = CELL.has(name);
    if (cell && cells++ > 0) cur += ' | ';
    const block = BLOCK.has(name) && !(inCell && name !== 'table' && name !== 'tr');
    if (block) flush();
    else if (inCell && BLOCK.has(name)) cur += ' ';
    if (cell) inCell++;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i], pre || name === 'pre');
    if (cell) inCell--;
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs;
}
