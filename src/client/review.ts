// The editor's review: walk the disagreements of the whole workspace in the panel's order (Next /
// Previous disagreement, as F8 walks problems), and settle each one: "Mark as checked" with the
// source that is right and a note, kept in .crosscheck.json by the server, or "Reopen" it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckClaimsRequest, IGNORE_FILE } from '../protocol';
import type { ClaimRef, ConflictGroup } from '../protocol';
import { checkedText, groupKey, placesOf, where } from './conflictsTree';
import type { ConflictNode, ConflictsTree } from './conflictsTree';
import { reveal } from './reveal';

/** Options a caller (a test, a walkthrough) may give instead of answering the prompts. */
export interface CheckOptions {
  /** Path of the source that is right; null: none chosen. */
  right?: string | null;
  note?: string;
}

const isClaimRef = (x: unknown): x is ClaimRef => {
  const c = x as Partial<ClaimRef> | null;
  return !!c && typeof c.id === 'string' && typeof c.path === 'string' && typeof c.text === 'string';
};

const contains = (range: { start: vscode.Position; end: vscode.Position }, pos: vscode.Position) => !pos.isBefore(range.start) && !pos.isAfter(range.end);

export class Review implements vscode.Disposable {
  /** The disagreement last shown by Next/Previous. */
  private current: string | undefined;
  private readonly status = vscode.window.createStatusBarItem('crosscheck.review', vscode.StatusBarAlignment.Left, 9);

  constructor(
    private readonly client: LanguageClient,
    private readonly tree: ConflictsTree,
    private readonly whenIdle: () => Promise<void>,
  ) {
    this.status.name = 'Crosscheck review';
    this.status.command = 'crosscheck.nextDisagreement';
  }

  /** The disagreement being reviewed, for tests and commands without an argument. */
  currentGroup(): ConflictGroup | undefined {
    return this.tree.allGroups().find((g) => groupKey(g) === this.current);
  }

  /** The disagreement with a place under the active editor's cursor. */
  groupAtCursor(): ConflictGroup | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const uri = editor.document.uri.toString();
    const pos = editor.selection.active;
    return this.tree.allGroups().find((g) =>
      placesOf(g).some((p) => vscode.Uri.parse(p.uri).toString() === uri && contains(new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character), pos)),
    );
  }

  /** Next (+1) or previous (-1) disagreement still open, across the workspace; wraps around. */
  async step(direction: 1 | -1): Promise<ConflictGroup | undefined> {
    const order = this.tree.openGroups();
    if (!order.length) {
      this.status.hide();
      void vscode.window.showInformationMessage(this.tree.checkedGroups().length ? 'Crosscheck: every disagreement is checked.' : 'Crosscheck: no disagreements to review.');
      return undefined;
    }
    let at = order.findIndex((g) => groupKey(g) === this.current);
    if (at < 0) {
      const here = this.groupAtCursor();
      at = here ? order.findIndex((g) => groupKey(g) === groupKey(here)) : -1;
    }
    const next = at < 0 ? (direction > 0 ? 0 : order.length - 1) : (at + direction + order.length) % order.length;
    const group = order[next];
    this.current = groupKey(group);
    await reveal(group.first.uri, group.first.range, vscode.ViewColumn.One);
    await this.tree.select(group);
    this.showStatus();
    return group;
  }

  /** "2/7: troops sent" while reviewing; "checked" once the one under review is settled. */
  private showStatus(): void {
    if (this.current === undefined) return;
    const order = this.tree.openGroups();
    const at = order.findIndex((g) => groupKey(g) === this.current);
    const group = at >= 0 ? order[at] : this.currentGroup();
    if (!group) return this.status.hide();
    this.status.text = at >= 0 ? `$(checklist) ${at + 1}/${order.length}: ${group.subject}` : `$(pass) ${group.subject}: checked · ${order.length} open`;
    this.status.tooltip = `Crosscheck review: ${group.label}\nNext disagreement (Ctrl+F8)`;
    this.status.accessibilityInformation = { label: at >= 0 ? `Disagreement ${at + 1} of ${order.length}: ${group.label}` : `${group.label}: checked; ${order.length} still open` };
    this.status.show();
  }

  /** The disagreement a command is about: its argument (a panel node, claims), else the one under review or under the cursor. */
  resolve(arg: unknown): ConflictGroup | undefined {
    const node = arg as ConflictNode | undefined;
    if (node && typeof node === 'object' && 'kind' in node && node.kind === 'claim') return node.group;
    const claims = (Array.isArray(arg) ? arg : [arg]).filter(isClaimRef);
    if (claims.length) {
      return this.tree.allGroups().find((g) => g.members.some((m) => claims.some((c) => c.id === m.id || (c.path === m.path && c.text === m.text))));
    }
    return this.groupAtCursor() ?? this.currentGroup();
  }

  private async pickGroup(title: string, groups: ConflictGroup[]): Promise<ConflictGroup | undefined> {
    if (!groups.length) return undefined;
    const picked = await vscode.window.showQuickPick(
      groups.map((g) => ({ label: g.label, description: where(g.first), group: g })),
      { title, matchOnDescription: true },
    );
    return picked?.group;
  }

  async markChecked(arg?: unknown, options?: CheckOptions): Promise<boolean> {
    const group = this.resolve(arg) ?? (await this.pickGroup('Crosscheck: mark which disagreement as checked?', this.tree.openGroups()));
    if (!group) return false;
    let right: string | undefined;
    let note: string | undefined;
    if (options && (options.right !== undefined || options.note !== undefined)) {
      right = options.right ?? undefined;
      note = options.note;
    } else {
      const byName = new Map(placesOf(group).map((p) => [p.name, p.path]));
      type Item = vscode.QuickPickItem & { path?: string };
      const items: Item[] = group.values.map((v) => ({
        label: v.text,
        description: v.names.join(', '),
        detail: v.count > 1 ? `${v.count} places say this` : undefined,
        path: byName.get(v.names[0]),
      }));
      items.push({ label: '$(circle-slash) None chosen', description: 'checked, without naming a source' });
      const picked = await vscode.window.showQuickPick(items, { title: `Checked: ${group.subject} — which is right?`, placeHolder: 'The value (and its sources) that is right' });
      if (!picked) return false;
      right = picked.path;
      note = await vscode.window.showInputBox({
        title: `Checked: ${group.subject} — note`,
        prompt: `Optional: why (kept in ${IGNORE_FILE} for everyone working on the folder)`,
        placeHolder: 'e.g. confirmed with the agency: 12,000 is the latest estimate',
      });
      if (note === undefined) return false;
    }
    const result = await this.client.sendRequest(CheckClaimsRequest, { claims: group.members, checked: true, note, right });
    if (result.error) throw new Error(result.error);
    await this.whenIdle();
    this.showStatus();
    const after = this.tree.allGroups().find((g) => groupKey(g) === groupKey(group));
    vscode.window.setStatusBarMessage(`$(pass) Crosscheck: ${after ? checkedText(after) : 'checked'} (${group.subject})`, 5000);
    return true;
  }

  async reopen(arg?: unknown): Promise<boolean> {
    const group = this.resolve(arg) ?? (await this.pickGroup('Crosscheck: reopen which disagreement?', this.tree.checkedGroups()));
    if (!group) return false;
    const result = await this.client.sendRequest(CheckClaimsRequest, { claims: group.members, checked: false });
    if (result.error) throw new Error(result.error);
    await this.whenIdle();
    this.showStatus();
    vscode.window.setStatusBarMessage(`Crosscheck: reopened ${group.subject}`, 5000);
    return true;
  }

  dispose(): void {
    this.status.dispose();
  }
}
