// The Crosscheck panel: one row per disagreement, labelled by what it is about and the values in
// play ("troops sent · 15,000 ×3 · 12,000 · 10,000–12,000"), sorted by severity then place, grouped
// by subject or by document; under each, every source. Disagreements an editor has checked sit
// under "Checked"; skipped files under their own notice. Data comes from the server
// (crosscheck/conflicts, crosscheck/skipped); the severity filter and the grouping are local.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConflictsRequest, SkippedRequest } from '../protocol';
import type { ConflictGroup, RelatedSource, Severity, SkippedFile, SourceRef } from '../protocol';

export type GroupBy = 'subject' | 'document';

export type ConflictNode =
  | { kind: 'claim'; group: ConflictGroup; parent?: ConflictNode }
  | { kind: 'source'; group: ConflictGroup; source: RelatedSource; parent: ConflictNode }
  | { kind: 'document'; name: string; path: string; groups: ConflictGroup[] }
  | { kind: 'checked'; groups: ConflictGroup[] }
  | { kind: 'notices'; files: SkippedFile[] }
  | { kind: 'notice'; file: SkippedFile; parent: ConflictNode };

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

const ICON: Record<Severity, [string, string]> = {
  error: ['error', 'problemsErrorIcon.foreground'],
  warning: ['warning', 'problemsWarningIcon.foreground'],
  information: ['info', 'problemsInfoIcon.foreground'],
  hint: ['lightbulb', 'problemsInfoIcon.foreground'],
};

const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', information: 'To check by hand', hint: 'Hint' };

