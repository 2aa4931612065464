// The Crosscheck panel: conflicts grouped by claim, then by source, plus skipped-file notices.
// Data comes from the server (crosscheck/conflicts, crosscheck/skipped); the filter is local.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConflictsRequest, SkippedRequest } from '../protocol';
import type { ConflictGroup, RelatedSource, Severity, SkippedFile } from '../protocol';

export type ConflictNode =
  | { kind: 'claim'; group: ConflictGroup }
  | { kind: 'source'; group: ConflictGroup; source: RelatedSource }
  | { kind: 'notices'; files: SkippedFile[] }
  | { kind: 'notice'; file: SkippedFile };

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

const ICON: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb' };

function oneLine(s: string, max = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

export class ConflictsTree implements vscode.TreeDataProvider<ConflictNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ConflictNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private all: ConflictGroup[] = [];
  private skipped: SkippedFile[] = [];
  private view: vscode.TreeView<ConflictNode> | undefined;
  /** Least severe severity shown. */
  minSeverity: Severity = 'hint';

  constructor(private readonly client: LanguageClient) {}

  attach(view: vscode.TreeView<ConflictNode>): void {
    this.view = view;
    this.updateBadge();
  }

  /** Conflict groups after the severity filter, as the panel shows them. */
  groups(): ConflictGroup[] {
    return this.all.filter((g) => SEVERITY_RANK[g.severity] <= SEVERITY_RANK[this.minSeverity]);
  }

  skippedFiles(): SkippedFile[] {
    return this.skipped;
  }

  async refresh(): Promise<void> {
    const [conflicts, skipped] = await Promise.all([this.client.sendRequest(ConflictsRequest), this.client.sendRequest(SkippedRequest)]);
    this.all = conflicts.groups;
    this.skipped = skipped.files;
    this.fire();
  }

  setFilter(min: Severity): void {
    this.minSeverity = min;
    this.fire();
  }

  private fire(): void {
    this.updateBadge();
    this.changed.fire(undefined);
  }

  private updateBadge(): void {
    if (!this.view) return;
    const n = this.groups().length;
    this.view.badge = n ? { value: n, tooltip: `${n} conflict${n === 1 ? '' : 's'}` } : undefined;
    const hidden = this.all.length - n;
    this.view.description = hidden ? `${hidden} hidden by filter` : undefined;
  }

  getChildren(node?: ConflictNode): ConflictNode[] {
    if (!node) {
      const top: ConflictNode[] = this.groups().map((group) => ({ kind: 'claim', group }));
      if (this.skipped.length) top.push({ kind: 'notices', files: this.skipped });
      return top;
    }
    if (node.kind === 'claim') return node.group.sources.map((source) => ({ kind: 'source', group: node.group, source }));
    if (node.kind === 'notices') return node.files.map((file) => ({ kind: 'notice', file }));
    return [];
  }

  getTreeItem(node: ConflictNode): vscode.TreeItem {
    switch (node.kind) {
      case 'claim': {
        const { claim, severity, message, sources } = node.group;
        const item = new vscode.TreeItem(oneLine(claim.text), sources.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.description = `${claim.name}:${claim.range.start.line + 1}`;
        item.tooltip = new vscode.MarkdownString().appendText(message);
        item.iconPath = new vscode.ThemeIcon(ICON[severity]);
        item.contextValue = 'claim';
        item.command = { command: 'crosscheck.openLocation', title: 'Open', arguments: [claim.uri, claim.range] };
        return item;
      }
      case 'source': {
        const { source } = node;
        // What the source says first, where second: the words are what an editor compares.
        const item = new vscode.TreeItem(oneLine(source.text), vscode.TreeItemCollapsibleState.None);
        item.description = `${source.name}:${source.range.start.line + 1}${source.more ? ` and ${source.more} more` : ''}`;
        item.tooltip = new vscode.MarkdownString().appendText(`${source.relation}: ${source.text}${source.note ? `\n\n${source.note}` : ''}${source.more ? `\n\n${source.more} more sources say the same` : ''}`);
        item.iconPath = new vscode.ThemeIcon(source.relation === 'conflicts' || source.relation === 'differs' ? 'close' : 'check');
        item.contextValue = 'source';
        item.command = { command: 'crosscheck.openLocation', title: 'Open', arguments: [source.uri, source.range] };
        return item;
      }
      case 'notices': {
        const item = new vscode.TreeItem(`Skipped files (${node.files.length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('info');
        item.contextValue = 'notices';
        return item;
      }
      case 'notice': {
        const item = new vscode.TreeItem(path.basename(node.file.path), vscode.TreeItemCollapsibleState.None);
        item.description = node.file.reason;
        item.tooltip = `${node.file.path}: ${node.file.reason}`;
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        item.contextValue = 'notice';
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Quick pick for the severity filter; undefined when dismissed. */
export async function pickSeverity(current: Severity): Promise<Severity | undefined> {
  const items: (vscode.QuickPickItem & { value: Severity })[] = [
    { label: 'Errors only', value: 'error' },
    { label: 'Errors and warnings', value: 'warning' },
    { label: 'Errors, warnings and information', value: 'information' },
    { label: 'Everything', value: 'hint' },
  ];
  for (const i of items) if (i.value === current) i.description = '(current)';
  const picked = await vscode.window.showQuickPick(items, { title: 'Crosscheck: show conflicts of at least…' });
  return picked?.value;
}
