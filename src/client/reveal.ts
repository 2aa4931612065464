// Opens a source at the exact place a finding points to.
import * as vscode from 'vscode';

export interface RangeLike {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function isPos(p: unknown): p is { line: number; character: number } {
  return !!p && typeof p === 'object' && Number.isInteger((p as { line: unknown }).line) && Number.isInteger((p as { character: unknown }).character);
}

export function isRangeLike(r: unknown): r is RangeLike {
  return !!r && typeof r === 'object' && isPos((r as RangeLike).start) && isPos((r as RangeLike).end);
}

export async function reveal(uri: string | vscode.Uri, range: RangeLike, column?: vscode.ViewColumn): Promise<void> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri;
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const doc = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(doc, { selection: r, viewColumn: column, preview: true });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