function oneLine(s: string, max = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** "000_….txt:3", or the page or time of a place in a document. */
export function where(ref: SourceRef): string {
  return ref.place ?? `${ref.name}:${ref.range.start.line + 1}`;
}

/** A stable key for a disagreement across refreshes: its first mention. */
export function groupKey(g: ConflictGroup): string {
  return `${g.first.path}\u0000${g.first.text}`;
}

/** Every place of a disagreement: the claim it is told from, then its sources. */
export function placesOf(g: ConflictGroup): SourceRef[] {
  return [g.claim, ...g.sources];
}

export class ConflictsTree implements vscode.TreeDataProvider<ConflictNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ConflictNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly refreshed = new vscode.EventEmitter<void>();
  /** Fires after new data from the server is shown. */
  readonly onDidRefresh = this.refreshed.event;
  private all: ConflictGroup[] = [];
  private skipped: SkippedFile[] = [];
  private view: vscode.TreeView<ConflictNode> | undefined;
  /** Top-level nodes as last built, so reveal() finds the same objects. */
  private top: ConflictNode[] = [];
  private readonly claimNodes = new Map<string, ConflictNode>();
  /** Least severe severity shown. */
  minSeverity: Severity = 'hint';
  groupBy: GroupBy = 'subject';

  constructor(private readonly client: LanguageClient) {}

  attach(view: vscode.TreeView<ConflictNode>): void {
    this.view = view;
    this.updateBadge();
  }

  /** Conflict groups after the severity filter, as the panel shows them (checked ones too). */
  groups(): ConflictGroup[] {
    return this.all.filter((g) => !!g.checked || SEVERITY_RANK[g.severity] <= SEVERITY_RANK[this.minSeverity]);
  }

  /** The disagreements still to review, in the panel's order: what Next/Previous walks. */
  openGroups(): ConflictGroup[] {
    return this.groups().filter((g) => !g.checked);
  }

  checkedGroups(): ConflictGroup[] {
    return this.all.filter((g) => !!g.checked);
  }

  allGroups(): ConflictGroup[] {
    return this.all;
  }

  skippedFiles(): SkippedFile[] {
    return this.skipped;
  }

  async refresh(): Promise<void> {
    const [conflicts, skipped] = await Promise.all([this.client.sendRequest(ConflictsRequest), this.client.sendRequest(SkippedRequest)]);
    this.all = conflicts.groups;
    this.skipped = skipped.files;
    this.fire();
    this.refreshed.fire();
  }

  setFilter(min: Severity): void {
    this.minSeverity = min;
    this.fire();
  }

  setGroupBy(by: GroupBy): void {
    this.groupBy = by;
    void vscode.commands.executeCommand('setContext', 'crosscheck.groupBy', by);
    this.fire();
  }

  private fire(): void {
    this.build();
    this.updateBadge();
    this.changed.fire(undefined);
  }

  private updateBadge(): void {
    if (!this.view) return;
    const n = this.openGroups().length;
    this.view.badge = n ? { value: n, tooltip: `${n} disagreement${n === 1 ? '' : 's'} to review` } : undefined;
    const hidden = this.all.filter((g) => !g.checked).length - n;
    const checked = this.checkedGroups().length;
    const parts = [hidden ? `${hidden} hidden by filter` : '', checked ? `${checked} checked` : ''].filter(Boolean);
    this.view.description = parts.length ? parts.join(', ') : undefined;
  }

  private build(): void {
    this.claimNodes.clear();
    const claim = (group: ConflictGroup, parent?: ConflictNode): ConflictNode => {
      const node: ConflictNode = { kind: 'claim', group, parent };
      // The first node of a group wins: reveal() selects the disagreement where it is first listed.
      if (!this.claimNodes.has(groupKey(group))) this.claimNodes.set(groupKey(group), node);
      return node;
    };
    const open = this.openGroups();
    const top: ConflictNode[] = [];
    if (this.groupBy === 'document') {
      const byDoc = new Map<string, { name: string; groups: ConflictGroup[] }>();
      for (const g of open) {
        for (const p of placesOf(g)) {
          const entry = byDoc.get(p.path) ?? { name: p.name, groups: [] };
          if (!entry.groups.includes(g)) entry.groups.push(g);
          byDoc.set(p.path, entry);
        }
      }
      const docs = [...byDoc.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name));
      for (const [p, { name, groups }] of docs) top.push({ kind: 'document', name, path: p, groups });
    } else {
      for (const g of open) top.push(claim(g));
    }
    const checked = this.checkedGroups();
    if (checked.length) top.push({ kind: 'checked', groups: checked });
    if (this.skipped.length) top.push({ kind: 'notices', files: this.skipped });
    this.top = top;
    // Children are made once per build so getParent and reveal see the same objects.
    for (const n of top) {
      if (n.kind === 'document' || n.kind === 'checked') this.kids.set(n, n.groups.map((g) => claim(g, n)));
    }
  }

  private readonly kids = new WeakMap<ConflictNode, ConflictNode[]>();

  /** The panel's node of a disagreement (to select it while reviewing). */
  nodeOf(group: ConflictGroup): ConflictNode | undefined {
    return this.claimNodes.get(groupKey(group));
  }

  /** Selects a disagreement in the panel, if the panel is visible. */
  async select(group: ConflictGroup): Promise<void> {
    const node = this.nodeOf(group);
    if (node && this.view?.visible) await this.view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
  }

  getParent(node: ConflictNode): ConflictNode | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  getChildren(node?: ConflictNode): ConflictNode[] {
    if (!node) return this.top;
    if (node.kind === 'document' || node.kind === 'checked') return this.kids.get(node) ?? [];
    if (node.kind === 'claim') return node.group.sources.map((source) => ({ kind: 'source', group: node.group, source, parent: node }));
    if (node.kind === 'notices') return node.files.map((file) => ({ kind: 'notice', file, parent: node }));
    return [];
  }

  getTreeItem(node: ConflictNode): vscode.TreeItem {
    switch (node.kind) {
      case 'claim': {
        const g = node.group;
        const { severity, message, sources, label, first, checked } = g;
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${node.parent?.kind === 'document' ? `${node.parent.path}\u0000` : ''}${groupKey(g)}`;
        item.description = where(first);
        const tip = new vscode.MarkdownString().appendText(message);
        if (checked) tip.appendMarkdown('\n\n').appendText(checkedText(g));
        tip.appendMarkdown('\n\n').appendText(`First mentioned in ${where(first)}: “${oneLine(first.text, 120)}”`);
        item.tooltip = tip;
        item.iconPath = checked ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon(ICON[severity][0], new vscode.ThemeColor(ICON[severity][1]));
        item.contextValue = checked ? 'checkedGroup' : 'group';
        item.accessibilityInformation = {
          label: `${checked ? 'Checked' : SEVERITY_WORD[severity]}: ${label}. First mentioned in ${where(first)}. ${sources.length + 1} places.${checked ? ` ${checkedText(g)}` : ''}`,
        };
        // Selecting a disagreement opens its first mention.
        item.command = { command: 'crosscheck.openLocation', title: 'Open first mention', arguments: [first.uri, first.range] };
        return item;
      }
      case 'source': {
        const { source } = node;
        // What the source says first, where second: the words are what an editor compares.
        const item = new vscode.TreeItem(oneLine(source.text), vscode.TreeItemCollapsibleState.None);
        item.description = `${where(source)}${source.more ? ` and ${source.more} more` : ''}`;
        const tip = new vscode.MarkdownString().appendText(`${source.relation}${source.note ? `: ${source.note}` : ''}\n\n`);
        if (source.sentence) tip.appendText(source.sentence.before).appendMarkdown('**').appendText(source.sentence.marked).appendMarkdown('**').appendText(source.sentence.after);
        else tip.appendText(source.text);
        if (source.more) tip.appendMarkdown('\n\n').appendText(`${source.more} more sources say the same`);
        item.tooltip = tip;
        const against = source.relation === 'conflicts' || source.relation === 'differs';
        // In a checked disagreement, the source the editor named as right says so.
        const right = !!node.group.checked?.right && node.group.checked.right === source.path;
        item.iconPath = right ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon(against ? 'close' : 'check');
        if (right) item.description = `${item.description} · right`;
        item.contextValue = 'source';
        item.accessibilityInformation = { label: `${where(source)} ${right ? 'is right' : against ? 'disagrees' : 'agrees'}: ${oneLine(source.text)}` };
        item.command = { command: 'crosscheck.openLocation', title: 'Open', arguments: [source.uri, source.range] };
        return item;
      }
      case 'document': {
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `doc\u0000${node.path}`;
        item.description = `${node.groups.length} disagreement${node.groups.length === 1 ? '' : 's'}`;
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = vscode.Uri.file(node.path);
        item.contextValue = 'document';
        return item;
      }
      case 'checked': {
        const item = new vscode.TreeItem(`Checked (${node.groups.length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'checked';
        item.iconPath = new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
        item.tooltip = 'Disagreements marked as checked, kept in .crosscheck.json';
        item.contextValue = 'checkedList';
        return item;
      }
      case 'notices': {
        const item = new vscode.TreeItem(`Skipped files (${node.files.length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'notices';
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
    this.refreshed.dispose();
  }
}

/** "Checked 2026-12-01: 000_….txt is right — the agency's figure is the latest." */
export function checkedText(g: ConflictGroup): string {
  const c = g.checked;
  if (!c) return '';
  const right = c.rightName ? `${c.rightName} is right` : '';
  const said = [right, c.note ?? ''].filter(Boolean).join(' — ');
  return `Checked${c.date ? ` ${c.date}` : ''}${said ? `: ${said}` : ''}`;
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

/** Quick pick for the grouping; undefined when dismissed. */
export async function pickGroupBy(current: GroupBy): Promise<GroupBy | undefined> {
  const items: (vscode.QuickPickItem & { value: GroupBy })[] = [
    { label: '$(list-flat) By subject', detail: 'one row per disagreement, the most severe first', value: 'subject' },
    { label: '$(file) By document', detail: 'each document with the disagreements it takes part in', value: 'document' },
  ];
  for (const i of items) if (i.value === current) i.description = '(current)';
  const picked = await vscode.window.showQuickPick(items, { title: 'Crosscheck: group the conflicts…' });
  return picked?.value;
}
