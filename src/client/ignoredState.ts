// Claims ignored by earlier versions of this extension, kept in the workspace state. The server
// keeps ignored claims now (for every editor): they are handed over once, then forgotten here.
import type * as vscode from 'vscode';
import type { ClaimRef } from '../protocol';

const STATE_KEY = 'crosscheck.ignoredClaims';

export class IgnoredState {
  constructor(private readonly state: vscode.Memento) {}

  /** What to hand the server at start. */
  list(): ClaimRef[] {
    return this.state.get<ClaimRef[]>(STATE_KEY, []);
  }

  /** The server has saved them in the workspace's storage: no need to keep them here. */
  async handedOver(): Promise<void> {
    if (this.list().length) await this.state.update(STATE_KEY, undefined);
  }
}
