// The compare webview's HTML shell. No editor API here, so it can be unit-tested. Document text
// never enters the HTML: it travels as JSON in a non-executed script element, escaped so that
// nothing inside it can close the element, and media/compare.js builds the DOM with textContent.
import { randomBytes } from 'crypto';

export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** JSON safe inside <script>: `<`, `>`, `&` and the JS line separators are \u-escaped. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data ?? null).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

export interface CompareHtmlOptions {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  data: unknown;
  /** Scripts the main one needs, loaded before it (media/dom.js, media/numberline.js). */
  libraryUris?: string[];
  /** The page's title (screen readers announce it). */
  title?: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

export function compareHtml(o: CompareHtmlOptions): string {
  const nonce = escapeHtml(o.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(o.styleUri)}">
<title>${escapeHtml(o.title ?? 'Crosscheck: Compare sources')}</title>
</head>
<body>
<main id="root" aria-live="polite"></main>
<script nonce="${nonce}" type="application/json" id="crosscheck-data">${jsonForScript(o.data)}</script>
${(o.libraryUris ?? []).map((u) => `<script nonce="${nonce}" src="${escapeHtml(u)}"></script>
`).join('')}<script nonce="${nonce}" src="${escapeHtml(o.scriptUri)}"></script>
</body>
</html>`;
}
