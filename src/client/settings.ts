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

export function documentSelector(settings: Settings): ({ scheme: string; language: string } | { scheme: string })[] {
  return [
    ...settings.languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // The text read from a PDF, Word file, web page or transcript: diagnostics and hovers there too.
    { scheme: SOURCE_SCHEME },
  ];
}
