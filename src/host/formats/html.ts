// A saved web page → the article's text, through Mozilla's Readability (Firefox's Reader View),
// on a DOM built by linkedom (a DOM without a browser: no script runs, no resource loads, no
// style applies). Menus, footers, sidebars, scripts and comments stay out. A page Readability
// finds no article in is read whole, less its page furniture.
import { Readability } from '@mozilla/readability';
import * as iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { blockParagraphs, NEVER_TEXT } from './blocks';
import type { DomNode } from './blocks';
import type { ExtractLimits, ExtractResult } from './types';

/** Read by Readability for the article's metadata; never part of the text. */
const HEAD = new Set(['head', 'meta', 'link', 'base']);

/** Page furniture left out when the page has no article Readability recognises. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);

/** The charset a page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/** Bytes → markup: a BOM, then the declared charset, then UTF-8, then Windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.toString('utf8', 3);
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf-16be');
  // ISO-8859-1 is read as Windows-1252, its superset, as browsers do.
  const declared = declaredCharset(buf)?.toLowerCase().replace(/^(iso-?8859-1|latin-?1|us-ascii|ascii)$/, 'windows-1252');
  if (declared && !/^utf-?(8|16)/.test(declared) && iconv.encodingExists(declared)) return iconv.decode(buf, declared);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, 'windows-1252');
  }
}

/**
 * Readability's cost grows much faster than the page when elements nest deeply or are very many:
 * past these, the page is read whole (less its furniture) instead, in time linear in its size.
 */
const READABLE_DEPTH = 150;
const READABLE_ELEMENTS = 50_000;

/** How deep elements nest under root (iterative: a hostile page may nest thousands deep). */
function nesting(root: DomNode): number {
  let max = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], depth + 1]);
  }
  return max;
}

/** "2024-10-18T09:00:00Z" → "2024-10-18"; anything else as given. */
function dateOf(published: string): string {
  return /^(\d{4}-\d{2}-\d{2})T/.exec(published)?.[1] ?? published;
}

export function htmlText(markup: string): string {
  // A fragment (no <html>, no <body>) is given a document around it, as a browser would.
  const whole = /<(html|body)[\s>]/i.test(markup) ? markup : `<!DOCTYPE html><html><head></head><body>${markup}</body></html>`;
  const { document } = parseHTML(whole);
  // Gone before anything reads the tree, so that no later step can pick their text up (the
  // head stays: Readability reads the title, author and date from it).
  const never = [...NEVER_TEXT].filter((n) => !HEAD.has(n));
  for (const el of [...document.querySelectorAll(never.join(','))]) el.remove();
  // Menus and forms never are the article; headers, footers and sidebars are not when outside it.
  for (const el of [...document.querySelectorAll('nav, menu, form')]) el.remove();
  for (const el of [...document.querySelectorAll('header, footer, aside')]) if (!el.closest('article')) el.remove();
  const doc = document as unknown as Document;
  let paragraphs: string[] = [];
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    if (nesting(document.documentElement as unknown as DomNode) <= READABLE_DEPTH) {
      article = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (n) => n, charThreshold: 200, maxElemsToParse: READABLE_ELEMENTS }).parse();
    }
  } catch {
    article = null; // a tree Readability cannot handle: read the page whole
  }
  if (article?.content) {
    // Title, byline and date first, each once (Readability may or may not keep them in the body).
    let body = blockParagraphs(article.content as unknown as DomNode);
    const head: string[] = [];
    // The page's own headline when the <title> only adds the site's name to it.
    const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
    const title = h1 && article.title?.includes(h1) ? h1 : article.title?.trim();
    if (title && body[0]?.startsWith(title)) [head[0], body] = [body[0], body.slice(1)];
    else if (title) head.push(title);
    const byline = article.byline?.trim();
    if (byline) {
      body = body.filter((p) => p !== byline);
      head.push(byline);
    }
    const published = article.publishedTime?.trim();
    if (published && !body.some((p) => p.includes(dateOf(published)))) head.push(dateOf(published));
    paragraphs = body.length ? [...head, ...body] : [];
  }
  if (!paragraphs.length) {
    const body = (doc.body ?? doc.documentElement) as unknown as DomNode | null;
    const title = doc.title?.trim();
    paragraphs = body ? blockParagraphs(body, { skip: FURNITURE }) : [];
    if (title && !paragraphs[0]?.startsWith(title)) paragraphs.unshift(title);
  }
  return paragraphs.length ? paragraphs.join('\n\n') + '\n' : '';
}

export function extractHtml(bytes: Uint8Array, limits: ExtractLimits): ExtractResult {
  const text = htmlText(decodeHtml(bytes));
  if (text.length > limits.maxTextLength) return { skipped: `its text is longer than crosscheck.maxFileSize (${limits.maxTextLength} characters)` };
  if (!text.trim()) return { skipped: 'web page without text' };
  return { format: 'html', text };
}
