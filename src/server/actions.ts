// Code actions on a document's findings, for every editor: ignore the claim (in this workspace or
// in the folder's .crosscheck.json) and, where the editor can show a place, open each source.
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Command, Range } from 'vscode-languageserver';
import type { Finding } from '../engine/types';
import { Commands, IGNORE_FILE } from '../protocol';
import type { ClaimRef, IgnoreScope, Settings } from '../protocol';
import { isProblem, shownSeverity, toDiagnostic } from './diagnostics';
import type { DocView } from './view';

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
/** Ranges that overlap or touch (an empty request range at a claim's edge still counts). */
const meets = (a: Range, b: Range) => !before(a.end, b.start) && !before(b.end, a.start);

export function ignoreCommand(claim: ClaimRef, scope: IgnoreScope): Command {
  const title = scope === 'file' ? `Ignore this claim in ${IGNORE_FILE}` : 'Ignore this claim';
  return { title, command: Commands.ignoreClaim, arguments: [claim, scope] };
}

/**
 * Quick fixes for the shown findings whose claim meets `range`. `opens`: the editor can open a
 * source (the client runs Commands.openLocation itself, or the server asks it to show the place).
 */
export function codeActions(findings: Finding[], range: Range, settings: Settings, view: DocView, opens: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  const done = new Set<string>();
  for (const f of findings) {
    const severity = shownSeverity(f, settings, view);
    const { claim } = f;
    if (severity === undefined || !meets(view.rangeOf(claim.path, claim.start, claim.end), range)) continue;
    const diagnostics = [toDiagnostic(f, severity, view)];
    if (opens) {
      for (const r of f.related) {
        const key = `open\u0000${r.path}\u0000${r.start}`;
        if (done.has(key)) continue;
        done.add(key);
        const where = view.rangeOf(r.path, r.start, r.end);
        const title = `Open ${view.nameOf(r.path)}:${where.start.line + 1}`;
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: Commands.openLocation, arguments: [view.uriOf(r.path), where] } });
      }
    }
    if (done.has(`ignore\u0000${claim.id}`)) continue;
    done.add(`ignore\u0000${claim.id}`);
    const ref: ClaimRef = { id: claim.id, path: claim.path, text: claim.text };
    if (isProblem(f.type)) {
      const checked = view.checkedOf?.(claim);
      const command: Command = checked
        ? { title: 'Reopen this disagreement', command: Commands.reopen, arguments: [[ref]] }
        : { title: 'Mark as checked', command: Commands.markChecked, arguments: [[ref]] };
      actions.push({ title: command.title, kind: CodeActionKind.QuickFix, diagnostics, command });
    }
    for (const scope of ['workspace', 'file'] as const) {
      const command = ignoreCommand(ref, scope);
      actions.push({ title: command.title, kind: CodeActionKind.QuickFix, diagnostics, command });
    }
  }
  return actions;
}
