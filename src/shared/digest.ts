// A comparable summary of a document's diagnostics, computed alike on both sides, so the client
// can tell when the diagnostics the server last published have actually been applied (the
// language client converts them asynchronously, after the messages that follow them).
export interface DigestItem {
  range: { start: { line: number; character: number } };
  message: string | { value: string };
}

export function diagnosticsDigest(items: readonly DigestItem[]): string {
  const lines = items.map((d) => `${d.range.start.line}:${d.range.start.character}:${typeof d.message === 'string' ? d.message : d.message.value}`).sort();
  return `${items.length}\n${lines.join('\n')}`;
}
