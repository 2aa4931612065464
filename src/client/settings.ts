// The client's settings, read once at start (the server re-reads its own on every change).
import * as vscode from 'vscode';
import { SOURCE_SCHEME } from '../protocol';
import type { Settings } from '../protocol';
import { normalizeSettings } from '../shared/settings';

/** The raw sections the server normalises: `{ crosscheck, files: { exclude } }`. */
export function rawSettings(): unknown {
  return {
    crosscheck: vscode.workspace.getConfiguration().get('crosscheck'),
    files: { exclude: vscode.workspace.getConfiguration('files').get('exclude') },
  };
}

export function readSettings(): Settings {
  return normalizeSettings(rawSettings());
}

/** The documents the server is told about: files its include globs accept, whatever their language, and buffers of its languages. */
export function documentSelector(settings: Settings): ({ scheme: string; language: string } | { scheme: string; pattern: string } | { scheme: string })[] {
  return [
    ...settings.include.map((pattern) => ({ scheme: 'file', pattern })),
    ...settings.languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // The text read from a PDF, Word file, web page or transcript: diagnostics and hovers there too.
    { scheme: SOURCE_SCHEME },
  ];
}
