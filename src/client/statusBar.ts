// Status bar: indexing progress, then the number of conflicts; a click opens the panel.
import * as vscode from 'vscode';
import type { StatusParams } from '../protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Crosscheck';
    this.item.command = 'crosscheck.conflicts.focus';
    this.item.text = '$(sync~spin) Crosscheck';
    this.item.show();
  }

  update(s: StatusParams): void {
    if (s.state === 'indexing' || s.state === 'starting') {
      this.item.text = s.total ? `$(sync~spin) Crosscheck: indexing ${s.indexed}/${s.total}` : '$(sync~spin) Crosscheck: indexing';
      this.item.tooltip = 'Crosscheck is reading the workspace';
    } else if (s.state === 'checking') {
      this.item.text = '$(sync~spin) Crosscheck';
      this.item.tooltip = 'Crosscheck is checking';
    } else {
      this.item.text = s.conflicts ? `$(warning) ${s.conflicts} conflict${s.conflicts === 1 ? '' : 's'}` : '$(check) Crosscheck';
      const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
      this.item.tooltip = `Crosscheck: ${s.documents} document${s.documents === 1 ? '' : 's'} checked${skipped}. Click to show conflicts.`;
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
