// A PDF's text layer → running text. A PDF has no sentences or paragraphs, only runs of glyphs
// placed on pages: this puts the runs back into lines, drops running heads and page numbers,
// rejoins lines the layout hard-wrapped (undoing end-of-line hyphenation), and carries a sentence
// on across a column or page break. Pure: runs in, text and page starts out.

/** One run of text as pdf.js gives it (a TextItem), reduced to what layout needs. */
export interface Run {
  str: string;
  /** Left and baseline in page space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (height of the run). */
  size: number;
  /** pdf.js saw a line break after this run. */
  hasEOL?: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

/** Sentence-ending punctuation, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*$/;
const SOFT_HYPHEN = '\u00ad';

/** Runs of one page → lines, in the order the page gives them. */
export function pageLines(runs: Run[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | undefined;
  let breakNext = false;
  for (const r of runs) {
    const str = r.str.replace(/[\u0000-\u0008\u000b-\u001f]/g, '');
    if (!str.trim() && !r.hasEOL) {
      // A space run: keeps words apart.
      if (cur && str && !/\s$/.test(cur.text)) cur.text += ' ';
      continue;
    }
    const size = r.size > 0 ? r.size : 10;
    const sameLine = cur && !breakNext && Math.abs(r.y - cur.y) < Math.max(size, cur.size) * 0.5;
    if (str.trim()) {
      if (cur && sameLine) {
        const gap = r.x - cur.right;
        if (gap > size * 0.15 && !/\s$/.test(cur.text) && !/^\s/.test(str)) cur.text += ' ';
        cur.text += str;
        cur.right = Math.max(cur.right, r.x + r.width);
        cur.size = Math.max(cur.size, size);
      } else {
        cur = { text: str, x: r.x, y: r.y, right: r.x + r.width, size };
        lines.push(cur);
      }
    }
    breakNext = !!r.hasEOL;
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text);
}

/** "Page 3", "3 of 50", "– 3 –", "iv": a line that only numbers the page. */
const PAGE_NUMBER = /^[\W_]*(?:page\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?[\W_]*$/i;

/** Text of a line with its digits folded, so "Annual report 2024 · 3" repeats on every page. */
const shape = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/**
 * Drops running heads and feet: the first or last two lines of a page when they only number the
 * page, or when the same line (digits aside) opens or closes at least half the pages (and 2) and
 * stands apart from the text (a wider gap, or another size), as body lines that happen to repeat
 * do not.
 */
export function dropRunningLines(pages: Line[][]): Line[][] {
  const edges = (lines: Line[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const counts = new Map<string, number>();
  for (const lines of pages) for (const s of new Set(edges(lines).map((l) => shape(l.text)))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const repeated = (l: Line) => pages.length >= 2 && (counts.get(shape(l.text)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => {
    const page = pageShape(lines);
    const body = median(lines.map((l) => l.size)) ?? 10;
    const apart = (i: number) => {
      const l = lines[i];
      if (Math.abs(l.size - body) > Math.max(0.5, body * 0.1)) return true;
      // The neighbour on the text's side, unless that is the running line of the other edge (a
      // page holding one line of text between its head and foot).
      const n = i < 2 ? i + 1 : i - 1;
      const neighbour = lines[n];
      if (!neighbour || n === 0 || n === lines.length - 1) return !neighbour;
      return Math.abs(l.y - neighbour.y) > page.spacing * 1.5;
    };
    return lines.filter((l, i) => {
      const atEdge = i < 2 || i >= lines.length - 2;
      return !(atEdge && (PAGE_NUMBER.test(l.text) || (repeated(l) && apart(i))));
    });
  });
}

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

interface PageShape {
  /** Usual distance between baselines. */
  spacing: number;
  /** Right edge of full lines. */
  right: number;
  left: number;
}

function pageShape(lines: Line[]): PageShape {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i - 1].y - lines[i].y;
    if (d > 0 && d < lines[i].size * 3) gaps.push(d);
  }
  const sizes = lines.map((l) => l.size);
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  return {
    // Lines are set about 1.2 times their size apart; a page of few lines says little more.
    spacing: Math.min(median(gaps) ?? Infinity, (median(sizes) ?? 10) * 1.5),
    // The 80th percentile: most lines of a justified or ragged column reach about this far.
    right: rights.length ? rights[Math.floor(rights.length * 0.8)] : 0,
    left: Math.min(...lines.map((l) => l.x)),
  };
}

/** Does a paragraph end between these two lines of one page? */
function paragraphBreak(prev: Line, next: Line, page: PageShape): boolean {
  const gap = prev.y - next.y;
  if (gap < -prev.size * 0.5) return false; // back up the page: a new column, decided as a soft break
  // (A large heading set on two lines has its own, wider spacing.)
  if (gap > Math.max(page.spacing, Math.min(prev.size, next.size) * 1.25) * 1.5) return true;
  if (Math.abs(next.size - prev.size) > Math.max(1, prev.size * 0.15)) return true;
  if (ENDS_SENTENCE.test(prev.text)) {
    const width = page.right - page.left;
    // A last line stops short of the column; a first line may be indented.
    if (width > 0 && prev.right < page.right - width * 0.12) return true;
    if (width > 0 && next.x > page.left + width * 0.03 && next.x > prev.x + 1) return true;
  }
  return false;
}

/** Where a column or page ends: does the sentence go on into the next one? */
function continues(prev: string, next: string): boolean {
  if (ENDS_SENTENCE.test(prev)) return false;
  // A heading (a short line with no end mark, in capitals) stands alone.
  if (prev.length < 60 && /^[\p{Lu}\d\W]+$/u.test(prev) && /\p{Lu}{2}/u.test(prev)) return false;
  // …unless the next page opens on a heading in capitals.
  return !/^\p{Lu}[\p{Lu}\s\d\W]*$/u.test(next);
}

/** Joins a line onto text that ends another: a space, or nothing after an end-of-line hyphen. */
function join(text: string, line: string): string {
  if (text.endsWith(SOFT_HYPHEN)) return text.slice(0, -1) + line;
  // "evacu-" + "ated" → "evacuated"; "15,000-" + "strong" and "North-" + "Korean" keep their hyphen.
  if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
  if (/\S[-‐/]$/u.test(text) && /^[\p{L}\d]/u.test(line)) return text + line;
  return `${text} ${line}`;
}

export interface PdfText {
  text: string;
  /** Offset where each page starts. */
  pages: number[];
}

/**
 * Lines of every page → paragraphs separated by a blank line. A paragraph runs on across a column
 * or page break when its sentence does; the page start then falls inside it, at the first word
 * of the new page.
 */
export function assemble(pageRuns: Run[][]): PdfText {
  const pages = dropRunningLines(pageRuns.map(pageLines));
  let text = '';
  const starts: number[] = [];
  let last: Line | undefined;
  for (const lines of pages) {
    const page = pageShape(lines);
    let pageStart: number | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!last) text = line.text;
      else {
        const soft = i === 0 || last.y - line.y < -last.size * 0.5; // a new page or column
        const hard = soft ? !continues(last.text, line.text) : paragraphBreak(last, line, page);
        text = hard ? `${text}\n\n${line.text}` : join(text, line.text);
      }
      // The page starts at its first word, wherever the join put it.
      if (pageStart === undefined) pageStart = text.length - line.text.length;
      last = line;
    }
    starts.push(pageStart ?? text.length);
  }
  return { text: text ? text + '\n' : '', pages: starts.map((s) => Math.min(s, Math.max(0, text.length))) };
}
