// A saved web page → the article's text, through Mozilla's Readability (Firefox's Reader View),
// on a DOM built by linkedom (a DOM without a browser: no script runs, no resource loads, no
// style applies). Menus, footers, sidebars, scripts and comments stay out. A page Readability
// finds no article in is read whole, less its page furniture.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockParagraphs, NEVER_TEXT } from './blocks';
import type { DomNode } from './blocks';
import type { ExtractLimits, ExtractResult } from './types';

/** Page furniture left out when the page has no article Readability recognises. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);

/** The charset a page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/** Bytes → markup: a BOM, then the declared charset, then UTF-8, then Windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?16/i.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an encoding this runtime does not know: guess below
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** "2024-10-18T09:00:00Z" → "2024-10-18"; anything else as given. */
function dateOf(published: string): string {
  return /^(\d{4}-\d{2}-\d{2})T/.exec(published)?.[1] ?? published;
}

export function htmlText(markup: string): string {
  const { document } = parseHTML(markup);
  // Gone before anything reads the tree, so that no later step can pick their text up.
  for (const el of [...document.querySelectorAll([...NEVER_TEXT].join(','))]) el.remove();
  const doc = document as unknown as Document;
  let paragraphs: string[] = [];
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (n) => n, charThreshold: 200 }).parse();
  } catch {
    article = null; // a tree Readability cannot handle: read the page whole
  }
  if (article?.content) {
    paragraphs = blockParagraphs(article.content as unknown as DomNode);
    const head: string[] = [];
    const title = article.title?.trim();
    if (title && !paragraphs[0]?.startsWith(title)) head.push(title);
    if (article.byline?.trim()) head.push(article.byline.trim());
    if (article.publishedTime?.trim()) head.push(dateOf(article.publishedTime.trim()));
    paragraphs = [...head, ...paragraphs];
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
