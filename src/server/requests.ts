// The requests a client asks of the server: hovers, code actions and their commands, and the
// custom requests of protocol.ts (the panel, the report, idle). Each runs through `request`, which
// answers an error instead of throwing.
import type { CodeAction, Connection, Hover, Range, TextDocuments } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'path';
import { CheckClaimsRequest, Commands, CompareRequest, ConflictsRequest, DocumentsRequest, IdleRequest, IgnoreClaimRequest, ReportRequest, SkippedRequest, SourceTextRequest } from '../protocol';
import { sourcePath } from '../host/formats/sourceUri';
import { codeActions } from './actions';
import type { Checker } from './checker';
import { uriToPath } from './documents';
import { compareDocument } from './compare';
import { hoverMarkdown } from './hover';
import { claimRefs } from './ignores';
import { workspaceReport } from './report';

import type { ResponseError } from 'vscode-languageserver';

export type Guard = <P extends unknown[], R>(name: string, fn: (...args: P) => R | Promise<R>) => (...args: P) => Promise<R | ResponseError<void>>;

const isRange = (r: unknown): r is Range => {
  const x = r as Range | null;
  return !!x && Number.isInteger(x.start?.line) && Number.isInteger(x.start?.character) && Number.isInteger(x.end?.line) && Number.isInteger(x.end?.character);
};

/**
 * The path whose claims a buffer shows, with the engine brought up to the buffer's text; undefined
 * when it is not checked. A document's extracted text (crosscheck-source:) shows the document's,
 * while it holds the text indexed.
 */
function checkedPath(c: Checker, doc: TextDocument): string | undefined {
  const view = sourcePath(doc.uri);
  if (view) return c.store.sourceText(view) === doc.getText() ? view : undefined;
  if (!c.store.tracks(doc)) return undefined;
  c.buffers.sync(doc); // offsets must match the buffer the user is pointing at
  return uriToPath(doc.uri);
}

export function registerRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  request: Guard,
  checker: () => Checker,
  opens: () => 'client' | 'server' | undefined,
): void {
  connection.onHover(
    request('hover', ({ textDocument, position }): Hover | null => {
      const c = checker();
      const doc = documents.get(textDocument.uri);
      const p = doc && checkedPath(c, doc);
      if (!doc || !p) return null;
      const claim = c.engine.claimAt(p, doc.offsetAt(position));
      if (!claim) return null;
      const findings = c.findings(p).filter((f) => f.claim.id === claim.id || (f.claim.start === claim.span.start && f.claim.end === claim.span.end));
      return {
        contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(claim.text, findings, c.store) },
        range: c.store.rangeOf(p, claim.span.start, claim.span.end),
      };
    }),
  );

  connection.onRequest(ConflictsRequest, request('conflicts', () => ({ groups: checker().allConflicts() })));
  connection.onRequest(SkippedRequest, request('skipped', () => ({ files: checker().store.skippedFiles() })));
  connection.onRequest(IdleRequest, request('idle', () => checker().whenIdle()));
  connection.onRequest(
    SourceTextRequest,
    request('sourceText', (params: { uri?: unknown } | null) => {
      const p = typeof params?.uri === 'string' ? sourcePath(params.uri) : undefined;
      const text = p === undefined ? undefined : checker().store.sourceText(p);
      return text === undefined ? null : { text };
    }),
  );
  connection.onRequest(
    DocumentsRequest,
    request('documents', () => ({
      documents: checker().engine
        .paths()
        .sort()
        .map((p) => ({ path: p, uri: checker().store.uriOf(p), name: checker().store.nameOf(p) })),
    })),
  );
  connection.onRequest(
    CompareRequest,
    request('compare', (params: { uris?: unknown } | null) => {
      const c = checker();
      const uris = params?.uris;
      const list = Array.isArray(uris) ? uris.filter((u): u is string => typeof u === 'string') : [];
      return {
        documents: list.map((uri) => {
          const doc = documents.get(uri);
          if (doc && c.store.tracks(doc)) c.buffers.sync(doc);
          const p = uriToPath(uri);
          return compareDocument(p, c.engine.claims(p), c.findings(p), c.store);
        }),
      };
    }),
  );
  connection.onRequest(
    CheckClaimsRequest,
    request('checkClaims', async (params: { claims?: unknown; checked?: unknown; note?: unknown; right?: unknown } | null) => {
      const note = typeof params?.note === 'string' ? params.note.slice(0, 2000) : undefined;
      const right = typeof params?.right === 'string' ? params.right : undefined;
      return checker().check({ claims: claimRefs(params?.claims ?? []), checked: params?.checked !== false, note, right });
    }),
  );
  connection.onRequest(
    ReportRequest,
    request('report', () => {
      const c = checker();
      const title = c.roots.length ? c.roots.map((r) => path.basename(r)).join(', ') : 'Crosscheck';
      return workspaceReport(c.allConflicts(), c.store, title);
    }),
  );
  connection.onRequest(
    IgnoreClaimRequest,
    request('ignoreClaim', async (params: { claims?: unknown; ignore?: unknown } | null) => {
      await checker().setIgnored(claimRefs(params?.claims ?? []), params?.ignore !== false);
    }),
  );

  connection.onCodeAction(
    request('codeAction', ({ textDocument, range, context }): CodeAction[] => {
      const c = checker();
      const doc = documents.get(textDocument.uri);
      if (context.only && !context.only.some((k) => k === 'quickfix' || k.startsWith('quickfix.'))) return [];
      const p = doc && checkedPath(c, doc);
      if (!p) return [];
      return codeActions(c.findings(p), range, c.settings, c.store, opens() !== undefined);
    }),
  );

  connection.onExecuteCommand(
    request('executeCommand', async ({ command, arguments: args = [] }) => {
      const c = checker();
      if (command === Commands.ignoreClaim) {
        const err = await c.ignore(claimRefs(args[0]), args[1] === 'file' ? 'file' : 'workspace');
        if (err) void connection.window.showWarningMessage(`Crosscheck: ${err}`);
      } else if (command === Commands.clearIgnored) {
        await c.clearIgnored();
      } else if (command === Commands.markChecked || command === Commands.reopen) {
        // Other editors cannot ask for a note: [claims, note?, right?]; the whole disagreement is recorded.
        const claims = claimRefs(args[0]).flatMap((claim) => c.groupOf(claim));
        const { error } = await c.check({
          claims,
          checked: command === Commands.markChecked,
          note: typeof args[1] === 'string' ? args[1] : undefined,
          right: typeof args[2] === 'string' ? args[2] : undefined,
        });
        if (error) void connection.window.showWarningMessage(`Crosscheck: ${error}`);
      } else if (command === Commands.openLocation && typeof args[0] === 'string' && isRange(args[1])) {
        await connection.window.showDocument({ uri: args[0], selection: args[1], takeFocus: true });
      }
      return null;
    }),
  );
}
