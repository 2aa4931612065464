// Markdown for hovers. Document text is hostile input: every ASCII punctuation character that
// could take part in markup is backslash-escaped (CommonMark allows it), so no link, image, HTML,
// entity or table cell can be formed from it; escaped `:` and `.` also stop URL autolinking.
// Only links we build ourselves, to file: URIs, reach the output.
import type { Range } from 'vscode-languageserver';
import { Commands, SOURCE_SCHEME } from '../protocol';

// All ASCII punctuation except % , ; = ? which take part in no markdown construct (kept for legibility).
const PUNCTUATION = /[!-$&-+\-./:<>@[-`{-~]/g;
// C0/C1 controls and bidi overrides could reorder or hide what a hover shows.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const MAX_CELL = 240;

export function escapeMarkdown(text: string, max = MAX_CELL): string {
  let s = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return s.replace(PUNCTUATION, '\\$&');
}

/**
 * `[name](file:///…#L12,5)`: VS Code opens the file at that line and column. Parentheses and
 * spaces are percent-encoded so the destination cannot end early; other schemes get no link.
 */
export function fileLink(name: string, uri: string, range: Range): string {
  const label = escapeMarkdown(name, 120);
  const encode = (s: string) => s.replace(/[()\s<>\\"'`]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  // A document's extracted text (crosscheck-source:) opens through our one command, the only one
  // the client lets hovers run; markdown links to that scheme itself are not followed.
  if (uri.startsWith(`${SOURCE_SCHEME}:`)) return `[${label}](command:${Commands.openLocation}?${encode(encodeURIComponent(JSON.stringify([uri, range])))})`;
  if (!/^file:\/\//i.test(uri)) return label;
  return `[${label}](${encode(uri)}#L${range.start.line + 1},${range.start.character + 1})`;
}
