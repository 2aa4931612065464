// Both report webviews (Compare sources, all sources) load the same way: the page once, with the
// data inline under a nonce CSP; later data as an 'update' message, so the page keeps its state.
import * as vscode from 'vscode';
import { compareHtml, makeNonce } from './compareHtml';

/** Shows `data` in `panel`: the whole page when `loaded` is false, else an update. Returns true (now loaded). */
export async function showData(panel: vscode.WebviewPanel, mediaUri: vscode.Uri, script: string, data: unknown, loaded: boolean, title?: string): Promise<true> {
  const webview = panel.webview;
  if (loaded) {
    await webview.postMessage({ type: 'update', data });
    return true;
  }
  const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(mediaUri, f)).toString();
  webview.html = compareHtml({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    scriptUri: media(script),
    libraryUris: [media('dom.js'), media('numberline.js')],
    styleUri: media('compare.css'),
    title,
    data,
  });
  return true;
}
